// A saved explanation: the JSON `explain --format json` writes, and reading its derivations
// back for `explain --verify`. Writer and reader sit together because they are one format:
// display names, arbitrary individuals with their types, and line numbers written here are
// exactly what the reader undoes.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "arguments/explain/derivation.hpp"
#include "arguments/explain/explain.hpp"
#include "grammar/theory.hpp"

namespace elenchus {

// The document for `explain --format json`; `file` is the path as the user gave it.
nlohmann::ordered_json explanation_json(std::string const& file, logic::Theory const& theory, Explanation const& e);

// One derivation per entry, the formulas re-parsed and re-checked against `theory`. A line
// that cannot be read is reported as the first bad line.
struct ReadBack {
    std::vector<Derivation> derivations;
    int bad_line = 0;      // > 0: this line could not be read
    std::string message;   // why (also for a malformed document, with bad_line == 0)
};
ReadBack read_explanation(logic::Theory const& theory, nlohmann::json const& doc);

// Formula text as explanations print it, with each member's display name (`"Türkiye"`)
// turned back into the member's name, so the parser reads it (also for proofs/).
std::string with_member_names(logic::Theory const& theory, std::string const& text);

}   // namespace elenchus
