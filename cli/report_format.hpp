// How `check` shows a Report: a readable text report, or the JSON of the contract
// (shared/design/cli.md, documented in docs/cli.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "arguments/verdicts/report.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

nlohmann::json report_json(logic::Theory const& theory, Report const& report);
// `acceptance`: the Acceptance section (cli/acceptance.hpp), printed after the relations.
std::string report_text(std::string const& path, logic::Theory const& theory, Report const& report, bool color,
                        bool worlds, std::string const& acceptance = {});

// 1 when the check found a problem: the baseline inconsistent or undecided, an invalid or
// undecided argument, a claim refuted or unknown, a flagged relation. Scenarios explore on purpose and do not
// count, except that an undecided scenario verdict is still reported as a problem.
int report_exit_code(Report const& report);

}   // namespace elenchus::cli
