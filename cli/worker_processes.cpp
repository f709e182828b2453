#include "cli/worker_processes.hpp"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <new>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

namespace elenchus::cli {
namespace {

static_assert(std::atomic<std::size_t>::is_always_lock_free, "the counter is shared between processes");

// A message from a worker: the item's index (8 bytes), a tag, the length of the text (8
// bytes), the text.
constexpr char done_tag = 'D';
constexpr char failed_tag = 'F';
constexpr std::size_t header_bytes = 8 + 1 + 8;

// How many threads the process has ("Threads:" in /proc/self/status); 0 if unknown.
long threads() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("Threads:", 0) == 0) return std::strtol(line.c_str() + 8, nullptr, 10);
    return 0;
}

// Whether this is the process's only thread. Unknown counts as no: then nothing is forked.
// A thread just joined (loading parses on one, grammar/deep_stack.cpp) wakes its joiner a
// moment before the kernel stops counting it, so a count of more than one is read again
// for a few milliseconds.
bool only_thread() {
    for (int attempt = 0; attempt < 20; ++attempt) {
        long const n = threads();
        if (n == 1) return true;
        if (n == 0) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

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

bool send(int fd, std::uint64_t index, char tag, std::string const& text) {
    char header[header_bytes];
    std::uint64_t const length = text.size();
    std::memcpy(header, &index, 8);
    header[8] = tag;
    std::memcpy(header + 9, &length, 8);
    return write_all(fd, header, header_bytes) && write_all(fd, text.data(), text.size());
}

// The worker never returns: _exit skips the parent's atexit handlers and the stdio buffers
// it inherited (they would be written twice) and leak checks meant for the parent.
[[noreturn]] void run_worker(std::atomic<std::size_t>* cells, std::size_t w, std::size_t count, int out,
                             pid_t parent, std::function<std::string(std::size_t)> const& work) {
    // A parent killed outright (SIGKILL) cannot stop its workers: they stop with it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);
    for (;;) {
        std::size_t const i = cells[0].fetch_add(1);
        cells[1 + w].store(i);
        if (i >= count) break;
        std::string text;
        char tag = done_tag;
        try {
            text = work(i);
        } catch (std::exception const& e) {
            tag = failed_tag, text = e.what();
        } catch (...) {
            tag = failed_tag, text = "an exception that is not a std::exception";
        }
        if (!send(out, i, tag, text)) ::_exit(1);
    }
    ::_exit(0);
}

std::string how_it_ended(int status) {
    if (WIFSIGNALED(status)) {
        int const sig = WTERMSIG(status);
        return fmt::format("its worker process was killed by signal {} ({})", sig, ::strsignal(sig));
    }
    if (WIFEXITED(status)) return fmt::format("its worker process exited with status {}", WEXITSTATUS(status));
    return "its worker process stopped";
}

}   // namespace

WorkerProcesses::WorkerProcesses(std::size_t count, std::size_t jobs, std::function<std::string(std::size_t)> work)
    : count_(count) {
    std::size_t const n = std::min(jobs, count);
    if (n == 0 || !only_thread()) return;
    cells_bytes_ = (1 + n) * sizeof(std::atomic<std::size_t>);
    void* memory = ::mmap(nullptr, cells_bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return;
    cells_ = static_cast<std::atomic<std::size_t>*>(memory);
    for (std::size_t k = 0; k <= n; ++k) new (cells_ + k) std::atomic<std::size_t>(k == 0 ? 0 : count);
    pid_t const parent = ::getpid();
    for (std::size_t w = 0; w < n; ++w) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) break;
        pid_t const pid = ::fork();
        if (pid == 0) {
            for (auto const& earlier : workers_) ::close(earlier.fd);
            ::close(fds[0]);
            run_worker(cells_, w, count, fds[1], parent, work);
        }
        ::close(fds[1]);
        if (pid < 0) {   // fewer workers than asked; the ones started take every item
            ::close(fds[0]);
            break;
        }
        workers_.push_back(Worker{pid, fds[0], {}});
    }
}

WorkerProcesses::~WorkerProcesses() {
    for (auto& worker : workers_) {
        if (worker.pid < 0) continue;
        if (!collected_) ::kill(worker.pid, SIGKILL);
        if (worker.fd >= 0) ::close(worker.fd);
        int status = 0;
        while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    if (cells_) ::munmap(cells_, cells_bytes_);
}

void WorkerProcesses::collect(std::function<void(std::size_t, WorkOutcome&)> const& take,
                              std::function<void()> const& finished) {
    std::vector<std::optional<WorkOutcome>> slots(count_);
    std::vector<pollfd> fds;
    std::vector<std::size_t> of;   // the worker behind each entry of fds
    for (std::size_t i = 0; i < count_;) {
        if (slots[i]) {
            take(i, *slots[i]);
            slots[i].reset();   // its memory goes as soon as it is handed over
            ++i;
            continue;
        }
        fds.clear(), of.clear();
        for (std::size_t w = 0; w < workers_.size(); ++w)
            if (workers_[w].fd >= 0) fds.push_back({workers_[w].fd, POLLIN, 0}), of.push_back(w);
        if (fds.empty()) {
            // Every worker has ended and item i is not in: a worker died between taking it
            // and saying so.
            slots[i] = WorkOutcome{WorkOutcome::Kind::lost,
                                   "every worker process ended before it was done" +
                                       (last_end_.empty() ? std::string() : " (the last: " + last_end_ + ")")};
            continue;
        }
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            throw std::system_error(errno, std::generic_category(), "poll on the worker processes' pipes");
        }
        for (std::size_t k = 0; k < fds.size(); ++k)
            if (fds[k].revents != 0) read_from(of[k], slots, finished);
    }
    collected_ = true;
}

void WorkerProcesses::read_from(std::size_t w, std::vector<std::optional<WorkOutcome>>& slots,
                                std::function<void()> const& finished) {
    auto& worker = workers_[w];
    char chunk[65536];
    ssize_t const n = ::read(worker.fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (n <= 0) return ended(w, slots);
    worker.buffer.append(chunk, static_cast<std::size_t>(n));
    std::size_t at = 0;
    while (worker.buffer.size() - at >= header_bytes) {
        std::uint64_t index = 0, length = 0;
        std::memcpy(&index, worker.buffer.data() + at, 8);
        std::memcpy(&length, worker.buffer.data() + at + 9, 8);
        if (worker.buffer.size() - at - header_bytes < length) break;
        char const tag = worker.buffer[at + 8];
        if (index < count_) {
            auto kind = tag == done_tag ? WorkOutcome::Kind::done : WorkOutcome::Kind::failed;
            slots[index] = WorkOutcome{kind, worker.buffer.substr(at + header_bytes, length)};
            finished();
        }
        at += header_bytes + length;
    }
    worker.buffer.erase(0, at);
}

void WorkerProcesses::ended(std::size_t w, std::vector<std::optional<WorkOutcome>>& slots) {
    auto& worker = workers_[w];
    ::close(worker.fd);
    worker.fd = -1;
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
    worker.pid = -1;
    // A worker ends by itself once it has taken an index past the last item; ending on an
    // item whose result is not in, by a signal or by an exit, loses that item.
    std::string const how = how_it_ended(status);
    std::size_t const current = cells_[1 + w].load();
    if (current < count_ && !slots[current]) slots[current] = WorkOutcome{WorkOutcome::Kind::lost, how + " before it was done"};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) last_end_ = how;
}

}   // namespace elenchus::cli
