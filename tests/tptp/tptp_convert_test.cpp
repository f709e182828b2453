// The TPTP converter on its own: each expected text below is worked out by hand from the
// TPTP syntax and the Elenchus precedence table (docs/language.md).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tptp/tptp_to_arg.hpp"

namespace {

using elenchus::tptp::status_of;
using elenchus::tptp::to_arg;

std::string const header = "// Converted from TPTP: one open sort U, TPTP names prefixed (p_ predicate,\n"
                           "// f_ function, c_ constant, v variable, ax_ formula).\n";

std::string converted(std::string_view problem) {
    auto c = to_arg(problem);
    EXPECT_EQ(c.error, "");
    return c.text;
}

TEST(TptpStatus, ReadsTheStatusLine) {
    EXPECT_EQ(status_of("% File : x\n% Status   : Theorem\n% Rating : 0.1\n"), "Theorem");
    EXPECT_EQ(status_of("%Status:CounterSatisfiable"), "CounterSatisfiable");
    EXPECT_EQ(status_of("% Syntax : Status words elsewhere\nfof(a,axiom,p).\n"), "");
}

TEST(TptpConvert, Propositional) {
    EXPECT_EQ(converted("fof(pel2,conjecture,\n    ( ~ ~ p\n  <=> p ) ).\n"),
              header + "predicate p_p\n\nclaim conj: not not p_p <-> p_p\n");
}

TEST(TptpConvert, QuantifiersFunctionsAndConstants) {
    EXPECT_EQ(converted("fof(a1, axiom, ! [X,Y] : ( f(X) = Y => p(a, g(X,Y)) ))."),
              header + "sort U\nentity c_a: U\nfunction f_f(U): U\nfunction f_g(U, U): U\n"
                       "predicate p_p(U, U)\n\n"
                       "axiom ax_a1: forall vX, vY: U. f_f(vX) = vY -> p_p(c_a, f_g(vX, vY))\n");
}

TEST(TptpConvert, EveryConnective) {
    EXPECT_EQ(converted("fof(c, conjecture, (p <= q) & (p <~> q) & (p ~| q) & (p ~& q) & $true & ~ $false)."),
              header + "predicate p_p\npredicate p_q\n\n"
                       "claim conj: (p_q -> p_p) and (p_p xor p_q) and not (p_p or p_q) and "
                       "not (p_p and p_q) and true and not false\n");
}

TEST(TptpConvert, QuantifierInsideConnective) {
    EXPECT_EQ(converted("fof(c, conjecture, ~ ? [X] : ( q(X) & ! [Y] : r(X,Y) ) | ~ a = b )."),
              header + "sort U\nentity c_a, c_b: U\npredicate p_q(U)\npredicate p_r(U, U)\n\n"
                       "claim conj: not (exists vX: U. p_q(vX) and (forall vY: U. p_r(vX, vY))) or "
                       "not (c_a = c_b)\n");
}

TEST(TptpConvert, OneNameWithSeveralAritiesIsSeveralSymbols) {
    EXPECT_EQ(converted("fof(x, axiom, p & p(a) & q(p))."),
              header + "sort U\nentity c_a, c_p: U\npredicate p_p_0\npredicate p_p_1(U)\n"
                       "predicate p_q(U)\n\naxiom ax_x: p_p_0 and p_p_1(c_a) and p_q(c_p)\n");
}

TEST(TptpConvert, ReservedWordsQuotedNamesAndComments) {
    EXPECT_EQ(converted("/* a block\n comment */ % a line comment\n"
                        "fof(and, axiom, forall(and) | not).\n"
                        "fof('my ax', hypothesis, 'P q'(b), file('x.p', y)).\n"
                        "fof(and, lemma, $false)."),
              header + "sort U\nentity c_and, c_b: U\npredicate p_P_x20q(U)\npredicate p_forall(U)\n"
                       "predicate p_not\n\n"
                       "axiom ax_and: p_forall(c_and) or p_not\n"
                       "axiom ax_my_x20ax: p_P_x20q(c_b)\n"
                       "axiom ax_and_2: false\n");
}

TEST(TptpConvert, SeveralConjecturesAreConjoined) {
    auto c = to_arg("fof(a, conjecture, p). fof(b, conjecture, q => p).");
    EXPECT_TRUE(c.has_conjecture);
    EXPECT_EQ(c.text, header + "predicate p_p\npredicate p_q\n\nclaim conj: (p_p) and (p_q -> p_p)\n");
    EXPECT_FALSE(to_arg("fof(a, axiom, p).").has_conjecture);
}

TEST(TptpConvert, RejectsWhatItCannotConvert) {
    auto error_of = [](std::string_view p) { return to_arg(p).error; };
    EXPECT_EQ(error_of("fof(a, axiom, p(X))."), "line 1: free variable X (fof formulas must be closed)");
    EXPECT_EQ(error_of("fof(a, axiom,\n p & q | r)."), "line 2: '&' and '|' mixed without parentheses");
    EXPECT_EQ(error_of("cnf(a, axiom, p)."), "line 1: only fof formulas are supported, not cnf");
    EXPECT_EQ(error_of("include('Axioms/SET001-0.ax')."), "line 1: include directives are not supported");
    EXPECT_EQ(error_of("/* open"), "line 1: unterminated /* comment");
    EXPECT_EQ(error_of("fof(a, axiom, p(\"x\"))."), "line 1: distinct objects (\"...\") are not supported");
    EXPECT_EQ(error_of("fof(a, type, p)."), "line 1: unsupported role type");
    EXPECT_EQ(error_of("fof(a, axiom, p)"), "line 1: expected '.' but found 'end of file'");
    EXPECT_EQ(to_arg("fof(a, axiom, p(X)).").text, "");
}

// Every problem of the conformance set is in the subset the converter handles.
TEST(TptpConvert, EveryConformanceProblemConverts) {
    std::filesystem::path const dir = std::filesystem::path(ELENCHUS_SOURCE_DIR) / "tests" / "conformance" / "tptp-syn";
    ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
    int files = 0;
    for (auto const& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".p") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto c = to_arg(text.str());
        EXPECT_EQ(c.error, "") << entry.path();
        EXPECT_TRUE(c.has_conjecture) << entry.path();
        EXPECT_FALSE(status_of(text.str()).empty()) << entry.path();
        ++files;
    }
    EXPECT_GT(files, 0);
}

}   // namespace
