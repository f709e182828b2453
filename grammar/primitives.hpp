// The leaf parsers and directives of the X3 grammar (internal: include only from the
// parser's .cpp files). Every leaf skips whitespace and comments itself and consumes
// nothing when it fails, so a rule's end is the end of its last token and no X3 skipper
// is needed. `must(message)[p]` turns a failure into a precise syntax error; `nest[p]`
// counts formula nesting against the limit.
#pragma once

#include <algorithm>
#include <string_view>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>
#include <fmt/format.h>

#include "grammar/lexical.hpp"
#include "grammar/parse_config.hpp"
#include "grammar/parse_support.hpp"

namespace elenchus::parser {

template <typename Context>
ParseState& state(Context const& context) {
    return x3::get<state_tag>(context);
}

template <typename Attribute, typename Value>
void assign(Attribute& attribute, Value&& value) {
    if constexpr (!std::is_same_v<std::remove_cv_t<Attribute>, x3::unused_type>) attribute = std::forward<Value>(value);
}

// A punctuation token, matched by maximal munch: `tok("<")` does not match `<=` or `<->`.
// A textbook symbol matches the ASCII token it stands for (`≤` is `<=`).
struct token_parser : x3::parser<token_parser> {
    using attribute_type = ast::Span;
    static bool const has_attribute = true;
    std::string_view text;
    constexpr token_parser(std::string_view t) : text(t) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        std::string_view const token = lexical::punctuation_at(p, last);
        if (lexical::ascii_spelling(token) != text) return false;
        assign(attr, state(ctx).span(p, p + token.size()));
        first = p + token.size();
        return true;
    }
};
constexpr token_parser tok(std::string_view t) { return {t}; }

// A reserved word, only at a word boundary (`forallx` is a name), or the textbook symbol
// that stands for it (`⊤` is `true`).
struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = ast::Span;
    static bool const has_attribute = true;
    std::string_view word;
    constexpr keyword_parser(std::string_view w) : word(w) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        char const* w = lexical::scan_word(p, last);
        if (w == p) {
            std::string_view const symbol = lexical::punctuation_at(p, last);
            if (symbol.empty() || lexical::ascii_spelling(symbol) != word) return false;
            w = p + symbol.size();
        } else if (std::string_view(p, static_cast<std::size_t>(w - p)) != word) {
            return false;
        }
        assign(attr, state(ctx).span(p, w));
        first = w;
        return true;
    }
};
constexpr keyword_parser kw(std::string_view w) { return {w}; }

// One of several spellings (`and` / `&`; a textbook symbol counts as its ASCII spelling, `∧`
// as `and`), yielding its code and span.
struct Choice {
    std::string_view spelling;
    int code;
};
struct Chosen {
    int code = 0;
    ast::Span span;
};
struct choice_parser : x3::parser<choice_parser> {
    using attribute_type = Chosen;
    static bool const has_attribute = true;
    Choice const* choices;
    std::size_t count;
    template <std::size_t N>
    constexpr choice_parser(Choice const (&c)[N]) : choices(c), count(N) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        char const* w = lexical::scan_word(p, last);
        std::string_view token =
            w != p ? std::string_view(p, static_cast<std::size_t>(w - p)) : lexical::punctuation_at(p, last);
        if (token.empty()) return false;
        std::string_view const spelling = lexical::ascii_spelling(token);
        for (std::size_t i = 0; i < count; ++i) {
            if (choices[i].spelling == spelling) {
                assign(attr, Chosen{choices[i].code, state(ctx).span(p, p + token.size())});
                first = p + token.size();
                return true;
            }
        }
        return false;
    }
};

// An identifier that is not a reserved word. `strict` names (where the grammar wants a
// name and nothing else) report a reserved word instead of failing quietly. Types accept
// the reserved Bool, Int and Real.
struct name_parser : x3::parser<name_parser> {
    using attribute_type = ast::Name;
    static bool const has_attribute = true;
    bool strict;
    bool type;
    constexpr name_parser(bool s, bool t) : strict(s), type(t) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        char const* w = lexical::scan_word(p, last);
        if (w == p) return false;
        std::string_view word(p, static_cast<std::size_t>(w - p));
        bool builtin_type = type && (word == "Bool" || word == "Int" || word == "Real");
        if (!builtin_type && lexical::is_reserved(word)) {
            // The next declaration's keyword on a later line: the name is missing, not
            // misspelt, and the enclosing `must` says so at the end of the line that lacks it.
            bool const next_declaration =
                lexical::is_declaration_keyword(word) && std::find_if(first, p, lexical::is_line_break) != p;
            if (!strict || next_declaration) return false;
            raise(p, last, fmt::format("'{}' is a reserved word and cannot be a name", word));
        }
        assign(attr, ast::Name{std::string(word), state(ctx).span(p, w)});
        first = w;
        return true;
    }
};
constexpr name_parser name{false, false};
constexpr name_parser strict_name{true, false};
constexpr name_parser type_ref{true, true};

