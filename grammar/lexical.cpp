#include "grammar/lexical.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace elenchus::lexical {

namespace {

// The array's size is deduced, so no empty entry can pad it (three once made
// `is_reserved("")` true).
constexpr std::array reserved_table = std::to_array<std::string_view>(
    {"source",    "sort",    "entity",     "predicate", "function", "constant", "define",   "axiom",
     "premise",   "assume",  "hypothesis", "claim",     "means",    "cites",    "argument", "from",
     "therefore", "attacks", "supports",   "scenario",  "without",  "with",     "forall",   "exists",
     "not",       "and",     "or",         "xor",       "implies",  "iff",      "if",       "then",
     "true",      "false",   "Bool",       "Int",       "Real"});

constexpr std::array declaration_keywords =
    std::to_array<std::string_view>({"source", "sort", "entity", "predicate", "function", "constant", "define", "axiom",
                                     "premise", "assume", "hypothesis", "claim", "argument", "scenario"});

// Longest first, so that the first match is the maximal munch.
constexpr std::array<std::string_view, 24> punctuation = {"<->", "->", "<=", ">=", "!=", ":=", "<", ">",
                                                          "=",   "!",  "-",  "+",  "*",  "/",  "|", "&",
                                                          "(",   ")",  "{",  "}",  ",",  ":",  ".", "\""};

// Textbook symbols and the ASCII spelling each stands for (docs/language.md, section 1): the
// grammar matches the ASCII one, so both give the same tree.
struct UnicodeSpelling {
    std::string_view symbol;
    std::string_view ascii;
};
constexpr std::array unicode_spellings = std::to_array<UnicodeSpelling>({{"¬", "not"},
                                                                         {"∧", "and"},
                                                                         {"∨", "or"},
                                                                         {"→", "->"},
                                                                         {"↔", "<->"},
                                                                         {"∀", "forall"},
                                                                         {"∃", "exists"},
                                                                         {"⊥", "false"},
                                                                         {"⊤", "true"},
                                                                         {"≠", "!="},
                                                                         {"≤", "<="},
                                                                         {"≥", ">="}});

bool contains(auto const& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

// Characters that change what a terminal does or hide what the text says ("Trojan Source"):
// controls, the Arabic letter mark, zero-width spaces and marks, line and paragraph
// separators, bidirectional embeddings, overrides and isolates, invisible operators, the BOM.
bool is_invisible(char32_t c) {
    return is_control(c) || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

std::string code_point_name(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

}   // namespace

char const* skip_space(char const* p, char const* end) {
    while (p != end) {
        if (is_space(*p)) {
            ++p;
        } else if (*p == '/' && end - p >= 2 && p[1] == '/') {
            p += 2;
            while (p != end && !is_line_break(*p)) ++p;
        } else if (*p == '/' && end - p >= 2 && p[1] == '*') {
            p += 2;
            for (;;) {
                if (end - p < 2) return end;
                if (p[0] == '*' && p[1] == '/') {
                    p += 2;
                    break;
                }
                ++p;
            }
        } else {
            break;
        }
    }
    return p;
}

char const* scan_word(char const* p, char const* end) {
    if (p == end || !is_identifier_start(*p)) return p;
    ++p;
    while (p != end && is_identifier_char(*p)) ++p;
    return p;
}

bool is_reserved(std::string_view word) { return contains(reserved_table, word); }
std::span<std::string_view const> reserved_words() { return reserved_table; }
bool is_declaration_keyword(std::string_view word) { return contains(declaration_keywords, word); }
bool is_statement_keyword(std::string_view word) {
    return word == "axiom" || word == "premise" || word == "assume" || word == "hypothesis" || word == "claim";
}

std::string_view punctuation_at(char const* p, char const* end) {
    if (p == end) return {};
    auto next_is = [&](std::size_t i, char c) { return end - p > static_cast<std::ptrdiff_t>(i) && p[i] == c; };
    switch (*p) {
    case '<':
        if (next_is(1, '-') && next_is(2, '>')) return "<->";
        if (next_is(1, '=')) return "<=";
        return "<";
    case '-': return next_is(1, '>') ? "->" : "-";
    case '>': return next_is(1, '=') ? ">=" : ">";
    case '!': return next_is(1, '=') ? "!=" : "!";
    case ':': return next_is(1, '=') ? ":=" : ":";
    default:
        for (auto token : punctuation)
            if (token.size() == 1 && token[0] == *p) return token;
        if (static_cast<unsigned char>(*p) >= 0x80) {
            std::string_view const rest(p, static_cast<std::size_t>(end - p));
            for (auto const& u : unicode_spellings)
                if (rest.starts_with(u.symbol)) return rest.substr(0, u.symbol.size());
        }
        return {};
    }
}

std::string_view ascii_spelling(std::string_view token) {
    for (auto const& u : unicode_spellings)
        if (u.symbol == token) return u.ascii;
    return token;
}

std::string_view unicode_spelling(std::string_view ascii) {
    for (auto const& u : unicode_spellings)
        if (u.ascii == ascii) return u.symbol;
    return ascii;
}

std::string_view token_at(char const* p, char const* end) {
    if (p == end) return {};
    if (char const* w = scan_word(p, end); w != p) return {p, static_cast<std::size_t>(w - p)};
    if (is_digit(*p)) {
        char const* q = p;
        while (q != end && (is_digit(*q) || *q == '.')) ++q;
        return {p, static_cast<std::size_t>(q - p)};
    }
    if (auto punct = punctuation_at(p, end); !punct.empty()) return punct;
    auto lead = static_cast<unsigned char>(*p);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return {p, std::min(length, static_cast<std::size_t>(end - p))};
}

std::string describe_token(std::string_view token) {
    if (token.empty()) return "end of file";
    auto c = static_cast<unsigned char>(token[0]);
    if (token.size() == 1 && (c < 0x20 || c == 0x7F)) return code_point_name(c);
    if (auto name = invisible_name(token); !name.empty()) return name;
    return fmt::format("'{}'", token);
}

CodePoint decode(std::string_view text) {
    auto const* s = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    if (n == 0) return {};
    unsigned char const c = s[0];
    if (c < 0x80) return {c, 1, true};
    std::size_t length;
    unsigned lo = 0x80, hi = 0xBF;   // bounds of the second byte
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) {
        length = 3;
        lo = 0xA0;
    } else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) {
        length = 3;
        hi = 0x9F;
    }   // no surrogates
    else if (c >= 0xEE && c <= 0xEF)
        length = 3;
    else if (c == 0xF0) {
        length = 4;
        lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) {
        length = 4;
        hi = 0x8F;
    }   // nothing above U+10FFFF
    else
        return {c, 1, false};
    if (length > n || s[1] < lo || s[1] > hi) return {c, 1, false};
    char32_t value = c & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if (s[k] < 0x80 || s[k] > 0xBF) return {c, 1, false};
        value = (value << 6) | (s[k] & 0x3Fu);
    }
    return {value, length, true};
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        CodePoint const cp = decode(text.substr(i));
        if (!cp.valid) return i;
        i += cp.length;
    }
    return std::nullopt;
}

