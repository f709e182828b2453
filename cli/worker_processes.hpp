// `check -j N`: items of work done in N forked worker processes and handed back in the order
// they were asked for. Threads in one process shared Z3's process-wide state (its memory
// manager and symbol table take global locks) and gave 1.44x on two idle cores
// (docs/performance.md, "check -j over many files"); processes share nothing but a counter.
//
// Each worker takes the next index from a counter in shared memory (so a slow item does not
// hold up the rest), runs `work(index)` and sends back the bytes it returns through a pipe of
// its own. The parent waits on all the pipes at once (poll) and hands each result over as
// soon as it and every one before it are in.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace elenchus::cli {

// What became of one item.
struct WorkOutcome {
    enum class Kind {
        done,     // `text` is what `work` returned
        failed,   // `work` threw: `text` is the exception's what()
        lost,     // its worker died before finishing it: `text` says how ("its worker process was
                  // killed by signal 9 (Killed) before it was done")
    };
    Kind kind = Kind::done;
    std::string text;
};

class WorkerProcesses {
public:
    // Forks min(jobs, count) workers running `work`. Call it with no other thread in the
    // process: a child starts with one thread, and a lock another thread held at the fork
    // (in the allocator, in stdio, in Z3) would stay locked in it forever. If the process
    // has other threads, or no worker can be forked, none is started (`started()` is 0) and
    // the caller does the work itself.
    WorkerProcesses(std::size_t count, std::size_t jobs, std::function<std::string(std::size_t)> work);
    // Kills the workers still running (after an exception in `take`) and reaps them all.
    ~WorkerProcesses();
    WorkerProcesses(WorkerProcesses const&) = delete;
    WorkerProcesses& operator=(WorkerProcesses const&) = delete;

    std::size_t started() const { return workers_.size(); }

    // Calls `finished()` as each item comes in (in any order) and `take(i, outcome)` for
    // i = 0 .. count-1 in order, on the calling thread. An item whose worker died is `lost`;
    // so is one claimed by a worker that died before saying which (the outcome then names
    // the way the last worker ended). Never waits on a pipe no worker holds open, so a dead
    // worker cannot make it hang.
    void collect(std::function<void(std::size_t, WorkOutcome&)> const& take, std::function<void()> const& finished);

private:
    struct Worker {
        pid_t pid = -1;
        int fd = -1;          // read end of its pipe; -1 once it is closed
        std::string buffer;   // bytes read, not yet a whole message
    };

    void read_from(std::size_t w, std::vector<std::optional<WorkOutcome>>& slots, std::function<void()> const& finished);
    void ended(std::size_t w, std::vector<std::optional<WorkOutcome>>& slots);

    std::size_t count_;
    // In memory shared with the workers: [0] the next index to take, [1 + w] the index worker
    // w took last (so that the parent knows what a worker was doing when it died).
    std::atomic<std::size_t>* cells_ = nullptr;
    std::size_t cells_bytes_ = 0;
    std::vector<Worker> workers_;
    std::string last_end_;   // how the last worker that ended did, for items nobody reported
    bool collected_ = false;
};

}   // namespace elenchus::cli
