// check_theory on hand-built Theories, against textbook results of propositional and
// first-order logic (valid and invalid forms, syllogisms, minimal inconsistent sets).
#include <gtest/gtest.h>

#include <algorithm>

#include "arguments/verdicts/report.hpp"
#include "support/theory_builder.hpp"

using namespace elenchus;
using namespace elenchus::test;

namespace {

ClaimVerdict const& claim(std::vector<ClaimVerdict> const& claims, std::string const& name) {
    for (auto const& c : claims)
        if (c.name == name) return c;
    throw std::invalid_argument("no claim " + name);
}

ArgumentVerdict const& argument(std::vector<ArgumentVerdict> const& arguments, std::string const& name) {
    for (auto const& a : arguments)
        if (a.name == name) return a;
    throw std::invalid_argument("no argument " + name);
}

bool mentions(std::optional<solver::World> const& w, std::string const& fact) {
    if (!w) return false;
    auto const lines = solver::lines(*w);
    return std::find(lines.begin(), lines.end(), fact) != lines.end();
}

}   // namespace

TEST(Verdicts, ModusPonensValidAffirmingTheConsequentNot) {
    TheoryBuilder b;
    b.predicate("rain");
    b.predicate("wet");
    b.statement(Kind::premise, "if_rain_wet", implies(b("rain"), b("wet")));
    b.statement(Kind::hypothesis, "it_rains", b("rain"));
    b.statement(Kind::hypothesis, "it_is_wet", b("wet"));
    b.statement(Kind::hypothesis, "only_rain_wets", implies(b("wet"), b("rain")));
    b.statement(Kind::claim, "wet_claim", b("wet"));
    b.statement(Kind::claim, "rain_claim", b("rain"));
    b.argument("ponens", {"if_rain_wet", "it_rains"}, "wet_claim");
    b.argument("affirming", {"if_rain_wet", "it_is_wet"}, "rain_claim");
    auto r = check_theory(b.theory, {});
    auto const& ponens = argument(r.arguments, "ponens");
    EXPECT_EQ(ponens.valid, true);
    EXPECT_TRUE(ponens.redundant.empty());
    EXPECT_FALSE(ponens.circular);
    EXPECT_EQ(ponens.premises_inconsistent, false);
    auto const& affirming = argument(r.arguments, "affirming");
    EXPECT_EQ(affirming.valid, false);
    // The counterexample: wet without rain.
    EXPECT_TRUE(mentions(affirming.counterexample, "rain = false"));
    EXPECT_TRUE(mentions(affirming.counterexample, "wet = true"));
    // Either the converse or rain itself closes the gap; but `it_rains` says what the
    // argument concludes, and suggesting it would beg the question: only the converse is left.
    std::vector<NameSet> expected{{"only_rain_wets"}};
    auto missing = affirming.missing;
    std::sort(missing.begin(), missing.end());
    EXPECT_EQ(missing, expected);
    EXPECT_FALSE(affirming.bridging.empty());
}

TEST(Verdicts, SyllogismBarbaraValidWithARedundantPremise) {
    TheoryBuilder b;
    auto thing = b.open_sort("Thing");
    for (auto p : {"greek", "human", "mortal", "bird"}) b.predicate(p, {thing});
    auto x = var("x", thing);
    auto all = [&](std::string s, std::string p) { return forall({{"x", thing}}, implies(b(s, {x}), b(p, {x}))); };
    b.statement(Kind::premise, "humans_mortal", all("human", "mortal"));
    b.statement(Kind::premise, "greeks_human", all("greek", "human"));
    b.statement(Kind::premise, "birds_mortal", all("bird", "mortal"));
    b.statement(Kind::claim, "greeks_mortal", all("greek", "mortal"));
    b.statement(Kind::claim, "mortals_greek", all("mortal", "greek"));
    b.argument("barbara", {"humans_mortal", "greeks_human", "birds_mortal"}, "greeks_mortal");
    b.argument("converse", {"humans_mortal", "greeks_human"}, "mortals_greek");
    auto r = check_theory(b.theory, {});
    auto const& barbara = argument(r.arguments, "barbara");
    EXPECT_EQ(barbara.valid, true);
    EXPECT_EQ(barbara.redundant, NameSet{"birds_mortal"});
    EXPECT_EQ(argument(r.arguments, "converse").valid, false);
    auto const& c = claim(r.claims, "greeks_mortal");
    EXPECT_EQ(c.status, ClaimStatus::follows);
    EXPECT_EQ(c.support, (NameSet{"greeks_human", "humans_mortal"}));
    EXPECT_EQ(claim(r.claims, "mortals_greek").status, ClaimStatus::open);
}

