// The bundled examples give the answers their header comments state: the textbook answers
// for the teaching examples (Copi, Hurley, Smullyan) and, for the article, the reading that
// issue 3 asks of it. Each expectation below is that independent answer.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>

#include "arguments/verdicts/report.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace elenchus;
using Names = std::vector<std::string>;

struct Checked {
    std::optional<logic::Theory> theory;
    Report report;
    std::string diagnostics;
};

Checked check_example(std::string const& name) {
    auto const path = std::filesystem::path(ELENCHUS_SOURCE_DIR) / "examples" / name;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    SourceFile source(path.string(), std::move(text).str());
    Diagnostics diagnostics;
    Checked c;
    auto file = parse(source, diagnostics);
    if (!diagnostics.has_errors()) c.theory = check(file, diagnostics);
    c.diagnostics = render(source, diagnostics.sorted(), false);
    if (c.theory) c.report = check_theory(*c.theory, CheckOptions{});
    return c;
}

template <class Verdicts>
auto const& find(Verdicts const& verdicts, std::string const& name) {
    for (auto const& v : verdicts)
        if (v.name == name) return v;
    throw std::invalid_argument("no verdict for " + name);
}

ClaimStatus status(std::vector<ClaimVerdict> const& claims, std::string const& name) {
    return find(claims, name).status;
}

std::optional<bool> valid(Report const& r, std::string const& name) { return find(r.arguments, name).valid; }

