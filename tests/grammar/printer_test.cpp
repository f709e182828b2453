// The canonical printer: spellings, minimal parentheses, layout, comments, and the two
// promises `elenchus fmt` rests on: the printed text parses back to the same tree, and
// printing it again changes nothing. The parser is the independent judge throughout.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "grammar/parser.hpp"
#include "grammar/printer.hpp"
#include "grammar/printer_source.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using namespace elenchus;

namespace {

std::optional<ast::File> parse_text(std::string const& text, std::string* errors = nullptr) {
    SourceFile source("test.arg", text);
    Diagnostics d;
    ast::File f = parse(source, d);
    if (d.has_errors()) {
        if (errors) *errors = render(source, d.sorted(), false);
        return std::nullopt;
    }
    return f;
}

std::optional<ast::Expr> parse_expr(std::string const& text) {
    SourceFile source("formula", text);
    Diagnostics d;
    auto e = parse_formula(source, d);
    if (d.has_errors()) return std::nullopt;
    return e;
}

std::string format(std::string const& text) {
    std::string errors;
    auto f = parse_text(text, &errors);
    EXPECT_TRUE(f) << errors;
    return f ? print(*f, text) : "";
}

// ---- formulas --------------------------------------------------------------------------

struct Case {
    char const* input;
    char const* canonical;
};

// Expected texts follow docs/language.md: precedence (loosest first) quantifier, <->, ->
// (right-assoc), or/xor, and, not, comparison, + -, * /, unary minus.
Case const formula_cases[] = {
    {"a and b or c", "a and b or c"},
    {"a and (b or c)", "a and (b or c)"},
    {"(a and b) and c", "a and b and c"},
    {"a and (b and c)", "a and (b and c)"},
    {"a or b xor c", "a or b xor c"},
    {"a or (b xor c)", "a or (b xor c)"},
    {"a -> b -> c", "a -> b -> c"},
    {"(a -> b) -> c", "(a -> b) -> c"},
    {"a <-> b <-> c", "a <-> b <-> c"},
    {"a <-> (b <-> c)", "a <-> (b <-> c)"},
    {"(a <-> b) -> c", "(a <-> b) -> c"},
    {"a or b -> c and d", "a or b -> c and d"},
    {"a iff b implies c", "a <-> b -> c"},
    {"if a then b", "a -> b"},
    {"if a then b -> c", "a -> b -> c"},
    {"a | b & !c", "a or b and not c"},
    {"not not a", "not not a"},
    {"not (a and b)", "not (a and b)"},
    {"(not a) and b", "not a and b"},
    {"not x = y", "not x = y"},
    {"x != y + 1", "x != y + 1"},
    {"x + y * z = 3", "x + y * z = 3"},
    {"(x + y) * z >= 3", "(x + y) * z >= 3"},
    {"x - y - z < 0", "x - y - z < 0"},
    {"x - (y - z) > 0", "x - (y - z) > 0"},
    {"x / (y * z) <= 2.5", "x / (y * z) <= 2.5"},
    {"-x * y = 1", "-x * y = 1"},
    {"-(x * y) = 1", "-(x * y) = 1"},
    {"- -x = 1", "- -x = 1"},
    {"(a = b) = c", "(a = b) = c"},
    {"(a and b) = c", "(a and b) = c"},
    {"p()", "p"},
    {"p(x, f(y))", "p(x, f(y))"},
    {"f(a and b, forall x: S. q(x)) = 1", "f(a and b, forall x: S. q(x)) = 1"},
    {"true and false", "true and false"},
    {"forall x: S, y: S, z: T. r(x, y, z)", "forall x, y: S, z: T. r(x, y, z)"},
    {"exists x: S. forall y: S. r(x, y)", "exists x: S. forall y: S. r(x, y)"},
    {"forall x: S. p(x) -> q(x)", "forall x: S. p(x) -> q(x)"},
    {"(forall x: S. p(x)) -> q", "(forall x: S. p(x)) -> q"},
    {"(forall x: S. p(x)) and q", "(forall x: S. p(x)) and q"},
    {"q and forall x: S. p(x) and r", "q and forall x: S. p(x) and r"},
    {"(q and forall x: S. p(x)) or r", "q and (forall x: S. p(x)) or r"},
    {"not (forall x: S. p(x)) and q", "not (forall x: S. p(x)) and q"},
    {"q -> (exists x: S. p(x))", "q -> exists x: S. p(x)"},
    {"(exists x: S. p(x)) = b", "(exists x: S. p(x)) = b"},
};

TEST(PrinterFormula, CanonicalSpellingAndMinimalParentheses) {
    for (auto const& c : formula_cases) {
        auto e = parse_expr(c.input);
        ASSERT_TRUE(e) << c.input;
        EXPECT_EQ(print(*e), c.canonical) << "input: " << c.input;
        auto back = parse_expr(print(*e));
        ASSERT_TRUE(back) << print(*e);
        EXPECT_TRUE(ast::same(*back, *e)) << c.input << " printed as " << print(*e);
    }
}

ast::Expr leaf(std::string name) {
    ast::Expr e;
    e.kind = ast::Expr::Kind::name;
    e.name.text = std::move(name);
    return e;
}

ast::Expr binary(ast::BinaryOp op, ast::Expr l, ast::Expr r) {
    ast::Expr e;
    e.kind = ast::Expr::Kind::binary;
    e.binary_op = op;
    e.operands.reserve(2);   // push_back, not `= {l, r}`: an initializer list copies, deeply
    e.operands.push_back(std::move(l));
    e.operands.push_back(std::move(r));
    return e;
}

ast::Expr unary(ast::UnaryOp op, ast::Expr x) {
    ast::Expr e;
    e.kind = ast::Expr::Kind::unary;
    e.unary_op = op;
    e.operands.push_back(std::move(x));
    return e;
}

ast::Expr forall(ast::Expr body) {
    ast::Expr e;
    e.kind = ast::Expr::Kind::quantified;
    e.binders = {ast::Binder{{"x", {}}, {"S", {}}}};
    e.operands.push_back(std::move(body));
    return e;
}

// Every way to nest one node inside another: the operators, `not`, unary minus and a
// quantifier, on either side of every binary operator.
std::vector<ast::Expr> all_nestings() {
    using ast::BinaryOp;
    std::vector<BinaryOp> ops;
    for (int i = 0; i <= static_cast<int>(BinaryOp::div); ++i) ops.push_back(static_cast<BinaryOp>(i));
    std::vector<ast::Expr> inner;
    for (auto op : ops) inner.push_back(binary(op, leaf("a"), leaf("b")));
    inner.push_back(unary(ast::UnaryOp::logical_not, leaf("a")));
    inner.push_back(unary(ast::UnaryOp::negate, leaf("a")));
    inner.push_back(forall(leaf("a")));
    std::vector<ast::Expr> all = inner;
    for (auto op : ops) {
        for (auto const& i : inner) {
            all.push_back(binary(op, i, leaf("c")));
            all.push_back(binary(op, leaf("c"), i));
        }
    }
    for (auto const& i : inner) {
        all.push_back(unary(ast::UnaryOp::logical_not, i));
        all.push_back(unary(ast::UnaryOp::negate, i));
        all.push_back(forall(i));
        all.push_back(binary(BinaryOp::logical_and, unary(ast::UnaryOp::logical_not, i), leaf("c")));
    }
    return all;
}

// Each pair of grouping parentheses (not an application's) in `text`, as offsets.
std::vector<std::pair<std::size_t, std::size_t>> grouping_parentheses(std::string const& text) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<std::pair<std::size_t, bool>> open;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(') {
            bool const call = i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_');
            open.emplace_back(i, call);
        } else if (text[i] == ')' && !open.empty()) {
            if (!open.back().second) pairs.emplace_back(open.back().first, i);
            open.pop_back();
        }
    }
    return pairs;
}

