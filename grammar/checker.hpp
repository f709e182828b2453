// Names and types: turns a parsed file into a checked Theory, or reports why it cannot.
#pragma once

#include <optional>

#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"

namespace elenchus {

// Resolves every name (symbols must be declared before use; statements, arguments and
// scenarios may be named before their declaration), checks arity, sorts and
// Bool/Int/Real, duplicates, `cites`, arguments and relations, `without` and `with`.
// Errors and warnings (unused symbol or source, a claim no argument concludes) go to
// `diagnostics`; the Theory is returned only when there is no error.
std::optional<logic::Theory> check(ast::File const& file, Diagnostics& diagnostics);

// Type-checks one extra formula against a checked theory (for `whatif --assume`).
std::optional<logic::Term> check_formula(logic::Theory const& theory, ast::Expr const& formula,
                                         Diagnostics& diagnostics);

}   // namespace elenchus
