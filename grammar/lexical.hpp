// The token-level rules of the language that every part of the parser shares: whitespace
// and comments, identifiers and reserved words, punctuation by maximal munch, UTF-8.
// Plain functions over raw bytes, so the X3 grammar, the error recovery and the comment
// collector agree on what a token is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace elenchus::lexical {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_identifier_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool is_identifier_char(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// CR alone, LF alone and CRLF all end a line (a CRLF is two breaks only to code that counts
// characters, never lines).
inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }

// The UTF-8 byte-order mark some editors write at the start of a file: 3, or 0 if absent.
inline std::size_t bom_length(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

// A control character (C0 but tab, DEL, C1): one that a terminal may act on.
inline bool is_control(char32_t c) { return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F); }

// The code point at the start of `text` and its length in bytes; a byte that does not start
// a valid UTF-8 sequence is `length` 1 and `valid` false.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 0;
    bool valid = false;
};
CodePoint decode(std::string_view text);

// Skips whitespace and comments; an unterminated block comment runs to the end (the comment
// collector reports it once).
char const* skip_space(char const* p, char const* end);

// End of the identifier-shaped word at p, or p if there is none.
char const* scan_word(char const* p, char const* end);

bool is_reserved(std::string_view word);
// Every reserved word, in the order the language reference lists them (for hints and the
// CLI's checks of names given on the command line).
std::span<std::string_view const> reserved_words();
// Keywords that start a declaration (error recovery resumes at them).
bool is_declaration_keyword(std::string_view word);
bool is_statement_keyword(std::string_view word);

// The punctuation token at p by maximal munch (`<->` before `<=` before `<`), or a textbook
// symbol (`∧`, `∀`, `≤`, ...), or empty.
std::string_view punctuation_at(char const* p, char const* end);

// The ASCII spelling a textbook symbol stands for (`∧` is `and`), or `token` itself; and the
// other way round, for `fmt --unicode`.
std::string_view ascii_spelling(std::string_view token);
std::string_view unicode_spelling(std::string_view ascii);

// The token at p as shown in "found '...'" messages: a word, a punctuation token, a number,
// a string's opening quote or one (UTF-8) character; empty at the end of the text.
std::string_view token_at(char const* p, char const* end);

// The token quoted for a message: `'x'`, or `U+0007` for an invisible character, or
// `end of file`.
std::string describe_token(std::string_view token);

// How a message shows the character that starts `text`: `U+001B` for one that would act on a
// terminal or be invisible (controls, bidirectional overrides, zero-width marks, the BOM),
// else empty (shown as it is).
std::string invisible_name(std::string_view text);

// `text` for a terminal: each character `invisible_name` names becomes `<U+XXXX>`, a byte
// that is not UTF-8 `<0xFF>`; tabs stay.
std::string escape_invisible(std::string_view text);
// What `escape_invisible` makes of the character at the start of `text`, and its length.
std::string escaped_prefix(std::string_view text, std::size_t& length);

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or nothing.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Every comment in source order, skipping string literals. `unterminated` receives the
// offset of a block comment that never ends.
std::vector<ast::Comment> collect_comments(std::string_view text, std::optional<std::size_t>& unterminated);

}   // namespace elenchus::lexical
