// The one MARCO enumeration (solver/minimal.hpp) behind inconsistency sets and whatif's
// supports and breaks: complete answers checked by brute force over all subsets, and the
// map solver kept to the run's limits like every other solver.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "solver/minimal.hpp"
#include "solver/session.hpp"
#include "support/loaded.hpp"

using namespace elenchus;

namespace {

using test::load_text;

// p, not p, q, not q, p -> r, not r: minimal inconsistent sets {0,1}, {2,3}, {0,4,5}.
std::string const clash = "predicate p\npredicate q\npredicate r\n"
                          "premise a: p\npremise b: not p\npremise c: q\npremise d: not q\n"
                          "premise e: p -> r\npremise f: not r\n";

}   // namespace

TEST(Minimal, EveryMinimalInconsistentSetAgreesWithBruteForce) {
    auto l = load_text("t.arg", clash);
    ASSERT_TRUE(l.theory);
    solver::Session session(*l.theory, {});
    auto const all = l.theory->baseline();
    auto found = solver::enumerate_mus(session, all, 100);
    EXPECT_TRUE(found.reason.empty()) << found.reason;
    EXPECT_FALSE(found.capped);
    // Brute force: a subset is a MUS when unsatisfiable and every one-smaller subset is not.
    std::vector<std::vector<int>> expected;
    std::size_t const n = all.size();
    auto unsat = [&](unsigned mask) {
        std::vector<int> s;
        for (std::size_t k = 0; k < n; ++k)
            if (mask >> k & 1u) s.push_back(all[k]);
        return session.satisfiable(s).answer == solver::Answer::unsat;
    };
    for (unsigned mask = 1; mask < (1u << n); ++mask) {
        if (!unsat(mask)) continue;
        bool minimal = true;
        for (std::size_t k = 0; k < n && minimal; ++k)
            if ((mask >> k & 1u) && unsat(mask & ~(1u << k))) minimal = false;
        if (!minimal) continue;
        std::vector<int> s;
        for (std::size_t k = 0; k < n; ++k)
            if (mask >> k & 1u) s.push_back(all[k]);
        expected.push_back(s);
    }
    auto got = found.sets;
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
    EXPECT_EQ(got.size(), 3u);
}

TEST(Minimal, TheMapSolverKeepsToTheRunsLimit) {
    auto l = load_text("t.arg", clash);
    ASSERT_TRUE(l.theory);
    solver::Limits limits;
    limits.run = std::make_shared<solver::RunBudget>();
    limits.run->deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    solver::Session session(*l.theory, limits);
    auto found = solver::enumerate_mus(session, l.theory->baseline(), 100);
    EXPECT_TRUE(found.sets.empty());
    EXPECT_NE(found.reason.find("time limit of the run"), std::string::npos) << found.reason;
}
