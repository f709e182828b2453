#include "grammar/parse_support.hpp"

#include <algorithm>

#include "grammar/lexical.hpp"
#include "grammar/spelling_hints.hpp"

namespace elenchus::parser {

void raise(char const* where, char const* end, std::string message) {
    auto token = lexical::token_at(where, end);
    throw SyntaxError{where, token.size(), std::move(message)};
}

void raise_too_deep(char const* where, ParseState const& st) {
    raise(where, st.end, "formula nested too deeply (limit " + std::to_string(st.max_nesting) + ")");
}

namespace {

std::string_view whole_text(ParseState const& st) { return {st.begin, static_cast<std::size_t>(st.end - st.begin)}; }

bool starts_declaration_on_later_line(char const* previous_end, char const* at, char const* end) {
    if (at == end || std::find_if(previous_end, at, lexical::is_line_break) == at) return false;
    if (*at == '}') return true;   // a scenario's end
    std::string_view const word(at, static_cast<std::size_t>(lexical::scan_word(at, end) - at));
    if (word.empty()) return false;
    if (lexical::is_declaration_keyword(word)) return true;
    if (lexical::is_reserved(word)) return false;
    char const* next = lexical::skip_space(at + word.size(), end);
    std::string_view const after(next, static_cast<std::size_t>(lexical::scan_word(next, end) - next));
    return after == "attacks" || after == "supports";
}

}   // namespace

void raise_expected(char const* previous_end, ParseState const& st, std::string message) {
    char const* at = lexical::skip_space(previous_end, st.end);
    if (auto hint = lexical::spelling_hint(whole_text(st), previous_end, at))
        throw SyntaxError{hint->where, hint->length, std::move(hint->message)};
    if (starts_declaration_on_later_line(previous_end, at, st.end))
        throw SyntaxError{previous_end, 0, std::move(message)};
    raise(at, st.end, std::move(message));
}

void raise_found(char const* previous_end, char const* at, ParseState const& st, std::string message) {
    if (auto hint = lexical::spelling_hint(whole_text(st), previous_end, at))
        throw SyntaxError{hint->where, hint->length, std::move(hint->message)};
    raise(at, st.end, std::move(message));
}

void reject_missing_comma(char const* previous_end, ParseState const& st, char const* what) {
    char const* at = lexical::skip_space(previous_end, st.end);
    if (auto hint = lexical::missing_comma(whole_text(st), previous_end, at, what))
        throw SyntaxError{hint->where, hint->length, std::move(hint->message)};
}

void decode_string(char const* open, char const* end, ast::StringLit& out, char const*& after, ParseState const& st) {
    std::string value;
    char const* p = open + 1;
    for (;;) {
        if (p == end || lexical::is_line_break(*p))
            throw SyntaxError{open, static_cast<std::size_t>(p - open), "unterminated string"};
        char c = *p;
        if (c == '"') break;
        // Strings reach reports, explanations and maps verbatim; a raw control character there
        // could act on the reader's terminal, and no escape can spell one.
        if (auto const cp = lexical::decode({p, static_cast<std::size_t>(end - p)});
            cp.valid && lexical::is_control(cp.value)) {
            throw SyntaxError{p, cp.length,
                              "control character " + lexical::invisible_name({p, cp.length}) +
                                  " in a string; remove it (a string may hold a tab, and '\\n' "
                                  "for a line break)"};
        }
        if (c == '\\') {
            char const* escape = p + 1;
            if (escape == end || lexical::is_line_break(*escape))
                throw SyntaxError{open, static_cast<std::size_t>(escape - open), "unterminated string"};
            if (*escape == '"' || *escape == '\\') value += *escape;
            else if (*escape == 'n') value += '\n';
            else {
                auto shown = lexical::token_at(escape, end);
                if (shown.size() > 1 && lexical::is_identifier_start(shown[0])) shown = shown.substr(0, 1);
                if (shown.size() > 1 && lexical::is_digit(shown[0])) shown = shown.substr(0, 1);
                throw SyntaxError{p, 1 + shown.size(), "unknown escape '\\" + std::string(shown) + "'"};
            }
            p = escape + 1;
            continue;
        }
        value += c;
        ++p;
    }
    out.value = std::move(value);
    out.span = st.span(open, p + 1);
    after = p + 1;
}

namespace {

void check_depth(std::uint32_t depth, ast::Span at, ParseState const& st) {
    if (depth > st.max_tree_depth)
        throw SyntaxError{st.begin + at.begin, at.end - at.begin,
                          "formula too deep: more than " + std::to_string(st.max_tree_depth) +
                              " levels of operators (split it with 'define')"};
}

}   // namespace

void fold_binary(Term& acc, Term&& rhs, ParseState const& st) {
    std::uint32_t depth = 1 + std::max(acc.depth, rhs.depth);
    check_depth(depth, acc.pending_span, st);
    ast::Expr e;
    e.kind = ast::Expr::Kind::binary;
    e.binary_op = static_cast<ast::BinaryOp>(acc.pending);
    e.span = {acc.expr.span.begin, rhs.expr.span.end};
    e.operands.reserve(2);
    e.operands.push_back(std::move(acc.expr));
    e.operands.push_back(std::move(rhs.expr));
    acc.expr = std::move(e);
    acc.depth = depth;
}

void make_unary(Term& acc, Term&& operand, ast::UnaryOp op, ParseState const& st) {
    std::uint32_t depth = operand.depth + 1;
    check_depth(depth, acc.pending_span, st);
    ast::Expr e;
    e.kind = ast::Expr::Kind::unary;
    e.unary_op = op;
    e.span = {acc.pending_span.begin, operand.expr.span.end};
    e.operands.push_back(std::move(operand.expr));
    acc.expr = std::move(e);
    acc.depth = depth;
}

void make_quantified(Term& acc, Term&& body, ParseState const& st) {
    std::uint32_t depth = body.depth + 1;
    check_depth(depth, acc.pending_span, st);
    acc.expr.kind = ast::Expr::Kind::quantified;
    acc.expr.quantifier = static_cast<ast::Quantifier>(acc.pending);
    acc.expr.span = {acc.pending_span.begin, body.expr.span.end};
    acc.expr.operands.clear();
    acc.expr.operands.push_back(std::move(body.expr));
    acc.depth = depth;
}

void set_condition(Term& acc, Term&& condition) {
    acc.expr = std::move(condition.expr);
    acc.depth = condition.depth;
}

void make_if_then(Term& acc, Term&& consequence, ParseState const& st) {
    std::uint32_t begin = acc.pending_span.begin;
    acc.pending = static_cast<int>(ast::BinaryOp::implies);
    fold_binary(acc, std::move(consequence), st);
    acc.expr.span.begin = begin;
}

void start_application(Term& acc, ast::Name&& name) {
    acc.expr = ast::Expr{};
    acc.expr.kind = ast::Expr::Kind::name;
    acc.expr.span = name.span;
    acc.expr.name = std::move(name);
    acc.depth = 1;
}

void add_argument(Term& acc, Term&& argument, ParseState const& st) {
    std::uint32_t depth = std::max(acc.depth, argument.depth + 1);
    check_depth(depth, argument.expr.span, st);
    acc.expr.operands.push_back(std::move(argument.expr));
    acc.depth = depth;
}

void close_application(Term& acc, ast::Span close) {
    // `p()` is `p`: the printer writes it so, and the round trip must give the same tree.
    acc.expr.kind = acc.expr.operands.empty() ? ast::Expr::Kind::name : ast::Expr::Kind::apply;
    acc.expr.span.end = close.end;
}

void close_parenthesis(Term& acc, ast::Span close) { acc.expr.span = {acc.pending_span.begin, close.end}; }

void make_boolean(Term& acc, bool value, ast::Span span) {
    acc.expr = ast::Expr{};
    acc.expr.kind = ast::Expr::Kind::boolean;
    acc.expr.boolean = value;
    acc.expr.span = span;
    acc.depth = 1;
}

}   // namespace elenchus::parser
