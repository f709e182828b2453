// Cancelling a run from another thread (what `elenchus lsp` does when a newer version of a
// document arrives): the query under way is interrupted and no further query is asked.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"

namespace {

using namespace std::chrono_literals;
using elenchus::solver::Answer;

TEST(RunCancel, InterruptsTheQueryUnderWayAndRefusesTheNext) {
    // Nonlinear integer arithmetic (as in run_limits_test): the query runs until a limit
    // stops it, here a minute per query, which the cancel must cut short.
    elenchus::SourceFile source("t.arg", "constant x: Int\nconstant y: Int\nconstant z: Int\n"
                                         "premise p1: x > 1 and y > 1 and z > 1\n"
                                         "premise p2: x*x*x + y*y*y = z*z*z\n");
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    auto theory = elenchus::check(file, diagnostics);
    ASSERT_TRUE(theory);
    elenchus::solver::Limits limits;
    limits.timeout_ms = 60'000;
    limits.run = std::make_shared<elenchus::solver::RunBudget>();
    elenchus::solver::Session session(*theory, limits);
    std::vector<int> both{0, 1};

    auto start = std::chrono::steady_clock::now();
    auto answer = std::async(std::launch::async, [&] { return session.satisfiable(both); });
    ASSERT_EQ(answer.wait_for(500ms), std::future_status::timeout) << "the query must still be running";
    limits.run->cancel();
    ASSERT_EQ(answer.wait_for(10s), std::future_status::ready) << "the cancel did not interrupt the query";
    auto outcome = answer.get();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
    EXPECT_EQ(outcome.answer, Answer::unknown);
    EXPECT_EQ(outcome.reason, "the run was cancelled");

    auto next = session.satisfiable(both);
    EXPECT_EQ(next.answer, Answer::unknown);
    EXPECT_EQ(next.reason, "the run was cancelled");
}

}   // namespace
