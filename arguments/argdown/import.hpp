// An Argdown document turned into Elenchus source text (`elenchus import`).
//
// - Each equivalence class of statements becomes a statement with its text as `means`: a
//   `claim` when some premise-conclusion structure concludes it, a `premise` when one uses it
//   as a premise, else a `hypothesis` (stated, but neither asserted nor concluded). Its formula
//   is its `formalization` data when it has one, else a proposition of its own.
// - Each reconstructed argument becomes `argument NAME "description" from ... therefore ...`
//   (its premises to its main conclusion); a complex one also gets one argument per inference
//   step (`NAME_step1`, ...). An argument without a premise-conclusion structure cannot be an
//   Elenchus argument: it becomes a hypothesis with its description as `means`, so that its
//   relations are kept.
// - Support and attack become `supports` and `attacks`; an undercut becomes `attacks` and a
//   contradiction `attacks` both ways, each with a note.
// Everything left out or changed is a note with its Argdown position.
#pragma once

#include <string>
#include <vector>

#include "arguments/argdown/document.hpp"

namespace elenchus::argdown {

struct Imported {
    std::string text;                // the .arg file
    std::vector<Diagnostic> notes;   // what was not carried over as written
};

Imported to_elenchus(Document const& doc, std::string const& source_name);

// An Elenchus identifier for a title: ASCII letters, digits and '_', not a keyword, not
// starting with a digit; `fallback` when nothing is left. Not made unique here.
std::string identifier(std::string const& title, std::string const& fallback);

}   // namespace elenchus::argdown
