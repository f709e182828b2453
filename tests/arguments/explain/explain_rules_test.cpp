// `elenchus explain` on small files, one proof technique each: reductio, cases, definitions,
// conjunctions and existentials, arithmetic, inconsistency, a closed sort member by member,
// existential elimination with a fresh witness, and `unknown` when Z3 gives up. The expected
// derivations are the textbook ones; every one is re-checked by the independent checker.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "arguments/explain/explain.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "solver/step_checker.hpp"
#include "support/explained.hpp"
#include "support/loaded.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using namespace elenchus::test;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;

Loaded small(std::string const& text) { return load_text("small.arg", text); }

// The one verified derivation of `claim` (derivation_in), in a small file.
std::optional<Derivation> derivation_of(std::string const& text, std::string const& claim) {
    auto l = small(text);
    if (!l.theory) {
        ADD_FAILURE() << "does not check:\n" << text;
        return std::nullopt;
    }
    return derivation_in(*l.theory, claim);
}

// p -> q and p -> not q: supposing p leads to a contradiction, so not p.
TEST(Explain, ReductioOpensASubproof) {
    auto found =
        derivation_of("predicate p\npredicate q\npremise a: p -> q\npremise b: p -> not q\nclaim c: not p\n", "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(d.steps.back().rule, Rule::reductio) << dump(d);
    EXPECT_TRUE(has_rule(d, Rule::supposition));
    EXPECT_TRUE(has_rule(d, Rule::contradiction));
    EXPECT_EQ(fallback_steps(d), 0);
}

// Constructive dilemma: p or q, p -> r, q -> r; so r, by cases.
TEST(Explain, ProofByCases) {
    auto found = derivation_of("predicate p\npredicate q\npredicate r\npremise a: p or q\npremise b: p -> r\n"
                               "premise c: q -> r\nclaim d: r\n",
                               "d");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(d.steps.back().rule, Rule::cases) << dump(d);
    EXPECT_EQ(fallback_steps(d), 0);
}

// Definitions unfold, conjunctions are built and taken apart, and an existential is
// introduced from an instance.
TEST(Explain, DefinitionsConjunctionsAndExistentials) {
    auto found = derivation_of("sort S = { a, b }\npredicate p(S)\npredicate q(S)\n"
                               "define both(x: S) := p(x) and q(x)\n"
                               "premise one: p(a)\npremise two: forall x: S. p(x) -> q(x)\n"
                               "claim c: exists y: S. both(y)\n",
                               "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_TRUE(has_rule(d, Rule::definition)) << dump(d);
    EXPECT_TRUE(has_rule(d, Rule::and_introduction)) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::existential_introduction) << dump(d);
    EXPECT_EQ(fallback_steps(d), 0);
}

TEST(Explain, ArithmeticNamesTheFactsItUses) {
    auto found = derivation_of("constant x: Int\nconstant y: Int\npredicate ok\n"
                               "premise a: x >= 3\npremise b: y = x + 2\npremise c: y > 4 -> ok\nclaim d: ok\n",
                               "d");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_TRUE(has_rule(d, Rule::arithmetic)) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::modus_ponens) << dump(d);
}

// Two independent contradictions: one derivation of ⊥ per minimal inconsistent set.
TEST(Explain, InconsistencyDerivesBottomFromEachMinimalSet) {
    auto l = small("predicate p\npredicate q\npredicate s\npremise a: p -> q\npremise b: p\n"
                   "premise c: not q\npremise d: s\npremise e: not s\n");
    ASSERT_TRUE(l.theory);
    auto e = explained(*l.theory, "inconsistency");
    EXPECT_EQ(e.status, ExplanationStatus::inconsistent);
    ASSERT_EQ(e.derivations.size(), 2u);
    std::vector<std::vector<std::string>> sets;
    for (auto const& d : e.derivations) {
        EXPECT_TRUE(d.verified) << dump(d);
        EXPECT_EQ(d.steps.back().formula.op, logic::Term::Op::false_);
        EXPECT_EQ(fallback_steps(d), 0);
        auto s = d.support;
        std::sort(s.begin(), s.end());
        sets.push_back(s);
    }
    std::sort(sets.begin(), sets.end());
    EXPECT_EQ(sets, (std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"d", "e"}}));
}

