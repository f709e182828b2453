#include "grammar/deep_stack.hpp"

#include <exception>

#include <pthread.h>

namespace elenchus {

namespace {

// Left unused below the budget: room for raising the error, unwinding and the thread's own
// start-up frames.
constexpr std::size_t reserve_bytes = std::size_t{2} << 20;
constexpr std::size_t calling_thread_budget = std::size_t{4} << 20;

// Where this thread's deep stack begins and how much of it `work` may use; set while a
// `work` runs, so that a nested call uses what is left of it instead of making a thread.
struct DeepStack {
    char const* base = nullptr;
    std::size_t budget = 0;
};
thread_local DeepStack current;

char const* here() { return static_cast<char const*>(__builtin_frame_address(0)); }

// Runs `work` with `budget` bytes below `base`, marking this thread as on a deep stack.
void run_marked(std::function<void(std::size_t)> const& work, char const* base, std::size_t budget) {
    DeepStack const outer = current;
    current = {base, budget};
    struct Restore {
        DeepStack outer;
        ~Restore() { current = outer; }
    } restore{outer};
    work(budget);
}

struct Job {
    std::function<void(std::size_t)> const& work;
    std::exception_ptr failure;
};

void* run_job(void* argument) {
    auto* job = static_cast<Job*>(argument);
    try {
        run_marked(job->work, here(), deep_stack_bytes - reserve_bytes);
    } catch (...) {
        job->failure = std::current_exception();
    }
    return nullptr;
}

}   // namespace

std::size_t deep_stack_left() {
    if (!current.base) return 0;
    char const* const now = here();
    std::size_t const used = current.base > now ? static_cast<std::size_t>(current.base - now) : 0;
    return used < current.budget ? current.budget - used : 0;
}

void run_on_deep_stack(std::function<void(std::size_t stack_budget)> const& work) {
    // Already on one (the caller runs a whole batch there, cli/check.cpp): what is left of it,
    // measured from here, with no thread to make.
    if (current.base) {
        run_marked(work, here(), deep_stack_left());
        return;
    }
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
        run_marked(work, here(), calling_thread_budget);
        return;
    }
    pthread_join(thread, nullptr);
    if (job.failure) std::rethrow_exception(job.failure);
}

}   // namespace elenchus
