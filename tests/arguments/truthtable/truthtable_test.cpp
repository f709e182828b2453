// Truth tables: the textbook tables of modus tollens and affirming the consequent, and, as
// an independent answer for every table, Z3's verdict: a row is marked exactly when Z3 finds
// the entailment satisfiable (the argument invalid, the claim not following).
#include <gtest/gtest.h>

#include <memory>
#include <random>

#include "arguments/truthtable/truthtable.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"

using namespace elenchus;
using truthtable::Verdict;

namespace {

// The file through the front end (support/loaded.hpp); every file here must read cleanly.
test::Loaded load(std::string path, std::string text) {
    auto l = test::load_text(std::move(path), std::move(text));
    EXPECT_TRUE(l.theory) << l.source->text();
    if (!l.theory) l.theory.emplace();
    return l;
}

test::Loaded example(std::string const& name) {
    return load(name, test::read_text(std::string(ELENCHUS_SOURCE_DIR) + "/" + name));
}

truthtable::Table table(logic::Theory const& theory, std::string const& name) {
    auto r = truthtable::truth_table(theory, name);
    EXPECT_TRUE(r.table) << r.error;
    return r.table ? *r.table : truthtable::Table{};
}

std::vector<std::size_t> marked_rows(truthtable::Table const& t) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < t.rows.size(); ++k)
        if (t.rows[k].marked) out.push_back(k);
    return out;
}

// Z3 on the same question: do the table's statements (all columns but the last) entail the
// last one? Unsat means no row may be marked.
bool z3_invalid(logic::Theory const& theory, truthtable::Table const& t) {
    solver::Session s(theory, {});
    std::vector<int> given;
    for (std::size_t k = 0; k + 1 < t.columns.size(); ++k)
        given.push_back(*theory.find_statement(t.columns[k].statement));
    auto const& goal = theory.statements[static_cast<std::size_t>(*theory.find_statement(t.columns.back().statement))];
    auto o = s.entails(given, goal.formula);
    EXPECT_NE(o.answer, solver::Answer::unknown);
    return o.answer == solver::Answer::sat;
}

// A random formula over `atoms` of at most `depth` connectives.
std::string formula(std::mt19937& rng, std::vector<std::string> const& atoms, int depth) {
    std::uniform_int_distribution<int> pick(0, depth > 0 ? 7 : 1);
    auto atom = [&] { return atoms[std::uniform_int_distribution<std::size_t>(0, atoms.size() - 1)(rng)]; };
    switch (pick(rng)) {
    case 0:
    case 1: return atom();
    case 2: return "not " + formula(rng, atoms, depth - 1);
    case 3: return "(" + formula(rng, atoms, depth - 1) + " and " + formula(rng, atoms, depth - 1) + ")";
    case 4: return "(" + formula(rng, atoms, depth - 1) + " or " + formula(rng, atoms, depth - 1) + ")";
    case 5: return "(" + formula(rng, atoms, depth - 1) + " -> " + formula(rng, atoms, depth - 1) + ")";
    case 6: return "(" + formula(rng, atoms, depth - 1) + " <-> " + formula(rng, atoms, depth - 1) + ")";
    default: return "(" + formula(rng, atoms, depth - 1) + " xor " + formula(rng, atoms, depth - 1) + ")";
    }
}

}   // namespace

TEST(TruthTable, ModusTollensIsValidWithNoMarkedRow) {
    auto l = example("examples/propositional-forms.arg");
    auto t = table(*l.theory, "modus_tollens");
    EXPECT_EQ(t.verdict, Verdict::valid);
    EXPECT_EQ(t.atoms, (std::vector<std::string>{"rain", "wet"}));
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_TRUE(marked_rows(t).empty());
    // rain -> wet, not wet | not rain, row by row (T T, T F, F T, F F).
    std::vector<std::vector<bool>> expected{
        {true, false, false}, {false, true, false}, {true, false, true}, {true, true, true}};
    for (std::size_t k = 0; k < 4; ++k) EXPECT_EQ(t.rows[k].values, expected[k]) << "row " << k + 1;
}