TEST(PrinterFormula, EveryNestingRoundTripsWithNoRedundantParentheses) {
    for (auto const& e : all_nestings()) {
        std::string const text = print(e);
        auto back = parse_expr(text);
        ASSERT_TRUE(back) << text;
        EXPECT_TRUE(ast::same(*back, e)) << text;
        // Minimal: dropping any one pair of parentheses changes the tree (or breaks it).
        for (auto [open, close] : grouping_parentheses(text)) {
            std::string fewer = text;
            fewer.erase(close, 1);
            fewer.erase(open, 1);
            auto other = parse_expr(fewer);
            EXPECT_FALSE(other && ast::same(*other, e)) << text << ": the parentheses at " << open << " are not needed";
        }
    }
}

TEST(PrinterFormula, LongChainsDoNotExhaustTheStack) {
    ast::Expr e = leaf("p0");
    for (int i = 1; i < 200000; ++i)
        e = binary(ast::BinaryOp::logical_and, std::move(e), leaf("p" + std::to_string(i)));
    std::string text = print(e);
    EXPECT_EQ(text.substr(0, 16), "p0 and p1 and p2");
    EXPECT_EQ(text.find('('), std::string::npos);
    // The tree is released iteratively: ast::Expr's own destructor would recurse 200000 deep.
    std::vector<ast::Expr> pending;
    pending.push_back(std::move(e));
    while (!pending.empty()) {
        ast::Expr x = std::move(pending.back());
        pending.pop_back();
        for (auto& o : x.operands) pending.push_back(std::move(o));
        x.operands.clear();
    }
}

