// Circularity in substance (docs/language.md §7) and missing premises that would beg the
// question. Cycles are compared with a transitive closure computed here over random argument
// graphs; equivalences with the `z3` binary on the SMT-LIB export; the textbook cases
// (double negation, a definition given as an axiom, modus ponens) are reasoned in comments.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>

#include "arguments/verdicts/report.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/z3_binary.hpp"

namespace {

using elenchus::ArgumentVerdict;
namespace logic = elenchus::logic;

struct Checked {
    std::unique_ptr<elenchus::SourceFile> source;
    std::optional<logic::Theory> theory;
    elenchus::Report report;
};

Checked checked(std::string text) {
    Checked c;
    c.source = std::make_unique<elenchus::SourceFile>("test.arg", std::move(text));
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(*c.source, diagnostics);
    if (!diagnostics.has_errors()) c.theory = elenchus::check(file, diagnostics);
    for (auto const& d : diagnostics.all())
        if (d.severity == elenchus::Severity::error) ADD_FAILURE() << "input error: " << d.message;
    if (c.theory) c.report = elenchus::check_theory(*c.theory, {});
    return c;
}

ArgumentVerdict const& verdict(Checked const& c, std::string const& name) {
    for (auto const& a : c.report.arguments)
        if (a.name == name) return a;
    static ArgumentVerdict none;
    ADD_FAILURE() << "no verdict for " << name;
    return none;
}

int index(logic::Theory const& t, std::string const& name) { return *t.find_statement(name); }

// `premises` entail `goal` by the z3 binary (unsat of the premises and the goal's negation).
std::string z3_entails(logic::Theory const& t, std::vector<int> const& premises, std::string const& goal) {
    auto const& g = t.statements[static_cast<std::size_t>(index(t, goal))].formula;
    return elenchus::test::run_z3(elenchus::solver::export_smtlib(t, premises, &g), "circular");
}

// `not not god` is `god` in other words: the argument is valid and circular, and the premise
// is named. `from_scripture` is valid too (modus ponens) and not circular: its premise
// `says` does not follow from the conclusion.
constexpr char const* restated = R"(
predicate god
predicate scripture_says
premise nn_god: not not god
premise says: scripture_says
premise scripture_true: scripture_says -> god
claim god_exists: god
argument restated from nn_god therefore god_exists
argument from_scripture from says, scripture_true therefore god_exists
)";

TEST(Circularity, APremiseThatRestatesTheConclusion) {
    auto c = checked(restated);
    ASSERT_TRUE(c.theory);
    auto const& r = verdict(c, "restated");
    EXPECT_EQ(r.valid, true);
    EXPECT_TRUE(r.circular);
    EXPECT_EQ(r.circular_premise, "nn_god");
    EXPECT_TRUE(r.circular_cycle.empty());
    auto const& s = verdict(c, "from_scripture");
    EXPECT_EQ(s.valid, true);
    EXPECT_FALSE(s.circular);
    EXPECT_TRUE(s.circular_unknown.empty());
    if (!elenchus::test::z3_binary_available()) GTEST_SKIP() << "no z3 binary";
    auto const& t = *c.theory;
    // Both directions, by the z3 binary: nn_god ⊨ god and god ⊨ nn_god; but god ⊭ says.
    EXPECT_EQ(z3_entails(t, {index(t, "nn_god")}, "god_exists"), "unsat");
    EXPECT_EQ(z3_entails(t, {index(t, "god_exists")}, "nn_god"), "unsat");
    EXPECT_EQ(z3_entails(t, {index(t, "god_exists")}, "says"), "sat");
}

