// Work done on several threads, handed back in the order it was asked for: `check -j N`
// checks files in any order but prints them in the order of its arguments, each as soon as
// it and every file before it are done (so that the output is the same for any N).
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace elenchus::cli {

template <class Result>
class InOrder {
public:
    // Runs `work(i)` for i = 0 .. count-1 on `jobs` threads (at most one per item) and calls
    // `take(i, result)` on the calling thread for each i in order. An exception thrown by
    // `work` is rethrown here when its turn comes, after the threads have finished.
    static void run(std::size_t count, std::size_t jobs, std::function<Result(std::size_t)> const& work,
                    std::function<void(std::size_t, Result&)> const& take) {
        InOrder state(count);
        std::vector<std::jthread> threads;
        std::size_t const n = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1));
        for (std::size_t t = 0; t < n; ++t)
            threads.emplace_back([&] {
                for (std::size_t i; (i = state.next_++) < count;) {
                    try {
                        state.done(i, work(i));
                    } catch (...) {
                        state.failed(i, std::current_exception());
                    }
                }
            });
        std::exception_ptr error;
        for (std::size_t i = 0; i < count && !error; ++i) {
            auto slot = state.wait(i);
            if (slot.error) error = slot.error;
            else take(i, *slot.result);
        }
        if (error) {
            state.next_ = count;   // no new item is started; the ones under way finish
            threads.clear();       // joins
            std::rethrow_exception(error);
        }
    }

private:
    struct Slot {
        std::optional<Result> result;
        std::exception_ptr error;
        bool ready = false;
    };

    explicit InOrder(std::size_t count) : slots_(count) {}

    void done(std::size_t i, Result r) {
        std::lock_guard lock(mutex_);
        slots_[i].result.emplace(std::move(r));
        slots_[i].ready = true;
        ready_.notify_all();
    }
    void failed(std::size_t i, std::exception_ptr e) {
        std::lock_guard lock(mutex_);
        slots_[i].error = std::move(e);
        slots_[i].ready = true;
        ready_.notify_all();
    }
    // Item i, moved out once it is ready (its memory goes as soon as it is printed).
    Slot wait(std::size_t i) {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return slots_[i].ready; });
        return std::move(slots_[i]);
    }

    std::atomic<std::size_t> next_{0};
    std::mutex mutex_;
    std::condition_variable ready_;
    std::vector<Slot> slots_;
};

}   // namespace elenchus::cli
