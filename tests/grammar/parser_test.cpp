// The parser against docs/language.md: every production accepted and rejected (message,
// line, column), precedence and associativity as trees derived by hand from the grammar,
// spans, comments, recovery, limits and encodings.
#include <ctime>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "tests/parser/dump.hpp"

namespace elenchus {
namespace {

using testing::dump;

struct Parsed {
    ast::File file;
    std::vector<std::string> errors;   // "line:col: message", in source order
};

Parsed parse_text(std::string text, ParseLimits limits = {}, std::size_t cap = 50) {
    SourceFile source("test.arg", std::move(text));
    Diagnostics diagnostics(cap);
    Parsed result;
    result.file = parse(source, diagnostics, limits);
    for (auto const& d : diagnostics.sorted()) {
        auto pos = source.position(d.span.begin);
        result.errors.push_back(std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + d.message);
    }
    return result;
}

// Parses text that must be accepted and returns its only declaration.
template <typename Decl>
Decl only(std::string const& text) {
    auto parsed = parse_text(text);
    EXPECT_EQ(parsed.errors, std::vector<std::string>{}) << text;
    EXPECT_EQ(parsed.file.declarations.size(), 1u) << text;
    if (parsed.file.declarations.size() != 1 || !std::holds_alternative<Decl>(parsed.file.declarations[0])) {
        ADD_FAILURE() << "not the expected declaration: " << text;
        return {};
    }
    return std::get<Decl>(parsed.file.declarations[0]);
}

std::string formula(std::string const& text) {
    auto statement = only<ast::Statement>("claim c: " + text);
    return dump(statement.formula);
}

// The first error of a text that must be rejected.
std::string first_error(std::string const& text) {
    auto parsed = parse_text(text);
    if (parsed.errors.empty()) return "(accepted)";
    return parsed.errors.front();
}

std::string slice(std::string const& text, ast::Span s) { return text.substr(s.begin, s.end - s.begin); }

// ---- vocabulary ----------------------------------------------------------------------

TEST(ParserSource, AcceptsNameAndOptionalTitle) {
    auto s = only<ast::SourceDecl>("source abdulla \"Leman Abdulla, “curly” Türkiye\"");
    EXPECT_EQ(s.name.text, "abdulla");
    ASSERT_TRUE(s.title);
    EXPECT_EQ(s.title->value, "Leman Abdulla, “curly” Türkiye");
    EXPECT_FALSE(only<ast::SourceDecl>("source plain").title);
}
TEST(ParserSource, RejectsMissingName) {
    EXPECT_EQ(first_error("source \"title\""), "1:8: expected a source name after 'source'");
    EXPECT_EQ(first_error("source forall"), "1:8: 'forall' is a reserved word and cannot be a name");
}

TEST(ParserSort, AcceptsClosedSortWithDisplayNamesAndOpenSort) {
    auto s = only<ast::SortDecl>("sort Country = { Azerbaijan, Turkiye \"Türkiye\", Iran }");
    ASSERT_TRUE(s.members);
    ASSERT_EQ(s.members->size(), 3u);
    EXPECT_EQ((*s.members)[1].name.text, "Turkiye");
    EXPECT_EQ((*s.members)[1].display->value, "Türkiye");
    EXPECT_FALSE((*s.members)[0].display);
    EXPECT_FALSE(only<ast::SortDecl>("sort Person").members);
}
TEST(ParserSort, RejectsMalformedMemberLists) {
    EXPECT_EQ(first_error("sort S = a"), "1:10: expected '{' and the sort's members after '='");
    EXPECT_EQ(first_error("sort S = { a, }"), "1:15: expected a member name after ','");
    EXPECT_EQ(first_error("sort S = { a b }"), "1:14: expected ',' or '}' in the member list");
    EXPECT_EQ(first_error("sort S = { }"), "1:12: expected a member name");
    EXPECT_EQ(first_error("sort Bool"), "1:6: 'Bool' is a reserved word and cannot be a name");
}

TEST(ParserEntity, AcceptsSeveralNames) {
    auto e = only<ast::EntityDecl>("entity socrates, plato: Person");
    ASSERT_EQ(e.names.size(), 2u);
    EXPECT_EQ(e.names[1].text, "plato");
    EXPECT_EQ(e.sort.text, "Person");
}
TEST(ParserEntity, RejectsMissingSort) {
    EXPECT_EQ(first_error("entity a Person"), "1:10: expected ':' and a sort after the entity names");
    EXPECT_EQ(first_error("entity a:"), "1:10: expected a sort");
    EXPECT_EQ(first_error("entity a,: S"), "1:10: expected an entity name after ','");
}

TEST(ParserPredicate, AcceptsAllForms) {
    EXPECT_TRUE(only<ast::PredicateDecl>("predicate p").parameters.empty());
    EXPECT_TRUE(only<ast::PredicateDecl>("predicate p()").parameters.empty());
    auto p = only<ast::PredicateDecl>("predicate member(Country, Bloc) \"is a member of\"");
    ASSERT_EQ(p.parameters.size(), 2u);
    EXPECT_EQ(p.parameters[1].text, "Bloc");
    EXPECT_EQ(p.reading->value, "is a member of");
    EXPECT_EQ(only<ast::PredicateDecl>("predicate big(Int, Real, Bool)").parameters[2].text, "Bool");
}
TEST(ParserPredicate, RejectsBadParameterLists) {
    EXPECT_EQ(first_error("predicate p(A,)"), "1:15: expected a type after ','");
    EXPECT_EQ(first_error("predicate p(A B)"), "1:15: expected ',' or ')' in the parameter types");
    EXPECT_EQ(first_error("predicate"), "1:10: expected a predicate name after 'predicate'");
}

TEST(ParserFunction, AcceptsParametersResultAndReading) {
    auto f = only<ast::FunctionDecl>("function defense_spending_pct(Country): Real \"pct\"");
    ASSERT_EQ(f.parameters.size(), 1u);
    EXPECT_EQ(f.result.text, "Real");
    EXPECT_EQ(f.reading->value, "pct");
}
TEST(ParserFunction, RejectsMissingParts) {
    EXPECT_EQ(first_error("function f: Int"), "1:11: expected '(' and the parameter types after the function name");
    EXPECT_EQ(first_error("function f(S) Int"), "1:15: expected ':' and the result type after the parameters");
    EXPECT_EQ(first_error("function f(): Int"), "1:12: expected a type");
}

TEST(ParserConstant, AcceptsSeveralNamesAndReading) {
    auto c = only<ast::ConstantDecl>("constant a, b: Int \"two numbers\"");
    ASSERT_EQ(c.names.size(), 2u);
    EXPECT_EQ(c.type.text, "Int");
    EXPECT_EQ(c.reading->value, "two numbers");
}
TEST(ParserConstant, RejectsMissingType) {
    EXPECT_EQ(first_error("constant a"), "1:11: expected ':' and a type after the constant names");
}

TEST(ParserDefine, AcceptsWithAndWithoutParameters) {
    auto d = only<ast::DefineDecl>("define aligned(c: Country) := member(c, NATO) or member(c, CSTO)");
    ASSERT_EQ(d.parameters.size(), 1u);
    EXPECT_EQ(d.parameters[0].variable.text, "c");
    EXPECT_EQ(d.parameters[0].type.text, "Country");
    EXPECT_EQ(dump(d.body), "(member(c, NATO) or member(c, CSTO))");
    auto two = only<ast::DefineDecl>("define r(x, y: S, n: Int) := x = y");
    ASSERT_EQ(two.parameters.size(), 3u);
    EXPECT_EQ(two.parameters[1].type.text, "S");
    EXPECT_EQ(two.parameters[2].type.text, "Int");
    EXPECT_TRUE(only<ast::DefineDecl>("define t := true").parameters.empty());
}
TEST(ParserDefine, RejectsBadForms) {
    EXPECT_EQ(first_error("define p(x: S) = q"), "1:16: expected ':=' after the definition's name");
    EXPECT_EQ(first_error("define p() := q"), "1:10: expected a parameter");
    EXPECT_EQ(first_error("define p :="), "1:12: expected a formula");
}

// ---- statements, arguments, relations, scenarios ---------------------------------------

TEST(ParserStatement, AcceptsEveryKindWithMeansAndCites) {
    char const* kinds[] = {"axiom", "premise", "assume", "hypothesis", "claim"};
    for (auto kind : kinds) {
        auto s = only<ast::Statement>(std::string(kind) + " s: p");
        EXPECT_STREQ(ast::to_string(s.kind), kind);
    }
    auto s =
        only<ast::Statement>("premise ban: not p cites abdulla \"quote \\\"x\\\"\" means \"reading\\n\" cites other");
    EXPECT_EQ(s.means->value, "reading\n");
    ASSERT_EQ(s.cites.size(), 2u);
    EXPECT_EQ(s.cites[0].source.text, "abdulla");
    EXPECT_EQ(s.cites[0].quotation->value, "quote \"x\"");
    EXPECT_FALSE(s.cites[1].quotation);
}
TEST(ParserStatement, RejectsMalformedStatements) {
    EXPECT_EQ(first_error("premise a forall"), "1:11: expected ':' after the statement name");
    EXPECT_EQ(first_error("premise : p"), "1:9: expected a statement name");
    EXPECT_EQ(first_error("claim c:"), "1:9: expected a formula");
    EXPECT_EQ(first_error("claim c: p means x"), "1:18: expected a string after 'means'");
    EXPECT_EQ(first_error("claim c: p means \"a\" means \"b\""), "1:28: a statement has only one 'means'");
    EXPECT_EQ(first_error("claim c: p cites \"x\""), "1:18: expected a source name after 'cites'");
    EXPECT_EQ(first_error("claim then: p"), "1:7: 'then' is a reserved word and cannot be a name");
}

TEST(ParserString, AcceptsEscapesAndUtf8) {
    auto s = only<ast::SourceDecl>(R"(source s "a\\b\"c\nd “é”")");
    EXPECT_EQ(s.title->value, "a\\b\"c\nd “é”");
}
TEST(ParserString, RejectsUnknownEscapeAndUnterminated) {
    EXPECT_EQ(first_error(R"(source s "abc\q")"), "1:14: unknown escape '\\q'");
    EXPECT_EQ(first_error("source s \"abc\nsort S"), "1:10: unterminated string");
    EXPECT_EQ(first_error("source s \"abc"), "1:10: unterminated string");
    EXPECT_EQ(first_error("source s \"abc\\"), "1:10: unterminated string");
}

TEST(ParserArgument, AcceptsPremisesConclusionAndRelations) {
    auto a = only<ast::ArgumentDecl>(
        "argument risk \"Accession would provoke\" from p1, p2 therefore c attacks benefit supports x");
    EXPECT_EQ(a.title->value, "Accession would provoke");
    ASSERT_EQ(a.premises.size(), 2u);
    EXPECT_EQ(a.conclusion.text, "c");
    ASSERT_EQ(a.relations.size(), 2u);
    EXPECT_EQ(a.relations[0].from.text, "risk");
    EXPECT_EQ(a.relations[0].kind, ast::RelationKind::attacks);
    EXPECT_EQ(a.relations[0].to.text, "benefit");
    EXPECT_EQ(a.relations[1].kind, ast::RelationKind::supports);
}
TEST(ParserArgument, RejectsMissingParts) {
    EXPECT_EQ(first_error("argument a p therefore c"), "1:12: expected 'from' and the argument's premises");
    EXPECT_EQ(first_error("argument a from p c"), "1:18: expected ',' between the premises 'p' and 'c'");
    EXPECT_EQ(first_error("argument a from therefore c"), "1:17: 'therefore' is a reserved word and cannot be a name");
    EXPECT_EQ(first_error("argument a from p therefore c attacks"),
              "1:38: expected a name after 'attacks' or 'supports'");
}

TEST(ParserRelation, AcceptsStandaloneRelations) {
    auto r = only<ast::RelationDecl>("risk attacks benefit");
    EXPECT_EQ(r.from.text, "risk");
    EXPECT_EQ(r.kind, ast::RelationKind::attacks);
    EXPECT_EQ(r.to.text, "benefit");
    EXPECT_EQ(only<ast::RelationDecl>("a supports b").kind, ast::RelationKind::supports);
}
TEST(ParserRelation, RejectsIncompleteRelationsAndStrayNames) {
    EXPECT_EQ(first_error("risk attacks"), "1:13: expected a name after 'attacks' or 'supports'");
    EXPECT_EQ(first_error("risk benefit"), "1:1: expected a declaration, found 'risk'");
}

TEST(ParserScenario, AcceptsClausesAndStatementsInAnyOrder) {
    auto s = only<ast::ScenarioDecl>(R"(scenario amended "What if?" {
  without base_ban, non_alignment
  premise amendment: may_host(Azerbaijan)
  with h1
  without other
  with h2, h3
})");
    EXPECT_EQ(s.title->value, "What if?");
    ASSERT_EQ(s.without.size(), 3u);
    EXPECT_EQ(s.without[2].text, "other");
    ASSERT_EQ(s.with.size(), 3u);
    EXPECT_EQ(s.with[0].text, "h1");
    ASSERT_EQ(s.statements.size(), 1u);
    EXPECT_EQ(s.statements[0].name.text, "amendment");
    EXPECT_TRUE(only<ast::ScenarioDecl>("scenario empty {}").statements.empty());
}
TEST(ParserScenario, RejectsBadHeadsItemsAndMissingBrace) {
    EXPECT_EQ(first_error("scenario s premise a: p }"), "1:12: expected '{' after the scenario's name");
    EXPECT_EQ(first_error("scenario s { without }"), "1:22: expected a statement name after 'without'");
    EXPECT_EQ(first_error("scenario s { argument }"),
              "1:14: expected 'without', 'with', a statement or '}' in scenario 's'");
    EXPECT_EQ(first_error("scenario s { premise a: p"), "1:26: expected '}' at the end of scenario 's'");
    EXPECT_EQ(first_error("scenario s { x }"), "1:14: expected 'without', 'with', a statement or '}' in scenario 's'");
}
TEST(ParserScenario, RecoversInsideTheScenario) {
    auto parsed = parse_text("scenario s {\n  premise a: p and\n  premise b: q\n  with h\n}\nsort T");
    // At the end of the line that lacks the operand, not at the correct line after it.
    EXPECT_EQ(parsed.errors, std::vector<std::string>{"2:19: expected a formula"});
    ASSERT_EQ(parsed.file.declarations.size(), 2u);
    auto const& s = std::get<ast::ScenarioDecl>(parsed.file.declarations[0]);
    ASSERT_EQ(s.statements.size(), 1u);
    EXPECT_EQ(s.statements[0].name.text, "b");
    EXPECT_EQ(s.with.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<ast::SortDecl>(parsed.file.declarations[1]));
}

// ---- formulas ------------------------------------------------------------------------

TEST(ParserFormula, PrecedenceLoosestFirst) {
    EXPECT_EQ(formula("a or b and c"), "(a or (b and c))");
    EXPECT_EQ(formula("a and b or c"), "((a and b) or c)");
    EXPECT_EQ(formula("a <-> b -> c"), "(a <-> (b -> c))");
    EXPECT_EQ(formula("a -> b <-> c"), "((a -> b) <-> c)");
    EXPECT_EQ(formula("a -> b or c"), "(a -> (b or c))");
    EXPECT_EQ(formula("not a and b"), "((not a) and b)");
    EXPECT_EQ(formula("not a = b"), "(not (a = b))");
    EXPECT_EQ(formula("a + b * c = d - e / f"), "((a + (b * c)) = (d - (e / f)))");
    EXPECT_EQ(formula("- a * b"), "((- a) * b)");
    EXPECT_EQ(formula("a < b and c >= d"), "((a < b) and (c >= d))");
}
TEST(ParserFormula, Associativity) {
    EXPECT_EQ(formula("a -> b -> c"), "(a -> (b -> c))");
    EXPECT_EQ(formula("a implies b implies c"), "(a -> (b -> c))");
    EXPECT_EQ(formula("a <-> b iff c"), "((a <-> b) <-> c)");
    EXPECT_EQ(formula("a or b xor c | d"), "(((a or b) xor c) or d)");
    EXPECT_EQ(formula("a and b & c"), "((a and b) and c)");
    EXPECT_EQ(formula("a - b - c"), "((a - b) - c)");
    EXPECT_EQ(formula("a / b * c"), "((a / b) * c)");
    EXPECT_EQ(formula("not not a"), "(not (not a))");
    EXPECT_EQ(formula("- - 3"), "(- (- 3))");
}
TEST(ParserFormula, QuantifierScopeReachesRight) {
    EXPECT_EQ(formula("forall x: S. p(x) and q(x)"), "(forall x:S. (p(x) and q(x)))");
    EXPECT_EQ(formula("forall x: S. p(x) -> q(x) <-> r"), "(forall x:S. ((p(x) -> q(x)) <-> r))");
    EXPECT_EQ(formula("a and exists y: T. p(y) or q"), "(a and (exists y:T. (p(y) or q)))");
    EXPECT_EQ(formula("(forall x: S. p(x)) and q"), "((forall x:S. p(x)) and q)");
    EXPECT_EQ(formula("exists p: Person, q: Person. teaches(p, q) and not p = q"),
              "(exists p:Person q:Person. (teaches(p, q) and (not (p = q))))");
    EXPECT_EQ(formula("forall x, y: S, n: Int. r(x, y, n)"), "(forall x:S y:S n:Int. r(x, y, n))");
    EXPECT_EQ(formula("not forall x: S. p(x) or q"), "(not (forall x:S. (p(x) or q)))");
}
TEST(ParserFormula, IfThenIsImplicationReachingRight) {
    EXPECT_EQ(formula("if a then b"), "(a -> b)");
    EXPECT_EQ(formula("if a and b then c or d"), "((a and b) -> (c or d))");
    EXPECT_EQ(formula("x and if a then b -> c"), "(x and (a -> (b -> c)))");
    EXPECT_EQ(formula("if if a then b then c"), "((a -> b) -> c)");
}
TEST(ParserFormula, LexingTraps) {
    EXPECT_EQ(formula("a != b"), "(a != b)");
    EXPECT_EQ(formula("!a = b"), "(not (a = b))");
    EXPECT_EQ(formula("! a != b"), "(not (a != b))");
    EXPECT_EQ(formula("a <-> b"), "(a <-> b)");
    EXPECT_EQ(formula("a < -b"), "(a < (- b))");
    EXPECT_EQ(formula("a <= b"), "(a <= b)");
    EXPECT_EQ(formula("a->b"), "(a -> b)");
    EXPECT_EQ(formula("a - -b"), "(a - (- b))");
    EXPECT_EQ(formula("a>=b"), "(a >= b)");
    EXPECT_EQ(formula("forallx and notx"), "(forallx and notx)");
    EXPECT_EQ(formula("p(iffy, android)"), "p(iffy, android)");
}
TEST(ParserFormula, Primaries) {
    EXPECT_EQ(formula("true or false"), "(true or false)");
    EXPECT_EQ(formula("1994 = pfp_since"), "(1994 = pfp_since)");
    EXPECT_EQ(formula("2.5 < x"), "(2.5 < x)");
    EXPECT_EQ(formula("f(g(x), 1 + 2)"), "f(g(x), (1 + 2))");
    EXPECT_EQ(formula("p()"), "p");
    EXPECT_EQ(formula("((a))"), "a");
    EXPECT_EQ(formula("f(a and b, forall x: S. p(x))"), "f((a and b), (forall x:S. p(x)))");
}
TEST(ParserFormula, RejectsMalformedFormulas) {
    EXPECT_EQ(first_error("claim c: p and"), "1:15: expected a formula");
    EXPECT_EQ(first_error("claim c: p or or q"), "1:15: expected a formula");
    EXPECT_EQ(first_error("claim c: p <-> )"), "1:16: expected a formula");
    EXPECT_EQ(first_error("claim c: p iff"), "1:15: expected a formula");
    EXPECT_EQ(first_error("claim c: p -> means \"m\""), "1:15: expected a formula");
    EXPECT_EQ(first_error("claim c: p xor & q"), "1:16: expected a formula");
    EXPECT_EQ(first_error("claim c: p & ! "), "1:16: expected a formula");
    EXPECT_EQ(first_error("claim c: a * / b"), "1:14: expected a term");
    EXPECT_EQ(first_error("claim c: a - + b"), "1:14: expected a term");
    EXPECT_EQ(first_error("claim c: forall x S. p"), "1:19: expected ':' and a type after the variable");
    EXPECT_EQ(first_error("claim c: forall x: S p"), "1:22: expected '.' after the quantifier's variables");
    EXPECT_EQ(first_error("claim c: forall : S. p"), "1:17: expected a variable after the quantifier");
    EXPECT_EQ(first_error("claim c: forall x: S."), "1:22: expected a formula");
    EXPECT_EQ(first_error("claim c: if a b"), "1:15: expected 'then' after the condition of 'if'");
    EXPECT_EQ(first_error("claim c: a = b = c"), "1:16: comparisons do not chain; join them with 'and'");
    EXPECT_EQ(first_error("claim c: f(a b)"), "1:14: expected ',' or ')' in the argument list");
    EXPECT_EQ(first_error("claim c: f(a,)"), "1:14: expected a formula");
    EXPECT_EQ(first_error("claim c: (a"), "1:12: expected ')'");
    EXPECT_EQ(first_error("claim c: 1 +"), "1:13: expected a term");
    EXPECT_EQ(first_error("claim c: - then"), "1:12: expected a term");
    EXPECT_EQ(first_error("claim c: not"), "1:13: expected a formula");
    EXPECT_EQ(first_error("claim c: a = "), "1:14: expected a term");
    EXPECT_EQ(first_error("claim c: 2.5.3"), "1:13: expected a declaration, found '.'");
}

TEST(ParserFormula, ParseFormulaEntryPoint) {
    SourceFile ok("assume", "forall x: S. p(x) -> q");
    Diagnostics diagnostics;
    auto e = parse_formula(ok, diagnostics);
    ASSERT_TRUE(e);
    EXPECT_EQ(dump(*e), "(forall x:S. (p(x) -> q))");
    EXPECT_EQ(e->span.begin, 0u);
    EXPECT_EQ(e->span.end, 22u);
    SourceFile bad("assume", "p q");
    EXPECT_FALSE(parse_formula(bad, diagnostics));
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(diagnostics.all()[0].message, "unexpected 'q' after the formula");
    EXPECT_EQ(diagnostics.all()[0].span.begin, 2u);
    SourceFile empty("assume", "  ");
    EXPECT_FALSE(parse_formula(empty, diagnostics));
    EXPECT_EQ(diagnostics.all().back().message, "expected a formula");
}

// ---- spans and comments --------------------------------------------------------------

TEST(ParserSpans, EveryNodeCoversItsText) {
    std::string text = "  premise ban: not may_host(az) and (x + 1 >= 2) cites src \"q\" means \"m\"  // c\n";
    auto parsed = parse_text(text);
    ASSERT_TRUE(parsed.errors.empty());
    auto const& s = std::get<ast::Statement>(parsed.file.declarations.at(0));
    EXPECT_EQ(slice(text, s.span), "premise ban: not may_host(az) and (x + 1 >= 2) cites src \"q\" means \"m\"");
    EXPECT_EQ(slice(text, s.name.span), "ban");
    EXPECT_EQ(slice(text, s.formula.span), "not may_host(az) and (x + 1 >= 2)");
    auto const& lhs = s.formula.operands.at(0);
    EXPECT_EQ(slice(text, lhs.span), "not may_host(az)");
    EXPECT_EQ(slice(text, lhs.operands.at(0).span), "may_host(az)");
    EXPECT_EQ(slice(text, lhs.operands.at(0).name.span), "may_host");
    EXPECT_EQ(slice(text, lhs.operands.at(0).operands.at(0).span), "az");
    auto const& rhs = s.formula.operands.at(1);
    EXPECT_EQ(slice(text, rhs.span), "(x + 1 >= 2)");
    EXPECT_EQ(slice(text, rhs.operands.at(0).span), "x + 1");
    EXPECT_EQ(slice(text, rhs.operands.at(0).operands.at(1).span), "1");
    EXPECT_EQ(slice(text, s.cites.at(0).span), "cites src \"q\"");
    EXPECT_EQ(slice(text, s.cites.at(0).quotation->span), "\"q\"");
    EXPECT_EQ(slice(text, s.means->span), "\"m\"");
}
TEST(ParserSpans, DeclarationsQuantifiersAndRelations) {
    std::string text = "sort S = { a, b }\nclaim c: forall x: S. p(x)\nargument g from a therefore b attacks "
                       "h\nscenario s { with q }\n";
    auto parsed = parse_text(text);
    ASSERT_TRUE(parsed.errors.empty());
    auto const& d = parsed.file.declarations;
    ASSERT_EQ(d.size(), 4u);
    EXPECT_EQ(slice(text, ast::span_of(d[0])), "sort S = { a, b }");
    auto const& q = std::get<ast::Statement>(d[1]).formula;
    EXPECT_EQ(slice(text, q.span), "forall x: S. p(x)");
    EXPECT_EQ(slice(text, q.binders.at(0).variable.span), "x");
    EXPECT_EQ(slice(text, q.binders.at(0).type.span), "S");
    auto const& g = std::get<ast::ArgumentDecl>(d[2]);
    EXPECT_EQ(slice(text, g.span), "argument g from a therefore b attacks h");
    EXPECT_EQ(slice(text, g.relations.at(0).span), "attacks h");
    EXPECT_EQ(slice(text, ast::span_of(d[3])), "scenario s { with q }");
}
TEST(ParserComments, CollectedInOrderOutsideStrings) {
    std::string text = "// head\nsource s \"not // a comment\" /* block\n */ sort S // tail\n";
    auto parsed = parse_text(text);
    ASSERT_TRUE(parsed.errors.empty());
    ASSERT_EQ(parsed.file.comments.size(), 3u);
    EXPECT_EQ(parsed.file.comments[0].text, "// head");
    EXPECT_EQ(parsed.file.comments[1].text, "/* block\n */");
    EXPECT_EQ(parsed.file.comments[2].text, "// tail");
    EXPECT_EQ(slice(text, parsed.file.comments[2].span), "// tail");
    EXPECT_EQ(parsed.file.declarations.size(), 2u);
    EXPECT_EQ(std::get<ast::SourceDecl>(parsed.file.declarations[0]).title->value, "not // a comment");
}
TEST(ParserComments, CommentsInsideFormulasAndUnterminatedBlock) {
    EXPECT_EQ(formula("a /* inner */ and // end\n b"), "(a and b)");
    EXPECT_EQ(first_error("sort S /* never closed"), "1:8: unterminated comment");
}

// ---- files as a whole ----------------------------------------------------------------

TEST(ParserFile, EmptyAndBlankFilesAreValid) {
    auto empty = parse_text("");
    EXPECT_TRUE(empty.errors.empty());
    EXPECT_TRUE(empty.file.declarations.empty());
    auto blank = parse_text(" \n\t// only a comment\n");
    EXPECT_TRUE(blank.errors.empty());
    EXPECT_TRUE(blank.file.declarations.empty());
    EXPECT_EQ(blank.file.comments.size(), 1u);
}
TEST(ParserFile, ThreeSeparateErrorsAllReportedInOrder) {
    auto parsed = parse_text("sort S\n"
                             "premise a p(x)\n"   // missing ':'
                             "predicate p(S)\n"
                             "claim b: p(x) and\n"   // formula cut short; the next line is a keyword
                             "entity e: S\n"
                             "argument g from a, therefore b\n"   // 'therefore' is no premise name
                             "claim ok: p(e)\n");
    EXPECT_EQ(parsed.errors,
              (std::vector<std::string>{"2:11: expected ':' after the statement name", "4:18: expected a formula",
                                        "6:20: 'therefore' is a reserved word and cannot be a name"}));
    // Everything that parsed is kept.
    std::vector<std::size_t> kinds;
    for (auto const& d : parsed.file.declarations) kinds.push_back(d.index());
    EXPECT_EQ(kinds, (std::vector<std::size_t>{1, 3, 2, 7}));
}
TEST(ParserFile, RecoverySkipsKeywordsInStringsAndComments) {
    auto parsed = parse_text("claim a: ( \"premise x: \" // sort T\n /* entity */ q\nsort U");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.errors[0], "1:12: expected a formula");
    ASSERT_EQ(parsed.file.declarations.size(), 1u);
    EXPECT_EQ(std::get<ast::SortDecl>(parsed.file.declarations[0]).name.text, "U");
}
TEST(ParserFile, RecoveryResumesAtStandaloneRelation) {
    auto parsed = parse_text("claim a: p ) q\nrisk attacks benefit\n");
    EXPECT_EQ(parsed.errors, std::vector<std::string>{"1:12: expected a declaration, found ')'"});
    ASSERT_EQ(parsed.file.declarations.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ast::RelationDecl>(parsed.file.declarations[1]));
}
TEST(ParserFile, RespectsTheDiagnosticsCap) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "premise p" + std::to_string(i) + " q\n";
    auto parsed = parse_text(text, {}, 5);
    EXPECT_EQ(parsed.errors.size(), 5u);
    EXPECT_EQ(parsed.errors.back(), "5:12: expected ':' after the statement name");
}
TEST(ParserFile, InvalidUtf8ReportedAtItsByte) {
    auto parsed = parse_text("sort S\nsource s \"ok é \xC3\x28\"");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.errors[0], "2:16: invalid UTF-8 at byte offset 23");             // columns count code points
    EXPECT_EQ(first_error("\xED\xA0\x80"), "1:1: invalid UTF-8 at byte offset 0");    // surrogate
    EXPECT_EQ(first_error("sort \xC0\xAF"), "1:6: invalid UTF-8 at byte offset 5");   // overlong
    EXPECT_EQ(first_error("sort S \xF4\x90\x80\x80"), "1:8: invalid UTF-8 at byte offset 7");   // > U+10FFFF
    EXPECT_EQ(first_error("sort S \xE2\x82"), "1:8: invalid UTF-8 at byte offset 7");           // truncated
}
TEST(ParserFile, NonAsciiOutsideStringsIsASyntaxError) {
    EXPECT_EQ(first_error("sort Türkiye"), "1:7: 'ü' (U+00FC) cannot be part of a name; names are "
                                           "ASCII: letters A-Z and a-z, digits and '_'");
    EXPECT_EQ(first_error(std::string("sort S\n\x01")), "2:1: expected a declaration, found U+0001");
    EXPECT_EQ(first_error(std::string("sort S\n\0", 8)), "2:1: expected a declaration, found U+0000");
}

