#include "grammar/deep_stack.hpp"

#include <exception>

#include <pthread.h>

namespace elenchus {

namespace {

// Left unused below the budget: room for raising the error, unwinding and the thread's own
// start-up frames.
constexpr std::size_t reserve_bytes = std::size_t{2} << 20;
constexpr std::size_t calling_thread_budget = std::size_t{4} << 20;

struct Job {
    std::function<void(std::size_t)> const& work;
    std::exception_ptr failure;
};

void* run_job(void* argument) {
    auto* job = static_cast<Job*>(argument);
    try {
        job->work(deep_stack_bytes - reserve_bytes);
    } catch (...) {
        job->failure = std::current_exception();
    }
    return nullptr;
}

}   // namespace

void run_on_deep_stack(std::function<void(std::size_t stack_budget)> const& work) {
    Job job{work, nullptr};
    pthread_attr_t attributes;
    bool started = false;
    pthread_t thread;
    if (pthread_attr_init(&attributes) == 0) {
        started = pthread_attr_setstacksize(&attributes, deep_stack_bytes) == 0 &&
                  pthread_create(&thread, &attributes, run_job, &job) == 0;
        pthread_attr_destroy(&attributes);
    }
    if (!started) {
        work(calling_thread_budget);
        return;
    }
    pthread_join(thread, nullptr);
    if (job.failure) std::rethrow_exception(job.failure);
}

}   // namespace elenchus
