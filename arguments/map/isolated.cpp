// Graphviz runs in a child process. Graphviz 2.42 has corrupted its heap on ordinary maps
// (dot.cpp: labelled flat edges), and any defect left in it would otherwise kill the whole
// program with a signal; in a child it becomes an error value with the reason, and the
// command line reports it (exit 3). The child gets the DOT text by inheritance (fork) and
// returns the image through a pipe; its stderr, where a crashing library writes its last
// words, goes to a temporary file the parent quotes.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "arguments/map/graphviz.hpp"

namespace elenchus::map {
namespace {

// What the child sends: one tag byte, then the image ('D') or the message ('E').
constexpr char image_tag = 'D';
constexpr char error_tag = 'E';

bool write_all(int fd, char const* data, std::size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

std::string read_all(int fd) {
    std::string out;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
}

// Reads until the writer closes the pipe; false if `deadline` comes first.
bool read_until(int fd, std::chrono::steady_clock::time_point deadline, std::string& out) {
    using clock = std::chrono::steady_clock;
    char buffer[65536];
    for (;;) {
        int wait_ms = -1;
        if (deadline != clock::time_point::max()) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
            if (left <= 0) return false;
            wait_ms = static_cast<int>(std::min<long long>(left, 60'000));
        }
        pollfd p{fd, POLLIN, 0};
        int ready = ::poll(&p, 1, wait_ms);
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) continue;   // the loop head decides whether the deadline has come
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

// The child never returns: _exit skips the parent's atexit handlers and stdio buffers it
// inherited (they would be written twice) and leak checks meant for the parent.
[[noreturn]] void run_child(int out, int log, std::string const& dot, std::string const& format) {
    int const null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
    }
    if (log >= 0) ::dup2(log, STDERR_FILENO);
    Rendered r = graphviz::render_here(dot, format);
    bool const ok = r.error.empty();
    char const tag = ok ? image_tag : error_tag;
    std::string const& body = ok ? r.data : r.error;
    bool const sent = write_all(out, &tag, 1) && write_all(out, body.data(), body.size());
    ::_exit(sent ? 0 : 1);
}

// The end of what the child wrote to stderr, one line, for the message.
std::string last_words(std::FILE* log) {
    if (!log) return "";
    std::fflush(log);
    std::rewind(log);
    std::string text = read_all(fileno(log));
    constexpr std::size_t keep = 600;
    if (text.size() > keep) text = "..." + text.substr(text.size() - keep);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    for (auto& c : text)
        if (c == '\n') c = ' ';
    return text.empty() ? "" : " (it said: " + text + ")";
}

std::string how_it_ended(int status) {
    if (WIFSIGNALED(status)) {
        int const sig = WTERMSIG(status);
        return fmt::format("its process was killed by signal {} ({}) while drawing the map", sig, ::strsignal(sig));
    }
    if (WIFEXITED(status))
        return fmt::format("its process exited with status {} before finishing the map", WEXITSTATUS(status));
    return "its process stopped before finishing the map";
}

Rendered failed(std::string message) {
    Rendered r;
    r.error = std::move(message);
    return r;
}

}   // namespace

Rendered render_graphviz(std::string const& dot, std::string const& format,
                         std::chrono::steady_clock::time_point deadline) {
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0)
        return failed(fmt::format("its process could not be started: pipe: {}", std::strerror(errno)));
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> log(std::tmpfile(), std::fclose);
    pid_t const pid = ::fork();
    if (pid == 0) run_child(pipe_fds[1], log ? fileno(log.get()) : -1, dot, format);
    ::close(pipe_fds[1]);
    if (pid < 0) {
        ::close(pipe_fds[0]);
        return failed(fmt::format("its process could not be started: fork: {}", std::strerror(errno)));
    }
    std::string answer;
    bool const in_time = read_until(pipe_fds[0], deadline, answer);
    ::close(pipe_fds[0]);
    if (!in_time) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!in_time)
        return failed("it did not finish the map within the run's time limit (--timeout); its process was stopped" +
                      last_words(log.get()));
    bool const finished = WIFEXITED(status) && WEXITSTATUS(status) == 0 && !answer.empty();
    if (!finished) return failed(how_it_ended(status) + last_words(log.get()));
    Rendered r;
    if (answer.front() == image_tag) r.data = answer.substr(1);
    else r.error = answer.substr(1);
    return r;
}

}   // namespace elenchus::map
