// What `check` counts as a problem in a report: the exit status (1) and the summary line
// come from this one list, so they cannot disagree.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "arguments/verdicts/report.hpp"

namespace elenchus {

// One kind of problem and how many of it, in the order a reader meets them in the report.
struct ProblemCount {
    std::string singular;   // "invalid argument"
    std::string plural;     // "invalid arguments"
    std::size_t count = 0;
};

std::vector<ProblemCount> problems(Report const& report);
std::size_t problem_total(std::vector<ProblemCount> const& list);

// Why an argument is circular, in the words `check` and `explain` both print after
// "circular: " ("the conclusion is among its premises", "its premises rest on its own
// conclusion through other arguments: a → b → a", "premise 'p' says the same as the
// conclusion, given the axioms"); empty when it is not circular.
std::string circularity_reason(ArgumentVerdict const& a);

// `no problems`, or `2 problems: 1 invalid argument, 1 flagged relation`.
std::string problem_summary(std::vector<ProblemCount> const& list);

}   // namespace elenchus
