// The non-template half of the grammar: syntax errors, string decoding and the building of
// formula trees. Compiled once (parse_support.cpp) instead of in every X3 instantiation.
#pragma once

#include <string>

#include "grammar/parse_config.hpp"

namespace elenchus::parser {

// Throws SyntaxError at `where`, underlining the token there.
[[noreturn]] void raise(char const* where, char const* end, std::string message);
[[noreturn]] void raise_too_deep(char const* where, ParseState const& st);
// What `must` raises when the parser stopped after `previous_end`, the end of the last token
// read: a hint if a wrong spelling is there (`==`, `AND`, ...). When what follows begins the
// next declaration on a later line, the error goes at `previous_end`: the line that lacks
// something is the one to blame, not the correct one after it.
[[noreturn]] void raise_expected(char const* previous_end, ParseState const& st, std::string message);
// An unexpected token at `at`: a hint if a wrong spelling is there, else `message` at `at`.
[[noreturn]] void raise_found(char const* previous_end, char const* at, ParseState const& st, std::string message);
// `from a b`: throws "expected ','" if a name stands at `previous_end`'s next token.
void reject_missing_comma(char const* previous_end, ParseState const& st, char const* what);

// Decodes the string literal whose opening quote is at `open`; `after` receives the end.
// Throws on an unterminated string or an unknown escape.
void decode_string(char const* open, char const* end, ast::StringLit& out, char const*& after, ParseState const& st);

// `acc` holds the left operand and, in `pending`, the operator; afterwards the whole.
void fold_binary(Term& acc, Term&& rhs, ParseState const& st);
// `acc.pending_span` is the operator (`not`, `!`, `-`).
void make_unary(Term& acc, Term&& operand, ast::UnaryOp op, ParseState const& st);
// `acc` holds the quantifier in `pending`/`pending_span` and the binders in `expr.binders`.
void make_quantified(Term& acc, Term&& body, ParseState const& st);
// `acc` holds the condition and the span of `if` in `pending_span`.
void make_if_then(Term& acc, Term&& consequence, ParseState const& st);
void set_condition(Term& acc, Term&& condition);
void start_application(Term& acc, ast::Name&& name);
void add_argument(Term& acc, Term&& argument, ParseState const& st);
void close_application(Term& acc, ast::Span close);
void close_parenthesis(Term& acc, ast::Span close);   // `acc` holds the inner formula
void make_boolean(Term& acc, bool value, ast::Span span);

}   // namespace elenchus::parser
