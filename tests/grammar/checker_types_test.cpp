// The name and type checker on types: arity and sorts, Bool, Int and Real, quantifiers,
// defines, and a formula checked against a theory (check_formula, for --assume). Each rule
// with an input it accepts and one it rejects, the whole message with its line and column.
#include <gtest/gtest.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/checker_run.hpp"

namespace elenchus {
namespace {

using namespace test::checking;

// ---- arity and sorts -------------------------------------------------------------------

TEST(Checker, ArityMismatch) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: member(Azerbaijan)\n");
    EXPECT_EQ(r.errors, Lines{"9:10: 'member' expects 2 arguments, got 1"});
    r = run_with_vocabulary(vocabulary_use + "claim c: member\n");
    EXPECT_EQ(r.errors, Lines{"9:10: 'member' expects 2 arguments, got 0"});
    r = run_with_vocabulary(vocabulary_use + "claim c: ok(Russia)\n");
    EXPECT_EQ(r.errors, Lines{"9:10: 'ok' expects 0 arguments, got 1"});
    r = run_with_vocabulary(vocabulary_use + "claim c: spending(Russia, NATO) > 1\n");
    EXPECT_EQ(r.errors, Lines{"9:10: 'spending' expects 1 argument, got 2"});
}

TEST(Checker, ZeroArgumentPredicatesByBareNameOrEmptyParentheses) {
    auto r = run_with_vocabulary(vocabulary_use + "axiom a: ok and ok()\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    logic::Term const& f = r.theory->statements[1].formula;
    EXPECT_EQ(f.args[0].op, logic::Term::Op::symbol);
    EXPECT_EQ(f.args[1].op, logic::Term::Op::symbol);
    EXPECT_EQ(f.args[0].symbol, f.args[1].symbol);
}

TEST(Checker, ConstantsAndMembersTakeNoArguments) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: NATO(Russia)\nclaim d: since(1) = 1\n");
    EXPECT_EQ(r.errors, (Lines{"9:10: 'NATO' is a member of sort 'Bloc' and takes no arguments",
                               "10:10: 'since' is a constant and takes no arguments"}));
}

TEST(Checker, ArgumentSortMismatch) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: member(Azerbaijan, Russia)\n");
    EXPECT_EQ(r.errors, Lines{"9:29: argument 2 of 'member' must be a Bloc, got Country"});
    r = run_with_vocabulary(vocabulary_use + "claim c: spending(1) > 1\n");
    EXPECT_EQ(r.errors, Lines{"9:19: argument 1 of 'spending' must be a Country, got Int"});
    EXPECT_TRUE(run_with_vocabulary(vocabulary_use + "claim c: member(Azerbaijan, NATO)\n").theory);
}

// ---- Bool, Int, Real -------------------------------------------------------------------

TEST(Checker, StatementFormulaMustBeBool) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: since + 1\n");
    EXPECT_EQ(r.errors, Lines{"9:10: a statement's formula must be Bool, got Int"});
    r = run_with_vocabulary(vocabulary_use + "claim c: Russia\n");
    EXPECT_EQ(r.errors, Lines{"9:10: a statement's formula must be Bool, got Country"});
}

TEST(Checker, IntegerLiteralsMayBeReal) {
    auto r = run_with_vocabulary(vocabulary_use + "axiom a: rate > 2 and rate = 1 + 2 * 3 and 2 < rate\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    logic::Term const& sum = r.theory->statements[1].formula.args[0].args[1].args[1];
    EXPECT_EQ(sum.op, logic::Term::Op::add);
    EXPECT_EQ(sum.type.kind, logic::Type::Kind::real);
    EXPECT_EQ(sum.args[1].args[0].op, logic::Term::Op::real);
}

TEST(Checker, DecimalLiteralIsReal) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: since = 2.5\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '=' must have the same type, got Int and Real"});
    EXPECT_TRUE(run_with_vocabulary(vocabulary_use + "claim c: rate = 2.5\n").theory);
}

