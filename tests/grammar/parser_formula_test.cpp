// The parser's formulas against docs/language.md: precedence and associativity as trees
// derived by hand from the grammar, every form accepted and rejected (message, line,
// column), the --assume entry point, the spans of every node, and comments.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "support/parsed.hpp"

namespace elenchus {
namespace {

using testing::first_error;
using testing::formula;
using testing::only;
using testing::parse_text;

using testing::dump;

std::string slice(std::string const& text, ast::Span s) { return text.substr(s.begin, s.end - s.begin); }
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

}   // namespace
}   // namespace elenchus
