#include "arguments/verdicts/problems.hpp"

#include <fmt/format.h>

namespace elenchus {

std::vector<ProblemCount> problems(Report const& report) {
    std::vector<ProblemCount> list{
        {"inconsistent baseline", "inconsistent baselines", 0},
        {"undecided consistency", "undecided consistencies", 0},
        {"refuted claim", "refuted claims", 0},
        {"undecided claim", "undecided claims", 0},
        {"invalid argument", "invalid arguments", 0},
        {"undecided argument", "undecided arguments", 0},
        {"circular argument", "circular arguments", 0},
        {"argument of undecided circularity", "arguments of undecided circularity", 0},
        {"argument with contradictory premises", "arguments with contradictory premises", 0},
        {"flagged relation", "flagged relations", 0},
        {"undecided scenario", "undecided scenarios", 0},
    };
    auto bump = [&](std::size_t i, bool when) { list[i].count += when ? 1 : 0; };
    bump(0, report.consistency.consistent == false);
    bump(1, !report.consistency.consistent.has_value());
    for (auto const& c : report.claims) {
        bump(2, c.status == ClaimStatus::refuted);
        bump(3, c.status == ClaimStatus::unknown);
    }
    for (auto const& a : report.arguments) {
        bump(4, a.valid == false);
        bump(5, !a.valid.has_value());
        bump(6, a.circular);
        bump(7, !a.circular && !a.circular_unknown.empty());
        // Valid only because nothing can hold of its premises together: a problem, though
        // ex falso makes the inference itself valid.
        bump(8, a.premises_inconsistent == true);
    }
    for (auto const& r : report.relations) bump(9, r.flagged);
    // A scenario is a question, so what it refutes is an answer, not a problem; a scenario
    // the limits left undecided is one.
    for (auto const& s : report.scenarios) {
        bool undecided = !s.consistency.consistent.has_value();
        for (auto const& c : s.claims) undecided |= c.status == ClaimStatus::unknown;
        bump(10, undecided);
    }
    std::erase_if(list, [](ProblemCount const& p) { return p.count == 0; });
    return list;
}

std::size_t problem_total(std::vector<ProblemCount> const& list) {
    std::size_t n = 0;
    for (auto const& p : list) n += p.count;
    return n;
}

std::string problem_summary(std::vector<ProblemCount> const& list) {
    std::size_t const total = problem_total(list);
    if (total == 0) return "no problems";
    std::string out = fmt::format("{} problem{}:", total, total == 1 ? "" : "s");
    for (std::size_t i = 0; i < list.size(); ++i)
        out += fmt::format("{} {} {}", i == 0 ? "" : ",", list[i].count,
                           list[i].count == 1 ? list[i].singular : list[i].plural);
    return out;
}

std::string circularity_reason(ArgumentVerdict const& a) {
    if (!a.circular_cycle.empty()) {
        std::string cycle;
        for (auto const& name : a.circular_cycle) cycle += name + " → ";
        return "its premises rest on its own conclusion through other arguments: " + cycle + a.circular_cycle.front();
    }
    if (!a.circular) return {};
    if (a.circular_premise.empty()) return "the conclusion is among its premises";
    return "premise '" + a.circular_premise + "' says the same as the conclusion, given the axioms";
}

}   // namespace elenchus
