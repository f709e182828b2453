// `--timeout`, `--query-timeout` and `--rlimit`: values that would switch a limit off are
// refused (exit 2), and the limits bound the whole run, not each query (docs/cli.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <system_error>
#include <thread>

#include <pthread.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/limits.hpp"
#include "solver/minimal.hpp"
#include "solver/session.hpp"
#include "solver/step_checker.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;

namespace {

std::string program(std::string const& arguments) { return elenchus::test::elenchus(arguments); }

// Nonlinear integer arithmetic: every query runs until a limit stops it.
std::string const nonlinear = "constant x: Int\nconstant y: Int\nconstant z: Int\n"
                              "premise p1: x > 1 and y > 1 and z > 1\n"
                              "premise p2: x*x*x + y*y*y = z*z*z\n"
                              "claim c1: x*x*x*x + y*y*y*y = z*z*z*z\n"
                              "claim c3: x*x + y*y = z*z\n";

class RunLimits : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-limits-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        path_ = (dir_ / "nonlinear.arg").string();
        std::ofstream(path_) << nonlinear;
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string path_;
};

TEST(RunLimitsCli, TimeoutsThatWouldSwitchTheLimitOffAreRefused) {
    for (std::string value :
         {"0", "0.0001", "0.0009", "-1", "4294967.296", "4294968", "86401", "1e300", "nan", "inf", "abc", "1s", ""}) {
        for (std::string flag : {"--timeout", "--query-timeout"}) {
            auto r = run(program("check examples/syllogisms.arg " + flag + " '" + value + "'"));
            EXPECT_EQ(r.exit_code, 2) << flag << " " << value << ": " << r.out;
            EXPECT_NE(r.err.find(flag), std::string::npos) << flag << " " << value << ": " << r.err;
            EXPECT_EQ(r.out, "") << "nothing is checked";
        }
    }
    for (std::string sub : {"whatif examples/syllogisms.arg", "explain examples/syllogisms.arg greeks_mortal",
                            "map --format dot examples/syllogisms.arg"}) {
        auto r = run(program(sub + " --timeout 0.0009"));
        EXPECT_EQ(r.exit_code, 2) << sub;
        EXPECT_NE(r.err.find("1 ms"), std::string::npos) << sub << ": " << r.err;
    }
}

TEST(RunLimitsCli, TheSmallestAndLargestTimeoutsAreAccepted) {
    auto slow = run(program("check --format json examples/syllogisms.arg --timeout 86400"));
    auto plain = run(program("check --format json examples/syllogisms.arg"));
    EXPECT_EQ(slow.out, plain.out) << "a large limit changes no verdict";
    EXPECT_EQ(slow.exit_code, plain.exit_code);
    auto fast = run(program("check examples/syllogisms.arg --timeout 0.001"));
    EXPECT_NE(fast.exit_code, 2) << fast.err;
}

TEST(RunLimitsCli, ResourceLimitsOutsideTheRangeAreRefused) {
    for (std::string value : {"0", "-1", "4294967296", "1e6", "1.5", "x", "99999999999999999999999"}) {
        auto r = run(program("check examples/syllogisms.arg --rlimit '" + value + "'"));
        EXPECT_EQ(r.exit_code, 2) << value;
        EXPECT_NE(r.err.find("--rlimit"), std::string::npos) << r.err;
    }
    EXPECT_NE(run(program("check examples/syllogisms.arg --rlimit 4294967295")).exit_code, 2);
}

TEST_F(RunLimits, TheTimeoutBoundsTheWholeRun) {
    auto start = std::chrono::steady_clock::now();
    auto r = run(program("check --format json '" + path_ + "' --timeout 1"));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.exit_code, 1) << "undecided is never a pass: " << r.err;
    EXPECT_LT(seconds, 4.0) << "three queries of up to 10 s each, one run of 1 s";
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["consistent"], nullptr);
    bool run_limit = false;
    for (auto const& c : doc["claims"]) {
        EXPECT_NE(c["status"], "follows");
        if (c.value("reason", "").find("the time limit of the run was reached") != std::string::npos) run_limit = true;
    }
    EXPECT_TRUE(run_limit) << r.out;
}

