// Robustness of the parser: every .arg file of the project (and a built-in text covering
// every construct), mutated many times in deterministic ways, must parse to diagnostics or
// a tree — never a crash, a hang, an exception or a span outside the text. CI runs this
// under AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test.sh).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/parser.hpp"
#include "support/mutants.hpp"

namespace elenchus {
namespace {

namespace fs = std::filesystem;

using test::corpus;
using test::mutate;

bool within(ast::Span s, std::size_t size) { return s.begin <= s.end && s.end <= size; }

void check_spans(ast::Expr const& e, std::size_t size, int depth = 0) {
    ASSERT_TRUE(within(e.span, size));
    ASSERT_LT(depth, 100000);
    for (auto const& operand : e.operands) check_spans(operand, size, depth + 1);
}

// Parses a text and checks what the parser promises about any input.
void parse_and_check(std::string const& text, std::string const& what) {
    SourceFile source("mutant.arg", text);
    Diagnostics diagnostics(50);
    auto start = std::chrono::steady_clock::now();
    ast::File file;
    try {
        file = parse(source, diagnostics);
    } catch (...) {
        FAIL() << "parse threw on " << what;
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_LT(seconds, 5.0) << "parse too slow (hang?) on " << what;
    for (auto const& d : diagnostics.all()) {
        ASSERT_TRUE(within(d.span, text.size())) << what << ": " << d.message;
        ASSERT_FALSE(d.message.empty());
        ASSERT_EQ(d.message.find("internal parser error"), std::string::npos) << what << ": " << d.message;
    }
    for (auto const& declaration : file.declarations) {
        ASSERT_TRUE(within(ast::span_of(declaration), text.size())) << what;
        if (auto const* s = std::get_if<ast::Statement>(&declaration)) check_spans(s->formula, text.size());
        if (auto const* d = std::get_if<ast::DefineDecl>(&declaration)) check_spans(d->body, text.size());
    }
    for (auto const& c : file.comments) ASSERT_TRUE(within(c.span, text.size())) << what;
    if (!diagnostics.has_errors()) {
        // A text without errors parses the same way every time.
        Diagnostics again;
        ASSERT_TRUE(ast::same(file, parse(source, again))) << what;
    }
}

TEST(Mutation, EveryCorpusFileSurvivesManyMutations) {
    auto texts = corpus();
    ASSERT_FALSE(texts.empty());
    // A budget in bytes parsed keeps the run near 30 s under sanitizers whatever the corpus.
    std::size_t total = 0;
    for (auto const& t : texts) total += t.size() + 1;
    std::size_t const budget = 6'000'000;
    std::size_t const per_file = std::clamp<std::size_t>(budget / total, 50, 2000);
    std::size_t mutants = 0, rejected = 0;
    for (std::size_t f = 0; f < texts.size(); ++f) {
        parse_and_check(texts[f], "file " + std::to_string(f));
        std::mt19937 rng(static_cast<std::mt19937::result_type>(1000 + f));
        for (std::size_t m = 0; m < per_file; ++m) {
            std::string mutant = mutate(texts[f], rng);
            parse_and_check(mutant, "file " + std::to_string(f) + " mutant " + std::to_string(m));
            if (::testing::Test::HasFatalFailure()) {
                std::ofstream("mutation-failure.arg", std::ios::binary) << mutant;
                return;
            }
            SourceFile source("m", mutant);
            Diagnostics d;
            rejected += parse(source, d).declarations.empty() || d.has_errors();
            ++mutants;
        }
    }
    // The mutations must actually break things, or the test proves little.
    EXPECT_GT(rejected, mutants / 4);
    RecordProperty("mutants", static_cast<int>(mutants));
}

TEST(Mutation, PathologicalInputs) {
    std::vector<std::string> inputs = {
        "",
        std::string(1, '\0'),
        std::string(100000, '('),
        std::string(100000, '{'),
        "claim c: " + std::string(200000, '!') + "p",
        "claim c: " + std::string(200000, '-') + "1",
        std::string(100000, '"'),
        "source s \"" + std::string(100000, '\\'),
        "/*" + std::string(100000, '*'),
        std::string(50000, '/'),
        "scenario s {" + std::string(50000, '{'),
        [] {
            std::string s;
            for (int i = 0; i < 50000; ++i) s += "scenario s { ";
            return s;
        }(),
        [] {
            std::string s = "claim c: ";
            for (int i = 0; i < 50000; ++i) s += "f(";
            return s;
        }(),
        [] {
            std::string s;
            for (int i = 0; i < 20000; ++i) s += "premise ";
            return s;
        }(),
        [] {
            std::string s;
            for (int i = 0; i < 20000; ++i) s += "a attacks ";
            return s;
        }(),
        [] {
            std::string s = "claim c: ";
            for (int i = 0; i < 20000; ++i) s += "forall x: S. if ";
            return s;
        }(),
    };
    for (std::size_t i = 0; i < inputs.size(); ++i) parse_and_check(inputs[i], "pathological " + std::to_string(i));
}

}   // namespace
}   // namespace elenchus
