// The canonical layout of an Elenchus file. Printing the parse of printed text gives the same
// text (idempotent) and the same tree (positions aside); comments are kept.
#pragma once

#include <string>

#include "grammar/ast.hpp"
#include "grammar/theory.hpp"

namespace elenchus {

// `unicode`: the textbook symbols (¬ ∧ ∨ → ↔ ∀ ∃ ⊥ ⊤ ≠ ≤ ≥) for the ASCII spellings they
// stand for, as `fmt --unicode` prints them; both parse to the same tree.
struct PrintOptions {
    bool unicode = false;
};

std::string print(ast::File const& file);
// Minimal parentheses, canonical spellings.
std::string print(ast::Expr const& formula, PrintOptions options = {});

// A typed formula in the language's own syntax, members shown with their display names
// when `display_names` (for explanations and witness worlds).
std::string print(logic::Theory const& theory, logic::Term const& term, bool display_names = false);

}   // namespace elenchus
