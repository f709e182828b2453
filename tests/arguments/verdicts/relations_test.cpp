// Relation checks against textbook cases of argumentation theory, each reasoned by hand in
// its comment (the attack types are those of ASPIC+: Prakken, "An abstract framework for
// argumentation with structured arguments", Argument & Computation 1(2), 2010 — rebutting
// attacks a conclusion, undermining attacks a premise).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/run.hpp"

namespace {

using elenchus::RelationStatus;
using elenchus::RelationVerdict;

struct Checked {
    std::unique_ptr<elenchus::SourceFile> source;
    std::optional<elenchus::logic::Theory> theory;
    std::vector<RelationVerdict> verdicts;
};

Checked relations_of(std::string text, elenchus::solver::Limits limits = {}) {
    Checked c;
    c.source = std::make_unique<elenchus::SourceFile>("test.arg", std::move(text));
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(*c.source, diagnostics);
    if (!diagnostics.has_errors()) c.theory = elenchus::check(file, diagnostics);
    for (auto const& d : diagnostics.all())
        if (d.severity == elenchus::Severity::error) ADD_FAILURE() << "input error: " << d.message;
    if (!c.theory) return c;
    elenchus::solver::Session session(*c.theory, limits);
    auto baseline = c.theory->baseline();
    c.verdicts = elenchus::check_relations(session, *c.theory, baseline);
    return c;
}

RelationVerdict const* find(Checked const& c, std::string const& from, std::string const& to, bool declared = true) {
    for (auto const& v : c.verdicts)
        if (v.from == from && v.to == to && v.declared == declared) return &v;
    return nullptr;
}

std::size_t detected(Checked const& c) {
    return static_cast<std::size_t>(
        std::count_if(c.verdicts.begin(), c.verdicts.end(), [](auto const& v) { return !v.declared; }));
}

// Tweety (Pollock; Prakken 2010, ex. 3.1): "Tweety flies because it is a bird" and "Tweety
// does not fly because it is a penguin" have contradictory conclusions, flies(t) and
// not flies(t): each rebuts the other. Neither contradicts the other's premises (bird(t) and
// penguin(t) are compatible with both), so the classification is rebut, not undermine.
constexpr char const* tweety = R"(
sort Animal
entity tweety: Animal
predicate bird(Animal)
predicate penguin(Animal)
predicate flies(Animal)
premise is_bird: bird(tweety)
premise is_penguin: penguin(tweety)
premise birds_fly: forall x: Animal. bird(x) -> flies(x)
premise penguins_dont: forall x: Animal. penguin(x) -> not flies(x)
claim can_fly: flies(tweety)
claim cannot_fly: not flies(tweety)
argument bird_flies from is_bird, birds_fly therefore can_fly
argument penguin_grounded from is_penguin, penguins_dont therefore cannot_fly
penguin_grounded attacks bird_flies
)";

TEST(Relations, ContradictoryConclusionsRebut) {
    auto c = relations_of(tweety);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "penguin_grounded", "bird_flies");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->kind, elenchus::ast::RelationKind::attacks);
    EXPECT_EQ(v->classification, RelationStatus::rebuts);
    EXPECT_FALSE(v->flagged);
    // The declared attack covers the pair: no second, detected verdict about it.
    EXPECT_EQ(detected(c), 0u);
}

// Undermining (Prakken 2010, ex. 3.3): an eyewitness argument "the suspect is guilty, since
// the witness saw him and the witness is reliable" is attacked by "the witness is not
// reliable, since he was drunk". The attacker's conclusion not reliable(w) contradicts the
// premise reliable(w), not the conclusion guilty(s), so it undermines, naming that premise.
constexpr char const* witness = R"(
sort Person
entity suspect, witness: Person
predicate saw(Person, Person)
predicate reliable(Person)
predicate guilty(Person)
predicate drunk(Person)
premise testimony: saw(witness, suspect)
premise trustworthy: reliable(witness)
premise eyewitness_rule: forall w, s: Person. saw(w, s) and reliable(w) -> guilty(s)
premise was_drunk: drunk(witness)
premise drunk_rule: forall w: Person. drunk(w) -> not reliable(w)
claim convicted: guilty(suspect)
claim unreliable: not reliable(witness)
argument eyewitness from testimony, trustworthy, eyewitness_rule therefore convicted
argument drunkenness from was_drunk, drunk_rule therefore unreliable
  attacks eyewitness
)";

