// What the editor shows as diagnostics: the front end's (syntax, names, types) at once, and
// the logical verdicts of `check` when the check of that version is done.
#pragma once

#include <nlohmann/json.hpp>

#include "arguments/verdicts/report.hpp"
#include "cli/lsp/document.hpp"

namespace elenchus::lsp {

// LSP DiagnosticSeverity.
enum class Severity { error = 1, warning = 2, information = 3, hint = 4 };

// The parser's and the checker's diagnostics; a note becomes relatedInformation.
nlohmann::json front_end_diagnostics(Analysis const& analysis);

// One diagnostic per problem the check found, on the name it is about: each member of a
// minimal inconsistent set (relatedInformation: the other members), refuted, unknown, open
// and vacuous claims, invalid, undecided and circular arguments and ones whose premises
// contradict each other, flagged relations.
nlohmann::json verdict_diagnostics(Analysis const& analysis, Report const& report);

// The list of names, `{a, b}`.
std::string name_list(std::vector<std::string> const& names);

}   // namespace elenchus::lsp
