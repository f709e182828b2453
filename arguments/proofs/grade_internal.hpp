// The grader's parts, shared by its files and nothing else: countermodels
// (countermodel.cpp) and the hint for an open goal (hint.cpp).
#pragma once

#include "arguments/explain/verify.hpp"
#include "arguments/proofs/grade.hpp"
#include "solver/session.hpp"

namespace elenchus::proofs {

// A world where `premises` hold and `line` fails (arbitrary individuals: for some value),
// from `session`; nullopt when the solver finds none (then the line follows after all) or
// cannot say.
std::optional<std::vector<std::string>> counterworld(solver::Session& session, std::vector<logic::Term> const& premises,
                                                     logic::Term const& line, solver::Answer& answer);

// The citations of `s` as a reader names them: `1`, `3–5`.
std::vector<std::string> cited_names(Step const& s);

// The next line of a derivation of `target` that completes `lines` (each right), as a
// proof line would be written; empty when the search finds none.
std::string next_line(logic::Theory const& theory, std::string const& goal, std::vector<Step> const& lines,
                      GradeOptions const& options);

}   // namespace elenchus::proofs
