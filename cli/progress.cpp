#include "cli/progress.hpp"

#include <iostream>

#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/core.h>

namespace elenchus::cli {
namespace {

// Written longer than the terminal, the line would wrap, and "\r" would erase only its
// last row: it is cut to the width (one column spare, where the cursor stays).
std::size_t terminal_width() {
    struct winsize ws {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1) return ws.ws_col - 1u;
    return 79;
}

// "\r" to the start of the line, then "erase to the end of the line" (ANSI, VT100).
constexpr std::string_view erase_sequence = "\r\033[K";

}   // namespace

bool ProgressLine::wanted(OutputOptions const& o, bool quiet) {
    return !quiet && o.format == Format::text && ::isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(bool enabled, std::chrono::milliseconds after)
    : enabled_(enabled), show_from_(std::chrono::steady_clock::now() + after) {
    if (enabled_) drawer_ = std::thread([this] { tick(); });
}

ProgressLine::~ProgressLine() {
    if (!enabled_) return;
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    drawer_.join();
    erase_locked();   // the drawer is gone: nothing else writes the line
}

void ProgressLine::set(std::string text) {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    if (text != text_) text_ = std::move(text), changed_ = true;
}

void ProgressLine::between(std::function<void()> const& print) {
    if (!enabled_) return print();
    std::lock_guard lock(mutex_);
    erase_locked();
    print();
    std::cout.flush();
    changed_ = true;
}

void ProgressLine::erase_locked() {
    if (!shown_) return;
    std::cerr << erase_sequence << std::flush;
    shown_ = false;
}

void ProgressLine::tick() {
    std::unique_lock lock(mutex_);
    while (!stop_) {
        wake_.wait_for(lock, std::chrono::milliseconds(100));
        if (stop_ || !changed_ || text_.empty() || std::chrono::steady_clock::now() < show_from_) continue;
        std::string line = text_;
        if (std::size_t const width = terminal_width(); line.size() > width) {
            std::size_t cut = width;   // not inside a UTF-8 sequence
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
            line.resize(cut);
        }
        std::cerr << erase_sequence << line << std::flush;
        shown_ = true;
        changed_ = false;
    }
}

std::string progress_text(std::string_view file, std::string_view phase, std::size_t done, std::size_t total) {
    if (total == 0) return fmt::format("{}: {}", file, phase);
    return fmt::format("{}: {} {}/{}", file, phase, done, total);
}

}   // namespace elenchus::cli