// ---- files -----------------------------------------------------------------------------

TEST(PrinterFile, CanonicalLayout) {
    std::string const messy =
        "// Vocabulary first.\n"
        "source   abdulla \"Leman Abdulla, \\\"New balance\\\" \\\\ South\\nCaucasus\"\n"
        "sort Country={Azerbaijan,Turkiye \"T\xc3\xbcrkiye\"} sort Person\n"
        "entity socrates,plato:Person\n"
        "predicate member ( Country , Country ) \"is a member of\"\n"
        "predicate official_policy()\n"
        "function spending(Country):Real \"defence spending\"\n"
        "constant pfp_since, joined : Int\n"
        "define aligned(c: Country, d: Country) := member(c,d) | member(d,c)\n"
        "premise ban : ! official_policy cites abdulla \"quote\" means \"no policy\"   // trailing\n"
        "claim c: forall x: Person. x = socrates\n"
        "argument a \"title\" from ban therefore c attacks b\n"
        "a supports c\n"
        "scenario s \"what if\" {   // header\n"
        "  with h\n"
        "  // before inner\n"
        "  premise inner: official_policy without ban\n"
        "  // closing\n"
        "}\n"
        "// footer\n";
    std::string const canonical = "// Vocabulary first.\n"
                                  "source abdulla \"Leman Abdulla, \\\"New balance\\\" \\\\ South\\nCaucasus\"\n"
                                  "\n"
                                  "sort Country = { Azerbaijan, Turkiye \"T\xc3\xbcrkiye\" }\n"
                                  "sort Person\n"
                                  "\n"
                                  "entity socrates, plato: Person\n"
                                  "\n"
                                  "predicate member(Country, Country) \"is a member of\"\n"
                                  "predicate official_policy\n"
                                  "\n"
                                  "function spending(Country): Real \"defence spending\"\n"
                                  "\n"
                                  "constant pfp_since, joined: Int\n"
                                  "\n"
                                  "define aligned(c, d: Country) := member(c, d) or member(d, c)\n"
                                  "\n"
                                  "premise ban: not official_policy\n"
                                  "  means \"no policy\"\n"
                                  "  cites abdulla \"quote\"  // trailing\n"
                                  "\n"
                                  "claim c: forall x: Person. x = socrates\n"
                                  "\n"
                                  "argument a \"title\"\n"
                                  "  from ban\n"
                                  "  therefore c\n"
                                  "  attacks b\n"
                                  "\n"
                                  "a supports c\n"
                                  "\n"
                                  "scenario s \"what if\" {  // header\n"
                                  "  without ban\n"
                                  "  with h\n"
                                  "  // before inner\n"
                                  "  premise inner: official_policy\n"
                                  "  // closing\n"
                                  "}\n"
                                  "\n"
                                  "// footer\n";
    EXPECT_EQ(format(messy), canonical);
    EXPECT_EQ(format(canonical), canonical);
}

TEST(PrinterFile, StringsAreReEscaped) {
    std::string const text = "source s \"a \\\"q\\\" \\\\ b\\nc \xe2\x80\x9c"
                             "curly\xe2\x80\x9d\"\n";
    auto f = parse_text(text);
    ASSERT_TRUE(f);
    ASSERT_EQ(f->declarations.size(), 1u);
    auto const& source = std::get<ast::SourceDecl>(f->declarations[0]);
    ASSERT_TRUE(source.title);
    EXPECT_EQ(source.title->value, "a \"q\" \\ b\nc \xe2\x80\x9c"
                                   "curly\xe2\x80\x9d");
    EXPECT_EQ(print(*f), text);
}

