// Formalisations as argdown-feedback writes them on statements
// (`{formalization: "p -> q", declarations: {p: "...", q: "..."}}`): first-order formulas in
// NLTK's notation (`-p`, `p & q`, `p | q`, `p -> q`, `p <-> q`, `all x.(F(x) -> G(x))`,
// `exists x.F(x)`, `a = b`), read into Elenchus formula text. The spellings Elenchus itself
// accepts for the same connectives (`not`, `and`, `or`, `~`, `!`, `¬`, `∧`, `∨`, `→`, `↔`,
// `forall`, `∀`, `∃`) are read too. Variables range over one open sort (`Thing`).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace elenchus::argdown {

// A name the formalisations use: a predicate (arity 0 is a proposition) or an individual.
struct FormalSymbol {
    bool individual = false;
    std::size_t arity = 0;
};

struct Formalization {
    bool ok = false;
    std::string error;   // when not ok: what is wrong, with the offset in the formula
    std::size_t error_offset = 0;
    // The formula with the names as written; `rename` maps them to Elenchus names when printed.
    std::string print(std::map<std::string, std::string> const& rename) const;
    std::map<std::string, FormalSymbol> symbols;   // the free names it uses

    struct Node;
    std::shared_ptr<Node const> root;
};

Formalization read_formalization(std::string_view text);

}   // namespace elenchus::argdown