TEST(Verdicts, EveryMinimalInconsistentSetExactlyAndClaimsVacuous) {
    TheoryBuilder b;
    b.predicate("p");
    b.predicate("s");
    b.predicate("t");
    b.statement(Kind::premise, "a", b("p"));
    b.statement(Kind::premise, "b", not_(b("p")));
    b.statement(Kind::premise, "f", implies(b("p"), b("s")));
    b.statement(Kind::premise, "g", not_(b("s")));
    b.statement(Kind::premise, "harmless", b("t"));
    b.statement(Kind::claim, "c", b("t"));
    auto r = check_theory(b.theory, {});
    EXPECT_EQ(r.consistency.consistent, false);
    std::vector<NameSet> expected{{"a", "b"}, {"a", "f", "g"}};
    EXPECT_EQ(r.consistency.inconsistent_sets, expected);
    EXPECT_FALSE(r.consistency.capped);
    EXPECT_EQ(claim(r.claims, "c").status, ClaimStatus::vacuous);

    CheckOptions one;
    one.max_inconsistent_sets = 1;
    auto capped = check_theory(b.theory, one);
    EXPECT_EQ(capped.consistency.inconsistent_sets.size(), 1u);
    EXPECT_TRUE(capped.consistency.capped);
}

TEST(Verdicts, FollowsWithMinimalSupportAndItsAssumption) {
    TheoryBuilder b;
    b.predicate("ban");
    b.predicate("barrier");
    b.predicate("noise");
    b.statement(Kind::premise, "base_ban", b("ban"));
    b.statement(Kind::assume, "ban_bars", implies(b("ban"), b("barrier")));
    b.statement(Kind::premise, "unrelated", b("noise"));
    b.statement(Kind::premise, "also_barrier_if_noise", implies(and_(b("noise"), b("ban")), b("barrier")));
    b.statement(Kind::claim, "is_barrier", b("barrier"));
    b.statement(Kind::claim, "no_ban", not_(b("ban")));
    CheckOptions o;
    o.witnesses = true;
    auto r = check_theory(b.theory, o);
    EXPECT_EQ(r.consistency.consistent, true);
    EXPECT_TRUE(r.consistency.witness.has_value());
    auto const& c = claim(r.claims, "is_barrier");
    EXPECT_EQ(c.status, ClaimStatus::follows);
    // Two minimal supports exist; whichever is given must be one of them.
    NameSet one{"ban_bars", "base_ban"}, other{"also_barrier_if_noise", "base_ban", "unrelated"};
    EXPECT_TRUE(c.support == one || c.support == other) << ::testing::PrintToString(c.support);
    if (c.support == one) {
        EXPECT_EQ(c.assumptions, NameSet{"ban_bars"});
    } else EXPECT_TRUE(c.assumptions.empty());
    auto const& refuted = claim(r.claims, "no_ban");
    EXPECT_EQ(refuted.status, ClaimStatus::refuted);
    EXPECT_EQ(refuted.support, NameSet{"base_ban"});
}

TEST(Verdicts, OpenClaimHasAWorldEachWay) {
    TheoryBuilder b;
    b.predicate("p");
    b.predicate("q");
    b.statement(Kind::premise, "either", or_(b("p"), b("q")));
    b.statement(Kind::claim, "cp", b("p"));
    auto r = check_theory(b.theory, {});
    auto const& c = claim(r.claims, "cp");
    EXPECT_EQ(c.status, ClaimStatus::open);
    EXPECT_TRUE(mentions(c.holds, "p = true"));
    EXPECT_TRUE(mentions(c.fails, "p = false"));
    EXPECT_TRUE(mentions(c.fails, "q = true"));
    EXPECT_TRUE(c.support.empty());
}