TEST(PrinterFile, CommentsInsideADeclarationMoveBeforeIt) {
    std::string const text = "premise p: a /* inside */ and\n"
                             "  // also inside\n"
                             "  b\n"
                             "  means \"m\" /* after */ // end\n"
                             "claim q: a\n";
    std::string const canonical = "/* inside */\n"
                                  "// also inside\n"
                                  "premise p: a and b\n"
                                  "  means \"m\"  /* after */ // end\n"
                                  "\n"
                                  "claim q: a\n";
    EXPECT_EQ(format(text), canonical);
    EXPECT_EQ(format(canonical), canonical);
}

TEST(PrinterFile, CommentsKeepTheirOrderWhenScenarioClausesMerge) {
    std::string const text = "scenario s {\n"
                             "  without a // first\n"
                             "  without b // second\n"
                             "}\n";
    std::string const canonical = "scenario s {\n"
                                  "  without a, b  // first\n"
                                  "  // second\n"
                                  "}\n";
    EXPECT_EQ(format(text), canonical);
    EXPECT_EQ(format(canonical), canonical);
}

TEST(PrinterFile, ABlankLineAfterACommentStays) {
    std::string const text = "// header\n\n// about a\nentity a: S\n\n\n// end\n";
    EXPECT_EQ(format(text), "// header\n\n// about a\nentity a: S\n\n// end\n");
}

TEST(PrinterFile, EmptyAndCommentOnlyFiles) {
    EXPECT_EQ(format(""), "");
    EXPECT_EQ(format("  \n\n"), "");
    EXPECT_EQ(format("/* a */ // b\n\n\n// c"), "/* a */\n// b\n// c\n");
}

TEST(PrinterFile, WithoutTheSourceEveryCommentGetsItsOwnLine) {
    std::string const text = "entity a: S // about a\nentity b: S\n";
    auto f = parse_text(text);
    ASSERT_TRUE(f);
    EXPECT_EQ(print(*f), "entity a: S\n// about a\nentity b: S\n");
}

