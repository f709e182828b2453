// `whatif`: every support, break and make set is re-verified with queries on a fresh Session
// of its own (nothing shared with the enumeration, tests/support/whatif_oracle.hpp), and on
// small theories the complete lists are compared with brute force over every subset. This
// file: theories built by hand (textbook cases, random ones, an ad hoc change); the examples
// and the command line are in whatif_examples_test.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/support.hpp"
#include "arguments/whatif/whatif.hpp"
#include "support/whatif_oracle.hpp"

using namespace elenchus;
using namespace elenchus::test;
using logic::Term;
using Kind = ast::StatementKind;

namespace {

// ---- theories built by hand: propositional, no front end involved --------------------

struct Builder {
    logic::Theory theory;
    std::map<std::string, int> atoms;

    Term atom(std::string const& name) {
        if (!atoms.count(name)) {
            logic::Symbol s;
            s.kind = logic::Symbol::Kind::predicate;
            s.name = name;
            atoms[name] = static_cast<int>(theory.symbols.size());
            theory.symbols.push_back(s);
        }
        Term t;
        t.op = Term::Op::symbol;
        t.symbol = atoms[name];
        return t;
    }
    static Term op(Term::Op o, std::vector<Term> args) {
        Term t;
        t.op = o;
        t.args = std::move(args);
        return t;
    }
    static Term neg(Term a) { return op(Term::Op::logical_not, {std::move(a)}); }
    static Term both(Term a, Term b) { return op(Term::Op::logical_and, {std::move(a), std::move(b)}); }
    static Term either(Term a, Term b) { return op(Term::Op::logical_or, {std::move(a), std::move(b)}); }
    static Term then(Term a, Term b) { return op(Term::Op::implies, {std::move(a), std::move(b)}); }

    int statement(Kind kind, std::string name, Term formula) {
        logic::Statement s;
        s.kind = kind;
        s.name = std::move(name);
        s.formula = std::move(formula);
        theory.statements.push_back(std::move(s));
        return static_cast<int>(theory.statements.size()) - 1;
    }
    int premise(std::string name, Term f) { return statement(Kind::premise, std::move(name), std::move(f)); }
    int claim(std::string name, Term f) { return statement(Kind::claim, std::move(name), std::move(f)); }
    int hypothesis(std::string name, Term f) { return statement(Kind::hypothesis, std::move(name), std::move(f)); }
};

// ---- textbook cases ----------------------------------------------------------------

TEST(WhatifTextbook, TwoDisjointSupportsGiveFourBreakSetsOfSizeTwo) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    b.premise("b", b.atom("b"));
    b.premise("b_to_c", Builder::then(b.atom("b"), b.atom("c")));
    b.premise("noise", b.atom("d"));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto world = b.theory.baseline();

    auto sw = whatif::sweep(session, world, c, {});
    EXPECT_EQ(sw.status, ClaimStatus::follows);
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"a", "a_to_c"}, {"b", "b_to_c"}}));
    EXPECT_TRUE(sw.critical.empty());
    for (auto const& d : sw.drops) EXPECT_FALSE(d.load_bearing) << d.statement;

    auto br = whatif::break_claim(session, world, c, {});
    EXPECT_EQ(br.break_sets,
              (std::vector<NameSet>{{"a", "b"}, {"a", "b_to_c"}, {"a_to_c", "b"}, {"a_to_c", "b_to_c"}}));
    verify_claim(b.theory, world, {}, c, true);
}

TEST(WhatifTextbook, ChainIsCriticalThroughout) {
    Builder b;
    b.premise("p", b.atom("p"));
    b.premise("p_to_q", Builder::then(b.atom("p"), b.atom("q")));
    b.premise("q_to_r", Builder::then(b.atom("q"), b.atom("r")));
    b.premise("unrelated", Builder::either(b.atom("s"), b.atom("t")));
    int r = b.claim("r", b.atom("r"));
    solver::Session session(b.theory, {});
    auto world = b.theory.baseline();
    auto sw = whatif::sweep(session, world, r, {});
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"p", "p_to_q", "q_to_r"}}));
    EXPECT_EQ(sw.critical, (NameSet{"p", "p_to_q", "q_to_r"}));
    for (auto const& d : sw.drops) EXPECT_EQ(d.load_bearing, d.statement != "unrelated") << d.statement;
    auto br = whatif::break_claim(session, world, r, {});
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"p"}, {"p_to_q"}, {"q_to_r"}}));
    verify_claim(b.theory, world, {}, r, true);
}

