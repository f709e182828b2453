// The independent answers the whatif tests hold every support, break and make set to: a
// Session of its own (nothing shared with the enumeration) asked each set's defining
// question, and brute force over every subset on small worlds.
#pragma once

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "arguments/formulas/formulas.hpp"
#include "arguments/whatif/support.hpp"
#include "arguments/whatif/whatif.hpp"
#include "solver/session.hpp"

namespace elenchus::test {

using logic::Term;

// A Session of its own, so no answer below comes from the one that enumerated.
struct Oracle {
    logic::Theory const& theory;
    solver::Session session;
    explicit Oracle(logic::Theory const& t) : theory(t), session(t, solver::Limits{}) {}

    int index(std::string const& name) const { return *theory.find_statement(name); }
    std::vector<int> indices(NameSet const& names) const {
        std::vector<int> r;
        for (auto const& n : names) r.push_back(index(n));
        return r;
    }
    bool entails(std::vector<int> const& set, Term const& goal) {
        auto o = session.entails(set, goal);
        EXPECT_NE(o.answer, solver::Answer::unknown) << o.reason;
        return o.answer == solver::Answer::unsat;
    }
    bool consistent(std::vector<int> const& set) {
        auto o = session.satisfiable(set);
        EXPECT_NE(o.answer, solver::Answer::unknown) << o.reason;
        return o.answer == solver::Answer::sat;
    }
};

inline std::vector<int> minus(std::vector<int> const& a, std::vector<int> const& b) {
    std::vector<int> r;
    for (int x : a)
        if (std::find(b.begin(), b.end(), x) == b.end()) r.push_back(x);
    return r;
}

inline std::vector<int> plus(std::vector<int> a, std::vector<int> const& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

inline void verify_support(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto s = o.indices(set);
    EXPECT_TRUE(minus(s, world).empty()) << "support outside the world";
    EXPECT_TRUE(o.entails(s, goal)) << "support does not entail";
    for (int x : s) EXPECT_FALSE(o.entails(minus(s, {x}), goal)) << "support not minimal";
}

inline void verify_break(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto b = o.indices(set);
    EXPECT_FALSE(o.entails(minus(world, b), goal)) << "removal does not break";
    for (int x : b) EXPECT_TRUE(o.entails(minus(world, minus(b, {x})), goal)) << "break set not minimal";
}

inline void verify_make(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto e = o.indices(set);
    EXPECT_TRUE(o.consistent(plus(world, e))) << "make set inconsistent";
    EXPECT_TRUE(o.entails(plus(world, e), goal)) << "make set does not entail";
    for (int x : e) EXPECT_FALSE(o.entails(plus(world, minus(e, {x})), goal)) << "make set not minimal";
}

// Every minimal subset of `pool` with the property, by brute force over all subsets.
template <class Holds>
std::vector<NameSet> brute_minimal(logic::Theory const& t, std::vector<int> const& pool, Holds holds) {
    std::vector<std::vector<int>> found;
    std::size_t n = pool.size();
    std::vector<unsigned> masks(1u << n);
    for (unsigned m = 0; m < masks.size(); ++m) masks[m] = m;
    std::stable_sort(masks.begin(), masks.end(),
                     [](unsigned a, unsigned b) { return __builtin_popcount(a) < __builtin_popcount(b); });
    std::vector<unsigned> minimal;
    for (unsigned m : masks) {
        if (std::any_of(minimal.begin(), minimal.end(), [&](unsigned f) { return (f & m) == f; })) continue;
        std::vector<int> set;
        for (std::size_t k = 0; k < n; ++k)
            if (m & (1u << k)) set.push_back(pool[k]);
        if (holds(set)) {
            minimal.push_back(m);
            found.push_back(set);
        }
    }
    return whatif::named_sets(t, found);
}

inline std::vector<NameSet> sorted(std::vector<NameSet> v) {
    std::sort(v.begin(), v.end(),
              [](NameSet const& a, NameSet const& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    return v;
}

// Every check for one claim in one world, each answer against the oracle; on small worlds
// the lists are compared with brute force too.
inline void verify_claim(logic::Theory const& theory, std::vector<int> const& world, std::vector<int> const& hypotheses,
                         int claim, bool exhaustive) {
    SCOPED_TRACE("claim " + theory.statements[static_cast<std::size_t>(claim)].name);
    solver::Session session(theory, solver::Limits{});
    whatif::Options options;
    Oracle o(theory);
    Term const& c = theory.statements[static_cast<std::size_t>(claim)].formula;
    Term const not_c = formulas::make_not(c);

    auto sw = whatif::sweep(session, world, claim, options);
    bool const holds = o.entails(world, c), fails = o.entails(world, not_c);
    ClaimStatus expected = holds && fails ? ClaimStatus::vacuous
                           : holds        ? ClaimStatus::follows
                           : fails        ? ClaimStatus::refuted
                                          : ClaimStatus::open;
    EXPECT_EQ(sw.status, expected);
    ASSERT_FALSE(sw.capped);

    auto status_without = [&](int s) {
        auto rest = minus(world, {s});
        bool h = o.entails(rest, c), f = o.entails(rest, not_c);
        return h && f ? ClaimStatus::vacuous : h ? ClaimStatus::follows : f ? ClaimStatus::refuted : ClaimStatus::open;
    };
    ASSERT_EQ(sw.drops.size(), world.size());
    for (auto const& d : sw.drops) {
        EXPECT_EQ(d.status, status_without(o.index(d.statement))) << "drop " << d.statement;
        EXPECT_EQ(d.load_bearing, d.status != sw.status) << "drop " << d.statement;
    }

    Term const* goal = expected == ClaimStatus::follows ? &c : expected == ClaimStatus::refuted ? &not_c : nullptr;
    if (goal) {
        EXPECT_FALSE(sw.supports.empty());
        for (auto const& s : sw.supports) verify_support(o, world, s, *goal);
        // Critical = in every support = load-bearing, for a consistent world.
        NameSet load_bearing;
        for (auto const& d : sw.drops)
            if (d.load_bearing) load_bearing.push_back(d.statement);
        EXPECT_EQ(sw.critical, load_bearing);

        auto br = whatif::break_claim(session, world, claim, options);
        ASSERT_FALSE(br.capped);
        for (auto const& b : br.break_sets) verify_break(o, world, b, *goal);
        EXPECT_EQ(br.break_sets, sorted(br.break_sets)) << "not smallest first";
        if (exhaustive) {
            EXPECT_EQ(sw.supports, brute_minimal(theory, world, [&](auto const& s) { return o.entails(s, *goal); }));
            EXPECT_EQ(br.break_sets,
                      brute_minimal(theory, world, [&](auto const& b) { return !o.entails(minus(world, b), *goal); }));
        }
    } else {
        EXPECT_TRUE(sw.supports.empty());
    }

    auto mk = whatif::make_claim(session, world, hypotheses, claim, options);
    ASSERT_FALSE(mk.capped);
    if (expected == ClaimStatus::open) {
        for (auto const& e : mk.make_sets) verify_make(o, world, e, c);
        if (exhaustive) {
            EXPECT_EQ(mk.make_sets, brute_minimal(theory, hypotheses, [&](auto const& e) {
                          return o.consistent(plus(world, e)) && o.entails(plus(world, e), c);
                      }));
        }
    } else if (expected == ClaimStatus::follows) {
        EXPECT_EQ(mk.make_sets, std::vector<NameSet>{NameSet{}});
    } else {
        EXPECT_TRUE(mk.make_sets.empty());
    }
}

}   // namespace elenchus::test
