// `check -j N FILE...` and the progress line (docs/cli.md, "check"). The independent answer
// for -j is each file checked alone, one process per file: many files at once must print
// exactly what those runs print, in the order of the arguments, whatever N. The progress line
// is judged on a real pseudo-terminal (openpty) against what the docs promise.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;

namespace {

std::string program(std::string const& arguments) { return elenchus::test::elenchus(arguments); }

// Every example and every golden input that checks without input errors, plus files with
// input errors, repeated so that there are more files than threads.
std::vector<std::string> files() {
    std::vector<std::string> out;
    for (auto const& e : fs::directory_iterator(ELENCHUS_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".arg") out.push_back("examples/" + e.path().filename().string());
    for (auto const& e : fs::directory_iterator(ELENCHUS_SOURCE_DIR "/tests/golden/relations"))
        if (e.path().extension() == ".arg") out.push_back("tests/golden/relations/" + e.path().filename().string());
    std::sort(out.begin(), out.end());
    auto const once = out;
    out.insert(out.end(), once.rbegin(), once.rend());
    return out;
}

std::string joined(std::vector<std::string> const& list) {
    std::string s;
    for (auto const& f : list) s += " '" + f + "'";
    return s;
}

TEST(CheckJobs, ManyFilesPrintWhatEachFilePrintsAloneInArgumentOrder) {
    // A file with warnings (a claim no argument concludes), early and late in the list.
    auto const warned = fs::temp_directory_path() / ("elenchus-warned-" + std::to_string(::getpid()) + ".arg");
    std::ofstream(warned) << "constant x: Int\npremise p: x > 1\nclaim c: x > 0\n";
    auto list = files();
    list.insert(list.begin() + 1, warned.string());
    list.push_back(warned.string());
    ASSERT_GE(list.size(), 8u);
    // The independent answer: one process per file.
    std::string text;
    auto docs = nlohmann::json::array();
    int worst = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto one = run(program("check --no-color '" + list[i] + "'"));
        text += (i ? "\n" : "") + one.out;
        auto doc = run(program("check --format json '" + list[i] + "'"));
        docs.push_back(nlohmann::json::parse(doc.out));
        worst = std::max(worst, one.exit_code);
    }
    for (std::string jobs : {"1", "2", "5"}) {
        auto t = run(program("check --no-color -j " + jobs + joined(list)));
        EXPECT_EQ(t.out, text) << "-j " << jobs;
        EXPECT_EQ(t.exit_code, worst) << "-j " << jobs << ": the worst of the files";
        auto j = run(program("check --format json --jobs " + jobs + joined(list)));
        EXPECT_EQ(nlohmann::json::parse(j.out), docs) << "-j " << jobs;
        EXPECT_EQ(j.exit_code, worst);
    }
    EXPECT_EQ(worst, 1) << "the set has files with problems";
    // Byte for byte: -j 1 checks in this process, -j 2 and -j 4 in worker processes.
    auto one_text = run(program("check --no-color -j 1" + joined(list)));
    auto one_json = run(program("check --format json -j 1" + joined(list)));
    EXPECT_NE(one_text.err.find("warning"), std::string::npos) << "the set has files with warnings";
    // The array is put together from each file's own text: byte for byte what the JSON
    // library writes for the array of the files' documents.
    EXPECT_EQ(one_json.out, docs.dump(2) + "\n");
    for (std::string jobs : {"2", "4"}) {
        auto t = run(program("check --no-color -j " + jobs + joined(list)));
        EXPECT_EQ(t.out, one_text.out) << "-j " << jobs;
        EXPECT_EQ(t.err, one_text.err) << "-j " << jobs;
        auto j = run(program("check --format json -j " + jobs + joined(list)));
        EXPECT_EQ(j.out, one_json.out) << "-j " << jobs;
        EXPECT_EQ(j.err, one_json.err) << "-j " << jobs;
    }
    fs::remove(warned);
}

TEST(CheckJobs, BadInputAnywhereChecksNothing) {
    auto list = files();
    list.insert(list.begin() + 3, "tests/golden/errors/arity.arg");
    auto one = run(program("check --format json -j 1" + joined(list)));
    auto two = run(program("check --format json -j 2" + joined(list)));
    EXPECT_EQ(one.exit_code, 2);
    EXPECT_EQ(two.exit_code, 2);
    EXPECT_EQ(one.out, two.out);
    auto docs = nlohmann::json::parse(two.out);
    ASSERT_EQ(docs.size(), list.size());
    for (auto const& d : docs) EXPECT_FALSE(d.contains("consistent")) << "nothing is checked";
    for (std::string value : {"0", "-1", "x", "1025"})
        EXPECT_EQ(run(program("check -j " + value + " examples/syllogisms.arg")).exit_code, 2) << value;
}

// Runs `command` (an argv) with stderr on a pseudo-terminal and stdout on a pipe; returns
// what each received.
struct TtyRun {
    std::string out, terminal;
    int exit_code = -1;
};

TtyRun on_terminal(std::vector<std::string> const& argv) {
    TtyRun r;
    int master = -1, slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return r;
    int out[2];
    if (::pipe(out) != 0) return r;
    pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(ELENCHUS_SOURCE_DIR) != 0) ::_exit(127);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
        ::close(master), ::close(slave), ::close(out[0]), ::close(out[1]);
        std::vector<char*> args;
        for (auto const& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(slave), ::close(out[1]);
    pollfd fds[2] = {{master, POLLIN, 0}, {out[0], POLLIN, 0}};
    char buffer[4096];
    bool open[2] = {true, true};
    while (open[0] || open[1]) {
        if (::poll(fds, 2, 1000) < 0) break;
        for (int k = 0; k < 2; ++k) {
            if (!open[k] || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = ::read(fds[k].fd, buffer, sizeof buffer);
            if (n <= 0) {
                open[k] = false, fds[k].fd = -1;   // a pty master reads EIO once the child is gone
                continue;
            }
            (k == 0 ? r.terminal : r.out).append(buffer, static_cast<std::size_t>(n));
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    ::close(master), ::close(out[0]);
    return r;
}

class Progress : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-progress-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        // Nonlinear integer arithmetic: each query runs until --query-timeout stops it, so
        // the run takes several seconds on any machine.
        path_ = (dir_ / "slow.arg").string();
        std::ofstream(path_) << "constant x: Int\nconstant y: Int\nconstant z: Int\n"
                                "premise p1: x > 1 and y > 1 and z > 1\n"
                                "premise p2: x*x*x + y*y*y = z*z*z\n"
                                "claim c1: x*x*x*x + y*y*y*y = z*z*z*z\n"
                                "claim c3: x*x + y*y = z*z\n";
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string path_;
};

// The terminal turns "\n" into "\r\n" (onlcr): undone, to compare with a pipe's text.
std::string lines(std::string text) {
    for (std::size_t at; (at = text.find("\r\n")) != std::string::npos;) text.replace(at, 2, "\n");
    return text;
}

TEST_F(Progress, ALongRunShowsItsPhaseOnATerminalAndErasesIt) {
    // What the same run writes to stderr through a pipe: its warnings (two claims that no
    // argument concludes), and no progress.
    auto piped = run(program("check --no-color --query-timeout 1.5 '" + path_ + "'"));
    EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;
    EXPECT_EQ(piped.err.find("claims 1/2"), std::string::npos) << piped.err;
    EXPECT_NE(piped.err.find("warning"), std::string::npos) << piped.err;

    auto r = on_terminal({ELENCHUS_BINARY, "check", "--no-color", "--query-timeout", "1.5", path_});
    ASSERT_NE(r.exit_code, -1);
    EXPECT_NE(r.terminal.find("slow.arg: claims 1/2"), std::string::npos) << r.terminal;
    // Erased when done: after the last erase sequence comes only what a pipe gets.
    std::string const erase = "\r\033[K";
    auto last = r.terminal.rfind(erase);
    ASSERT_NE(last, std::string::npos) << r.terminal;
    EXPECT_EQ(lines(r.terminal.substr(last + erase.size())), piped.err);
    // stdout has the report and no progress (not compared with the piped run's: each query
    // here ends at a wall-clock limit, so the two runs may decide different things).
    EXPECT_EQ(r.out.find('\r'), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Claims"), std::string::npos) << r.out;
}

TEST_F(Progress, NeverWhenQuietInJsonOrPiped) {
    for (auto const& extra : {std::vector<std::string>{"--quiet"}, std::vector<std::string>{"-q"},
                              std::vector<std::string>{"--format", "json"}}) {
        std::vector<std::string> argv{ELENCHUS_BINARY, "check", "--no-color", "--query-timeout", "1.5"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(path_);
        auto r = on_terminal(argv);
        // JSON carries the warnings in the document; --quiet silences them too.
        EXPECT_EQ(r.terminal, "") << extra.front();
    }
}

TEST(ProgressShort, AShortRunShowsNothing) {
    auto r = on_terminal({ELENCHUS_BINARY, "check", "--no-color", "examples/syllogisms.arg"});
    EXPECT_EQ(r.terminal, "") << "under a second: no line";
}


// With several files on a terminal the line counts files, whichever worker process finished
// them: the two small files are done long before the slow one.
TEST_F(Progress, SeveralFilesCountFilesDoneInWorkerProcesses) {
    auto r = on_terminal({ELENCHUS_BINARY, "check", "--no-color", "-j", "2", "--query-timeout", "1.5", path_,
                          "examples/syllogisms.arg", "examples/propositional-forms.arg"});
    ASSERT_NE(r.exit_code, -1);
    EXPECT_NE(r.terminal.find("files 2/3"), std::string::npos) << r.terminal;
    EXPECT_EQ(r.terminal.find("slow.arg: claims"), std::string::npos) << "no phase with several files";
    EXPECT_NE(r.out.find("syllogisms.arg"), std::string::npos) << r.out;
}

// The processes `parent` has started that are still running (not yet ended), from /proc.
std::vector<pid_t> running_children(pid_t parent) {
    std::vector<pid_t> out;
    std::error_code ec;
    for (fs::directory_iterator it("/proc", ec), end; !ec && it != end; it.increment(ec)) {
        auto const name = it->path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(it->path() / "stat");
        std::string line;
        std::getline(stat, line);
        auto const close = line.rfind(')');   // after the command's name, which may hold spaces
        if (close == std::string::npos) continue;
        std::istringstream rest(line.substr(close + 1));
        char state = 0;
        pid_t ppid = 0;
        rest >> state >> ppid;
        if (ppid == parent && state != 'Z') out.push_back(std::stoi(name));
    }
    return out;
}

// A worker process killed from outside while it checks a file (as the kernel's OOM killer
// would): the run neither hangs nor passes over it in silence. The slow file is first, so the
// one worker left once the small files are done is the one checking it; at its turn the run
// stops with an internal error that names it and the signal (docs/cli.md, "-j N").
TEST_F(Progress, AWorkerKilledMidRunIsAnInternalErrorForItsFile) {
    auto const out = (dir_ / "out.txt").string(), err = (dir_ / "err.txt").string();
    pid_t const pid = ::fork();
    if (pid == 0) {
        if (::chdir(ELENCHUS_SOURCE_DIR) != 0) ::_exit(127);
        int const o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int const e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(o, STDOUT_FILENO), ::dup2(e, STDERR_FILENO);
        ::execl(ELENCHUS_BINARY, ELENCHUS_BINARY, "check", "--no-color", "-j", "2", "--query-timeout", "5",
                path_.c_str(), "examples/syllogisms.arg", "examples/propositional-forms.arg", nullptr);
        ::_exit(127);
    }
    ASSERT_GT(pid, 0);
    auto const start = std::chrono::steady_clock::now();
    std::vector<pid_t> children;
    while (std::chrono::steady_clock::now() - start < std::chrono::seconds(8)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        children = running_children(pid);
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(1) && children.size() == 1) break;
    }
    ASSERT_EQ(children.size(), 1u) << "one worker left, on the slow file";
    ::kill(children[0], SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 3);
    EXPECT_EQ(elenchus::test::read_text(out), "") << "no file comes before the slow one";
    EXPECT_EQ(elenchus::test::read_text(err), "elenchus: internal error: checking " + path_ +
                                                   ": its worker process was killed by signal 9 (Killed) before it "
                                                   "was done\n");
}

// --timeout with -j: the deadline is kept by a watchdog thread in each worker, started only
// once the worker makes its first Z3 context, never in the parent (which forks only while it
// is its process's one thread, cli/worker_processes.hpp). Two slow files are checked by two
// worker processes at once and both stop at the run's time limit.
TEST_F(Progress, TheTimeoutStopsEveryWorkerProcess) {
    auto const out = (dir_ / "out.json").string();
    auto const second = (dir_ / "slow2.arg").string();
    fs::copy_file(path_, second);
    pid_t const pid = ::fork();
    if (pid == 0) {
        if (::chdir(ELENCHUS_SOURCE_DIR) != 0) ::_exit(127);
        int const o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(o, STDOUT_FILENO);
        ::execl(ELENCHUS_BINARY, ELENCHUS_BINARY, "check", "--format", "json", "-j", "2", "--timeout", "2",
                path_.c_str(), second.c_str(), nullptr);
        ::_exit(127);
    }
    ASSERT_GT(pid, 0);
    auto const start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    EXPECT_EQ(running_children(pid).size(), 2u) << "both files in worker processes";
    int status = 0;
    ::waitpid(pid, &status, 0);
    double const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1) << "undecided is never a pass";
    EXPECT_LT(seconds, 5.0) << "a run of 2 s";
    auto const doc = nlohmann::json::parse(elenchus::test::read_text(out));
    ASSERT_EQ(doc.size(), 2u);
    for (auto const& file : doc) {
        bool run_limit = false;
        for (auto const& c : file["claims"])
            if (c.value("reason", "").find("the time limit of the run was reached") != std::string::npos) run_limit = true;
        EXPECT_TRUE(run_limit) << file.dump();
    }
}

}   // namespace
