// An Elenchus file written as an Argdown map (`elenchus export --format argdown`) and as
// Argument Interchange Format JSON (`--format aif`, the JSON of OVA and AIFdb).
//
// Argdown: each statement a titled statement (`[name]: means`) with its kind and formula as
// data (`{kind: premise, formula: "..."}`; a propositional formula also as `formalization` in
// NLTK's notation with its `declarations`, which `elenchus import` reads back); each argument
// a titled argument with its premise-conclusion structure; each relation below its source.
// AIF: each statement an I-node, each argument an RA-node (premises → RA → conclusion),
// each `supports` an RA-node and each `attacks` a CA-node between the I-nodes of the two
// sides (an argument stands for its conclusion there).
#pragma once

#include <string>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::argdown {

struct Exported {
    std::string text;
    std::vector<std::string> left_out;   // what the format cannot hold (scenarios, ...)
};

Exported to_argdown(logic::Theory const& theory, std::string const& title);
Exported to_aif(logic::Theory const& theory);

}   // namespace elenchus::argdown