TEST_F(RunLimits, TheResourceLimitBoundsTheRunAndIsDeterministic) {
    auto a = run(program("check --format json examples/knights-and-knaves.arg --rlimit 3000"));
    auto b = run(program("check --format json examples/knights-and-knaves.arg --rlimit 3000"));
    EXPECT_EQ(a.out, b.out) << "the same units give the same answers";
    EXPECT_EQ(a.exit_code, 1);
    EXPECT_NE(a.out.find("the resource limit of the run (3000 units) was reached"), std::string::npos) << a.out;
    auto all = run(program("check --format json examples/knights-and-knaves.arg"));
    auto ample = run(program("check --format json examples/knights-and-knaves.arg --rlimit 4294967295"));
    EXPECT_EQ(all.out, ample.out) << "enough units change nothing";
}

// The default limit is resource units, not time: two checks of the same large file at once,
// competing for the two cores (and with whatever else the machine runs), give the same JSON
// byte for byte, on the 10,000-statement file of issue 16 (docs/testing.md).
TEST_F(RunLimits, TwoChecksAtOnceOfALargeFileGiveTheSameJson) {
#ifndef ELENCHUS_GENERATE
    GTEST_SKIP() << "the generator is built with the benchmarks (ELENCHUS_BENCH=ON)";
#else
    std::string const file = (dir_ / "synthetic-10000.arg").string();
    ASSERT_EQ(run(std::string("'") + ELENCHUS_GENERATE + "' 10000 > '" + file + "'").exit_code, 0);
    // Both started by one shell, so that they run at the same time.
    std::string const d = dir_.string(), check = program("check --format json '" + file + "'");
    auto both = run(check + " >'" + d + "/a.json' 2>'" + d + "/a.err' & a=$!; " + check + " >'" + d + "/b.json' 2>'" +
                    d + "/b.err' & b=$!; wait $a; echo $? >'" + d + "/a.code'; wait $b; echo $? >'" + d + "/b.code'");
    ASSERT_EQ(both.exit_code, 0) << both.err;
    auto read = [&](std::string const& name) { return elenchus::test::read_text(dir_ / name); };
    EXPECT_EQ(read("a.code"), read("b.code"));
    EXPECT_EQ(read("a.err"), read("b.err"));
    std::string const a = read("a.json");
    ASSERT_EQ(a, read("b.json")) << "the same verdicts however busy the machine is";
    auto doc = nlohmann::json::parse(a);
    EXPECT_EQ(doc["consistent"], true) << "consistent by construction (bench/generate.cpp)";
    for (auto const& c : doc["claims"]) EXPECT_NE(c["status"], "unknown") << c.dump();
#endif
}

TEST(RunLimitsLibrary, APassedDeadlineAnswersUnknownAndNeverAsks) {
    elenchus::SourceFile source("t.arg", "predicate p\npredicate q\npremise a: p\npremise b: p -> q\nclaim c: q\n");
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    auto theory = elenchus::check(file, diagnostics);
    ASSERT_TRUE(theory) << "the text is valid";
    elenchus::solver::Limits limits;
    limits.run = std::make_shared<elenchus::solver::RunBudget>();
    limits.run->deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    elenchus::solver::Session session(*theory, limits);
    std::vector<int> both{0, 1};
    auto o = session.entails(both, theory->statements[2].formula);
    EXPECT_EQ(o.answer, elenchus::solver::Answer::unknown);
    EXPECT_EQ(o.reason, "the time limit of the run was reached");

    elenchus::solver::StepChecker checker(*theory, limits);
    std::vector<elenchus::logic::Term const*> premises{&theory->statements[0].formula, &theory->statements[1].formula};
    auto step = checker.entails(premises, theory->statements[2].formula);
    EXPECT_EQ(step.answer, elenchus::solver::Answer::unknown);
    EXPECT_EQ(step.reason, "the time limit of the run was reached");

    // Without a run budget the same question is answered.
    elenchus::solver::Session free(*theory, elenchus::solver::Limits{});
    EXPECT_EQ(free.entails(both, theory->statements[2].formula).answer, elenchus::solver::Answer::unsat);
}