TEST(WhatifTextbook, CriticalIsTheIntersectionOfOverlappingSupports) {
    Builder b;   // c follows from k with either x or y: k is in both supports
    b.premise("k", b.atom("k"));
    b.premise("x", Builder::then(b.atom("k"), b.atom("c")));
    b.premise("y", Builder::then(Builder::both(b.atom("k"), b.atom("e")), b.atom("c")));
    b.premise("e", b.atom("e"));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto sw = whatif::sweep(session, b.theory.baseline(), c, {});
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"k", "x"}, {"e", "k", "y"}}));
    EXPECT_EQ(sw.critical, NameSet{"k"});
    auto br = whatif::break_claim(session, b.theory.baseline(), c, {});
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"k"}, {"e", "x"}, {"x", "y"}}));
    verify_claim(b.theory, b.theory.baseline(), {}, c, true);
}

TEST(WhatifTextbook, RefutedClaimsAreSweptByTheirRefutation) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_excludes_c", Builder::then(b.atom("a"), Builder::neg(b.atom("c"))));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto sw = whatif::sweep(session, b.theory.baseline(), c, {});
    EXPECT_EQ(sw.status, ClaimStatus::refuted);
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"a", "a_excludes_c"}}));
    for (auto const& d : sw.drops) EXPECT_EQ(d.status, ClaimStatus::open);
    verify_claim(b.theory, b.theory.baseline(), {}, c, true);
}

TEST(WhatifTextbook, MakeFindsTheMinimalConsistentHypothesisSets) {
    Builder b;
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    b.premise("b_to_c", Builder::then(b.atom("b"), b.atom("c")));
    b.premise("not_d", Builder::neg(b.atom("d")));
    int ha = b.hypothesis("ha", b.atom("a"));
    int hb = b.hypothesis("hb", b.atom("b"));
    int hd = b.hypothesis("hd", Builder::both(b.atom("d"), b.atom("a")));   // entails, but inconsistent
    int he = b.hypothesis("he", b.atom("e"));                               // irrelevant
    int hf = b.hypothesis("hf", Builder::then(b.atom("e"), b.atom("c")));   // only with he
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    std::vector<int> hyps{ha, hb, hd, he, hf};
    auto mk = whatif::make_claim(session, b.theory.baseline(), hyps, c, {});
    EXPECT_EQ(mk.status, ClaimStatus::open);
    EXPECT_EQ(mk.make_sets, (std::vector<NameSet>{{"ha"}, {"hb"}, {"he", "hf"}}));
    verify_claim(b.theory, b.theory.baseline(), hyps, c, true);
}

TEST(WhatifTextbook, AdHocScenarioComparesWithTheBaseline) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    int hb = b.hypothesis("hb", b.atom("b"));
    b.claim("c", b.atom("c"));
    b.claim("b_claim", b.atom("b"));
    whatif::AdHoc adhoc;
    adhoc.without = {*b.theory.find_statement("a")};
    adhoc.with = {hb};
    adhoc.assumed = {Builder::neg(b.atom("a"))};
    logic::Theory t = whatif::with_adhoc(b.theory, adhoc);
    ASSERT_EQ(t.scenarios.size(), 1u);
    EXPECT_EQ(t.statements.back().name, "assumed_1");
    solver::Session session(t, {});
    auto cmp = whatif::compare(session, whatif::baseline(session, {}), 0, {});
    EXPECT_EQ(cmp.consistency.consistent, true);
    ASSERT_EQ(cmp.claims.size(), 2u);
    EXPECT_EQ(cmp.claims[0].baseline->status, ClaimStatus::follows);
    EXPECT_EQ(cmp.claims[0].scenario.status, ClaimStatus::open);
    EXPECT_TRUE(cmp.claims[0].changed);
    EXPECT_EQ(cmp.claims[1].scenario.status, ClaimStatus::follows);

    // Keeping `a` while assuming its negation: a new minimal inconsistent set.
    adhoc.without.clear();
    logic::Theory t2 = whatif::with_adhoc(b.theory, adhoc);
    solver::Session s2(t2, {});
    auto cmp2 = whatif::compare(s2, whatif::baseline(s2, {}), 0, {});
    EXPECT_EQ(cmp2.consistency.consistent, false);
    EXPECT_EQ(cmp2.new_inconsistent_sets, (std::vector<NameSet>{{"a", "assumed_1"}}));
    ASSERT_EQ(cmp2.claims.size(), 2u);
    EXPECT_EQ(cmp2.claims[0].scenario.status, ClaimStatus::vacuous);
}

