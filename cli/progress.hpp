// The one line on a terminal's stderr that says what a long `check` is doing
// (`FILE: claims 37/100`), drawn once the run has taken a second and erased when it ends.
// Never drawn when stderr is not a terminal, with JSON output, or with --quiet: then it is
// inert and costs nothing.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "cli/common.hpp"

namespace elenchus::cli {

class ProgressLine {
public:
    // Whether a run with these options shows progress: text output, not quiet, stderr a
    // terminal.
    static bool wanted(OutputOptions const& o, bool quiet);

    explicit ProgressLine(bool enabled, std::chrono::milliseconds after = std::chrono::seconds(1));
    ~ProgressLine();   // erases the line
    ProgressLine(ProgressLine const&) = delete;
    ProgressLine& operator=(ProgressLine const&) = delete;

    // What the line says from now on (any thread).
    void set(std::string text);
    // `print` writes to stdout or stderr with the line out of the way: it is erased first
    // and drawn again at the next tick.
    void between(std::function<void()> const& print);

private:
    void tick();   // the drawing thread: redraws at most ten times a second
    void erase_locked();

    bool enabled_;
    std::chrono::steady_clock::time_point show_from_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::string text_;
    bool changed_ = false, shown_ = false, stop_ = false;
    std::thread drawer_;   // last: started once the rest is set
};

// The text of a check's progress for one file: `FILE: claims 37/100`, or the phase alone
// where it has no count.
std::string progress_text(std::string_view file, std::string_view phase, std::size_t done, std::size_t total);

}   // namespace elenchus::cli
