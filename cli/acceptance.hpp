// Acceptability of a file's arguments (arguments/standing/) in the subcommands: the
// `--attacks declared|logical|all` option, and how `check`, `explain`, `whatif` and `map`
// show which arguments stand (docs/acceptability.md, "Arguments of a file").
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "arguments/standing/standing.hpp"
#include "cli/palette.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

// Adds `--attacks declared|logical|all` (default declared). Any other value is a usage error
// (exit 2) naming the allowed values.
void add_attacks_option(CLI::App& sub, standing::AttackSource& source);

// Whether `source` needs the checker's relation verdicts (logical, all).
inline bool needs_relations(standing::AttackSource source) { return source != standing::AttackSource::declared; }

standing::Standing acceptance_of(logic::Theory const& theory, std::span<RelationVerdict const> relations,
                                 standing::AttackSource source, std::span<int const> dropped = {});

// The "Acceptance" section of `check`: each argument's grounded label and acceptance under
// preferred and stable semantics, the extensions, the conclusions.
std::string acceptance_text(logic::Theory const& theory, standing::Standing const& st, Palette const& p);
// `acceptance` of `check --format json` (docs/cli.md).
nlohmann::json acceptance_json(logic::Theory const& theory, standing::Standing const& st);

// One entry of `acceptance.conclusions` of `check --format json`.
nlohmann::json conclusion_json(logic::Theory const& theory, standing::Standing const& st,
                               standing::ConclusionStanding const& c);

// `explain FILE ARGUMENT`: why the argument is in, out or undecided (grounded), and where it
// stands under the other semantics.
std::string why_text(standing::Standing const& st, std::size_t argument, Palette const& p);
nlohmann::json why_json(standing::Standing const& st, std::size_t argument);

// `explain FILE CLAIM` for a statement some argument concludes: its acceptance, which follows
// the arguments that conclude it, and why each of them stands as it does. The JSON is check's
// conclusion entry (conclusion_json) with `attacks` and, per concluding argument, why_json.
std::string conclusion_why_text(logic::Theory const& theory, standing::Standing const& st,
                                standing::ConclusionStanding const& c, Palette const& p);
nlohmann::json conclusion_why_json(logic::Theory const& theory, standing::Standing const& st,
                                   standing::ConclusionStanding const& c);

// `whatif`: the arguments (and conclusions) whose acceptance differs between the baseline and
// a scenario: grounded label, and acceptance under preferred and stable semantics.
std::string acceptance_change_text(logic::Theory const& theory, standing::Standing const& base,
                                   standing::Standing const& scenario, Palette const& p);
nlohmann::json acceptance_change_json(logic::Theory const& theory, standing::Standing const& base,
                                      standing::Standing const& scenario);

// Words for an argument's acceptance under a semantics with several extensions.
// "sceptical": in every extension; "credulous": in some; "rejected": in none.
std::string acceptance_word(standing::SemanticsStanding const& s, std::size_t argument);

}   // namespace elenchus::cli
