#include "grammar/spelling_hints.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include <fmt/format.h>

#include "grammar/lexical.hpp"

namespace elenchus::lexical {

namespace {

struct Respelling {
    std::string_view wrong;
    std::string_view write;   // what to write instead, as the message says it
};

// Operators from programming languages and other logics. Matched against the whole run of
// operator characters around the place the parser stopped, so `=>` is found whether the
// parser stopped at `=` or at `>`.
constexpr auto operator_respellings = std::to_array<Respelling>({
    {"==", "'=' to compare two terms"},
    {"===", "'=' to compare two terms"},
    {"=>", "'->' (or '→') for 'implies'"},
    {"==>", "'->' (or '→') for 'implies'"},
    {"-->", "'->' (or '→') for 'implies'"},
    {"<=>", "'<->' (or '↔') for 'if and only if'"},
    {"<==>", "'<->' (or '↔') for 'if and only if'"},
    {"<-->", "'<->' (or '↔') for 'if and only if'"},
    {"&&", "'and' (or '∧')"},
    {"||", "'or' (or '∨')"},
    {"~", "'not' (or '¬')"},
    {"<>", "'!=' (or '≠')"},
    {"/=", "'!=' (or '≠')"},
    {"=/=", "'!=' (or '≠')"},
    {"~=", "'!=' (or '≠')"},
    {"=<", "'<=' (or '≤')"},
});

// Symbols of other textbooks' notations, and typographic look-alikes of ASCII characters.
constexpr auto symbol_respellings = std::to_array<Respelling>({
    {"⇒", "'->' (or '→') for 'implies'"},
    {"⊃", "'->' (or '→') for 'implies'"},
    {"⟹", "'->' (or '→') for 'implies'"},
    {"⇔", "'<->' (or '↔') for 'if and only if'"},
    {"≡", "'<->' (or '↔') for 'if and only if'"},
    {"⟺", "'<->' (or '↔') for 'if and only if'"},
    {"∼", "'not' (or '¬')"},
    {"⊕", "'xor'"},
    {"−", "'-' (the ASCII minus)"},
    {"“", "'\"' (a plain ASCII quotation mark)"},
    {"”", "'\"' (a plain ASCII quotation mark)"},
});

// Reserved words a beginner may capitalise (`AND`, `Not`, `IMPLIES`).
constexpr auto connective_words = std::to_array<std::string_view>(
    {"and", "or", "not", "implies", "iff", "xor", "forall", "exists", "true", "false", "if", "then"});

bool is_operator_char(char c) { return std::string_view("=<>!&|~/-").find(c) != std::string_view::npos; }

std::string lower(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string code_point_name(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

// Whether the file declares `word` as a name: it follows a keyword that declares names, or a
// ',' or '{' (the later names of a list). Errs towards "declared": that only loses a hint.
bool declared(std::string_view text, std::string_view word) {
    char const* p = text.data();
    char const* const end = p + text.size();
    std::string_view previous;
    for (;;) {
        p = skip_space(p, end);
        if (p == end) return false;
        std::string_view const token = token_at(p, end);
        if (token == "\"") {
            ++p;
            while (p != end && *p != '"' && !is_line_break(*p))
                p += (*p == '\\' && p + 1 != end && !is_line_break(p[1])) ? 2 : 1;
            if (p != end && *p == '"') ++p;
            previous = "\"";
            continue;
        }
        if (token == word &&
            (previous == "sort" || previous == "entity" || previous == "predicate" || previous == "function" ||
             previous == "constant" || previous == "define" || previous == "," || previous == "{"))
            return true;
        previous = token;
        p += std::max<std::size_t>(token.size(), 1);
    }
}

std::optional<Hint> word_hint(std::string_view text, char const* begin, char const* end) {
    std::string_view const word(begin, static_cast<std::size_t>(end - begin));
    if (!is_capitalised_keyword(word) || declared(text, word)) return std::nullopt;
    std::string const folded = lower(word);
    return Hint{begin, word.size(),
                fmt::format("'{}' is not a keyword; write '{}' (keywords are lower case)", word, folded)};
}

}   // namespace

bool is_capitalised_keyword(std::string_view word) {
    std::string const folded = lower(word);
    return folded != word &&
           std::find(connective_words.begin(), connective_words.end(), folded) != connective_words.end();
}

std::optional<Hint> spelling_hint(std::string_view text, char const* previous_end, char const* at) {
    char const* const begin = text.data();
    char const* const end = begin + text.size();
    if (at != end && is_operator_char(*at)) {
        char const* run_begin = at;
        while (run_begin != begin && is_operator_char(run_begin[-1])) --run_begin;
        char const* run_end = at;
        while (run_end != end && is_operator_char(*run_end)) ++run_end;
        std::string_view const run(run_begin, static_cast<std::size_t>(run_end - run_begin));
        for (auto const& r : operator_respellings)
            if (r.wrong == run)
                return Hint{run_begin, run.size(), fmt::format("'{}' is not an operator; write {}", run, r.write)};
    }
    if (at != end && static_cast<unsigned char>(*at) >= 0x80) {
        std::string_view const rest(at, static_cast<std::size_t>(end - at));
        for (auto const& r : symbol_respellings)
            if (rest.starts_with(r.wrong))
                return Hint{at, r.wrong.size(),
                            fmt::format("'{}' is not part of the language; write {}", r.wrong, r.write)};
        CodePoint const cp = decode(rest);
        // A letter beyond ASCII inside or at the start of a word: the name stops before it.
        bool const in_word = (at != begin && is_identifier_char(at[-1])) ||
                             (cp.length < rest.size() && is_identifier_char(rest[cp.length]));
        bool const letter_like = cp.value >= 0xC0 && cp.value != 0xD7 && cp.value != 0xF7 &&
                                 (cp.value < 0x2000 || (cp.value >= 0x3040 && cp.value < 0x1F000));
        if (cp.valid && invisible_name(rest).empty() && (in_word || letter_like))
            return Hint{at, cp.length,
                        fmt::format("'{}' ({}) cannot be part of a name; names are ASCII: letters "
                                    "A-Z and a-z, digits and '_'",
                                    rest.substr(0, cp.length), code_point_name(cp.value))};
    }
    if (char const* w = scan_word(at, end); w != at)
        if (auto hint = word_hint(text, at, w)) return hint;
    // `NOT p`: `NOT` was read as a name, and the parser stopped at what follows it.
    if (previous_end != begin && previous_end <= at && is_identifier_char(previous_end[-1])) {
        char const* w = previous_end;
        while (w != begin && is_identifier_char(w[-1])) --w;
        if (is_identifier_start(*w)) return word_hint(text, w, previous_end);
    }
    return std::nullopt;
}

std::optional<Hint> missing_comma(std::string_view text, char const* previous_end, char const* at, char const* what) {
    char const* const begin = text.data();
    char const* const end = begin + text.size();
    char const* w = scan_word(at, end);
    std::string_view const word(at, static_cast<std::size_t>(w - at));
    if (word.empty() || is_reserved(word)) return std::nullopt;
    // `b attacks c` on the next line is a relation of its own, not a forgotten comma.
    char const* next = skip_space(w, end);
    std::string_view const after(next, static_cast<std::size_t>(scan_word(next, end) - next));
    if (after == "attacks" || after == "supports") return std::nullopt;
    char const* q = previous_end;
    while (q != begin && is_identifier_char(q[-1])) --q;
    std::string_view const before(q, static_cast<std::size_t>(previous_end - q));
    return Hint{previous_end, 0, fmt::format("expected ',' between the {} '{}' and '{}'", what, before, word)};
}

}   // namespace elenchus::lexical
