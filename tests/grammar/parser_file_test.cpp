// The parser on whole files against docs/language.md: empty files, several errors and the
// recovery between them, the diagnostics cap, encodings, the nesting and depth limits, a
// 10 MB file, and the reserved words.
#include <ctime>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/deep_stack.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "support/parsed.hpp"

namespace elenchus {
namespace {

using testing::first_error;
using testing::formula;
using testing::only;
using testing::parse_text;

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
// The limit is counted in levels, the same in every build: AddressSanitizer's larger frames
// once ran out of stack at 191 parentheses (the parse now has a stack of its own,
// grammar/deep_stack.hpp). The deepest nesting accepted is one below the limit's count, as
// the formula itself is the first level.
TEST(ParserLimits, TheLimitIsTheSameInEveryBuild) {
    for (std::string opener : {"(", "not ", "forall x: S. "}) {
        auto closer = opener == "(" ? ")" : "";
        auto deepest = parse_text("sort S\nclaim c: " + repeat(opener, 255) + "p" + repeat(closer, 255));
        EXPECT_TRUE(deepest.errors.empty()) << opener << ": " << ::testing::PrintToString(deepest.errors);
        auto deeper = parse_text("sort S\nclaim c: " + repeat(opener, 256) + "p" + repeat(closer, 256));
        ASSERT_EQ(deeper.errors.size(), 1u) << opener;
        EXPECT_NE(deeper.errors[0].find("formula nested too deeply (limit 256)"), std::string::npos) << opener;
    }
}
// `check` loads all its files inside one run_on_deep_stack (cli/check.cpp): a nested call
// makes no thread, gets what is really left of the outer stack, and the limits still hold.
TEST(ParserLimits, TheLimitIsTheSameOnADeepStackAlreadyInUse) {
    EXPECT_EQ(deep_stack_left(), 0u);
    std::size_t outer = 0, inner = 0;
    run_on_deep_stack([&](std::size_t budget) {
        outer = budget;
        EXPECT_GT(deep_stack_left(), 0u);
        EXPECT_LE(deep_stack_left(), budget);
        volatile char used[64 * 1024] = {};   // the inner call's budget is measured from below this
        run_on_deep_stack([&](std::size_t b) { inner = b + static_cast<std::size_t>(used[0] != 0); });
        for (std::string opener : {"(", "not ", "forall x: S. "}) {
            auto closer = opener == "(" ? ")" : "";
            auto deepest = parse_text("sort S\nclaim c: " + repeat(opener, 255) + "p" + repeat(closer, 255));
            EXPECT_TRUE(deepest.errors.empty()) << opener << ": " << ::testing::PrintToString(deepest.errors);
            auto deeper = parse_text("sort S\nclaim c: " + repeat(opener, 256) + "p" + repeat(closer, 256));
            ASSERT_EQ(deeper.errors.size(), 1u) << opener;
            EXPECT_NE(deeper.errors[0].find("formula nested too deeply (limit 256)"), std::string::npos) << opener;
        }
    });
    EXPECT_GT(outer, deep_stack_bytes / 2);
    EXPECT_LT(inner, outer - 64 * 1024);
    EXPECT_GT(inner, outer - 1024 * 1024);
    EXPECT_EQ(deep_stack_left(), 0u);
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