// Smullyan's knights and knaves (What Is the Name of This Book?, ch. 3; the textbook answer
// is in the example's header): a closed sort is reasoned about member by member. C is a
// knave because B, a knight, says only one islander is a knight: B's statement splits into
// one case per islander, two of them clash with distinct members being equal.
TEST(Explain, ClosedSortsMemberByMember) {
    auto l = load_file(root / "examples" / "knights-and-knaves.arg");
    ASSERT_TRUE(l.theory);
    auto c_knave = derivation_in(*l.theory, "c_knave");
    ASSERT_TRUE(c_knave);
    auto const& d = *c_knave;
    EXPECT_EQ(fallback_steps(d), 0) << dump(d);
    for (Rule r : {Rule::existential_elimination, Rule::distinct_members, Rule::cases, Rule::identity,
                   Rule::universal_generalization})
        EXPECT_TRUE(has_rule(d, r)) << to_string(r) << "\n" << dump(d);
    auto b_knight = derivation_in(*l.theory, "b_knight");
    ASSERT_TRUE(b_knight);
    EXPECT_EQ(fallback_steps(*b_knight), 0) << dump(*b_knight);

    // And the checker holds those rules to their shapes.
    solver::StepChecker checker(*l.theory);
    auto first = [&](Rule r) {
        auto it = std::find_if(d.steps.begin(), d.steps.end(), [&](Step const& s) { return s.rule == r; });
        EXPECT_NE(it, d.steps.end()) << to_string(r);
        return static_cast<std::size_t>(it - d.steps.begin());
    };
    auto rejected_at = [&](Derivation const& t, std::size_t i, char const* what) {
        auto r = check_derivation(*l.theory, t, checker);
        EXPECT_FALSE(r.ok) << what;
        EXPECT_EQ(r.line, static_cast<int>(i + 1)) << what << ": " << r.message;
    };
    std::size_t const split = first(Rule::existential_elimination);
    ASSERT_LT(split, d.steps.size());
    Derivation one_case_short = d;   // the disjunction without its last member's case
    auto& cases = one_case_short.steps[split].formula;
    ASSERT_EQ(cases.op, logic::Term::Op::logical_or);
    cases.args.pop_back();
    rejected_at(one_case_short, split, "existential elimination without a member");

    std::size_t const distinct = first(Rule::distinct_members);
    ASSERT_LT(distinct, d.steps.size());
    Derivation same_member = d;   // `not C = B` made `not C = C`
    auto& eq = same_member.steps[distinct].formula.args[0];
    ASSERT_EQ(eq.op, logic::Term::Op::eq);
    eq.args[1] = eq.args[0];
    rejected_at(same_member, distinct, "distinct members of one member");

    std::size_t const identity = first(Rule::identity);
    ASSERT_LT(identity, d.steps.size());
    Derivation not_identical = d;   // `C = C` made `C = B`: the members are distinct
    not_identical.steps[identity].formula.args[1] = d.steps[distinct].formula.args[0].args[1];
    rejected_at(not_identical, identity, "identity of two members");

    std::size_t general = d.steps.size();
    for (std::size_t i = 0; i < d.steps.size(); ++i)
        if (d.steps[i].rule == Rule::universal_generalization && d.steps[i].uses.size() == 3) general = i;
    ASSERT_LT(general, d.steps.size()) << dump(d);
    Derivation member_missing = d;   // an instance short
    member_missing.steps[general].uses.pop_back();
    rejected_at(member_missing, general, "generalization without a member");
}