// Equivalence given the axioms: with the axiom that a bachelor is exactly an unmarried man,
// "he is a bachelor, so he is an unmarried man" restates its premise. Without the axiom (as a
// hypothesis, not asserted) the argument is invalid, and nothing makes it circular. When the
// axioms settle the conclusion (here: entail it), a premise they entail as well is not a
// restatement, though the two are "equivalent" given them.
TEST(Circularity, EquivalenceIsGivenTheAxiomsOnly) {
    std::string text = R"(
predicate bachelor
predicate unmarried_man
predicate sun
KIND meaning: bachelor <-> unmarried_man
premise is_bachelor: bachelor
claim c: unmarried_man
argument by_meaning from is_bachelor therefore c
axiom sun_rises: sun
premise sun_again: sun or sun
claim sunny: sun
argument settled from sun_again therefore sunny
)";
    auto with = [&](std::string kind) {
        auto t = text;
        t.replace(t.find("KIND"), 4, kind);
        return checked(t);
    };
    auto as_axiom = with("axiom");
    ASSERT_TRUE(as_axiom.theory);
    EXPECT_TRUE(verdict(as_axiom, "by_meaning").circular);
    EXPECT_EQ(verdict(as_axiom, "by_meaning").circular_premise, "is_bachelor");
    EXPECT_FALSE(verdict(as_axiom, "settled").circular);
    auto as_hypothesis = with("hypothesis");
    ASSERT_TRUE(as_hypothesis.theory);
    EXPECT_EQ(verdict(as_hypothesis, "by_meaning").valid, false);
    EXPECT_FALSE(verdict(as_hypothesis, "by_meaning").circular);
}