TEST(ExampleAnswers, Syllogisms) {
    auto c = check_example("syllogisms.arg");
    ASSERT_TRUE(c.theory) << c.diagnostics;
    EXPECT_EQ(c.diagnostics, "");   // no warnings either: every symbol used, every claim argued
    auto const& r = c.report;
    EXPECT_EQ(r.consistency.consistent, true);
    for (auto name : {"barbara", "celarent", "mortal_socrates", "tom_is_animal"})
        EXPECT_EQ(valid(r, name), true) << name;
    for (auto name : {"undistributed_middle", "existential_fallacy", "different_kinds"})
        EXPECT_EQ(valid(r, name), false) << name;
    EXPECT_EQ(find(r.arguments, "existential_fallacy").missing, (std::vector<Names>{{"greeks_exist"}}));
    EXPECT_EQ(find(r.arguments, "different_kinds").missing, (std::vector<Names>{{"no_dog_is_cat"}}));
    for (auto name : {"greeks_mortal", "no_greek_divine", "socrates_mortal", "tom_animal"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::follows) << name;
    for (auto name : {"cats_are_dogs", "some_greek_mortal", "fido_not_tom"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::open) << name;
}

TEST(ExampleAnswers, PropositionalForms) {
    auto c = check_example("propositional-forms.arg");
    ASSERT_TRUE(c.theory) << c.diagnostics;
    EXPECT_EQ(c.diagnostics, "");
    auto const& r = c.report;
    EXPECT_EQ(r.consistency.consistent, true);
    for (auto name : {"modus_ponens", "modus_tollens", "hypothetical_syllogism", "disjunctive_syllogism"})
        EXPECT_EQ(valid(r, name), true) << name;
    for (auto name : {"affirming_consequent", "denying_antecedent", "enthymeme"})
        EXPECT_EQ(valid(r, name), false) << name;
    EXPECT_EQ(find(r.arguments, "enthymeme").missing, (std::vector<Names>{{"match_dry"}}));
    EXPECT_EQ(status(r.claims, "rain_slippery"), ClaimStatus::follows);
    for (auto name : {"wet_c", "rain_c", "not_rain_c", "dry_c", "coffee_c", "lit_c"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::open) << name;
}

TEST(ExampleAnswers, KnightsAndKnaves) {
    auto c = check_example("knights-and-knaves.arg");
    ASSERT_TRUE(c.theory) << c.diagnostics;
    EXPECT_EQ(c.diagnostics, "");
    auto const& r = c.report;
    EXPECT_EQ(r.consistency.consistent, true);
    for (auto name : {"a_knave", "b_knight", "c_knave"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::follows) << name;
    for (auto name : {"solve_a", "solve_b", "solve_c"}) EXPECT_EQ(valid(r, name), true) << name;
    auto const& suppose = find(r.scenarios, "c_knight");
    EXPECT_EQ(suppose.consistency.consistent, false);
    EXPECT_EQ(suppose.consistency.inconsistent_sets, (std::vector<Names>{{"a_says", "b_says", "c_is_knight"}}));
}

TEST(ExampleAnswers, TheArticle) {
    auto c = check_example("azerbaijan-nato.arg");
    ASSERT_TRUE(c.theory) << c.diagnostics;
    EXPECT_EQ(c.diagnostics, "");
    auto const& r = c.report;
    // Non-alignment is consistent with the deepening partnership.
    EXPECT_EQ(r.consistency.consistent, true);
    auto const& barrier = find(r.claims, "legal_barrier");
    EXPECT_EQ(barrier.status, ClaimStatus::follows);
    EXPECT_EQ(barrier.support, (Names{"base_ban", "bases_required"}));
    EXPECT_EQ(barrier.assumptions, (Names{"bases_required"}));
    for (auto name : {"partnership_not_membership", "cooperation_without_alignment", "no_article5"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::follows) << name;
    // The article weighs benefit against risk without deciding.
    EXPECT_EQ(status(r.claims, "for_membership"), ClaimStatus::open);
    EXPECT_EQ(status(r.claims, "against_membership"), ClaimStatus::open);
    EXPECT_EQ(valid(r, "collective_defence"), true);
    EXPECT_EQ(valid(r, "regional_risk"), true);
    EXPECT_EQ(valid(r, "turkish_channel"), false);
    EXPECT_EQ(find(r.arguments, "turkish_channel").missing, (std::vector<Names>{{"ally_channel"}}));

    auto const& amended = find(r.scenarios, "amended");
    EXPECT_EQ(amended.consistency.consistent, true);
    EXPECT_EQ(status(amended.claims, "legal_barrier"), ClaimStatus::open);

    auto const& alignment = find(r.scenarios, "cooperation_is_alignment");
    EXPECT_EQ(alignment.consistency.consistent, false);
    EXPECT_EQ(alignment.consistency.inconsistent_sets,
              (std::vector<Names>{{"alignment_reading", "deepening", "non_alignment"}}));

    auto const& today = find(r.scenarios, "joins_today");
    EXPECT_EQ(today.consistency.consistent, false);
    EXPECT_EQ(today.consistency.inconsistent_sets, (std::vector<Names>{{"base_ban", "bases_required", "joins"}}));

    auto const& later = find(r.scenarios, "joins_after_amendment");
    EXPECT_EQ(later.consistency.consistent, true);
    // Article 5 protection follows: "no Article 5 guarantee" is refuted there.
    EXPECT_EQ(status(later.claims, "no_article5"), ClaimStatus::refuted);
}

}   // namespace

// The classroom debate, by construction: each side's conclusion is the other's negation
// (they rebut each other), each reply concludes the negation of a premise of the side it
// answers (it undermines it); the contested premises are hypotheses, so the file is
// consistent and both sides' claims stay open.
TEST(ExampleAnswers, ClassroomPhones) {
    auto c = check_example("classroom-phones.arg");
    ASSERT_TRUE(c.theory) << c.diagnostics;
    EXPECT_EQ(c.diagnostics, "");
    auto const& r = c.report;
    EXPECT_EQ(r.consistency.consistent, true);
    for (auto name : {"pro", "con", "rebuttal", "objection"}) EXPECT_EQ(valid(r, name), true) << name;
    for (auto name : {"ban_phones", "keep_phones"}) EXPECT_EQ(status(r.claims, name), ClaimStatus::open) << name;
    for (auto name : {"other_contact", "no_time_saved"})
        EXPECT_EQ(status(r.claims, name), ClaimStatus::follows) << name;
    auto relation = [&](std::string const& from, std::string const& to) {
        for (auto const& v : r.relations)
            if (v.declared && v.from == from && v.to == to) return v;
        throw std::invalid_argument("no relation " + from + " -> " + to);
    };
    EXPECT_EQ(relation("pro", "con").classification, RelationStatus::rebuts);
    EXPECT_EQ(relation("con", "pro").classification, RelationStatus::rebuts);
    EXPECT_EQ(relation("rebuttal", "con").classification, RelationStatus::undermines);
    EXPECT_EQ(relation("rebuttal", "con").premise, "phone_only_contact");
    EXPECT_EQ(relation("objection", "pro").classification, RelationStatus::undermines);
    EXPECT_EQ(relation("objection", "pro").premise, "ban_saves_time");
    for (auto const& v : r.relations) EXPECT_FALSE(v.flagged) << v.from << " -> " << v.to;
}