// "..." with the escapes \" \\ \n; errors (unterminated, unknown escape) are thrown.
struct string_parser : x3::parser<string_parser> {
    using attribute_type = ast::StringLit;
    static bool const has_attribute = true;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        if (p == last || *p != '"') return false;
        ast::StringLit literal;
        char const* after = p;
        decode_string(p, last, literal, after, state(ctx));
        assign(attr, std::move(literal));
        first = after;
        return true;
    }
};
constexpr string_parser string_lit{};

// `1994`, `2.5`: the literal as written.
struct number_parser : x3::parser<number_parser> {
    using attribute_type = Term;
    static bool const has_attribute = true;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        char const* p = lexical::skip_space(first, last);
        if (p == last || !lexical::is_digit(*p)) return false;
        char const* q = p;
        while (q != last && lexical::is_digit(*q)) ++q;
        if (q != last && *q == '.' && q + 1 != last && lexical::is_digit(q[1])) {
            ++q;
            while (q != last && lexical::is_digit(*q)) ++q;
        }
        Term t;
        t.expr.kind = ast::Expr::Kind::number;
        t.expr.number.assign(p, q);
        t.expr.span = state(ctx).span(p, q);
        assign(attr, std::move(t));
        first = q;
        return true;
    }
};
constexpr number_parser number{};

template <typename Subject>
struct must_directive : x3::unary_parser<Subject, must_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, must_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    static bool const handles_container = Subject::handles_container;
    char const* message;
    constexpr must_directive(Subject const& s, char const* m) : base_type(s), message(m) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        if (this->subject.parse(first, last, ctx, rctx, attr)) return true;
        raise_expected(first, state(ctx), message);
    }
};
struct must_gen {
    char const* message;
    template <typename Subject>
    constexpr must_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return {x3::as_parser(subject), message};
    }
};
constexpr must_gen must(char const* message) { return {message}; }

// `a b` where a list wants `a, b`: consumes nothing, and throws "expected ','" if a name
// follows the item just read.
struct no_missing_comma_parser : x3::parser<no_missing_comma_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    char const* what;
    constexpr no_missing_comma_parser(char const* w) : what(w) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
        reject_missing_comma(first, state(ctx), what);
        return true;
    }
};
constexpr no_missing_comma_parser no_missing_comma(char const* what) { return {what}; }

// Succeeds without consuming unless the subject matches, which is an error.
template <typename Subject>
struct reject_directive : x3::unary_parser<Subject, reject_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, reject_directive<Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    char const* message;
    constexpr reject_directive(Subject const& s, char const* m) : base_type(s), message(m) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        It probe = first;
        x3::unused_type ignored;
        if (this->subject.parse(probe, last, ctx, rctx, ignored))
            raise(lexical::skip_space(first, last), last, message);
        return true;
    }
};
struct reject_gen {
    char const* message;
    template <typename Subject>
    constexpr reject_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return {x3::as_parser(subject), message};
    }
};
constexpr reject_gen reject(char const* message) { return {message}; }

// One level of formula nesting; too many (or too little stack left) is a syntax error
// rather than a stack overflow.
template <typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    static bool const handles_container = Subject::handles_container;
    constexpr nest_directive(Subject const& s) : base_type(s) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        ParseState& st = state(ctx);
        auto const* frame = static_cast<char const*>(__builtin_frame_address(0));
        bool no_stack =
            st.stack_base && st.stack_base > frame && static_cast<std::size_t>(st.stack_base - frame) > st.stack_budget;
        if (st.depth >= st.max_nesting || no_stack) raise_too_deep(lexical::skip_space(first, last), st);
        ++st.depth;
        struct Leave {
            ParseState& st;
            ~Leave() { --st.depth; }
        } leave{st};
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};
struct nest_gen {
    template <typename Subject>
    constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return {x3::as_parser(subject)};
    }
};
constexpr nest_gen nest{};

// Sets the rule's value's span to the text its body matched.
template <typename Subject>
struct spanned_directive : x3::unary_parser<Subject, spanned_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, spanned_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    static bool const handles_container = Subject::handles_container;
    constexpr spanned_directive(Subject const& s) : base_type(s) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        It i = first;
        if (!this->subject.parse(i, last, ctx, rctx, attr)) return false;
        rctx.span = state(ctx).span(lexical::skip_space(first, last), i);
        first = i;
        return true;
    }
};
struct spanned_gen {
    template <typename Subject>
    constexpr spanned_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return {x3::as_parser(subject)};
    }
};
constexpr spanned_gen spanned{};

// Semantic actions that move the attribute into (or append it to) a member of the rule's value.
template <auto Member>
struct set_member {
    template <typename Ctx>
    void operator()(Ctx& ctx) const {
        x3::_val(ctx).*Member = std::move(x3::_attr(ctx));
    }
};
template <auto Member>
struct push_member {
    template <typename Ctx>
    void operator()(Ctx& ctx) const {
        (x3::_val(ctx).*Member).push_back(std::move(x3::_attr(ctx)));
    }
};
template <auto Member>
constexpr set_member<Member> set{};
template <auto Member>
constexpr push_member<Member> push{};

struct set_value {
    template <typename Ctx>
    void operator()(Ctx& ctx) const {
        x3::_val(ctx) = std::move(x3::_attr(ctx));
    }
};
constexpr set_value set_val{};

}   // namespace elenchus::parser
