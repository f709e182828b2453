// The worker processes behind `check -j N` (cli/worker_processes.hpp): every item handed over
// once and in order, whatever order the workers finish in; a worker that dies, by a signal or
// by exiting with its pipe closed early, costs its own item (reported as lost, with how it
// ended) and neither hangs the parent nor loses the other items. The work here is plain
// functions of the index, so the expected answer is the function itself.
#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/worker_processes.hpp"

namespace {

using elenchus::cli::WorkerProcesses;
using elenchus::cli::WorkOutcome;
using Kind = WorkOutcome::Kind;

// Item i's answer: its index and the process that computed it; items of uneven length of
// time, so that the workers finish out of order.
std::string answer(std::size_t i) {
    std::this_thread::sleep_for(std::chrono::milliseconds((i * 7) % 5));
    return std::to_string(i) + "@" + std::to_string(::getpid());
}

struct Collected {
    std::vector<std::size_t> order;
    std::vector<WorkOutcome> outcomes;
    std::size_t finished = 0;
};

Collected collect(WorkerProcesses& workers) {
    Collected c;
    workers.collect(
        [&](std::size_t i, WorkOutcome& o) {
            c.order.push_back(i);
            c.outcomes.push_back(o);
        },
        [&] { ++c.finished; });
    return c;
}

TEST(WorkerProcesses, EveryItemOnceInOrderFromOtherProcesses) {
    std::size_t const count = 60;
    WorkerProcesses workers(count, 3, answer);
    ASSERT_EQ(workers.started(), 3u);
    auto c = collect(workers);
    ASSERT_EQ(c.order.size(), count);
    std::set<std::string> pids;
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_EQ(c.order[i], i);
        ASSERT_EQ(c.outcomes[i].kind, Kind::done) << c.outcomes[i].text;
        auto const& text = c.outcomes[i].text;
        EXPECT_EQ(text.substr(0, text.find('@')), std::to_string(i));
        pids.insert(text.substr(text.find('@') + 1));
    }
    EXPECT_EQ(c.finished, count);
    EXPECT_FALSE(pids.count(std::to_string(::getpid()))) << "the work is done in the workers";
    EXPECT_LE(pids.size(), 3u);
}

TEST(WorkerProcesses, NoMoreWorkersThanItems) {
    WorkerProcesses workers(2, 8, answer);
    EXPECT_EQ(workers.started(), 2u);
    EXPECT_EQ(collect(workers).order.size(), 2u);
}

TEST(WorkerProcesses, AWorkerKilledLosesOnlyItsItem) {
    std::size_t const count = 30;
    WorkerProcesses workers(count, 2, [](std::size_t i) {
        if (i == 7) ::raise(SIGKILL);
        return answer(i);
    });
    auto c = collect(workers);
    ASSERT_EQ(c.order.size(), count);
    for (std::size_t i = 0; i < count; ++i) {
        if (i == 7) {
            EXPECT_EQ(c.outcomes[i].kind, Kind::lost);
            EXPECT_EQ(c.outcomes[i].text, "its worker process was killed by signal 9 (Killed) before it was done");
        } else {
            EXPECT_EQ(c.outcomes[i].kind, Kind::done) << i << ": the other worker takes the rest";
        }
    }
    EXPECT_EQ(c.finished, count - 1);
}

TEST(WorkerProcesses, APipeClosedEarlyIsALostItemNotAHang) {
    // Workers that end without an answer (their pipe closed, exit status 0 and 5): each loses
    // the item it was on; once none is left, the items nobody took are lost too.
    std::size_t const count = 12;
    WorkerProcesses workers(count, 2, [](std::size_t i) -> std::string {
        if (i == 4) ::_exit(0);
        if (i >= 9) ::_exit(5);
        return answer(i);
    });
    auto c = collect(workers);
    ASSERT_EQ(c.order.size(), count);
    for (std::size_t i = 0; i < 9; ++i) {
        if (i == 4) {
            EXPECT_EQ(c.outcomes[i].kind, Kind::lost);
            EXPECT_EQ(c.outcomes[i].text, "its worker process exited with status 0 before it was done");
        } else {
            EXPECT_EQ(c.outcomes[i].kind, Kind::done) << i;
        }
    }
    // The one worker left dies on 9; 10 and 11 are never taken.
    EXPECT_EQ(c.outcomes[9].text, "its worker process exited with status 5 before it was done");
    for (std::size_t i = 10; i < count; ++i) {
        EXPECT_EQ(c.outcomes[i].kind, Kind::lost);
        EXPECT_EQ(c.outcomes[i].text,
                  "every worker process ended before it was done (the last: its worker process exited with status 5)");
    }
}

TEST(WorkerProcesses, AnExceptionIsAFailedItemWithItsMessage) {
    WorkerProcesses workers(5, 2, [](std::size_t i) -> std::string {
        if (i == 2) throw std::runtime_error("no such verdict");
        return answer(i);
    });
    auto c = collect(workers);
    ASSERT_EQ(c.order.size(), 5u);
    EXPECT_EQ(c.outcomes[2].kind, Kind::failed);
    EXPECT_EQ(c.outcomes[2].text, "no such verdict");
    EXPECT_EQ(c.outcomes[3].kind, Kind::done) << "the worker goes on after an exception";
}

TEST(WorkerProcesses, AnExceptionInTakeStopsAndReapsTheWorkers) {
    // The parent stops at item 3 (as `check` does at a failed file); the workers still busy
    // are killed and reaped by the destructor, so none is left behind.
    std::vector<pid_t> children;
    {
        WorkerProcesses workers(40, 2, [](std::size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return answer(i);
        });
        EXPECT_THROW(workers.collect(
                         [&](std::size_t i, WorkOutcome&) {
                             if (i == 3) throw std::runtime_error("stop");
                         },
                         [] {}),
                     std::runtime_error);
    }
    // No child of this process is left, running or unreaped.
    errno = 0;
    EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);
    EXPECT_EQ(errno, ECHILD);
}

TEST(WorkerProcesses, NothingIsForkedBesideAnotherThread) {
    std::atomic<bool> stop{false};
    std::thread other([&] {
        while (!stop) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    {
        WorkerProcesses workers(4, 2, answer);
        EXPECT_EQ(workers.started(), 0u) << "the caller does the work itself";
    }
    stop = true;
    other.join();
}

}   // namespace