TEST(Checker, IntTermsDoNotMixWithRealTerms) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: since < rate\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '<' must have the same type, got Int and Real"});
    r = run_with_vocabulary(vocabulary_use + "claim c: since + rate > 1\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '+' must have the same type, got Int and Real"});
}

TEST(Checker, DivisionOnlyOnReal) {
    EXPECT_TRUE(run_with_vocabulary(vocabulary_use + "claim c: rate / 2 > 1\n").theory);
    auto r = run_with_vocabulary(vocabulary_use + "claim c: since / 2 = 1\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '/' must be Real, got Int"});
}

TEST(Checker, EqualityNeedsTheSameType) {
    EXPECT_TRUE(run_with_vocabulary(vocabulary_use + "claim c: (ok = true) and Russia != Turkiye\n").theory);
    auto r = run_with_vocabulary(vocabulary_use + "claim c: Russia = NATO\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '=' must have the same type, got Country and Bloc"});
}

TEST(Checker, OrderingOnlyOnNumbers) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: ok < 1\n");
    EXPECT_EQ(r.errors, Lines{"9:10: operands of '<' must be Int or Real, got Bool"});
    EXPECT_TRUE(run_with_vocabulary(vocabulary_use + "claim c: since <= 3 and -rate >= 1\n").theory);
}

TEST(Checker, ConnectivesNeedBool) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: ok and since\n");
    EXPECT_EQ(r.errors, Lines{"9:17: operands of 'and' must be Bool, got Int"});
    r = run_with_vocabulary(vocabulary_use + "claim c: not since\n");
    EXPECT_EQ(r.errors, Lines{"9:14: operand of 'not' must be Bool, got Int"});
    r = run_with_vocabulary(vocabulary_use + "claim c: -ok = 1\n");
    EXPECT_EQ(r.errors, Lines{"9:11: operand of '-' must be Int or Real, got Bool"});
    r = run_with_vocabulary(vocabulary_use + "claim c: ok -> Russia\n");
    EXPECT_EQ(r.errors, Lines{"9:16: operands of '->' must be Bool, got Country"});
}

// ---- quantifiers -----------------------------------------------------------------------

TEST(Checker, BindersShadowOuterNames) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: forall since: Country. exists since: Bloc. "
                                                  "member(Russia, since)\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    logic::Term const& body = r.theory->statements[1].formula.args[0].args[0];
    EXPECT_EQ(body.args[1].op, logic::Term::Op::variable);
    EXPECT_EQ(body.args[1].type, (logic::Type{logic::Type::Kind::sort, 1}));
    r = run_with_vocabulary(vocabulary_use + "claim c: forall x: Bloc. member(x, NATO)\n");
    EXPECT_EQ(r.errors, Lines{"9:33: argument 1 of 'member' must be a Country, got Bloc"});
}

TEST(Checker, VariablesNeedASortOrABuiltInType) {
    EXPECT_TRUE(
        run_with_vocabulary(vocabulary_use + "claim c: forall i: Int, r: Real, b: Bool. b or i = 1 or r = 1\n").theory);
    auto r = run_with_vocabulary(vocabulary_use + "claim c: forall x: member. ok\n");
    EXPECT_EQ(r.errors, Lines{"9:20: 'member' is a predicate, not a type"});
    r = run_with_vocabulary(vocabulary_use + "claim c: exists x: Contry. ok\n");
    EXPECT_EQ(r.errors, Lines{"9:20: unknown type 'Contry'; did you mean 'Country'?"});
}

TEST(Checker, QuantifierBodyMustBeBool) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: forall x: Int. x + 1\n");
    EXPECT_EQ(r.errors, Lines{"9:25: the body of 'forall' must be Bool, got Int"});
}

TEST(Checker, VariablesAreNotFunctions) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: forall x: Country. x(NATO)\n");
    EXPECT_EQ(r.errors, Lines{"9:29: 'x' is a variable and takes no arguments"});
}

// ---- defines ---------------------------------------------------------------------------