TEST(Relations, ContradictingAPremiseUndermines) {
    auto c = relations_of(witness);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "drunkenness", "eyewitness");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::undermines);
    EXPECT_EQ(v->premise, "trustworthy");
    EXPECT_FALSE(v->flagged);
}

// A practical attack (Walton's argument from negative consequences): "building the dam is
// costly" is a reason against "the dam is useful", but costly(dam) and useful(dam) are
// logically compatible, so the checker finds no logical conflict and flags the arrow.
// An attack on a statement compares with that statement alone.
constexpr char const* dam = R"(
sort Project = { dam }
predicate costly(Project)
predicate useful(Project)
predicate floods_prevented(Project)
premise prevents: floods_prevented(dam)
premise prevention_useful: forall p: Project. floods_prevented(p) -> useful(p)
premise price: costly(dam)
claim dam_useful: useful(dam)
claim dam_costly: costly(dam)
argument usefulness from prevents, prevention_useful therefore dam_useful
argument cost from price therefore dam_costly
  attacks usefulness
cost attacks dam_useful
)";

TEST(Relations, CompatibleSidesAreNoLogicalConflict) {
    auto c = relations_of(dam);
    ASSERT_TRUE(c.theory);
    for (std::string target : {"usefulness", "dam_useful"}) {
        auto v = find(c, "cost", target);
        ASSERT_NE(v, nullptr) << target;
        EXPECT_EQ(v->classification, RelationStatus::none) << target;
        EXPECT_TRUE(v->flagged) << target;
        EXPECT_NE(v->note.find("practical"), std::string::npos) << v->note;
    }
    EXPECT_EQ(detected(c), 0u);
}

// Support. Modus ponens: from p and p -> r, r. An argument that establishes p supports the
// argument from p and p -> r (its conclusion is that argument's premise and closes the gap).
// An argument that concludes the unrelated s helps entail neither r nor p nor p -> r: it
// adds nothing. And when an axiom already gives r, any support for r adds nothing.
constexpr char const* support = R"(
predicate p
predicate q
predicate r
predicate s
predicate t
predicate u
premise q_holds: q
premise q_gives_p: q -> p
premise p_gives_r: p -> r
premise s_holds: s
axiom always_t: t
premise u_holds: u
premise u_gives_t: u -> t
claim c_p: p
claim c_r: r
claim c_s: s
claim c_t: t
argument for_p from q_holds, q_gives_p therefore c_p
  supports for_r
argument for_r from c_p, p_gives_r therefore c_r
argument for_s from s_holds therefore c_s
  supports for_r
argument for_t from u_holds, u_gives_t therefore c_t
for_s supports c_t
)";

TEST(Relations, SupportThatDoesWorkAndSupportThatAddsNothing) {
    auto c = relations_of(support);
    ASSERT_TRUE(c.theory);
    auto useful = find(c, "for_p", "for_r");
    ASSERT_NE(useful, nullptr);
    EXPECT_EQ(useful->kind, elenchus::ast::RelationKind::supports);
    EXPECT_EQ(useful->classification, RelationStatus::supports);
    EXPECT_FALSE(useful->flagged);

    auto idle = find(c, "for_s", "for_r");
    ASSERT_NE(idle, nullptr);
    EXPECT_EQ(idle->classification, RelationStatus::adds_nothing);
    EXPECT_TRUE(idle->flagged);

    // c_t is an axiom's consequence: K ⊨ t, so no support can add to it.
    auto given = find(c, "for_s", "c_t");
    ASSERT_NE(given, nullptr);
    EXPECT_EQ(given->classification, RelationStatus::adds_nothing);
    EXPECT_TRUE(given->flagged);
    EXPECT_NE(given->note.find("axioms alone"), std::string::npos) << given->note;
}

