// `elenchus explain FILE NAME --table`: the truth table of a propositional claim or argument
// (arguments/truthtable/), in text, Markdown or JSON.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "arguments/truthtable/truthtable.hpp"
#include "cli/explain_format.hpp"
#include "grammar/diagnostics.hpp"

namespace elenchus::cli {

std::string truth_table_text(truthtable::Table const& t);
std::string truth_table_markdown(truthtable::Table const& t);
nlohmann::json truth_table_json(std::string const& file, truthtable::Table const& t);

// Prints the table of `name` in `format`, then what `problems` says is wrong with it beside
// the table's verdict (asked only once there is a table: an argument's circularity and
// contradictory premises, as check counts them); the exit status: 0 valid, follows or open
// with no problem; 1 invalid, refuted, vacuous or a problem; 2 no table (the error and a
// hint on stderr, or in the JSON).
int print_truth_table(SourceFile const& source, logic::Theory const& theory, std::string const& name,
                      ExplainFormat format, std::function<std::vector<std::string>()> const& problems);

}   // namespace elenchus::cli