TEST(Checker, DefinesAreTypedMacros) {
    auto r = run_with_vocabulary(vocabulary_use + "define aligned(c: Country) := member(c, NATO) or member(c, CSTO)\n"
                                                  "define big := rate > 3\n"
                                                  "claim c: aligned(Russia) and big and big()\n");
    ASSERT_TRUE(r.theory) << ::testing::PrintToString(r.errors);
    logic::Term const& f = r.theory->statements[1].formula;
    EXPECT_EQ(f.args[0].args[0].op, logic::Term::Op::define);
    EXPECT_EQ(f.args[0].args[0].symbol, 0);
    ASSERT_EQ(f.args[0].args[0].args.size(), 1u);
    EXPECT_EQ(f.args[1].op, logic::Term::Op::define);
    EXPECT_EQ(f.args[1].symbol, 1);
}

TEST(Checker, DefineCallsAreChecked) {
    std::string const defines = vocabulary_use + "define aligned(c: Country) := member(c, NATO)\n";   // line 9
    auto r = run_with_vocabulary(defines + "claim c: aligned(NATO)\n");
    EXPECT_EQ(r.errors, Lines{"10:18: argument 1 of 'aligned' must be a Country, got Bloc"});
    r = run_with_vocabulary(defines + "claim c: aligned\n");
    EXPECT_EQ(r.errors, Lines{"10:10: 'aligned' expects 1 argument, got 0"});
}

TEST(Checker, DefineBodyAndParametersAreChecked) {
    auto r = run_with_vocabulary(vocabulary_use + "define d(c: Country) := member(c, c)\n");
    EXPECT_EQ(r.errors, Lines{"9:35: argument 2 of 'member' must be a Bloc, got Country"});
    r = run_with_vocabulary(vocabulary_use + "define d(c: Country, c: Bloc) := ok\n");
    EXPECT_EQ(r.errors, Lines{"9:22: duplicate variable 'c'"});
    r = run_with_vocabulary(vocabulary_use + "define d := d\n");
    EXPECT_EQ(r.errors, Lines{"9:13: 'd' cannot be used in its own definition"});
}

// ---- check_formula ---------------------------------------------------------------------

TEST(CheckFormula, ChecksAgainstATheory) {
    auto r = run_with_vocabulary(vocabulary_use + "claim c: ok\n");
    ASSERT_TRUE(r.theory);
    SourceFile flag("--assume", "member(Azerbaijan, NATO) and rate > 1");
    Diagnostics diagnostics;
    auto expr = parse_formula(flag, diagnostics);
    ASSERT_TRUE(expr);
    auto term = check_formula(*r.theory, *expr, diagnostics);
    ASSERT_TRUE(term);
    EXPECT_EQ(r.theory->symbols[static_cast<std::size_t>(term->args[0].symbol)].name, "member");

    SourceFile bad("--assume", "membr(Azerbaijan, NATO) or c");
    Diagnostics bad_diagnostics;
    auto bad_expr = parse_formula(bad, bad_diagnostics);
    ASSERT_TRUE(bad_expr);
    EXPECT_FALSE(check_formula(*r.theory, *bad_expr, bad_diagnostics));
    auto const ds = bad_diagnostics.sorted();
    ASSERT_EQ(ds.size(), 2u);
    EXPECT_EQ(ds[0].message, "unknown predicate 'membr'; did you mean 'member'?");
    EXPECT_EQ(ds[0].span.begin, 0u);
    EXPECT_EQ(ds[1].message, "'c' is a claim; formulas cannot refer to statements by name");
    EXPECT_EQ(bad.position(ds[1].span.begin).column, 28u);

    SourceFile number("--assume", "since + 1");
    Diagnostics number_diagnostics;
    auto number_expr = parse_formula(number, number_diagnostics);
    ASSERT_TRUE(number_expr);
    EXPECT_FALSE(check_formula(*r.theory, *number_expr, number_diagnostics));
    EXPECT_EQ(number_diagnostics.all().at(0).message, "an assumed formula must be Bool, got Int");
}

}   // namespace
}   // namespace elenchus
