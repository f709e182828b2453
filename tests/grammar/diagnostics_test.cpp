#include "grammar/diagnostics.hpp"

#include <gtest/gtest.h>

namespace elenchus {
namespace {

ast::Span span(std::uint32_t begin, std::uint32_t end) { return {begin, end}; }

TEST(SourceFile, PositionsAreOneBasedLineAndColumn) {
    SourceFile f("a.arg", "ab\ncd\n\nef");
    EXPECT_EQ(f.position(0).line, 1u);
    EXPECT_EQ(f.position(0).column, 1u);
    EXPECT_EQ(f.position(1).column, 2u);
    EXPECT_EQ(f.position(2).line, 1u);   // the newline itself ends line 1
    EXPECT_EQ(f.position(2).column, 3u);
    EXPECT_EQ(f.position(3).line, 2u);
    EXPECT_EQ(f.position(3).column, 1u);
    EXPECT_EQ(f.position(6).line, 3u);
    EXPECT_EQ(f.position(7).line, 4u);
    EXPECT_EQ(f.position(8).column, 2u);
    EXPECT_EQ(f.position(9).line, 4u);   // end of text
    EXPECT_EQ(f.position(9).column, 3u);
    EXPECT_EQ(f.position(1000).line, 4u);   // past the end is clamped
}

TEST(SourceFile, ColumnsCountCodePointsNotBytes) {
    // "Türkiye" has a two-byte ü; "“x”" has three-byte quotes; 😀 has four bytes.
    std::string const text = "sort T = { Turkiye \"Türkiye\" } x\n\"\xE2\x80\x9Cx\xE2\x80\x9D\" y\n\xF0\x9F\x98\x80z";
    SourceFile f("u.arg", text);
    std::uint32_t const x = static_cast<std::uint32_t>(text.find(" x\n") + 1);
    EXPECT_EQ(f.position(x).line, 1u);
    EXPECT_EQ(f.position(x).column, 32u);   // 32 bytes before it, one of them a continuation
    std::uint32_t const y = static_cast<std::uint32_t>(text.find(" y") + 1);
    EXPECT_EQ(f.position(y).line, 2u);
    EXPECT_EQ(f.position(y).column, 7u);
    std::uint32_t const z = static_cast<std::uint32_t>(text.find('z'));
    EXPECT_EQ(f.position(z).line, 3u);
    EXPECT_EQ(f.position(z).column, 2u);
}

TEST(SourceFile, LineTextDropsTheLineEnding) {
    SourceFile f("a.arg", "one\r\ntwo\nthree");
    EXPECT_EQ(f.line_text(1), "one");
    EXPECT_EQ(f.line_text(2), "two");
    EXPECT_EQ(f.line_text(3), "three");
    EXPECT_EQ(f.line_text(4), "");
    EXPECT_EQ(f.line_text(0), "");
}

TEST(SourceFile, EmptyText) {
    SourceFile f("e.arg", "");
    EXPECT_EQ(f.position(0).line, 1u);
    EXPECT_EQ(f.position(0).column, 1u);
    EXPECT_EQ(f.line_text(1), "");
}

TEST(Render, ClangStyleWithCaretAndTildes) {
    SourceFile f("x.arg", "predicate member(Country)\nclaim c: membr(Azerbaijan)\n");
    Diagnostic d{Severity::error, span(35, 40), "unknown predicate 'membr'; did you mean 'member'?", {}};
    EXPECT_EQ(render(f, d, false), "x.arg:2:10: error: unknown predicate 'membr'; did you mean 'member'?\n"
                                   "claim c: membr(Azerbaijan)\n"
                                   "         ^~~~~\n");
}

TEST(Render, NotesFollowTheirDiagnostic) {
    SourceFile f("x.arg", "sort A\nsort A\n");
    Diagnostic d{
        Severity::error, span(12, 13), "duplicate declaration of 'A'", {{span(5, 6), "previous declaration is here"}}};
    EXPECT_EQ(render(f, d, false), "x.arg:2:6: error: duplicate declaration of 'A'\n"
                                   "sort A\n"
                                   "     ^\n"
                                   "x.arg:1:6: note: previous declaration is here\n"
                                   "sort A\n"
                                   "     ^\n");
}

TEST(Render, WarningAndEmptySpan) {
    SourceFile f("w.arg", "source s");
    Diagnostic d{Severity::warning, span(8, 8), "source 's' is never cited", {}, {}};
    EXPECT_EQ(render(f, d, false), "w.arg:1:9: warning: source 's' is never cited\n"
                                   "source s\n"
                                   "        ^\n");
}

TEST(Render, MultiLineSpanIsUnderlinedToTheEndOfItsFirstLine) {
    SourceFile f("m.arg", "claim c: p and\n  q\n");
    Diagnostic d{Severity::error, span(9, 18), "bad", {}};
    EXPECT_EQ(render(f, d, false), "m.arg:1:10: error: bad\n"
                                   "claim c: p and\n"
                                   "         ^~~~~\n");
}

TEST(Render, CaretCountsCodePointsAndKeepsTabs) {
    SourceFile f("t.arg", "\t\"Türkiye\" zz\n");
    std::uint32_t const zz = 12;   // tab, quote, 8 bytes of Türkiye, quote, space
    ASSERT_EQ(f.text().substr(zz, 2), "zz");
    Diagnostic d{Severity::error, span(zz, zz + 2), "here", {}};
    EXPECT_EQ(render(f, d, false), "t.arg:1:12: error: here\n"
                                   "\t\"Türkiye\" zz\n"
                                   "\t          ^~\n");
}

TEST(Render, ColourOnlyWhenAsked) {
    SourceFile f("c.arg", "p q\n");
    Diagnostic d{Severity::error, span(2, 3), "oops", {{span(0, 1), "see"}}};
    std::string const plain = render(f, d, false);
    EXPECT_EQ(plain.find('\033'), std::string::npos);
    std::string const coloured = render(f, d, true);
    EXPECT_EQ(coloured, "\033[1mc.arg:1:3: \033[0m\033[0;1;31merror: \033[0m\033[1moops\033[0m\n"
                        "p q\n"
                        "\033[0;1;32m  ^\033[0m\n"
                        "\033[1mc.arg:1:1: \033[0m\033[0;1;36mnote: \033[0m\033[1msee\033[0m\n"
                        "p q\n"
                        "\033[0;1;32m^\033[0m\n");
    Diagnostic w{Severity::warning, span(0, 1), "w", {}, {}};
    EXPECT_NE(render(f, w, true).find("\033[0;1;35mwarning: "), std::string::npos);
}

TEST(Render, ManyDiagnosticsConcatenate) {
    SourceFile f("c.arg", "a b\n");
    std::vector<Diagnostic> ds{{Severity::error, span(0, 1), "one", {}, {}}, {Severity::warning, span(2, 3), "two", {}, {}}};
    EXPECT_EQ(render(f, ds, false), "c.arg:1:1: error: one\na b\n^\nc.arg:1:3: warning: two\na b\n  ^\n");
}

TEST(Diagnostics, CapKeepsCountingErrors) {
    Diagnostics ds(2);
    ds.warning(span(0, 1), "w");
    EXPECT_FALSE(ds.has_errors());
    ds.error(span(5, 6), "e1");
    ds.error(span(1, 2), "e2");
    EXPECT_TRUE(ds.at_limit());
    ds.error(span(3, 4), "e3");
    ds.warning(span(3, 4), "w2");
    EXPECT_EQ(ds.error_count(), 3u);
    EXPECT_EQ(ds.dropped(), 1u);   // the dropped warning is not an error
    ASSERT_EQ(ds.all().size(), 3u);
    EXPECT_EQ(ds.all()[1].message, "e1");
    auto const sorted = ds.sorted();
    EXPECT_EQ(sorted[0].message, "w");
    EXPECT_EQ(sorted[1].message, "e2");
    EXPECT_EQ(sorted[2].message, "e1");
}

TEST(Diagnostics, SortedIsStableForEqualPositions) {
    Diagnostics ds;
    ds.error(span(4, 5), "first");
    ds.error(span(4, 9), "second");
    ds.error(span(0, 1), "zero");
    auto const sorted = ds.sorted();
    EXPECT_EQ(sorted[0].message, "zero");
    EXPECT_EQ(sorted[1].message, "first");
    EXPECT_EQ(sorted[2].message, "second");
}

TEST(ClosestName, WithinTwoEditsOrAThirdOfTheLength) {
    std::vector<std::string> const names{"member", "may_host", "Country"};
    EXPECT_EQ(closest_name("membr", names), "member");   // 1 edit, limit 2
    EXPECT_EQ(closest_name("mmbr", names), "member");    // 2 edits, limit 2
    EXPECT_EQ(closest_name("mmb", names), "");           // 3 edits, limit 2
    EXPECT_EQ(closest_name("Contry", names), "Country");
    EXPECT_EQ(closest_name("xyz", names), "");
    EXPECT_EQ(closest_name("mebmer", names), "member");   // 2 edits, limit 2
    EXPECT_EQ(closest_name("a", {"b"}), "b");             // limit is 1 for one letter
    EXPECT_EQ(closest_name("a", {"bc"}), "");
    EXPECT_EQ(closest_name("rian", {"rain"}), "rain");   // a swap of neighbours is 1 edit
    EXPECT_EQ(closest_name("abcdefghijklmnopqrstu", {"abcdefghijklmnopqrs"}), "abcdefghijklmnopqrs");
    EXPECT_EQ(closest_name("member", {"member"}), "");   // the name itself is no suggestion
    EXPECT_EQ(closest_name("x", {}), "");
}

TEST(ClosestName, TiesGoToTheFirstCandidate) {
    EXPECT_EQ(closest_name("cat", {"bat", "cap", "cut"}), "bat");
    EXPECT_EQ(closest_name("cat", {"cap", "bat"}), "cap");
    EXPECT_EQ(closest_name("cat", {"bat", "ca"}), "bat");
    EXPECT_EQ(closest_name("cat", {"cats", "cat_", "at"}), "cats");
}

TEST(Severity, Names) {
    EXPECT_STREQ(to_string(Severity::error), "error");
    EXPECT_STREQ(to_string(Severity::warning), "warning");
    EXPECT_STREQ(to_string(Severity::note), "note");
}

}   // namespace
}   // namespace elenchus
