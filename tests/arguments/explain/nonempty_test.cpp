// Lines that rely on an open sort having an individual (mark_nonempty, derivation.hpp),
// judged by enumeration in the empty domain (support/brute_worlds.hpp, without Z3): an
// argument with a counterexample where the sort is empty must rest on some line that says
// so, and one without must not. The textbook cases (e.g. Bostock, Intermediate Logic, §8.4
// on empty domains): `forall x. P(x)` gives `exists x. P(x)` and, with `forall x. P(x) -> q`,
// gives `q` only in a non-empty domain; `forall x. P(x) or R(x)` follows from `forall x.
// P(x)` in any domain; so does `exists x. Q(x)` from `exists x. P(x)` and `forall x. P(x) ->
// Q(x)` (the existential premise supplies the individual); a named individual or a closed
// sort makes the domain non-empty by itself.
#include <gtest/gtest.h>

#include "support/brute_worlds.hpp"
#include "support/explained.hpp"
#include "support/loaded.hpp"
#include "support/world_eval.hpp"

using namespace elenchus;

namespace {

constexpr char const* file = R"(
sort Person
sort Place
sort Room = { R1, R2 }
entity home: Place
predicate P(Person)
predicate Q(Person)
predicate R(Person)
predicate S(Place)
predicate T(Room)
predicate q
premise all_p: forall x: Person. P(x)
premise all_p_q: forall x: Person. P(x) -> q
premise some_p: exists x: Person. P(x)
premise p_to_q: forall x: Person. P(x) -> Q(x)
premise all_s: forall x: Place. S(x)
premise all_t: forall x: Room. T(x)
claim some_p_claim: exists x: Person. P(x)
claim some_q: exists x: Person. Q(x)
argument existential_import
  from all_p
  therefore some_p_claim
argument vacuous_antecedent
  from all_p, all_p_q
  therefore q_claim
argument weakening
  from all_p
  therefore p_or_r
argument witnessed
  from some_p, p_to_q
  therefore some_q
argument named
  from all_s
  therefore some_s
argument closed
  from all_t
  therefore some_t
claim q_claim: q
claim p_or_r: forall x: Person. P(x) or R(x)
claim some_s: exists x: Place. S(x)
claim some_t: exists x: Room. T(x)
)";

// Does the argument have a counterexample in which every open sort is empty (the ones with
// an entity cannot be, so they get one individual)?
bool fails_when_empty(logic::Theory const& theory, logic::Argument const& a) {
    std::map<std::string, std::size_t> sizes;
    for (auto const& s : theory.sorts) sizes[s.name] = 0;
    sizes["Place"] = 1;   // `home` is one
    bool found = false;
    bool const enumerated = test::each_world(theory, sizes, [&](test::TextWorld const& w) {
        test::WorldEvaluator eval(theory, w);
        for (int p : a.premises)
            if (eval.holds(theory.statements[static_cast<std::size_t>(p)].formula) != std::optional<bool>(true))
                return false;
        auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
        return found = eval.holds(goal) == std::optional<bool>(false);
    });
    EXPECT_TRUE(enumerated);
    return found;
}

std::vector<std::string> marked(Derivation const& d) {
    std::vector<std::string> out;
    for (auto const& s : d.steps)
        for (auto const& sort : s.nonempty) out.push_back(std::to_string(s.n) + ":" + sort);
    return out;
}

}   // namespace

TEST(NonEmpty, MarkedExactlyWhereAnEmptySortBreaksTheArgument) {
    auto l = test::load_text("nonempty.arg", file);
    ASSERT_TRUE(l.theory);
    auto const& theory = *l.theory;
    std::map<std::string, bool> textbook{{"existential_import", true},
                                         {"vacuous_antecedent", true},
                                         {"weakening", false},
                                         {"witnessed", false},
                                         {"named", false},
                                         {"closed", false}};
    for (auto const& a : theory.arguments) {
        SCOPED_TRACE(a.name);
        bool const breaks = fails_when_empty(theory, a);
        EXPECT_EQ(breaks, textbook.at(a.name)) << "the enumeration disagrees with the textbook";
        auto e = test::explained(theory, a.name);
        ASSERT_EQ(e.status, ExplanationStatus::valid);
        ASSERT_EQ(e.derivations.size(), 1u);
        auto const& d = e.derivations[0];
        EXPECT_TRUE(d.verified) << test::dump(d);
        auto const notes = marked(d);
        EXPECT_EQ(!notes.empty(), breaks) << test::dump(d);
        for (auto const& n : notes) EXPECT_EQ(n.substr(n.find(':') + 1), "Person") << test::dump(d);
    }
}

TEST(NonEmpty, TheExistentialIntroductionFromAnArbitraryIndividual) {
    auto l = test::load_text("nonempty.arg", file);
    ASSERT_TRUE(l.theory);
    auto e = test::explained(*l.theory, "existential_import");
    ASSERT_EQ(e.derivations.size(), 1u);
    auto const& d = e.derivations[0];
    for (auto const& s : d.steps)
        EXPECT_EQ(!s.nonempty.empty(), s.rule == Rule::existential_introduction) << test::dump(d);
}
