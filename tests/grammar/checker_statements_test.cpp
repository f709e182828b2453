// The name and type checker on what statements say of each other: cites, arguments and
// relations, scenarios, warnings, several errors in one file, the error cap and the limit
// on nesting. The whole message with its line and column.
#include <gtest/gtest.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/checker_run.hpp"

namespace elenchus {
namespace {

using namespace test::checking;

// ---- cites -----------------------------------------------------------------------------

TEST(Checker, CitesNeedADeclaredSource) {
    std::string const prelude = "source abdulla\npredicate p\n";
    EXPECT_TRUE(run(prelude + "premise a: p cites abdulla \"q\"\n").theory);
    auto r = run(prelude + "premise a: p cites abdula\n");
    EXPECT_EQ(r.errors, Lines{"3:20: unknown source 'abdula'; did you mean 'abdulla'?"});
    r = run(prelude + "premise a: p cites p\n");
    EXPECT_EQ(r.errors, Lines{"3:20: 'p' is a predicate, not a source"});
    r = run("predicate p\npremise a: p cites later\nsource later\n");
    EXPECT_EQ(r.errors, Lines{"2:20: 'later' is used before its declaration"});
}

// ---- arguments and relations -----------------------------------------------------------

std::string const statements = "predicate p\n"                         // 1
                               "premise p1: p\n"                       // 2
                               "premise p2: p\n"                       // 3
                               "hypothesis h: p\n"                     // 4
                               "claim c: p\n"                          // 5
                               "scenario sc { premise inner: p }\n";   // 6

TEST(Checker, ArgumentsNameStatements) {
    EXPECT_TRUE(run(statements + "argument a from p1, h, c therefore c\n").theory);
    auto r = run(statements + "argument a from p1, p3 therefore c\n");
    EXPECT_EQ(r.errors, Lines{"7:21: unknown statement 'p3'; did you mean 'p1'?"});
    r = run(statements + "argument a from p1 therefore p\n");
    EXPECT_EQ(r.errors, Lines{"7:30: 'p' is a predicate, not a statement"});
    r = run(statements + "argument a from inner therefore c\n");
    EXPECT_EQ(r.errors, Lines{"7:17: 'inner' is declared inside scenario 'sc'; an argument can "
                              "only name top-level statements"});
    r = run(statements + "argument a from p1 therefore c\nargument b from a therefore c\n");
    EXPECT_EQ(r.errors, Lines{"8:17: 'a' is an argument, not a statement"});
}

TEST(Checker, RelationsNameArgumentsOrStatements) {
    auto r = run(statements + "argument a from p1 therefore c attacks h supports b\n"
                              "argument b from p2 therefore c\n"
                              "b attacks p1\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    ASSERT_EQ(r.theory->relations.size(), 3u);
    EXPECT_FALSE(r.theory->relations[0].to_is_argument);
    EXPECT_TRUE(r.theory->relations[1].to_is_argument);
    EXPECT_TRUE(r.theory->relations[2].from_is_argument);
    EXPECT_FALSE(r.theory->relations[2].to_is_argument);

    r = run(statements + "argument a from p1 therefore c attacks zz\n");
    EXPECT_EQ(r.errors, Lines{"7:40: unknown argument or statement 'zz'"});
    r = run(statements + "argument a from p1 therefore c\nzz supports aa\n");
    EXPECT_EQ(r.errors, (Lines{"8:1: unknown argument or statement 'zz'",
                               "8:13: unknown argument or statement 'aa'; did you mean 'a'?"}));
    r = run(statements + "p supports c\n");
    EXPECT_EQ(r.errors, Lines{"7:1: 'p' is a predicate, not an argument or statement"});
}

// ---- scenarios -------------------------------------------------------------------------

TEST(Checker, WithoutDropsOnlyAssertedTopLevelStatements) {
    auto r = run(statements + "scenario s { without p1, p2 }\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.theory->scenarios[1].without, (std::vector<int>{0, 1}));
    r = run(statements + "scenario s { without h }\n");
    EXPECT_EQ(r.errors, Lines{"7:22: 'h' is a hypothesis; only asserted statements (axiom, "
                              "premise, assume) can be dropped with 'without'"});
    r = run(statements + "scenario s { without c }\n");
    EXPECT_EQ(r.errors, Lines{"7:22: 'c' is a claim; only asserted statements (axiom, "
                              "premise, assume) can be dropped with 'without'"});
    r = run(statements + "scenario s { without inner }\n");
    EXPECT_EQ(r.errors, Lines{"7:22: 'inner' is declared inside scenario 'sc'; 'without' can "
                              "only name top-level statements"});
    r = run(statements + "scenario s { without p9 }\n");
    EXPECT_EQ(r.errors, Lines{"7:22: unknown statement 'p9'; did you mean 'p1'?"});
}

TEST(Checker, WithTurnsOnOnlyHypotheses) {
    auto r = run(statements + "scenario s { with h }\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.theory->scenarios[1].with, (std::vector<int>{2}));
    r = run(statements + "scenario s { with p1 }\n");
    EXPECT_EQ(r.errors, Lines{"7:19: 'p1' is a premise; only hypotheses can be turned on with 'with'"});
}

TEST(Checker, ScenarioStatementsAreChecked) {
    auto r = run(statements + "scenario s { premise q: p and zz }\n");
    EXPECT_EQ(r.errors, Lines{"7:31: unknown name 'zz'"});
    ASSERT_TRUE(run(statements).theory);
    EXPECT_EQ(run(statements).theory->scenarios[0].statements, (std::vector<int>{4}));
}

// ---- warnings --------------------------------------------------------------------------

TEST(Checker, WarnsAboutUnusedSymbols) {
    auto r = run("sort S\n"
                 "sort Used\n"
                 "entity e: Used\n"
                 "predicate p(Used)\n"
                 "function f(Used): Int\n"
                 "constant k: Int\n"
                 "define d := true\n");
    ASSERT_TRUE(r.theory);   // warnings are not errors
    EXPECT_EQ(r.warnings, (Lines{"1:6: sort 'S' is never used", "3:8: entity 'e' is never used",
                                 "4:11: predicate 'p' is never used", "5:10: function 'f' is never used",
                                 "6:10: constant 'k' is never used", "7:8: definition 'd' is never used"}));
    EXPECT_EQ(run_with_vocabulary(vocabulary_use).warnings, Lines{});
}

TEST(Checker, WarnsAboutUncitedSources) {
    auto r = run("source s \"t\"\npredicate p\naxiom a: p\n");
    EXPECT_EQ(r.warnings, Lines{"1:8: source 's' is never cited"});
}

TEST(Checker, WarnsAboutClaimsNoArgumentConcludes) {
    auto r = run("predicate p\npremise q: p\nclaim c: p\nclaim d: p\nargument a from q therefore d\n");
    EXPECT_EQ(r.warnings, Lines{"3:7: claim 'c' is not the conclusion of any argument"});
}

// ---- several errors --------------------------------------------------------------------

TEST(Checker, ThreeSeparateErrorsInOrder) {
    auto r = run("predicate p(Country)\n"
                 "sort Country\n"
                 "constant x: Int\n"
                 "claim c: x and qqq\n");
    EXPECT_FALSE(r.theory);
    EXPECT_EQ(r.errors, (Lines{"1:13: 'Country' is used before its declaration",
                               "4:10: operands of 'and' must be Bool, got Int", "4:16: unknown name 'qqq'"}));
}

TEST(Checker, EntitiesBelongToSorts) {
    EXPECT_EQ(run("entity e: Int\n").errors, Lines{"1:11: an entity must belong to a sort, got Int"});
    auto r = run("sort Person\nentity e, f: Person\naxiom a: e = f\n");
    ASSERT_TRUE(r.theory);
    EXPECT_EQ(r.theory->symbols[0].kind, logic::Symbol::Kind::entity);
    EXPECT_EQ(r.theory->symbols[1].result, (logic::Type{logic::Type::Kind::sort, 0}));
}

TEST(Checker, UsingAMemberUsesItsSort) {
    auto r = run("sort S = { a, b }\naxiom x: a != b\n");
    EXPECT_EQ(r.all, Lines{});
}

TEST(Checker, ArgumentsOfAWrongCalleeAreStillChecked) {
    auto r = run("sort S = { a }\naxiom x: nothere(b)\n");
    EXPECT_EQ(r.errors, (Lines{"2:10: unknown predicate 'nothere'", "2:18: unknown name 'b'; did you mean 'a'?"}));
}

TEST(Checker, ScenarioStatementsCannotBeRelated) {
    auto r = run(statements + "argument a from p1 therefore c\na attacks inner\n");
    EXPECT_EQ(r.errors, Lines{"8:11: 'inner' is declared inside scenario 'sc'; a relation can "
                              "only link top-level statements and arguments"});
}

TEST(Checker, ClaimsInsideScenariosAreNotWarnedAbout) {
    auto r = run("predicate p\nscenario s { claim c: p }\n");
    EXPECT_EQ(r.all, Lines{});
}

TEST(Checker, RepeatedWithoutAndWithNamesCountOnce) {
    auto r = run(statements + "scenario s { without p1, p1 with h with h }\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    EXPECT_EQ(r.theory->scenarios[1].without, (std::vector<int>{0}));
    EXPECT_EQ(r.theory->scenarios[1].with, (std::vector<int>{2}));
}

TEST(Checker, NoTheoryWhenTheFileHadSyntaxErrors) {
    SourceFile source("t.arg", "predicate p\naxiom a: p\n");
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    diagnostics.error({0, 1}, "a syntax error found earlier");
    EXPECT_FALSE(check(file, diagnostics));
    EXPECT_EQ(diagnostics.error_count(), 1u);
}

TEST(Checker, StopsAtTheErrorCap) {
    std::string text = "predicate p\n";
    for (int i = 0; i < 100; ++i) text += "axiom a" + std::to_string(i) + ": q" + std::to_string(i) + "\n";
    SourceFile source("t.arg", text);
    Diagnostics diagnostics(5);
    ast::File file = parse(source, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    EXPECT_FALSE(check(file, diagnostics));
    EXPECT_EQ(diagnostics.all().size(), 5u);
    EXPECT_EQ(diagnostics.all()[4].message, "unknown name 'q4'");
}

TEST(Checker, LongOperatorChainsAreChecked) {
    std::string text = "constant k: Int\naxiom a: k > 0";
    for (int i = 0; i < 2000; ++i) text += " and k > " + std::to_string(i);
    auto r = run(text + "\n");
    EXPECT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
}

TEST(Checker, TooDeepATreeIsAnErrorNotACrash) {
    // Built by hand: deeper than any parse, to show the checker's own limit.
    ast::Expr atom;
    atom.kind = ast::Expr::Kind::boolean;
    atom.boolean = true;
    ast::Expr deep = atom;
    for (int i = 0; i < 50000; ++i) {
        ast::Expr next;
        next.kind = ast::Expr::Kind::binary;
        next.binary_op = ast::BinaryOp::logical_and;
        next.operands.push_back(std::move(deep));
        next.operands.push_back(atom);
        deep = std::move(next);
    }
    ast::File file;
    ast::Statement s;
    s.kind = ast::StatementKind::axiom;
    s.name.text = "deep";
    s.formula = std::move(deep);
    file.declarations.push_back(std::move(s));
    Diagnostics diagnostics;
    EXPECT_FALSE(check(file, diagnostics));
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(diagnostics.all()[0].message, "formula is nested too deeply");
    // The tree is taken apart level by level, so its destructor does not recurse 50000 deep.
    while (!std::get<ast::Statement>(file.declarations[0]).formula.operands.empty()) {
        ast::Expr& f = std::get<ast::Statement>(file.declarations[0]).formula;
        ast::Expr inner = std::move(f.operands[0]);
        f = std::move(inner);
    }
}

}   // namespace
}   // namespace elenchus
