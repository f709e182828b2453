// The name and type checker, through the real parser: every rule with an input it accepts
// and one it rejects, asserting the whole message with its line and column. This file: the
// Theory built from accepted input, declaration before use, one namespace, unknown names.
// Types are in checker_types_test, statements, scenarios and warnings in
// checker_statements_test.
#include <gtest/gtest.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/checker_run.hpp"

namespace elenchus {
namespace {

using namespace test::checking;

// ---- accepted input and the Theory it builds -------------------------------------------

TEST(Checker, BuildsTheTheoryAsDocumented) {
    auto r = run(R"(source abdulla "Leman Abdulla"
sort Country = { Azerbaijan, Turkiye "Türkiye" }
sort Bloc = { NATO }
sort Person
entity socrates: Person
predicate member(Country, Bloc) "is a member of"
predicate mortal(Person)
function spending(Country): Real
constant since: Int
define aligned(c: Country) := member(c, NATO)
premise p1: member(Turkiye, NATO)
  means "Türkiye is in NATO"
  cites abdulla "quote"
assume a1: mortal(socrates) and since = 1994 and spending(Azerbaijan) >= 2
hypothesis h1: aligned(Azerbaijan)
claim c1: exists c: Country. aligned(c)
argument arg1 "title" from p1, a1 therefore c1
  supports c1
arg1 attacks h1
scenario s "What if" {
  without a1
  with h1
  premise p2: not aligned(Turkiye)
}
)");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.errors, Lines{});
    logic::Theory const& t = *r.theory;
    ASSERT_EQ(t.sorts.size(), 3u);
    EXPECT_EQ(t.sorts[0].name, "Country");
    EXPECT_TRUE(t.sorts[0].closed);
    EXPECT_FALSE(t.sorts[2].closed);
    ASSERT_EQ(t.sorts[0].members.size(), 2u);
    logic::Symbol const& turkiye = t.symbols[static_cast<std::size_t>(t.sorts[0].members[1])];
    EXPECT_EQ(turkiye.kind, logic::Symbol::Kind::member);
    EXPECT_EQ(turkiye.name, "Turkiye");
    EXPECT_EQ(turkiye.display, "Türkiye");
    EXPECT_EQ(turkiye.member_index, 1);
    EXPECT_EQ(turkiye.result, (logic::Type{logic::Type::Kind::sort, 0}));
    EXPECT_EQ(t.symbols[static_cast<std::size_t>(t.sorts[0].members[0])].display, "Azerbaijan");

    ASSERT_EQ(t.statements.size(), 5u);
    EXPECT_EQ(t.statements[0].name, "p1");
    EXPECT_EQ(t.statements[0].means, "Türkiye is in NATO");
    ASSERT_EQ(t.statements[0].cites.size(), 1u);
    EXPECT_EQ(t.statements[0].cites[0].source, "abdulla");
    EXPECT_EQ(t.statements[0].cites[0].quotation, "quote");
    logic::Term const& p1 = t.statements[0].formula;
    EXPECT_EQ(p1.op, logic::Term::Op::symbol);
    EXPECT_EQ(t.symbols[static_cast<std::size_t>(p1.symbol)].name, "member");
    ASSERT_EQ(p1.args.size(), 2u);
    EXPECT_EQ(t.symbols[static_cast<std::size_t>(p1.args[0].symbol)].name, "Turkiye");

    logic::Term const& h1 = t.statements[2].formula;
    EXPECT_EQ(h1.op, logic::Term::Op::define);
    EXPECT_EQ(t.defines[static_cast<std::size_t>(h1.symbol)].name, "aligned");
    ASSERT_EQ(t.defines[0].parameters.size(), 1u);
    EXPECT_EQ(t.defines[0].parameters[0].name, "c");
    EXPECT_EQ(t.defines[0].body.args[0].op, logic::Term::Op::variable);

    logic::Term const& c1 = t.statements[3].formula;
    EXPECT_EQ(c1.op, logic::Term::Op::exists);
    ASSERT_EQ(c1.binders.size(), 1u);
    EXPECT_EQ(c1.binders[0].name, "c");

    // `spending(Azerbaijan) >= 2`: the integer literal stands for a Real.
    logic::Term const& ge = t.statements[1].formula.args[1];
    EXPECT_EQ(ge.op, logic::Term::Op::ge);
    EXPECT_EQ(ge.args[1].op, logic::Term::Op::real);
    EXPECT_EQ(ge.args[1].type.kind, logic::Type::Kind::real);
    EXPECT_EQ(ge.args[1].number, "2");

    EXPECT_EQ(t.statements[4].name, "p2");
    EXPECT_EQ(t.statements[4].scenario, "s");
    EXPECT_EQ(t.baseline(), (std::vector<int>{0, 1}));
    EXPECT_EQ(t.claims(), (std::vector<int>{3}));
    EXPECT_EQ(t.hypotheses(), (std::vector<int>{2}));

    ASSERT_EQ(t.arguments.size(), 1u);
    EXPECT_EQ(t.arguments[0].title, "title");
    EXPECT_EQ(t.arguments[0].premises, (std::vector<int>{0, 1}));
    EXPECT_EQ(t.arguments[0].conclusion, 3);

    ASSERT_EQ(t.relations.size(), 2u);
    EXPECT_EQ(t.relations[0].from, "arg1");
    EXPECT_EQ(t.relations[0].to, "c1");
    EXPECT_EQ(t.relations[0].kind, ast::RelationKind::supports);
    EXPECT_TRUE(t.relations[0].from_is_argument);
    EXPECT_FALSE(t.relations[0].to_is_argument);
    EXPECT_EQ(t.relations[1].kind, ast::RelationKind::attacks);
    EXPECT_FALSE(t.relations[1].to_is_argument);

    ASSERT_EQ(t.scenarios.size(), 1u);
    logic::Scenario const& s = t.scenarios[0];
    EXPECT_EQ(s.title, "What if");
    EXPECT_EQ(s.without, (std::vector<int>{1}));
    EXPECT_EQ(s.with, (std::vector<int>{2}));
    EXPECT_EQ(s.statements, (std::vector<int>{4}));
    EXPECT_EQ(t.asserted_in(s), (std::vector<int>{0, 2, 4}));
    EXPECT_EQ(t.find_statement("p2"), 4);
    EXPECT_EQ(t.find_argument("arg1"), 0);
    EXPECT_EQ(t.find_scenario("s"), 0);
    EXPECT_EQ(t.find_statement("nope"), std::nullopt);
    EXPECT_EQ(r.warnings, Lines{});
}

TEST(Checker, EmptyFileIsAnEmptyTheory) {
    auto r = run("");
    ASSERT_TRUE(r.theory);
    EXPECT_TRUE(r.theory->statements.empty());
    EXPECT_EQ(r.all, Lines{});
}

// ---- declared before use ---------------------------------------------------------------

TEST(Checker, SymbolsMustBeDeclaredBeforeUse) {
    auto r = run("axiom a: p\npredicate p\n");
    EXPECT_FALSE(r.theory);
    EXPECT_EQ(r.errors, Lines{"1:10: 'p' is used before its declaration"});
    EXPECT_EQ(r.notes, Lines{"2:11: 'p' is declared here"});
    EXPECT_TRUE(run("predicate p\naxiom a: p\n").theory);
}

TEST(Checker, SortsMustBeDeclaredBeforeUse) {
    auto r = run("constant x: S\nsort S\n");
    EXPECT_EQ(r.errors, Lines{"1:13: 'S' is used before its declaration"});
}

TEST(Checker, StatementsArgumentsAndScenariosMayBeNamedBeforeTheirDeclaration) {
    auto r = run("predicate p\n"
                 "argument a from s1 therefore s2 attacks b\n"
                 "a supports b\n"
                 "premise s1: p\n"
                 "claim s2: p\n"
                 "argument b from s2 therefore s1\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.theory->arguments[0].premises, (std::vector<int>{0}));
    EXPECT_EQ(r.theory->arguments[0].conclusion, 1);
    EXPECT_TRUE(r.theory->relations[0].to_is_argument);
}

// ---- one namespace ---------------------------------------------------------------------

TEST(Checker, DuplicateDeclarationsAcrossKinds) {
    auto r = run("sort A\nconstant A: Int\n");
    EXPECT_FALSE(r.theory);
    EXPECT_EQ(r.errors, Lines{"2:10: duplicate declaration of 'A'"});
    EXPECT_EQ(r.notes, Lines{"1:6: previous declaration is here"});
}

TEST(Checker, StatementArgumentAndScenarioNamesShareTheNamespace) {
    auto r = run("predicate p\npremise x: p\nargument x from x therefore x\nscenario x {}\n");
    EXPECT_EQ(r.errors, (Lines{"3:10: duplicate declaration of 'x'", "4:10: duplicate declaration of 'x'"}));
    EXPECT_EQ(r.notes, (Lines{"2:9: previous declaration is here", "2:9: previous declaration is here"}));
}

TEST(Checker, DuplicateMembersAndConstants) {
    EXPECT_EQ(run("sort S = { a, b, a }\n").errors, Lines{"1:18: duplicate declaration of 'a'"});
    EXPECT_EQ(run("constant c, c: Int\n").errors, Lines{"1:13: duplicate declaration of 'c'"});
}

// ---- unknown names ---------------------------------------------------------------------

TEST(Checker, UnknownPredicateSuggestsTheClosestName) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: membr(Azerbaijan, NATO)\n");
    EXPECT_EQ(r.errors, Lines{"9:10: unknown predicate 'membr'; did you mean 'member'?"});
}

TEST(Checker, UnknownFunctionInATermPosition) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: spendin(Russia) > 2\n");
    EXPECT_EQ(r.errors, Lines{"9:10: unknown function 'spendin'; did you mean 'spending'?"});
}

TEST(Checker, UnknownNameWithoutSuggestion) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: zzzzzz\n");
    EXPECT_EQ(r.errors, Lines{"9:10: unknown name 'zzzzzz'"});
}

