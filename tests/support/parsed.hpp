// Parses a text for the parser's tests (tests/grammar/parser_*): its declarations and its
// errors as "line:col: message" strings, a declaration that must be the only one, a formula
// as a fully parenthesised tree, and the first error of a text that must be rejected.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/parser.hpp"
#include "support/dump.hpp"

namespace elenchus::testing {

struct Parsed {
    ast::File file;
    std::vector<std::string> errors;   // "line:col: message", in source order
};

inline Parsed parse_text(std::string text, ParseLimits limits = {}, std::size_t cap = 50) {
    SourceFile source("test.arg", std::move(text));
    Diagnostics diagnostics(cap);
    Parsed result;
    result.file = parse(source, diagnostics, limits);
    for (auto const& d : diagnostics.sorted()) {
        auto pos = source.position(d.span.begin);
        result.errors.push_back(std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + d.message);
    }
    return result;
}

// Parses text that must be accepted and returns its only declaration.
template <typename Decl>
inline Decl only(std::string const& text) {
    auto parsed = parse_text(text);
    EXPECT_EQ(parsed.errors, std::vector<std::string>{}) << text;
    EXPECT_EQ(parsed.file.declarations.size(), 1u) << text;
    if (parsed.file.declarations.size() != 1 || !std::holds_alternative<Decl>(parsed.file.declarations[0])) {
        ADD_FAILURE() << "not the expected declaration: " << text;
        return {};
    }
    return std::get<Decl>(parsed.file.declarations[0]);
}

inline std::string formula(std::string const& text) {
    auto statement = only<ast::Statement>("claim c: " + text);
    return dump(statement.formula);
}

// The first error of a text that must be rejected.
inline std::string first_error(std::string const& text) {
    auto parsed = parse_text(text);
    if (parsed.errors.empty()) return "(accepted)";
    return parsed.errors.front();
}

}   // namespace elenchus::testing
