// The name and type checker, through the real parser: every rule with an input it accepts
// and one it rejects, asserting the whole message with its line and column.
#include "grammar/checker.hpp"

#include <gtest/gtest.h>

#include "grammar/parser.hpp"

namespace elenchus {
namespace {

struct Checked {
    std::optional<logic::Theory> theory;
    std::vector<std::string> errors;   // "line:col: message"
    std::vector<std::string> warnings;
    std::vector<std::string> notes;   // "line:col: message" of every note, in order
    std::vector<std::string> all;     // "line:col: severity: message", sorted
};

Checked run(std::string const& text) {
    SourceFile source("t.arg", text);
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << "syntax error in test input:\n"
                                           << render(source, diagnostics.sorted(), false);
    Checked result;
    result.theory = check(file, diagnostics);
    auto at = [&](ast::Span span) {
        auto p = source.position(span.begin);
        return std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
    };
    for (Diagnostic const& d : diagnostics.sorted()) {
        std::string const where = at(d.span);
        if (d.severity == Severity::error) result.errors.push_back(where + d.message);
        if (d.severity == Severity::warning) result.warnings.push_back(where + d.message);
        result.all.push_back(where + to_string(d.severity) + ": " + d.message);
        for (Note const& n : d.notes) result.notes.push_back(at(n.span) + n.message);
    }
    return result;
}

using Lines = std::vector<std::string>;

// A vocabulary every test may use; each of its symbols is used by `vocabulary_use` so that
// tests that look at warnings see only their own.
std::string const vocabulary = "sort Country = { Azerbaijan, Turkiye \"Türkiye\", Russia }\n"   // line 1
                               "sort Bloc = { NATO, CSTO }\n"                                   // line 2
                               "predicate member(Country, Bloc) \"is a member of\"\n"           // line 3
                               "predicate ok\n"                                                 // line 4
                               "function spending(Country): Real\n"                             // line 5
                               "constant since: Int\n"                                          // line 6
                               "constant rate: Real\n";                                         // line 7
std::string const vocabulary_use = "axiom use: ok and member(Russia, CSTO) and spending(Russia) = rate and since = 1\n";

Checked run_with_vocabulary(std::string const& text) { return run(vocabulary + text); }

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
