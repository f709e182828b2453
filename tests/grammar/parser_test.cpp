// The parser against docs/language.md: every production accepted and rejected (message,
// line, column). This file: the declarations (vocabulary, statements, arguments, relations,
// scenarios); formulas, spans and comments are in parser_formula_test, whole files and the
// limits in parser_file_test.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "support/parsed.hpp"

namespace elenchus {
namespace {

using testing::dump;
using testing::first_error;
using testing::formula;
using testing::only;
using testing::parse_text;

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

}   // namespace
}   // namespace elenchus
