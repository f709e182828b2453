// Bounded work (issue 11, "Bounded work"): inputs that once overflowed the stack, grew
// exponentially or took quadratic time end within their limits, with a clear message where
// a limit is passed (docs/language.md, "Limits").
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include <unistd.h>

#include "arguments/formulas/formulas.hpp"
#include "cli/common.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;
using elenchus::test::RunResult;

namespace {

class Bounds : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-bounds-" + std::to_string(::getpid()) + "-" +
                                            testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string file(std::string const& text) {
        fs::path p = dir_ / "input.arg";
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

    // The command, and how long it took in seconds.
    static std::pair<RunResult, double> timed(std::string const& arguments) {
        auto const start = std::chrono::steady_clock::now();
        RunResult r = run(elenchus::test::elenchus(arguments));
        std::chrono::duration<double> const took = std::chrono::steady_clock::now() - start;
        return {r, took.count()};
    }

    fs::path dir_;
};

std::string chain(int n) {
    std::string text = "predicate p\ndefine d0(b: Bool) := b and p\n";
    for (int i = 1; i < n; ++i)
        text += "define d" + std::to_string(i) + "(b: Bool) := d" + std::to_string(i - 1) + "(b)\n";
    text += "premise a: d" + std::to_string(n - 1) + "(true)\nclaim c: p\n";
    return text;
}

// Each definition calls the previous one twice, with different arguments: the unfolded
// tree doubles at every level, its distinct sub-formulas do not.
std::string doubling(int n) {
    std::string text = "predicate p\ndefine d0(b: Bool) := b or p\n";
    for (int i = 1; i < n; ++i) {
        std::string const prev = "d" + std::to_string(i - 1);
        text += "define d" + std::to_string(i) + "(b: Bool) := " + prev + "(b) and " + prev + "(not b)\n";
    }
    text += "premise a: d" + std::to_string(n - 1) + "(p)\nclaim c: p\n";
    return text;
}

TEST_F(Bounds, DefinitionChainsDeeperThanTheLimitAreAnError) {
    auto const path = file(chain(30000));
    auto [r, seconds] = timed("check '" + path + "'");
    EXPECT_EQ(r.exit_code, 2) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("input.arg:4097:26: error: definitions nested too deeply"), std::string::npos)
        << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("more than 4096 levels"), std::string::npos);
    EXPECT_NE(r.err.find("as predicates with an axiom"), std::string::npos);   // the hint
    EXPECT_EQ(r.err.find("did you mean"), std::string::npos);                  // no cascade past the error
    EXPECT_LT(seconds, 30);
    auto [e, _] = timed("explain '" + path + "' c");
    EXPECT_EQ(e.exit_code, 2);
}

