// The parts of check_theory, one file each; all run on the caller's one Session.
#pragma once

#include <vector>

#include "arguments/verdicts/report.hpp"
#include "solver/session.hpp"

namespace elenchus::verdicts {

// Sorted statement names of a set of statement indices.
NameSet names(logic::Theory const& theory, std::vector<int> const& statements);

// Consistency of `asserted`, with every minimal inconsistent subset up to the cap.
ConsistencyVerdict consistency(solver::Session& session, std::vector<int> const& asserted, CheckOptions const& options);

// The status of `claim` under `asserted`, given the consistency already decided for it.
ClaimVerdict claim(solver::Session& session, std::vector<int> const& asserted, int claim,
                   ConsistencyVerdict const& consistency);

// What an argument may use: its premises plus the axioms among `asserted`, sorted, each once.
std::vector<int> argument_basis(logic::Theory const& theory, logic::Argument const& argument,
                                std::vector<int> const& asserted);

// An argument's validity from its premises plus the axioms among `asserted`; `hypotheses`
// are the candidates for missing premises.
ArgumentVerdict argument(solver::Session& session, logic::Argument const& argument, std::vector<int> const& asserted,
                         std::vector<int> const& hypotheses, CheckOptions const& options);

ScenarioVerdict scenario(solver::Session& session, logic::Scenario const& scenario, CheckOptions const& options);

// The claims a world judges: the file's, then those `scenario` declares (the baseline: none).
std::vector<int> claims_of(logic::Theory const& theory, logic::Scenario const* scenario = nullptr);

}   // namespace elenchus::verdicts