TEST(WhatifTextbook, TheCapStopsTheEnumerationAndSaysSo) {
    Builder b;   // three disjoint supports of two: 3 supports, 2^3 = 8 break sets
    for (std::string x : {"a", "b", "e"}) {
        b.premise(x, b.atom(x));
        b.premise(x + "_to_c", Builder::then(b.atom(x), b.atom("c")));
    }
    int c = b.claim("c", b.atom("c"));
    auto world = b.theory.baseline();
    solver::Session session(b.theory, {});
    auto all = whatif::break_claim(session, world, c, {});
    EXPECT_FALSE(all.capped);
    EXPECT_EQ(all.break_sets.size(), 8u);
    whatif::Options tight;
    tight.max_sets = 2;
    auto some = whatif::break_claim(session, world, c, tight);
    EXPECT_TRUE(some.capped);
    EXPECT_LE(some.break_sets.size(), 2u);
    EXPECT_FALSE(some.break_sets.empty()) << "capped, yet nothing found to re-verify";
    Oracle o(b.theory);
    Term const& goal = b.theory.statements[static_cast<std::size_t>(c)].formula;
    for (auto const& set : some.break_sets) verify_break(o, world, set, goal);
    auto sw = whatif::sweep(session, world, c, tight);
    EXPECT_TRUE(sw.capped);
    EXPECT_TRUE(sw.critical.empty()) << "no statement is in all three supports";
    EXPECT_FALSE(sw.supports.empty()) << "capped, yet nothing found to re-verify";
    for (auto const& set : sw.supports) verify_support(o, world, set, goal);
}

// ---- random theories against brute force --------------------------------------------

TEST(WhatifRandom, EnumerationsMatchBruteForce) {
    std::mt19937 rng(20261127);
    char const* letters[] = {"p", "q", "r", "s"};
    for (int round = 0; round < 25; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        Builder b;
        auto literal = [&] {
            Term t = b.atom(letters[rng() % 4]);
            return rng() % 3 == 0 ? Builder::neg(t) : t;
        };
        auto clause = [&] {
            Term t = literal();
            for (unsigned k = rng() % 3; k > 0; --k) t = Builder::either(t, literal());
            return t;
        };
        for (int k = 0; k < 7; ++k) b.premise("s" + std::to_string(k), clause());
        std::vector<int> hyps;
        for (int k = 0; k < 4; ++k) hyps.push_back(b.hypothesis("h" + std::to_string(k), clause()));
        int c = b.claim("goal", Builder::either(b.atom("p"), b.atom("q")));
        verify_claim(b.theory, b.theory.baseline(), hyps, c, true);
    }
}

TEST(WhatifAdHoc, DroppingAStatementTheBaseScenarioDeclares) {
    Builder b;
    b.premise("a", b.atom("a"));
    int own = b.premise("own", b.atom("b"));
    b.theory.statements[static_cast<std::size_t>(own)].scenario = "s";
    logic::Scenario s;
    s.name = "s";
    s.statements = {own};
    b.theory.scenarios.push_back(s);
    whatif::AdHoc adhoc;
    adhoc.base = 0;
    adhoc.without = {own};
    logic::Theory t = whatif::with_adhoc(b.theory, adhoc);
    auto asserted = t.asserted_in(t.scenarios.back());
    EXPECT_EQ(asserted, std::vector<int>{*t.find_statement("a")});
}

}   // namespace
