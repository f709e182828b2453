// The logical check of open documents, off the reading thread: the server hands it each new
// version; after a quiet spell (the debounce) it runs `verdicts::check_theory` on one thread
// of its own, under the run limits, and hands back the report. A newer version of the same
// document replaces a waiting one and cancels a running one (the solver's run budget is
// cancelled, which interrupts the query under way), so reading never waits for Z3 and a
// stale check never runs to its end.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "arguments/verdicts/report.hpp"
#include "cli/lsp/document.hpp"

namespace elenchus::lsp {

struct CheckSettings {
    std::chrono::milliseconds debounce{300};
    std::chrono::milliseconds timeout{20000};        // the whole check of one version
    std::chrono::milliseconds query_timeout{2000};   // one Z3 query
    std::size_t max_inconsistent_sets = 32;
};

class CheckWorker {
public:
    // Called on the worker's thread with each finished check that was not cancelled.
    using Done = std::function<void(std::shared_ptr<Analysis const> const&, Report const&)>;

    CheckWorker(CheckSettings settings, Done done);
    ~CheckWorker();   // cancels what runs and joins the thread
    CheckWorker(CheckWorker const&) = delete;
    CheckWorker& operator=(CheckWorker const&) = delete;

    // A new version to check (only one with a Theory: a file with errors has no verdicts).
    void schedule(std::shared_ptr<Analysis const> analysis);
    // The document was closed: nothing more is checked or reported for it.
    void forget(std::string const& uri);
    // Waits until nothing is waiting or running (for tests).
    void wait_idle();

private:
    void loop();
    void cancel_running(std::string const& uri);   // with the lock held
    void run_one(std::shared_ptr<Analysis const> const& analysis, std::unique_lock<std::mutex>& lock);

    struct Waiting {
        std::shared_ptr<Analysis const> analysis;
        std::chrono::steady_clock::time_point due;
    };

    CheckSettings settings_;
    Done done_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::string, Waiting> waiting_;   // by URI
    std::string running_uri_;
    std::shared_ptr<solver::RunBudget> running_;
    bool stopping_ = false;
    std::thread thread_;   // last: starts once everything above exists
};

}   // namespace elenchus::lsp