TEST(RunLimitsLibrary, UnitsSpentAreChargedToTheRun) {
    elenchus::SourceFile source("t.arg", "predicate p\npredicate q\npremise a: p\npremise b: p -> q\nclaim c: q\n");
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    auto theory = elenchus::check(file, diagnostics);
    ASSERT_TRUE(theory);
    elenchus::solver::Limits limits;
    limits.run = std::make_shared<elenchus::solver::RunBudget>();
    limits.run->units = 1'000'000;
    elenchus::solver::Session session(*theory, limits);
    std::vector<int> both{0, 1};
    EXPECT_EQ(session.entails(both, theory->statements[2].formula).answer, elenchus::solver::Answer::unsat);
    EXPECT_GT(limits.run->spent, 0u) << "the session's copy of the limits shares the budget";
}

// The run's deadline is kept by RunBudget's watchdog: a query that would run for minutes (no
// per-query limit at all here) is interrupted soon after it, in each kind of context the
// solving code makes, and the reason given is the run's.
std::optional<elenchus::logic::Theory> nonlinear_theory() {
    static elenchus::SourceFile const source("t.arg", nonlinear);   // outlives every theory
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    return elenchus::check(file, diagnostics);
}

elenchus::solver::Limits ending_in(std::chrono::milliseconds ms) {
    elenchus::solver::Limits limits;
    limits.rlimit = 0;   // nothing but the run's deadline stops a query
    limits.run = std::make_shared<elenchus::solver::RunBudget>();
    limits.run->deadline = std::chrono::steady_clock::now() + ms;
    return limits;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(RunLimitsLibrary, TheDeadlineInterruptsASessionQuery) {
    auto theory = nonlinear_theory();
    ASSERT_TRUE(theory);
    auto const start = std::chrono::steady_clock::now();
    elenchus::solver::Session session(*theory, ending_in(std::chrono::milliseconds(500)));
    std::vector<int> both{0, 1};
    auto o = session.satisfiable(both);
    EXPECT_EQ(o.answer, elenchus::solver::Answer::unknown);
    EXPECT_EQ(o.reason, "the time limit of the run was reached");
    EXPECT_GE(seconds_since(start), 0.5) << "never before the deadline";
    EXPECT_LT(seconds_since(start), 2.5) << "the watchdog interrupts within a small margin";
}

TEST(RunLimitsLibrary, TheDeadlineInterruptsAStepCheck) {
    auto theory = nonlinear_theory();
    ASSERT_TRUE(theory);
    auto const start = std::chrono::steady_clock::now();
    elenchus::solver::StepChecker checker(*theory, ending_in(std::chrono::milliseconds(500)));
    std::vector<elenchus::logic::Term const*> premises{&theory->statements[0].formula, &theory->statements[1].formula};
    auto o = checker.entails(premises, theory->statements[2].formula);
    EXPECT_EQ(o.answer, elenchus::solver::Answer::unknown);
    EXPECT_EQ(o.reason, "the time limit of the run was reached");
    EXPECT_GE(seconds_since(start), 0.5);
    EXPECT_LT(seconds_since(start), 2.5);
}

TEST(RunLimitsLibrary, TheDeadlineStopsAnEnumeration) {
    auto theory = nonlinear_theory();
    ASSERT_TRUE(theory);
    auto const start = std::chrono::steady_clock::now();
    elenchus::solver::Session session(*theory, ending_in(std::chrono::milliseconds(500)));
    auto found = elenchus::solver::enumerate_mus(session, theory->baseline(), 100);
    EXPECT_NE(found.reason.find("the time limit of the run was reached"), std::string::npos) << found.reason;
    EXPECT_LT(seconds_since(start), 2.5);
}

// Past the deadline the watchdog's interrupt leaves a hooked context's cancel flag set (Z3
// 4.8.12 clears it only when a check starts, and no check is admitted again): evaluating a
// model made before the deadline then fails. Why every reason after the deadline is the
// run's (failure_reason), not "Z3: canceled".
TEST(RunLimitsWatchdog, PastTheDeadlineAHookedContextCannotEvaluate) {
    auto limits = ending_in(std::chrono::milliseconds(100));
    z3::context ctx;
    elenchus::solver::CancelHook hook(ctx, limits.run);
    z3::solver solver(ctx);
    z3::expr const p = ctx.bool_const("p"), q = ctx.bool_const("q");
    solver.add(p || q);
    ASSERT_EQ(solver.check(), z3::sat);
    z3::model const model = solver.get_model();
    EXPECT_NO_THROW(model.eval(p || q, true)) << "before the deadline";
    std::this_thread::sleep_until(limits.run->deadline + 3 * elenchus::solver::RunBudget::reinterrupt_every);
    try {
        model.eval(p || q, true);
        ADD_FAILURE() << "evaluated after the watchdog's interrupt";
    } catch (z3::exception const& e) {
        EXPECT_EQ(std::string(e.msg()), "canceled");
        EXPECT_EQ(elenchus::solver::failure_reason(e, limits.run), "the time limit of the run was reached");
        EXPECT_EQ(elenchus::solver::failure_reason(e, nullptr), "Z3: canceled");
    }
}

// More than Session::Impl::small_query statements: the large solver's model is kept and later
// queries are first evaluated in it (Session::Impl::recall), before the gate. Past the
// deadline that evaluation fails; the answer still gives the run's reason. So does the world
// of an answer given before the deadline.
TEST(RunLimitsWatchdog, PastTheDeadlineALargeTheoryGivesTheRunsReason) {
    std::string text;
    for (int k = 0; k < 80; ++k) text += "predicate p" + std::to_string(k) + "\n";
    for (int k = 0; k < 80; ++k) text += "premise s" + std::to_string(k) + ": p" + std::to_string(k) + "\n";
    auto const loaded = elenchus::test::load_text("t.arg", text);
    auto const& theory = loaded.theory;
    ASSERT_TRUE(theory);
    auto const limits = ending_in(std::chrono::milliseconds(1000));
    elenchus::solver::Session session(*theory, limits);
    std::vector<int> first(70);
    for (int k = 0; k < 70; ++k) first[static_cast<std::size_t>(k)] = k;
    ASSERT_EQ(session.satisfiable(first).answer, elenchus::solver::Answer::sat) << "before the deadline";
    ASSERT_TRUE(limits.run->exhausted().empty()) << "the machine is too slow for this test";
    std::this_thread::sleep_until(limits.run->deadline + 3 * elenchus::solver::RunBudget::reinterrupt_every);

    auto const world = session.world();
    EXPECT_EQ(world.unavailable, "(no world: the time limit of the run was reached)");

    std::vector<int> wider = first;
    wider.push_back(70);   // not in the kept model's query: evaluated in it
    auto const o = session.satisfiable(wider);
    EXPECT_EQ(o.answer, elenchus::solver::Answer::unknown);
    EXPECT_EQ(o.reason, "the time limit of the run was reached");
}

// Only the world search is slow: the Session finds a world at once (a != b), the search for
// the fewest individuals then asks for one Thing, so a = b, and nonlinear arithmetic that Z3
// does not decide. Only the search's own hook stops it by the deadline (without it the
// attempt runs until its own caps, WorldSearch::attempt_rlimit and attempt_timeout_ms).
TEST(RunLimitsWatchdog, TheDeadlineInterruptsAWorldSearch) {
    auto const loaded = elenchus::test::load_text("t.arg", "sort Thing\nentity a, b: Thing\n"
                                                           "constant x: Int\nconstant y: Int\nconstant z: Int\n"
                                                           "premise p: a = b -> (x > 1 and y > 1 and z > 1 and "
                                                           "x*x*x + y*y*y = z*z*z)\n");
    auto const& theory = loaded.theory;
    ASSERT_TRUE(theory);
    auto const start = std::chrono::steady_clock::now();
    elenchus::solver::Session session(*theory, ending_in(std::chrono::milliseconds(1000)));
    std::vector<int> const all{0};
    ASSERT_EQ(session.satisfiable(all).answer, elenchus::solver::Answer::sat);
    ASSERT_LT(seconds_since(start), 1.0) << "the machine is too slow for this test";
    auto const world = session.world();
    EXPECT_LT(seconds_since(start), 2.5) << "the watchdog interrupts the search within a small margin";
    // The interrupted attempt leaves no cancel flag behind; the world found before it is
    // written, unless the watchdog's next interrupt (50 ms on) comes first.
    if (world.facts.empty()) {
        EXPECT_EQ(world.unavailable, "(no world: the time limit of the run was reached)");
    }
}

// Only the MARCO map's own hook can stop a slow map check (no MARCO map a test can make is
// slow, so this is checked by counting): while the enumeration asks, the run's hooks are the
// Session's and the map's; after it, the Session's alone.
TEST(RunLimitsWatchdog, TheMapIsHookedWhileItEnumerates) {
    auto const loaded = elenchus::test::load_text("t.arg", "predicate p\npremise a: p\npremise b: not p\npremise c: p\n");
    auto const& theory = loaded.theory;
    ASSERT_TRUE(theory);
    auto const limits = ending_in(std::chrono::seconds(600));
    elenchus::solver::Session session(*theory, limits);
    ASSERT_EQ(limits.run->hooks(), 1u) << "the Session's";
    std::size_t asked = 0, fewest = SIZE_MAX;
    elenchus::solver::SetQuery const holds = [&](std::span<int const> s) {
        ++asked;
        fewest = std::min(fewest, limits.run->hooks());
        return session.satisfiable(s);
    };
    auto const found = elenchus::solver::enumerate_minimal(session, theory->baseline(), holds, {},
                                                           elenchus::solver::Growth::by_queries);
    EXPECT_EQ(found.reason, "");
    ASSERT_EQ(found.minimal.size(), 2u) << "{a, b} and {b, c}";
    ASSERT_GT(asked, 0u);
    EXPECT_EQ(fewest, 2u) << "the map's context is hooked while the enumeration asks";
    EXPECT_EQ(limits.run->hooks(), 1u) << "and no longer after it";
}

// A world asked for after the run was cancelled: the cancel interrupted the Session's
// context with no check under way, so its flag stays set and the model cannot be evaluated;
// or the answer came from a set proved satisfiable before, and the model is not asked for
// again. Either way the world says the run's reason, not Z3's "canceled" or "within the limits".
TEST(RunLimitsWatchdog, AWorldAfterTheRunWasCancelledGivesTheRunsReason) {
    auto const loaded = elenchus::test::load_text("t.arg", "predicate p\npredicate q\npremise a: p or q\n");
    auto const& theory = loaded.theory;
    ASSERT_TRUE(theory);
    std::vector<int> const all{0};
    for (bool const again : {false, true}) {
        SCOPED_TRACE(again ? "an answer proved before" : "an answer of Z3's");
        elenchus::solver::Limits limits;
        limits.run = std::make_shared<elenchus::solver::RunBudget>();
        elenchus::solver::Session session(*theory, limits);
        ASSERT_EQ(session.satisfiable(all).answer, elenchus::solver::Answer::sat);
        EXPECT_FALSE(session.world().facts.empty()) << "before the cancel";
        if (again) {
            ASSERT_EQ(session.satisfiable(all).answer, elenchus::solver::Answer::sat);
        }
        limits.run->cancel();
        EXPECT_EQ(session.world().unavailable, "(no world: the run was cancelled)");
    }
}

// When the watchdog cannot be started (here: no address space left for its stack), on_cancel
// throws std::system_error and keeps no hook: the CancelHook that asked never finished, so
// nothing would forget it, and a later interrupt would reach a context already gone.
TEST(RunLimitsWatchdog, NoHookIsKeptWhenTheWatchdogCannotStart) {
    pid_t const pid = ::fork();
    ASSERT_NE(pid, -1);
    if (pid == 0) {
        auto* budget = new elenchus::solver::RunBudget;   // never freed: the child ends with _Exit
        budget->deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
        static bool called = false;
        std::function<void()> interrupt = [] { called = true; };
        // A stack size no stack that glibc keeps from an earlier thread has, so that a new
        // one must be mapped; the address-space limit below leaves no room for it.
        pthread_attr_t attr;
        if (::pthread_attr_init(&attr) != 0 || ::pthread_attr_setstacksize(&attr, std::size_t{64} << 20) != 0 ||
            ::pthread_setattr_default_np(&attr) != 0)
            std::_Exit(5);
        unsigned long pages = 0;
        if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
            if (std::fscanf(f, "%lu", &pages) != 1) pages = 0;
            std::fclose(f);
        }
        if (pages == 0) std::_Exit(5);
        rlim_t const room = static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE)) + (1u << 20);
        struct rlimit const limit{room, room};
        if (::setrlimit(RLIMIT_AS, &limit) != 0) std::_Exit(5);
        int code = 4;
        try {
            budget->on_cancel(interrupt);
            code = 2;   // the thread was made after all
        } catch (std::system_error const&) {
            budget->cancel();   // calls every hook still kept
            code = called ? 1 : 0;
        } catch (...) {
        }
        std::_Exit(code);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    int const code = WEXITSTATUS(status);
    if (code == 2 || code == 5) GTEST_SKIP() << "could not make the thread's creation fail here (" << code << ")";
    EXPECT_EQ(code, 0) << (code == 1 ? "the hook stayed after on_cancel threw" : "not std::system_error");
}