std::string invisible_name(std::string_view text) {
    CodePoint const cp = decode(text);
    return cp.valid && is_invisible(cp.value) ? code_point_name(cp.value) : std::string();
}

std::string escaped_prefix(std::string_view text, std::size_t& length) {
    CodePoint const cp = decode(text);
    length = cp.length;
    if (!cp.valid) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "<0x%02X>", static_cast<unsigned>(cp.value));
        return buffer;
    }
    if (is_invisible(cp.value)) return fmt::format("<{}>", code_point_name(cp.value));
    return std::string(text.substr(0, length));
}

std::string escape_invisible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        out += escaped_prefix(text.substr(i), length);
        i += length;
    }
    return out;
}

std::vector<ast::Comment> collect_comments(std::string_view text, std::optional<std::size_t>& unterminated) {
    std::vector<ast::Comment> comments;
    std::size_t n = text.size();
    std::size_t i = 0;
    auto add = [&](std::size_t b, std::size_t e) {
        comments.push_back(
            {std::string(text.substr(b, e - b)), {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}});
    };
    while (i < n) {
        char c = text[i];
        if (c == '"') {
            // A string ends at its closing quote or, unterminated, at the end of the line.
            ++i;
            while (i < n && text[i] != '"' && !is_line_break(text[i]))
                i += text[i] == '\\' && i + 1 < n && !is_line_break(text[i + 1]) ? 2u : 1u;
            if (i < n && text[i] == '"') ++i;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            std::size_t e = text.find_first_of("\r\n", i);
            if (e == std::string_view::npos) e = n;
            add(i, e);
            i = e;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            std::size_t e = text.find("*/", i + 2);
            if (e == std::string_view::npos) {
                unterminated = i;
                add(i, n);
                i = n;
            } else {
                add(i, e + 2);
                i = e + 2;
            }
        } else if (is_identifier_start(c)) {
            while (i < n && is_identifier_char(text[i])) ++i;   // `a"` is not a string start
        } else {
            ++i;
        }
    }
    return comments;
}

}   // namespace elenchus::lexical
