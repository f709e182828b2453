// The token-level rules of the language that every part of the parser shares: whitespace
// and comments, identifiers and reserved words, punctuation by maximal munch, UTF-8.
// Plain functions over raw bytes, so the X3 grammar, the error recovery and the comment
// collector agree on what a token is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace elenchus::lexical {

inline bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_identifier_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_identifier_char(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips whitespace and comments; an unterminated block comment runs to the end (the comment
// collector reports it once).
char const* skip_space(char const* p, char const* end);

// End of the identifier-shaped word at p, or p if there is none.
char const* scan_word(char const* p, char const* end);

bool is_reserved(std::string_view word);
// Keywords that start a declaration (error recovery resumes at them).
bool is_declaration_keyword(std::string_view word);
bool is_statement_keyword(std::string_view word);

// The punctuation token at p by maximal munch (`<->` before `<=` before `<`), or empty.
std::string_view punctuation_at(char const* p, char const* end);

// The token at p as shown in "found '...'" messages: a word, a punctuation token, a number,
// a string's opening quote or one (UTF-8) character; empty at the end of the text.
std::string_view token_at(char const* p, char const* end);

// The token quoted for a message: `'x'`, or `U+0007` for an invisible character, or
// `end of file`.
std::string describe_token(std::string_view token);

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or nothing.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Every comment in source order, skipping string literals. `unterminated` receives the
// offset of a block comment that never ends.
std::vector<ast::Comment> collect_comments(std::string_view text,
                                           std::optional<std::size_t>& unterminated);

}  // namespace elenchus::lexical