// Every .arg file of the project that parses: the canonical text parses back to the same
// tree and comments, and formatting it again changes nothing (with and without the source).
TEST(PrinterFile, RoundTripAndIdempotenceOverEveryProjectFile) {
    std::vector<fs::path> files;
    for (char const* dir : {"examples", "tests"}) {
        fs::path root = fs::path(ELENCHUS_SOURCE_DIR) / dir;
        if (!fs::exists(root)) continue;
        for (auto const& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file() && e.path().extension() == ".arg") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::size_t parsed = 0;
    for (auto const& path : files) {
        std::string const text = test::read_text(path);
        auto f = parse_text(text);
        if (!f) continue;   // e.g. tests/golden/errors: nothing to format
        ++parsed;
        std::string const once = print(*f, text);
        std::string errors;
        auto again = parse_text(once, &errors);
        ASSERT_TRUE(again) << path << " prints as text that does not parse:\n" << errors << once;
        EXPECT_TRUE(ast::same(*again, *f)) << path;
        EXPECT_EQ(print(*again, once), once) << path;

        std::string const bare = print(*f);
        auto bare_again = parse_text(bare);
        ASSERT_TRUE(bare_again) << path;
        EXPECT_TRUE(ast::same(*bare_again, *f)) << path;
        EXPECT_EQ(print(*bare_again), bare) << path;
    }
    EXPECT_GT(parsed, 0u) << "no .arg file parsed";
}

// Comments and line breaks dropped at random between the tokens of every example: whatever
// parses must keep its tree and comments through printing, and print the same way twice.
TEST(PrinterFile, CommentsAnywhereSettleInOnePass) {
    char const* const inserts[] = {"// c1\n", " /* c2 */ ", "\n", "\n\n", " // c3\n", "/* m\nl */", "\n/* c4 */\n\n"};
    std::mt19937 rng(20261127);   // fixed: a failure reproduces
    fs::path root = fs::path(ELENCHUS_SOURCE_DIR) / "examples";
    if (!fs::exists(root)) GTEST_SKIP() << "no examples/";
    std::size_t tried = 0;
    for (auto const& e : fs::directory_iterator(root)) {
        if (e.path().extension() != ".arg") continue;
        std::string const base = test::read_text(e.path());
        for (int round = 0; round < 300; ++round) {
            std::string text = base;
            for (unsigned k = 1 + rng() % 5; k > 0; --k) {
                std::size_t at = rng() % (text.size() + 1);
                while (at < text.size() && text[at] != ' ' && text[at] != '\n') ++at;
                text.insert(at, inserts[rng() % std::size(inserts)]);
            }
            auto f = parse_text(text);
            if (!f) continue;   // landed inside a string or a comment
            ++tried;
            std::string const once = print(*f, text);
            auto again = parse_text(once);
            ASSERT_TRUE(again) << once;
            ASSERT_TRUE(ast::same(*again, *f)) << text << "\n---- printed as\n" << once;
            ASSERT_EQ(print(*again, once), once) << text;
        }
    }
    EXPECT_GT(tried, 100u);
}

// `elenchus fmt --check examples/*.arg` must pass: the bundled examples are canonical.
TEST(PrinterFile, ExamplesAreInCanonicalLayout) {
    fs::path root = fs::path(ELENCHUS_SOURCE_DIR) / "examples";
    if (!fs::exists(root)) GTEST_SKIP() << "no examples/";
    for (auto const& e : fs::recursive_directory_iterator(root)) {
        if (e.path().extension() != ".arg") continue;
        std::string const text = test::read_text(e.path());
        auto f = parse_text(text);
        ASSERT_TRUE(f) << e.path();
        EXPECT_EQ(print(*f, text), text) << e.path() << " is not canonical; run elenchus fmt --in-place on it";
    }
}

// ---- the typed IR --------------------------------------------------------------------

logic::Term term(logic::Term::Op op, std::vector<logic::Term> args = {}) {
    logic::Term t;
    t.op = op;
    t.args = std::move(args);
    return t;
}

logic::Term symbol(int index, std::vector<logic::Term> args = {}) {
    logic::Term t = term(logic::Term::Op::symbol, std::move(args));
    t.symbol = index;
    return t;
}

TEST(PrinterTerm, TypedFormulasReadAsTheLanguage) {
    using Op = logic::Term::Op;
    logic::Theory th;
    th.sorts.push_back({"Country", true, {0, 1, 2}, {}});
    auto member = [](std::string name, std::string display, int index) {
        logic::Symbol s;
        s.kind = logic::Symbol::Kind::member;
        s.name = std::move(name);
        s.display = std::move(display);
        s.result = {logic::Type::Kind::sort, 0};
        s.member_index = index;
        return s;
    };
    th.symbols.push_back(member("Azerbaijan", "", 0));
    th.symbols.push_back(member("Turkiye", "T\xc3\xbcrkiye", 1));
    th.symbols.push_back(member("US", "United States", 2));
    logic::Symbol allied;
    allied.kind = logic::Symbol::Kind::predicate;
    allied.name = "allied";
    th.symbols.push_back(allied);
    logic::Symbol spending;
    spending.kind = logic::Symbol::Kind::function;
    spending.name = "spending";
    th.symbols.push_back(spending);

    logic::Term c = term(Op::variable);
    c.name = "c";
    logic::Term two = term(Op::integer);
    two.number = "2";
    logic::Term body =
        term(Op::implies, {symbol(3, {c, symbol(1)}),
                           term(Op::logical_and, {term(Op::logical_not, {symbol(3, {symbol(2), symbol(0)})}),
                                                  term(Op::ge, {symbol(4, {symbol(1)}), two}),
                                                  term(Op::logical_or, {term(Op::true_), term(Op::false_)})})});
    logic::Term all = term(Op::forall, {body});
    all.binders = {{"c", {logic::Type::Kind::sort, 0}}, {"d", {logic::Type::Kind::sort, 0}}};

    EXPECT_EQ(print(th, all), "forall c, d: Country. allied(c, Turkiye) -> not allied(US, Azerbaijan) and "
                              "spending(Turkiye) >= 2 and (true or false)");
    EXPECT_EQ(print(th, all, true),
              "forall c, d: Country. allied(c, \"T\xc3\xbcrkiye\") -> not allied(\"United States\", "
              "Azerbaijan) and spending(\"T\xc3\xbcrkiye\") >= 2 and (true or false)");
    auto reparsed = parse_expr(print(th, all));
    EXPECT_TRUE(reparsed) << "the IR prints as a formula the parser reads";
}

}   // namespace
