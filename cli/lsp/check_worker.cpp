#include "cli/lsp/check_worker.hpp"

#include <algorithm>

namespace elenchus::lsp {

CheckWorker::CheckWorker(CheckSettings settings, Done done)
    : settings_(settings), done_(std::move(done)), thread_([this] { loop(); }) {}

CheckWorker::~CheckWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        if (running_) running_->cancel();
    }
    changed_.notify_all();
    thread_.join();
}

void CheckWorker::cancel_running(std::string const& uri) {
    if (running_ && running_uri_ == uri) running_->cancel();
}

void CheckWorker::schedule(std::shared_ptr<Analysis const> analysis) {
    {
        std::lock_guard lock(mutex_);
        std::string const uri = analysis->uri;
        cancel_running(uri);
        if (!analysis->theory) {
            waiting_.erase(uri);
        } else {
            waiting_[uri] = {std::move(analysis), std::chrono::steady_clock::now() + settings_.debounce};
        }
    }
    changed_.notify_all();
}

void CheckWorker::forget(std::string const& uri) {
    {
        std::lock_guard lock(mutex_);
        cancel_running(uri);
        waiting_.erase(uri);
    }
    changed_.notify_all();
}

void CheckWorker::wait_idle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopping_ || (waiting_.empty() && !running_); });
}

void CheckWorker::loop() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        if (waiting_.empty()) {
            changed_.wait(lock);
            continue;
        }
        auto next = std::min_element(waiting_.begin(), waiting_.end(),
                                     [](auto const& a, auto const& b) { return a.second.due < b.second.due; });
        auto const due = next->second.due;
        if (std::chrono::steady_clock::now() < due) {
            // Woken early by a newer version or a close: look again.
            changed_.wait_until(lock, due);
            continue;
        }
        auto analysis = std::move(next->second.analysis);
        waiting_.erase(next);
        run_one(analysis, lock);
        changed_.notify_all();
    }
}

void CheckWorker::run_one(std::shared_ptr<Analysis const> const& analysis, std::unique_lock<std::mutex>& lock) {
    CheckOptions options;
    options.limits.timeout_ms = static_cast<unsigned>(settings_.query_timeout.count());
    options.limits.run = std::make_shared<solver::RunBudget>();
    // An editor shows no worlds; searching for the smallest would only delay the verdicts.
    options.limits.smallest_worlds = false;
    options.limits.run->deadline = std::chrono::steady_clock::now() + settings_.timeout;
    options.max_inconsistent_sets = settings_.max_inconsistent_sets;
    running_ = options.limits.run;
    running_uri_ = analysis->uri;
    lock.unlock();

    std::optional<Report> report;
    try {
        report = check_theory(*analysis->theory, options);
    } catch (std::exception const&) {
        // No verdicts for this version; the front end's diagnostics stay as they are.
    }

    lock.lock();
    if (report && !running_->cancelled() && !stopping_) {
        // Outside the lock (the server takes its own to publish); still "running", so that
        // wait_idle returns only once the report is out.
        lock.unlock();
        done_(analysis, *report);
        lock.lock();
    }
    running_.reset();
    running_uri_.clear();
}

}   // namespace elenchus::lsp