TEST(TruthTable, AffirmingTheConsequentIsInvalidOnlyWhereItRainsNotButTheStreetIsWet) {
    auto l = example("examples/propositional-forms.arg");
    auto t = table(*l.theory, "affirming_consequent");
    EXPECT_EQ(t.verdict, Verdict::invalid);
    ASSERT_EQ(marked_rows(t), (std::vector<std::size_t>{2}));
    EXPECT_EQ(t.rows[2].atoms, (std::vector<bool>{false, true}));   // rain = F, wet = T
}

TEST(TruthTable, EveryExampleTableAgreesWithZ3) {
    auto l = example("examples/propositional-forms.arg");
    int tables = 0;
    for (auto const& a : l.theory->arguments) {
        auto t = table(*l.theory, a.name);
        EXPECT_EQ(!marked_rows(t).empty(), z3_invalid(*l.theory, t)) << a.name;
        ++tables;
    }
    for (int c : l.theory->claims()) {
        auto const& name = l.theory->statements[static_cast<std::size_t>(c)].name;
        auto t = table(*l.theory, name);
        EXPECT_EQ(!marked_rows(t).empty(), z3_invalid(*l.theory, t)) << name;
        ++tables;
    }
    EXPECT_EQ(tables, 7 + 7);   // every argument and claim of the file is propositional
}

TEST(TruthTable, RandomArgumentsAgreeWithZ3) {
    std::mt19937 rng(14);
    std::vector<std::string> const atoms{"p", "q", "r", "s"};
    int invalid = 0, valid = 0;
    for (int n = 0; n < 60; ++n) {
        std::string text = "predicate p\npredicate q\npredicate r\npredicate s\n";
        int premises = std::uniform_int_distribution<int>(0, 3)(rng);
        std::string names;
        for (int k = 0; k < premises; ++k) {
            text += "premise h" + std::to_string(k) + ": " + formula(rng, atoms, 3) + "\n";
            names += (k ? ", h" : "h") + std::to_string(k);
        }
        text += "claim c: " + formula(rng, atoms, 3) + "\n";
        if (premises > 0) text += "argument a\n  from " + names + "\n  therefore c\n";
        auto l = load("random.arg", text);
        auto t = table(*l.theory, premises > 0 ? "a" : "c");
        ASSERT_EQ(t.rows.size(), std::size_t{1} << t.atoms.size()) << text;
        bool const marked = !marked_rows(t).empty();
        EXPECT_EQ(marked, z3_invalid(*l.theory, t)) << text;
        (marked ? invalid : valid)++;
    }
    EXPECT_GT(invalid, 5);   // both answers are exercised
    EXPECT_GT(valid, 5);
}

TEST(TruthTable, RefusesQuantifiersAndArgumentsWithAHintAndAPlace) {
    auto l = example("examples/syllogisms.arg");
    auto r = truthtable::truth_table(*l.theory, "barbara");
    ASSERT_FALSE(r.table);
    EXPECT_NE(r.error.find("quantifier"), std::string::npos) << r.error;
    EXPECT_FALSE(r.hint.empty());
    ASSERT_TRUE(r.where);
    EXPECT_EQ(l.source->position(r.where->begin).line, 28u);
    auto article = example("examples/azerbaijan-nato.arg");
    auto f = truthtable::truth_table(*article.theory, "legal_barrier");
    ASSERT_FALSE(f.table);
    EXPECT_NE(f.error.find("takes arguments"), std::string::npos) << f.error;
}

TEST(TruthTable, RefusesMoreThanEightAtoms) {
    std::string text, body = "a0";
    for (int k = 0; k < 9; ++k) text += "predicate a" + std::to_string(k) + "\n";
    for (int k = 1; k < 9; ++k) body += " or a" + std::to_string(k);
    auto l = load("nine.arg", text + "claim c: " + body + "\n");
    auto r = truthtable::truth_table(*l.theory, "c");
    ASSERT_FALSE(r.table);
    EXPECT_NE(r.error.find("9 atoms"), std::string::npos) << r.error;
    auto eight = load("eight.arg", text + "claim c: " + body.substr(0, body.rfind(" or")) + "\n");
    auto t = truthtable::truth_table(*eight.theory, "c");
    ASSERT_TRUE(t.table) << t.error;
    EXPECT_EQ(t.table->rows.size(), 256u);
}