// The deadline moves with the clock, yet no query's parameters follow it: without --rlimit
// the gate never sets a solver's parameters (it did before almost every query, and that took
// a quarter of the CPU of many small queries). With --rlimit it cuts each query's units.
TEST(RunLimitsLibrary, TheGateSetsNoParameterWithoutARunResourceLimit) {
    elenchus::solver::Limits limits;
    limits.run = std::make_shared<elenchus::solver::RunBudget>();
    limits.run->deadline = std::chrono::steady_clock::now() + std::chrono::seconds(600);
    z3::context ctx;
    z3::solver solver(ctx);
    elenchus::solver::set_limits(solver, limits);
    elenchus::solver::QueryGate gate(limits);
    solver.add(ctx.bool_const("p"));
    for (int k = 0; k < 20; ++k) {
        ASSERT_EQ(gate.admit(solver), "");
        EXPECT_EQ(solver.check(), z3::sat);
        gate.settle(solver);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    EXPECT_EQ(gate.parameter_changes(), 0u);

    limits.run->units = 1'000'000;
    elenchus::solver::QueryGate cut(limits);
    z3::solver other(ctx);
    other.add(ctx.bool_const("q"));
    for (int k = 0; k < 3; ++k) {
        ASSERT_EQ(cut.admit(other), "");
        EXPECT_EQ(other.check(), z3::sat);
        cut.settle(other);
    }
    EXPECT_GE(cut.parameter_changes(), 1u) << "the run's units cut the query's";
}

}   // namespace
