// Input hygiene (issue 11, item 4): a byte-order mark, every line-ending convention, control
// characters that must never reach a terminal raw, command-line formulas under the file's
// lexical rules, and display names that printed formulas can read back.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "grammar/checker.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer_source.hpp"
#include "support/run.hpp"

namespace elenchus {
namespace {

namespace fs = std::filesystem;

std::string const bom = "\xEF\xBB\xBF";

// "line:col: message" of every diagnostic, sorted.
std::vector<std::string> diagnose(std::string const& text, bool check_names = true) {
    SourceFile source("t.arg", text);
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    if (check_names && !diagnostics.has_errors()) check(file, diagnostics);
    std::vector<std::string> out;
    for (Diagnostic const& d : diagnostics.sorted()) {
        if (d.severity != Severity::error) continue;
        auto p = source.position(d.span.begin);
        out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + d.message);
    }
    return out;
}

std::string rendered(std::string const& text) {
    SourceFile source("t.arg", text);
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    if (!diagnostics.has_errors()) check(file, diagnostics);
    std::vector<Diagnostic> errors;
    for (Diagnostic const& d : diagnostics.sorted())
        if (d.severity == Severity::error) errors.push_back(d);
    return render(source, errors, false);
}

// A scratch file for the process tests, removed at the end of the test.
struct TempFile {
    fs::path path;
    explicit TempFile(std::string const& text, std::string const& name = "hygiene") {
        path = fs::temp_directory_path() /
               (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++) + ".arg");
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() { fs::remove(path); }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

std::string quoted(fs::path const& p) { return "'" + p.string() + "'"; }

// ---- byte-order mark -------------------------------------------------------------------

TEST(ByteOrderMark, IsAcceptedAtTheStart) {
    EXPECT_TRUE(diagnose(bom + "predicate p\nclaim c: p\n").empty());
    EXPECT_TRUE(diagnose(bom).empty());
    EXPECT_TRUE(diagnose(bom + "scenario s { }\nclaim c: true\n").empty());
}

TEST(ByteOrderMark, ColumnsOnLineOneCountFromAfterIt) {
    auto errors = diagnose(bom + "claim c: q\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "1:10: unknown name 'q'");
    EXPECT_EQ(rendered(bom + "claim c: q\n"), "t.arg:1:10: error: unknown name 'q'\nclaim c: q\n         ^\n");
}

TEST(ByteOrderMark, ElsewhereIsAnErrorThatNamesIt) {
    auto errors = diagnose("predicate p\n" + bom + "claim c: p\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "2:1: expected a declaration, found U+FEFF");
}

TEST(ByteOrderMark, FmtKeepsItAndOnlyIt) {
    std::string const body = "predicate p\n\nclaim c: p\n";
    SourceFile with("t.arg", bom + body), without("t.arg", body);
    Diagnostics d;
    EXPECT_EQ(print(parse(with, d), with.text()), bom + body);
    EXPECT_EQ(print(parse(without, d), without.text()), body);
    EXPECT_FALSE(d.has_errors());
}

TEST(ByteOrderMark, FmtCheckAgrees) {
    TempFile canonical(bom + "predicate p\n\nclaim c: p\n");
    auto r = test::run(test::elenchus("fmt --check " + quoted(canonical.path)));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto printed = test::run(test::elenchus("fmt " + quoted(canonical.path)));
    EXPECT_EQ(printed.out, bom + "predicate p\n\nclaim c: p\n");

    TempFile untidy(bom + "predicate p claim c: p");
    EXPECT_EQ(test::run(test::elenchus("fmt --check " + quoted(untidy.path))).exit_code, 1);
    EXPECT_EQ(test::run(test::elenchus("fmt --in-place " + quoted(untidy.path))).exit_code, 0);
    EXPECT_EQ(test::read_text(untidy.path), bom + "predicate p\n\nclaim c: p\n");
}

TEST(ByteOrderMark, CheckRunsOnAFileWithOne) {
    TempFile f(bom + "predicate p\npredicate q\npremise a: p\npremise b: p -> q\nclaim c: q\n"
                          "argument x from a, b therefore c\n");
    auto r = test::run(test::elenchus("check --no-color " + quoted(f.path)));
    EXPECT_EQ(r.exit_code, 0) << r.err;
}

// ---- line endings ----------------------------------------------------------------------

// The same file with each convention: the error is on line 4, column 10, every time.
TEST(LineEndings, LfCrAndCrlfAllCountLines) {
    for (std::string eol : {"\n", "\r", "\r\n"}) {
        std::string const text = "// header" + eol + "predicate p" + eol + eol + "claim c: zzz" + eol;
        auto errors = diagnose(text);
        ASSERT_EQ(errors.size(), 1u) << "eol " << static_cast<int>(eol[0]);
        EXPECT_EQ(errors[0], "4:10: unknown name 'zzz'") << "eol " << static_cast<int>(eol[0]);
        EXPECT_EQ(rendered(text), "t.arg:4:10: error: unknown name 'zzz'\nclaim c: zzz\n         ^~~\n");
    }
}

TEST(LineEndings, LineCommentsEndAtACarriageReturn) {
    // Were `//` to run to the next LF, the predicate would vanish into the comment.
    EXPECT_TRUE(diagnose("// a comment\rpredicate p\rclaim c: p\r").empty());
}

TEST(LineEndings, AStringEndsAtAnyLineBreak) {
    for (std::string eol : {"\n", "\r", "\r\n"}) {
        auto errors = diagnose("predicate p" + eol + "claim c: p means \"open" + eol + "claim d: p" + eol);
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors[0], "2:18: unterminated string") << "eol " << static_cast<int>(eol[0]);
    }
}

TEST(LineEndings, MixedEndingsCountEachBreakOnce) {
    SourceFile f("t.arg", "a\nb\rc\r\nd\n\re");
    EXPECT_EQ(f.position(0).line, 1u);
    EXPECT_EQ(f.position(2).line, 2u);
    EXPECT_EQ(f.position(4).line, 3u);
    EXPECT_EQ(f.position(7).line, 4u);
    EXPECT_EQ(f.position(10).line, 6u);   // "\n\r" is two breaks: LF then CR
    EXPECT_EQ(f.line_text(3), "c");
    EXPECT_EQ(f.line_text(5), "");
    EXPECT_EQ(f.line_text(6), "e");
}

TEST(LineEndings, FmtReadsACrOnlyFile) {
    SourceFile source("t.arg", "// note\rpredicate p\r\rclaim c: p  // why\r");
    Diagnostics d;
    ast::File file = parse(source, d);
    ASSERT_FALSE(d.has_errors());
    EXPECT_EQ(print(file, source.text()), "// note\npredicate p\n\nclaim c: p  // why\n");
}

// ---- control characters ----------------------------------------------------------------

TEST(ControlCharacters, EchoedSourceLinesShowThemEscaped) {
    // ESC in a comment on the line of the error: shown as <U+001B>, the caret still under q.
    std::string const text = "claim c: /*\x1b[2J*/ q\n";
    std::string const out = rendered(text);
    EXPECT_EQ(out.find('\x1b'), std::string::npos);
    EXPECT_EQ(out, "t.arg:1:19: error: unknown name 'q'\n"
                   "claim c: /*<U+001B>[2J*/ q\n"
                   "                         ^\n");
}

TEST(ControlCharacters, TheCaretUnderAnEscapedCharacterCoversItsEscape) {
    EXPECT_EQ(rendered("claim c: \x07\n"), "t.arg:1:10: error: expected a formula\n"
                                           "claim c: <U+0007>\n"
                                           "         ^~~~~~~~\n");
}

TEST(ControlCharacters, BidirectionalOverridesAreShownToo) {
    std::string const out = rendered("claim c: q // \xE2\x80\xAE reversed\n");
    EXPECT_NE(out.find("// <U+202E> reversed"), std::string::npos) << out;
}

TEST(ControlCharacters, RawOnesInAStringAreAnError) {
    auto errors = diagnose("predicate p \"bell\x07\"\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "1:18: control character U+0007 in a string; remove it (a string may hold a tab, "
                         "and '\\n' for a line break)");
    EXPECT_TRUE(diagnose("predicate p \"a\ttab\"\n").empty());
    // C1 controls (here U+009B, a one-character CSI) as well.
    EXPECT_EQ(diagnose("predicate p \"\xC2\x9B\"\n").size(), 1u);
}

TEST(ControlCharacters, MessagesThatQuoteTheFileAreEscaped) {
    std::string const out = rendered("predicate p \"\\\x1b\"\n");
    EXPECT_EQ(out.find('\x1b'), std::string::npos);
    EXPECT_NE(out.find("unknown escape '\\<U+001B>'"), std::string::npos) << out;
}

TEST(ControlCharacters, InvalidBytesAreShownAsBytes) {
    std::string const out = rendered("claim c: \x9b q\n");
    EXPECT_EQ(out, "t.arg:1:10: error: invalid UTF-8 at byte offset 9\n"
                   "claim c: <0x9B> q\n"
                   "         ^~~~~~\n");
}

TEST(ControlCharacters, TheCheckCommandNeverWritesThem) {
    TempFile f("predicate p\nclaim c: /*\x1b]0;pwned\x07*/ q\n");
    auto r = test::run(test::elenchus("check --no-color " + quoted(f.path)));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\x07'), std::string::npos) << r.err;
}

// ---- formulas from the command line ----------------------------------------------------

std::vector<std::string> formula_errors(std::string const& text) {
    SourceFile source("<--assume>", text);
    Diagnostics diagnostics;
    auto expr = parse_formula(source, diagnostics);
    std::vector<std::string> out;
    for (Diagnostic const& d : diagnostics.sorted()) {
        auto p = source.position(d.span.begin);
        out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + d.message);
    }
    EXPECT_EQ(expr.has_value(), out.empty());
    return out;
}

TEST(CommandLineFormulas, FollowTheFilesLexicalRules) {
    EXPECT_EQ(formula_errors("true /* x"), std::vector<std::string>{"1:6: unterminated comment"});
    EXPECT_EQ(formula_errors("/* x"), std::vector<std::string>{"1:1: unterminated comment"});
    EXPECT_TRUE(formula_errors("true /* x */").empty());
    EXPECT_TRUE(formula_errors("true // x").empty());
    EXPECT_EQ(formula_errors("true false"), std::vector<std::string>{"1:6: unexpected 'false' after the formula"});
}

TEST(CommandLineFormulas, WhatifAssumeGetsADiagnostic) {
    auto r = test::run(test::elenchus("whatif --no-color examples/propositional-forms.arg --assume 'true /* x'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("<--assume>:1:6: error: unterminated comment"), std::string::npos) << r.err;
}

// ---- display names ---------------------------------------------------------------------

TEST(DisplayNames, MustNotSwapMemberNames) {
    auto errors = diagnose("sort S = { A \"B\", B \"A\" }\nclaim c: A = B\n");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0], "1:14: display name \"B\" of 'A' is also the name of a member of sort 'S'; display "
                         "names must differ from every other name so that printed formulas read back");
    EXPECT_EQ(errors[1].substr(0, 55), "1:21: display name \"A\" of 'B' is also the name of a mem");
}

TEST(DisplayNames, MustDifferFromEveryDeclaredName) {
    EXPECT_EQ(diagnose("predicate p\nsort S = { A \"p\" }\nclaim c: p\n").size(), 1u);
    EXPECT_EQ(diagnose("sort S = { A \"T\" }\nsort T\n").size(), 1u);
    EXPECT_EQ(diagnose("sort S = { A \"c\" }\nclaim c: true\n").size(), 1u);
}

TEST(DisplayNames, MustDifferFromEveryVariable) {
    auto errors = diagnose("sort S = { A \"x\", B }\npredicate p(S)\nclaim c: forall x: S. p(x)\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].substr(0, 54), "1:14: display name \"x\" of 'A' is also the name of a va");
    EXPECT_EQ(diagnose("sort S = { A \"y\" }\ndefine d(y: S) := true\n").size(), 1u);
}

TEST(DisplayNames, MustBeUniqueAmongMembers) {
    auto within = diagnose("sort S = { A \"Alpha\", B \"Alpha\" }\n");
    ASSERT_EQ(within.size(), 1u);
    EXPECT_EQ(within[0].substr(0, 60), "1:25: display name \"Alpha\" of 'B' is also the display name o");
    EXPECT_EQ(diagnose("sort S = { A \"Alpha\" }\nsort T = { B \"Alpha\" }\n").size(), 1u);
}

TEST(DisplayNames, OrdinaryOnesAreFine) {
    EXPECT_TRUE(diagnose("sort S = { A \"A\", Turkiye \"T\xC3\xBCrkiye\", B \"the B\" }\n"
                         "predicate p(S)\nclaim c: forall x: S. p(x)\n")
                    .empty());
}

TEST(DisplayNames, EveryBundledFileStillChecks) {
    for (auto const& dir : {"examples", "tests"}) {
        for (auto const& e : fs::recursive_directory_iterator(fs::path(ELENCHUS_SOURCE_DIR) / dir)) {
            // The golden case of this very error is the one file allowed to have it.
            if (e.path().extension() != ".arg" || e.path().stem() == "display-names") continue;
            std::string const text = test::read_text(e.path());
            for (auto const& error : diagnose(text))
                EXPECT_EQ(error.find("display name"), std::string::npos) << e.path() << ": " << error;
        }
    }
}

}   // namespace
}   // namespace elenchus
