// `elenchus explain FILE NAME --table`: the truth table of a propositional claim or argument
// (arguments/truthtable/), in text, Markdown or JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "arguments/truthtable/truthtable.hpp"
#include "cli/explain_format.hpp"
#include "grammar/diagnostics.hpp"

namespace elenchus::cli {

std::string truth_table_text(truthtable::Table const& t);
std::string truth_table_markdown(truthtable::Table const& t);
nlohmann::json truth_table_json(std::string const& file, truthtable::Table const& t);

// Prints the table of `name` in `format`; the exit status: 0 valid, follows or open; 1
// invalid, refuted or vacuous; 2 no table (the error and a hint on stderr, or in the JSON).
int print_truth_table(SourceFile const& source, logic::Theory const& theory, std::string const& name,
                      ExplainFormat format);

}   // namespace elenchus::cli