TEST(Checker, UnknownNameSuggestsAVariableInScope) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: forall country: Country. member(countyr, NATO)\n");
    EXPECT_EQ(r.errors, Lines{"9:42: unknown name 'countyr'; did you mean 'country'?"});
}

TEST(Checker, UnknownType) {
    EXPECT_EQ(run("constant x: Innt\n").errors, Lines{"1:13: unknown type 'Innt'; did you mean 'Int'?"});
    EXPECT_EQ(run("constant x: Itn\n").errors, Lines{"1:13: unknown type 'Itn'; did you mean 'Int'?"});   // 2 edits
    EXPECT_EQ(run("sort Country\npredicate p(Contry)\n").errors,
              Lines{"2:13: unknown type 'Contry'; did you mean 'Country'?"});
}

TEST(Checker, StatementNamesAreNotFormulas) {
    auto r = run("predicate p\nclaim c1: p\nclaim c2: c1 and p\n");
    EXPECT_EQ(r.errors, Lines{"3:11: 'c1' is a claim; formulas cannot refer to statements by name"});
}

TEST(Checker, SortsAndSourcesAreNotValues) {
    auto r = run("sort S\nsource src\naxiom a: src\naxiom b: forall x: S. x = S\n");
    EXPECT_EQ(r.errors, (Lines{"3:10: 'src' is a source, not a formula", "4:27: 'S' is a sort, not a value"}));
}

}   // namespace
}   // namespace elenchus