TEST(Verdicts, CircularAndInconsistentPremises) {
    TheoryBuilder b;
    b.predicate("p");
    b.predicate("q");
    b.statement(Kind::premise, "pp", b("p"));
    b.statement(Kind::hypothesis, "not_p", not_(b("p")));
    b.statement(Kind::claim, "cp", b("p"));
    b.statement(Kind::claim, "cq", b("q"));
    b.argument("circle", {"cp"}, "cp");
    b.argument("explosion", {"pp", "not_p"}, "cq");
    auto r = check_theory(b.theory, {});
    EXPECT_TRUE(argument(r.arguments, "circle").circular);
    EXPECT_EQ(argument(r.arguments, "circle").valid, true);
    auto const& e = argument(r.arguments, "explosion");
    EXPECT_EQ(e.premises_inconsistent, true);
    EXPECT_EQ(e.valid, true);   // ex falso, flagged by premises_inconsistent
}

TEST(Verdicts, UnknownIsNeverAPass) {
    // Quantifiers over an open sort and arithmetic: easy with room, impossible in one step.
    TheoryBuilder b;
    auto thing = b.open_sort("Thing");
    b.entity("a", thing);
    b.function("weight", {thing}, integer());
    auto x = var("x", thing);
    b.statement(Kind::axiom, "heavy",
                forall({{"x", thing}}, compare(Op::gt, b("weight", {x}), number("10", integer()))));
    b.statement(Kind::claim, "a_heavy", compare(Op::gt, b("weight", {b("a")}), number("5", integer())));
    b.argument("arg", {"heavy"}, "a_heavy");
    CheckOptions o;
    o.limits.timeout_ms = 0;
    o.limits.rlimit = 1;
    auto r = check_theory(b.theory, o);
    EXPECT_EQ(r.consistency.consistent, std::nullopt);
    EXPECT_FALSE(r.consistency.reason.empty());
    EXPECT_EQ(claim(r.claims, "a_heavy").status, ClaimStatus::unknown);
    EXPECT_FALSE(claim(r.claims, "a_heavy").reason.empty());
    EXPECT_EQ(argument(r.arguments, "arg").valid, std::nullopt);
    EXPECT_FALSE(argument(r.arguments, "arg").reason.empty());
    // With room to work, the same claim follows: weight(a) > 10 > 5.
    auto full = check_theory(b.theory, {});
    EXPECT_EQ(full.consistency.consistent, true);
    EXPECT_EQ(claim(full.claims, "a_heavy").status, ClaimStatus::follows);
    EXPECT_EQ(argument(full.arguments, "arg").valid, true);
}

TEST(Verdicts, ScenariosDropAndAddStatements) {
    TheoryBuilder b;
    b.predicate("ban");
    b.predicate("barrier");
    b.predicate("joins");
    b.statement(Kind::premise, "base_ban", b("ban"));
    b.statement(Kind::assume, "ban_bars", implies(b("ban"), b("barrier")));
    b.statement(Kind::axiom, "barrier_stops", implies(b("barrier"), not_(b("joins"))));
    b.statement(Kind::hypothesis, "joined", b("joins"));
    b.statement(Kind::claim, "is_barrier", b("barrier"));
    b.scenario("amended", {"base_ban"}, {});
    int lifted = b.statement(Kind::premise, "ban_lifted", not_(b("ban")), "amended");
    b.theory.scenarios.back().statements.push_back(lifted);
    b.scenario("joins_now", {}, {"joined"});
    auto r = check_theory(b.theory, {});
    EXPECT_EQ(claim(r.claims, "is_barrier").status, ClaimStatus::follows);
    ASSERT_EQ(r.scenarios.size(), 2u);
    auto const& amended = r.scenarios[0];
    EXPECT_EQ(amended.consistency.consistent, true);
    EXPECT_EQ(claim(amended.claims, "is_barrier").status, ClaimStatus::open);
    auto const& joins = r.scenarios[1];
    EXPECT_EQ(joins.consistency.consistent, false);
    std::vector<NameSet> expected{{"ban_bars", "barrier_stops", "base_ban", "joined"}};
    EXPECT_EQ(joins.consistency.inconsistent_sets, expected);
    EXPECT_EQ(claim(joins.claims, "is_barrier").status, ClaimStatus::vacuous);
}