// ---- limits --------------------------------------------------------------------------

std::string repeat(std::string const& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

TEST(ParserLimits, NestingUpToTheLimitIsAccepted) {
    EXPECT_TRUE(parse_text("claim c: " + repeat("(", 200) + "p" + repeat(")", 200)).errors.empty());
    EXPECT_TRUE(parse_text("claim c: " + repeat("not ", 200) + "p").errors.empty());
}
TEST(ParserLimits, NestingBeyondTheLimitIsAnError) {
    std::string const message = "formula nested too deeply (limit 256)";
    for (std::string opener : {"(", "not ", "!", "- ", "forall x: S. ", "if a then ", "f("}) {
        auto closer = opener == "(" || opener == "f(" ? ")" : "";
        auto parsed = parse_text("claim c: " + repeat(opener, 100000) + "p" + repeat(closer, 100000) + "\nsort S");
        ASSERT_FALSE(parsed.errors.empty()) << opener;
        EXPECT_NE(parsed.errors[0].find(message), std::string::npos) << opener << parsed.errors[0];
        // The file goes on after the error.
        ASSERT_FALSE(parsed.file.declarations.empty()) << opener;
        EXPECT_TRUE(std::holds_alternative<ast::SortDecl>(parsed.file.declarations.back())) << opener;
    }
    auto chain = parse_text("claim c: " + repeat("p -> ", 100000) + "p");
    ASSERT_EQ(chain.errors.size(), 1u);
    EXPECT_NE(chain.errors[0].find(message), std::string::npos);
}
TEST(ParserLimits, TheLimitIsConfigurable) {
    ParseLimits limits;
    limits.max_nesting = 3;
    EXPECT_TRUE(parse_text("claim c: ((p))", limits).errors.empty());
    EXPECT_EQ(parse_text("claim c: (((p)))", limits).errors,
              std::vector<std::string>{"1:13: formula nested too deeply (limit 3)"});
}
TEST(ParserLimits, LongOperatorChainsCannotBuildATreeTooDeep) {
    auto ok = parse_text("claim c: " + repeat("p and ", 1000) + "p");
    EXPECT_TRUE(ok.errors.empty());
    auto parsed = parse_text("claim c: " + repeat("p and ", 200000) + "p\nsort S");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_NE(parsed.errors[0].find("formula too deep"), std::string::npos);
    ASSERT_EQ(parsed.file.declarations.size(), 1u);
}
// Processor time, not wall time: the machine may be shared. About 1.5 s in Release here.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__) || !defined(NDEBUG)
double const cpu_budget = 60.0;
#else
double const cpu_budget = 10.0;
#endif

TEST(ParserLimits, TenMegabyteFileParsesQuickly) {
    std::string text = "sort S = { a, b, c }\npredicate p(S)\npredicate q(S, S)\nfunction f(S): Int\n";
    int statements = 0;
    while (text.size() < 10'000'000) {
        auto i = std::to_string(++statements);
        text += "premise s" + i + ": forall x: S. p(x) and q(x, a) -> exists y: S. q(y, x) or f(x) + " + i +
                " * 2 >= f(y) means \"statement " + i + "\" cites src \"quote\" // c" + i + "\n";
    }
    auto start = std::clock();
    auto parsed = parse_text(text);
    double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_TRUE(parsed.errors.empty());
    EXPECT_EQ(parsed.file.declarations.size(), static_cast<std::size_t>(statements) + 4);
    EXPECT_EQ(parsed.file.comments.size(), static_cast<std::size_t>(statements));
    EXPECT_LT(seconds, cpu_budget);
    // Broken everywhere: recovery stays linear and stops at the cap.
    std::string broken = text;
    for (std::size_t at = broken.find("forall x:"); at != std::string::npos; at = broken.find("forall x:", at + 1))
        broken[at + 8] = ' ';
    start = std::clock();
    auto bad = parse_text(broken, {}, 1'000'000);
    seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_EQ(bad.errors.size(), static_cast<std::size_t>(statements));
    EXPECT_LT(seconds, cpu_budget);
}

}   // namespace
}   // namespace elenchus

// The reserved words are exactly the language's 37, and no padding entry makes the empty
// word (or any other) reserved.
TEST(Lexical, ReservedWordsAreTheLanguagesOnly) {
    using elenchus::lexical::is_reserved;
    auto const words = elenchus::lexical::reserved_words();
    EXPECT_EQ(words.size(), 37u);
    EXPECT_FALSE(is_reserved(""));
    for (auto w : words) {
        EXPECT_FALSE(w.empty());
        EXPECT_TRUE(is_reserved(w)) << w;
    }
    EXPECT_TRUE(is_reserved("forall"));
    EXPECT_FALSE(is_reserved("rain"));
    EXPECT_FALSE(is_reserved("Forall"));
}
