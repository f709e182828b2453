// Pieces shared by the formula printer and the file printer (internal to grammar/).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/printer.hpp"

namespace elenchus::printing {

// Binding strength, loosest first, as in docs/language.md (section 3): a node whose level is below what
// its position requires gets parentheses.
enum Level : int {
    formula = 1,   // quantifiers reach as far right as possible
    iff,
    implies,
    disjunction,   // or, xor
    conjunction,
    negation,   // not; also where a quantifier may stand without parentheses
    comparison,
    sum,
    product,
    unary,   // unary minus
    primary,
};

struct BinaryInfo {
    int level;   // of the operator itself
    int lhs;     // the least level its left operand may have without parentheses
    int rhs;
};
BinaryInfo binary_info(ast::BinaryOp op);

// A string literal with `"`, `\` and newline escaped.
std::string quote(std::string_view value);

// An identifier the lexer reads as a name (not a reserved word).
bool is_identifier(std::string_view text);

// `x, y: S, z: T`: consecutive binders of one type share it.
std::string binders(std::vector<ast::Binder> const& list);

// ---- declarations (printer_decl.cpp) ---------------------------------------------------

using Lines = std::vector<std::string>;

std::string names(std::vector<ast::Name> const& list);   // `a, b, c`
// `line` followed by the quoted string, if there is one.
std::string with_string(std::string line, std::optional<ast::StringLit> const& s);

// The lines one declaration prints on; continuation lines (`means`, `from`) carry their
// two-space indent. A scenario is laid out by the file printer, with its comments.
Lines lines_of(ast::SourceDecl const& d);
Lines lines_of(ast::SortDecl const& d);
Lines lines_of(ast::EntityDecl const& d);
Lines lines_of(ast::PredicateDecl const& d);
Lines lines_of(ast::FunctionDecl const& d);
Lines lines_of(ast::ConstantDecl const& d);
Lines lines_of(ast::DefineDecl const& d, PrintOptions options = {});
Lines lines_of(ast::Statement const& d, PrintOptions options = {});
Lines lines_of(ast::RelationDecl const& d);
Lines lines_of(ast::ArgumentDecl const& d);

}   // namespace elenchus::printing
