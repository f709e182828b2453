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

// An argument's whole verdict: validity from its premises plus the axioms among `asserted`,
// the missing premises among `hypotheses` (none begging the question), circularity.
ArgumentVerdict argument(solver::Session& session, logic::Argument const& argument, std::vector<int> const& asserted,
                         std::vector<int> const& hypotheses, CheckOptions const& options);
// The same in two steps: validity and the missing premises as first found, then
// complete_argument adds circularity and drops the suggestions that beg the question. A
// report asks every first step before any second one, so that the second's queries leave
// the models Z3 finds for the first (the witness worlds shown) as they were.
ArgumentVerdict argument_validity(solver::Session& session, logic::Argument const& argument,
                                  std::vector<int> const& asserted, std::vector<int> const& hypotheses,
                                  CheckOptions const& options);
void complete_argument(solver::Session& session, logic::Argument const& argument, std::vector<int> const& asserted,
                       std::vector<int> const& hypotheses, CheckOptions const& options, ArgumentVerdict& verdict);
// complete_argument for every argument of the report, in the baseline and each scenario.
void complete_arguments(solver::Session& session, Report& report, CheckOptions const& options);

// The arguments through which `argument`'s premises rest on its own conclusion, starting
// with `argument`: each concludes a premise of the one before, and the last has the
// conclusion of `argument` among its premises (the shortest such cycle). Empty: none.
std::vector<std::string> circular_chain(logic::Theory const& theory, logic::Argument const& argument);

// Is `statement` equivalent to `target` given `axioms`, `target` being settled by them
// neither way? unsat: yes; sat: no; unknown: Z3 could not decide (reason).
solver::Outcome equivalent_given(solver::Session& session, std::vector<int> const& axioms, int statement, int target);

// Fills the circularity fields of `verdict` (its validity already decided): the conclusion
// among the premises, a cycle through other arguments, or a premise equivalent to the
// conclusion given `axioms`.
void check_circularity(solver::Session& session, logic::Argument const& argument, std::vector<int> const& axioms,
                       ArgumentVerdict& verdict);

// A scenario's verdicts; its arguments as argument_validity leaves them.
ScenarioVerdict scenario(solver::Session& session, logic::Scenario const& scenario, CheckOptions const& options);
// The hypotheses a scenario may suggest as missing premises: the file's not asserted in it,
// and the ones it declares.
std::vector<int> scenario_hypotheses(logic::Theory const& theory, logic::Scenario const& scenario,
                                     std::vector<int> const& asserted);

// The claims a world judges: the file's, then those `scenario` declares (the baseline: none).
std::vector<int> claims_of(logic::Theory const& theory, logic::Scenario const* scenario = nullptr);

}   // namespace elenchus::verdicts