// Two arguments each using the other's conclusion: both circular, each cycle starting with
// itself; a third that uses one of their conclusions is not on the cycle and not circular.
TEST(Circularity, TwoArgumentsThatUseEachOthersConclusion) {
    auto c = checked(R"(
predicate p
predicate q
predicate r
premise pq: p -> q
premise qp: q -> p
premise qr: q -> r
claim cp: p
claim cq: q
claim cr: r
argument a from cp, pq therefore cq
argument b from cq, qp therefore cp
argument user from cq, qr therefore cr
)");
    ASSERT_TRUE(c.theory);
    EXPECT_EQ(verdict(c, "a").circular_cycle, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(verdict(c, "b").circular_cycle, (std::vector<std::string>{"b", "a"}));
    EXPECT_TRUE(verdict(c, "a").circular && verdict(c, "b").circular);
    EXPECT_FALSE(verdict(c, "user").circular);
}

// Random argument graphs over claims c0..c(n-1): an argument is circular through other
// arguments exactly when its conclusion is among the statements its premises depend on,
// computed here by a transitive closure over "a premise of an argument concluding s". The
// checker's cycle must also be a real one: each argument concludes a premise of the one
// before it, and the last has the first one's conclusion among its premises.
TEST(Circularity, CyclesAgreeWithATransitiveClosure) {
    std::mt19937 rng(13);
    for (int round = 0; round < 200; ++round) {
        int const claims = 2 + static_cast<int>(rng() % 6);
        int const arguments = 1 + static_cast<int>(rng() % 7);
        std::string text;
        for (int i = 0; i < claims; ++i) text += "predicate p" + std::to_string(i) + "\n";
        for (int i = 0; i < claims; ++i) text += "claim c" + std::to_string(i) + ": p" + std::to_string(i) + "\n";
        std::vector<std::vector<int>> premises(static_cast<std::size_t>(arguments));
        std::vector<int> conclusion(static_cast<std::size_t>(arguments));
        for (int k = 0; k < arguments; ++k) {
            auto const ku = static_cast<std::size_t>(k);
            conclusion[ku] = static_cast<int>(rng() % static_cast<unsigned>(claims));
            for (int i = 0; i < claims; ++i)
                if (i != conclusion[ku] && rng() % 3 == 0) premises[ku].push_back(i);
            if (premises[ku].empty()) premises[ku].push_back((conclusion[ku] + 1) % claims);
            text += "argument a" + std::to_string(k) + " from ";
            for (std::size_t j = 0; j < premises[ku].size(); ++j)
                text += (j ? ", c" : "c") + std::to_string(premises[ku][j]);
            text += " therefore c" + std::to_string(conclusion[ku]) + "\n";
        }
        auto source = std::make_unique<elenchus::SourceFile>("random.arg", text);
        elenchus::Diagnostics diagnostics;
        auto file = elenchus::parse(*source, diagnostics);
        auto theory = elenchus::check(file, diagnostics);
        ASSERT_TRUE(theory) << text;
        for (int k = 0; k < arguments; ++k) {
            auto const ku = static_cast<std::size_t>(k);
            // reach[s]: the claims some argument other than k, concluding s, rests on, closed.
            std::vector<std::vector<bool>> depends(static_cast<std::size_t>(claims),
                                                   std::vector<bool>(static_cast<std::size_t>(claims), false));
            for (int j = 0; j < arguments; ++j)
                if (j != k)
                    for (int p : premises[static_cast<std::size_t>(j)])
                        depends[static_cast<std::size_t>(conclusion[static_cast<std::size_t>(j)])]
                               [static_cast<std::size_t>(p)] = true;
            for (std::size_t m = 0; m < depends.size(); ++m)
                for (std::size_t i = 0; i < depends.size(); ++i)
                    for (std::size_t j = 0; j < depends.size(); ++j)
                        if (depends[i][m] && depends[m][j]) depends[i][j] = true;
            bool expected = false;
            for (int p : premises[ku])
                if (depends[static_cast<std::size_t>(p)][static_cast<std::size_t>(conclusion[ku])]) expected = true;
            auto const& argument = theory->arguments[ku];
            auto chain = elenchus::verdicts::circular_chain(*theory, argument);
            EXPECT_EQ(!chain.empty(), expected) << text << "argument a" << k;
            if (chain.empty()) continue;
            EXPECT_EQ(chain.front(), argument.name);
            auto arg = [&](std::string const& n) -> logic::Argument const& {
                return theory->arguments[static_cast<std::size_t>(*theory->find_argument(n))];
            };
            for (std::size_t i = 1; i < chain.size(); ++i) {
                auto const& before = arg(chain[i - 1]);
                auto const& here = arg(chain[i]);
                EXPECT_NE(std::find(before.premises.begin(), before.premises.end(), here.conclusion),
                          before.premises.end())
                    << text;
            }
            auto const& last = arg(chain.back());
            EXPECT_NE(std::find(last.premises.begin(), last.premises.end(), argument.conclusion), last.premises.end())
                << text;
        }
    }
}

// Affirming the consequent, with three hypotheses that would close the gap: `it_rains` (the
// conclusion itself, in other words), `not_not_rain` (the same again), and the converse
// `only_rain_wets`. Only the converse may be suggested: the other two beg the question.
TEST(Circularity, MissingPremisesNeverBegTheQuestion) {
    auto c = checked(R"(
predicate rain
predicate wet
premise rain_wets: rain -> wet
hypothesis street_wet: wet
hypothesis it_rains: rain
hypothesis not_not_rain: not not rain
hypothesis only_rain_wets: wet -> rain
claim rain_c: rain
argument affirming from rain_wets, street_wet therefore rain_c
)");
    ASSERT_TRUE(c.theory);
    auto const& a = verdict(c, "affirming");
    EXPECT_EQ(a.valid, false);
    EXPECT_EQ(a.missing, (std::vector<elenchus::NameSet>{{"only_rain_wets"}}));
    EXPECT_FALSE(a.circular);
    if (!elenchus::test::z3_binary_available()) GTEST_SKIP() << "no z3 binary";
    auto const& t = *c.theory;
    // The two left out are equivalent to the conclusion, the suggested one is not.
    for (std::string h : {"it_rains", "not_not_rain"}) {
        EXPECT_EQ(z3_entails(t, {index(t, h)}, "rain_c"), "unsat") << h;
        EXPECT_EQ(z3_entails(t, {index(t, "rain_c")}, h), "unsat") << h;
    }
    EXPECT_EQ(z3_entails(t, {index(t, "only_rain_wets")}, "rain_c"), "sat");
}

}   // namespace