TEST_F(Bounds, DefinitionChainsWithinTheLimitAreCheckedAndExplained) {
    auto const path = file(chain(4000));
    auto [r, seconds] = timed("check '" + path + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
    EXPECT_NE(r.out.find("c     follows"), std::string::npos) << r.out;
    auto [e, s] = timed("explain '" + path + "' c");
    EXPECT_EQ(e.exit_code, 0) << e.err.substr(0, 2000);
    EXPECT_LT(seconds + s, 60);
}

TEST_F(Bounds, DefinitionsCallingTheirPredecessorTwiceStayLinear) {
    auto const path = file(doubling(40));
    auto [r, seconds] = timed("check '" + path + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
    EXPECT_NE(r.out.find("c     follows"), std::string::npos) << r.out;
    EXPECT_LT(seconds, 20);
    auto [x, xs] = timed("export '" + path + "'");
    EXPECT_EQ(x.exit_code, 0);
    EXPECT_LT(x.out.size(), 100000u);   // shared with `let`, not 2^40 copies
    auto [e, es] = timed("explain '" + path + "' c");
    EXPECT_EQ(e.exit_code, 0) << e.err.substr(0, 2000);
    EXPECT_LT(xs + es, 60);
}

TEST_F(Bounds, DefinitionsThatUnfoldToTooManyDistinctTermsAreAnError) {
    std::string text = "sort S\nfunction f(S): S\nfunction g(S): S\npredicate p(S)\n"
                       "define d0(x: S) := p(x)\n";
    for (int i = 1; i < 40; ++i) {
        std::string const prev = "d" + std::to_string(i - 1);
        text += "define d" + std::to_string(i) + "(x: S) := " + prev + "(f(x)) and " + prev + "(g(x))\n";
    }
    text += "premise a: forall x: S. d39(x)\n";
    auto [r, seconds] = timed("check '" + file(text) + "'");
    EXPECT_EQ(r.exit_code, 2) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("input.arg:45:25: error: definitions unfold to more than 1000000 distinct "
                         "sub-formulas"),
              std::string::npos)
        << r.err.substr(0, 2000);
    EXPECT_LT(seconds, 30);
}

TEST_F(Bounds, UnfoldingForExplanationsKeepsLargeCallsFolded) {
    elenchus::SourceFile source("doubling.arg", doubling(30));
    elenchus::Diagnostics d;
    auto parsed = elenchus::parse(source, d);
    auto theory = elenchus::check(parsed, d);
    ASSERT_TRUE(theory) << "the file checks";
    auto const& premise = theory->statements.at(0).formula;
    auto unfolded = elenchus::formulas::unfold(*theory, premise);
    std::function<std::size_t(elenchus::logic::Term const&)> size = [&](auto const& t) {
        std::size_t n = 1;
        for (auto const& a : t.args) n += size(a);
        return n;
    };
    EXPECT_LE(size(unfolded), elenchus::formulas::unfold_budget + size(premise));
    EXPECT_TRUE(elenchus::formulas::has_define(unfolded));   // the rest stays folded
    // A small definition still unfolds entirely.
    auto small = elenchus::formulas::unfold(*theory, theory->defines.at(3).body);
    EXPECT_FALSE(elenchus::formulas::has_define(small));
}

TEST_F(Bounds, NoSuggestionSearchForVeryLongNames) {
    std::string const name(100000, 'a');
    auto [r, seconds] = timed("check '" + file("predicate " + name + "\npremise s: " + name.substr(1) + "b\n") + "'");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown name"), std::string::npos) << r.err.substr(0, 300);
    EXPECT_EQ(r.err.find("did you mean"), std::string::npos);
    EXPECT_LT(seconds, 5);
    // Names up to the limit still get one.
    std::string const medium(60, 'm');
    auto [s, _] = timed("check '" + file("predicate " + medium + "\npremise s: " + medium + "x\n") + "'");
    EXPECT_NE(s.err.find("did you mean '" + medium + "'"), std::string::npos) << s.err;
}

TEST_F(Bounds, QuantifiersWithTooManyVariablesAreAnError) {
    std::string binders;
    for (int i = 0; i < 100000; ++i) binders += (i ? ", x" : "x") + std::to_string(i) + ": S";
    std::string const path = file("sort S\npredicate p(S)\npremise s: forall " + binders + ". p(x0)\n");
    for (char const* command : {"check", "export"}) {
        auto [r, seconds] = timed(std::string(command) + " '" + path + "'");
        EXPECT_EQ(r.exit_code, 2) << command;
        EXPECT_NE(r.err.find("too many variables in scope: more than 256"), std::string::npos) << r.err.substr(0, 300);
        EXPECT_LT(seconds, 10) << command;
    }
    std::string nested = "sort S\npredicate p(S, S)\npremise s: forall ";
    for (int i = 0; i < 200; ++i) nested += (i ? ", y" : "y") + std::to_string(i) + ": S";
    nested += ". forall z: S. p(y199, z)\n";
    auto [ok, _] = timed("check '" + file(nested) + "'");
    EXPECT_EQ(ok.exit_code, 0) << ok.err.substr(0, 300);
}

TEST_F(Bounds, ExplainOverALargeClosedSortEnds) {
    std::string text = "sort S = {";
    for (int i = 0; i < 20000; ++i) text += (i ? ", m" : " m") + std::to_string(i);
    text += " }\npredicate p(S)\npredicate q(S)\n"
            "premise a: forall x: S. p(x)\npremise b: forall x: S. p(x) -> q(x)\n"
            "claim c: forall x: S. q(x)\nclaim d: q(m7)\n";
    auto const path = file(text);
    for (char const* goal : {"c", "d"}) {
        auto [r, seconds] = timed("explain '" + path + "' " + goal);
        EXPECT_EQ(r.exit_code, 0) << goal << r.err.substr(0, 300);
        EXPECT_NE(r.out.find("follows"), std::string::npos) << r.out;
        EXPECT_LT(seconds, 30) << goal;
    }
}

TEST_F(Bounds, TheSyntaxTreeIsDroppedOnceTheTheoryIsBuilt) {
    // Peak memory on a large file is the Theory plus Z3's terms; the syntax tree, as large
    // as the Theory, must not be alive beside them (docs/performance.md, "Memory").
    std::string text = "sort S = { s0, s1 }\npredicate p(S)\n";
    for (int i = 0; i < 1000; ++i) text += "premise a" + std::to_string(i) + ": forall x: S. p(x) or p(s1)\n";
    auto const path = file(text);
    auto checked = elenchus::cli::load(path);
    ASSERT_TRUE(checked.theory);
    EXPECT_EQ(checked.theory->statements.size(), 1000u);
    EXPECT_TRUE(checked.file.declarations.empty());
    // fmt, which prints the tree, still has it.
    auto parsed = elenchus::cli::load(path, /*check_names=*/false);
    EXPECT_EQ(parsed.file.declarations.size(), 1002u);
}

}   // namespace