// Undeclared conflicts: the Nixon diamond (Reiter & Criscuolo 1981). Nixon is a quaker, so a
// pacifist; a republican, so not a pacifist. Nobody declares the attack, yet the conclusions
// contradict: detected as a rebuttal. A third argument concluding "Nixon is no quaker"
// contradicts a premise of the first: detected as undermining it.
constexpr char const* nixon = R"(
sort Person
entity nixon: Person
predicate quaker(Person)
predicate republican(Person)
predicate pacifist(Person)
predicate hawk(Person)
premise is_quaker: quaker(nixon)
premise is_republican: republican(nixon)
premise quakers_pacifist: forall x: Person. quaker(x) -> pacifist(x)
premise republicans_not: forall x: Person. republican(x) -> not pacifist(x)
hypothesis is_hawk: hawk(nixon)
hypothesis hawks_not_quakers: forall x: Person. hawk(x) -> not quaker(x)
claim dove: pacifist(nixon)
claim not_dove: not pacifist(nixon)
claim not_quaker: not quaker(nixon)
argument from_faith from is_quaker, quakers_pacifist therefore dove
argument from_party from is_republican, republicans_not therefore not_dove
argument from_hawkishness from is_hawk, hawks_not_quakers therefore not_quaker
)";

TEST(Relations, UndeclaredConflictsAreDetected) {
    auto c = relations_of(nixon);
    ASSERT_TRUE(c.theory);
    auto rebut = find(c, "from_faith", "from_party", false);
    ASSERT_NE(rebut, nullptr);
    EXPECT_EQ(rebut->classification, RelationStatus::rebuts);
    EXPECT_FALSE(rebut->flagged);
    auto undermine = find(c, "from_hawkishness", "from_faith", false);
    ASSERT_NE(undermine, nullptr);
    EXPECT_EQ(undermine->classification, RelationStatus::undermines);
    EXPECT_EQ(undermine->premise, "is_quaker");
    // not_quaker and not_dove are compatible, and nothing contradicts from_party's premises.
    EXPECT_EQ(find(c, "from_hawkishness", "from_party", false), nullptr);
    EXPECT_EQ(detected(c), 2u);
}

// The file's other asserted statements are background too: a and b conflict only given the
// premise `not_both`, which neither argument uses, so the declared attack rebuts given it;
// made an axiom, the same text rebuts with no background named (the axioms alone do it).
TEST(Relations, OtherAssertedStatementsAreBackground) {
    std::string text = R"(
predicate a
predicate b
premise pa: a
premise pb: b
KIND not_both: not (a and b)
claim ca: a
claim cb: b
argument for_a from pa therefore ca
argument for_b from pb therefore cb
  attacks for_a
)";
    auto with = [&](std::string kind) {
        auto t = text;
        t.replace(t.find("KIND"), 4, kind);
        return relations_of(t);
    };
    auto as_premise = with("premise");
    ASSERT_TRUE(as_premise.theory);
    auto v = find(as_premise, "for_b", "for_a");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::rebuts);
    EXPECT_EQ(v->given, std::vector<std::string>{"not_both"});
    EXPECT_FALSE(v->flagged);
    auto as_axiom = with("axiom");
    ASSERT_TRUE(as_axiom.theory);
    v = find(as_axiom, "for_b", "for_a");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::rebuts);
    EXPECT_TRUE(v->given.empty());
    // As a hypothesis it is not asserted, so it is no background: no conflict.
    auto as_hypothesis = with("hypothesis");
    ASSERT_TRUE(as_hypothesis.theory);
    v = find(as_hypothesis, "for_b", "for_a");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::none);
    EXPECT_TRUE(v->flagged);
}

// The article: the argument for membership (Article 5 benefits) and the one against
// (regional risk) attack each other, and their conclusions are should_seek_membership(Az)
// and its negation: both declared attacks rebut.
TEST(Relations, ArticleBenefitAndRiskRebutEachOther) {
    auto path = std::filesystem::path(ELENCHUS_SOURCE_DIR) / "examples" / "azerbaijan-nato.arg";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
    auto c = relations_of(elenchus::test::read_text(path));
    ASSERT_TRUE(c.theory);
    for (auto [from, to] :
         {std::pair{"collective_defence", "regional_risk"}, std::pair{"regional_risk", "collective_defence"}}) {
        auto v = find(c, from, to);
        ASSERT_NE(v, nullptr) << from << " -> " << to;
        EXPECT_EQ(v->classification, RelationStatus::rebuts) << from << " -> " << to;
        EXPECT_FALSE(v->flagged);
    }
}

}   // namespace
