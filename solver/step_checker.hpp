// Re-checks single proof steps: does a conclusion follow from a handful of formulas? Owns
// its own Z3 context, apart from any Session, so an explanation is checked independently
// of the queries that found it (and `explain --verify` starts from nothing at all).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus::solver {

class StepChecker {
public:
    explicit StepChecker(logic::Theory const& theory, Limits limits = {5000, 0, nullptr});
    ~StepChecker();
    StepChecker(StepChecker const&) = delete;
    StepChecker& operator=(StepChecker const&) = delete;

    // unsat of the premises with the negated conclusion: `unsat` means it follows.
    Outcome entails(std::span<logic::Term const* const> premises, logic::Term const& conclusion);
    // Are the formulas jointly satisfiable?
    Outcome satisfiable(std::span<logic::Term const* const> formulas);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}   // namespace elenchus::solver
