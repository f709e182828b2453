// Runs the name and type checker on a text through the real parser, and renders what it
// reports as "line:col: message" strings, for the checker's tests (tests/grammar/checker_*).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::test::checking {

struct Checked {
    std::optional<logic::Theory> theory;
    std::vector<std::string> errors;   // "line:col: message"
    std::vector<std::string> warnings;
    std::vector<std::string> notes;   // "line:col: message" of every note, in order
    std::vector<std::string> all;     // "line:col: severity: message", sorted
};

inline Checked run(std::string const& text) {
    SourceFile source("t.arg", text);
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << "syntax error in test input:\n"
                                           << render(source, diagnostics.sorted(), false);
    Checked result;
    result.theory = check(file, diagnostics);
    auto at = [&](ast::Span span) {
        auto p = source.position(span.begin);
        return std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
    };
    for (Diagnostic const& d : diagnostics.sorted()) {
        std::string const where = at(d.span);
        if (d.severity == Severity::error) result.errors.push_back(where + d.message);
        if (d.severity == Severity::warning) result.warnings.push_back(where + d.message);
        result.all.push_back(where + to_string(d.severity) + ": " + d.message);
        for (Note const& n : d.notes) result.notes.push_back(at(n.span) + n.message);
    }
    return result;
}

using Lines = std::vector<std::string>;

// A vocabulary every test may use; each of its symbols is used by `vocabulary_use` so that
// tests that look at warnings see only their own.
inline std::string const vocabulary = "sort Country = { Azerbaijan, Turkiye \"Türkiye\", Russia }\n"   // line 1
                                      "sort Bloc = { NATO, CSTO }\n"                                   // line 2
                                      "predicate member(Country, Bloc) \"is a member of\"\n"           // line 3
                                      "predicate ok\n"                                                 // line 4
                                      "function spending(Country): Real\n"                             // line 5
                                      "constant since: Int\n"                                          // line 6
                                      "constant rate: Real\n";                                         // line 7
inline std::string const vocabulary_use =
    "axiom use: ok and member(Russia, CSTO) and spending(Russia) = rate and since = 1\n";

inline Checked run_with_vocabulary(std::string const& text) { return run(vocabulary + text); }

}   // namespace elenchus::test::checking