// Darii (Copi, ch. 6): some F are G, all G are H, so some F are H. Over an open sort the
// existential premise is used through a witness: suppose F(w) and G(w) for a fresh w, reach
// the conclusion, which mentions no w (existential elimination). The checker holds the
// witness to being fresh.
TEST(Explain, ExistentialEliminationNamesAFreshWitness) {
    std::string const text = "sort Thing\nentity zeus: Thing\npredicate f(Thing)\npredicate g(Thing)\n"
                             "predicate h(Thing)\npremise named: f(zeus)\n"
                             "premise some_fg: exists x: Thing. f(x) and g(x)\n"
                             "premise all_gh: forall x: Thing. g(x) -> h(x)\n"
                             "claim c: exists x: Thing. f(x) and h(x)\n";
    auto l = small(text);
    ASSERT_TRUE(l.theory);
    auto found = derivation_in(*l.theory, "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(fallback_steps(d), 0) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::existential_elimination) << dump(d);
    ASSERT_EQ(d.steps.back().uses.size(), 3u) << dump(d);

    solver::StepChecker checker(*l.theory);
    ASSERT_TRUE(check_derivation(*l.theory, d, checker).ok);
    int const last = static_cast<int>(d.steps.size());
    // The witness replaced by zeus, a named individual, throughout the subproof: each of its
    // lines still follows, but the existential no longer licenses the conclusion.
    auto const sup = static_cast<std::size_t>(d.steps.back().uses[1] - 1);
    auto const free = formulas::free_variables(d.steps[sup].formula);
    ASSERT_EQ(free.size(), 1u) << dump(d);
    auto const& symbols = l.theory->symbols;
    auto zeus = std::find_if(symbols.begin(), symbols.end(), [](logic::Symbol const& s) { return s.name == "zeus"; });
    ASSERT_NE(zeus, symbols.end());
    logic::Term named;
    named.op = logic::Term::Op::symbol;
    named.type = free[0].type;
    named.symbol = static_cast<int>(zeus - symbols.begin());
    Derivation not_fresh = d;
    for (auto& s : not_fresh.steps)
        if (s.depth > 0) s.formula = formulas::substitute(s.formula, {{free[0].name, named}});
    auto r = check_derivation(*l.theory, not_fresh, checker);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, last) << r.message;
    // Without the existential cited, the subproof proves nothing outside it.
    Derivation uncited = d;
    uncited.steps.back().uses.erase(uncited.steps.back().uses.begin());
    r = check_derivation(*l.theory, uncited, checker);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, last) << r.message;
}

// A claim Z3 cannot settle within the limit is `unknown`, with both questions asked and what
// Z3 said to each: never a derivation, never a guess. (The statements are unsatisfiable only
// by induction, so any claim about f is beyond Z3 at this limit.)
TEST(Explain, UnknownSaysWhatWasAskedAndWhyZ3GaveUp) {
    auto l = small("function f(Int): Int\n"
                   "axiom growth: forall x: Int, y: Int. x < y -> f(x) * f(x) < f(y) * f(y)\n"
                   "premise square: f(2) * f(2) = f(7) + 3\n"
                   "claim c: f(0) > 100\n");
    ASSERT_TRUE(l.theory);
    ExplainOptions options;
    options.limits = {0, 2000, nullptr};
    auto e = explain(*l.theory, "c", options);
    ASSERT_TRUE(e) << e.error;
    EXPECT_EQ(e->status, ExplanationStatus::unknown);
    EXPECT_TRUE(e->derivations.empty());
    EXPECT_NE(e->reason.find("entail it? unknown ("), std::string::npos) << e->reason;
    EXPECT_NE(e->reason.find("its negation? unknown ("), std::string::npos) << e->reason;
    EXPECT_NE(e->reason.find("resource limit of 2000 units"), std::string::npos) << e->reason;
}

}   // namespace
