// The hint for an open goal: explain's proof search derives the goal, and the first of its
// lines the student has not yet written is shown, citing the student's own line numbers
// where the student already has the line cited.
#include <fmt/format.h>
#include <map>

#include "arguments/explain/explain.hpp"
#include "arguments/formulas/formulas.hpp"
#include "arguments/proofs/grade_internal.hpp"
#include "grammar/printer.hpp"

namespace elenchus::proofs {

std::string next_line(logic::Theory const& theory, std::string const& goal, std::vector<Step> const& lines,
                      GradeOptions const& options) {
    ExplainOptions eo;
    eo.limits = options.limits;
    eo.step_limits = options.limits;
    eo.max_sets = 1;
    auto e = explain(theory, goal, eo);
    if (!e || e->derivations.empty() || e->derivations.front().steps.empty()) return {};
    std::map<std::string, int> have;   // the student's main-proof lines, by formula
    for (auto const& s : lines)
        if (s.depth == 0) have.emplace(formulas::key(s.formula), s.n);
    int const next = lines.empty() ? 1 : lines.back().n + 1;
    auto const& steps = e->derivations.front().steps;
    std::map<int, int> number;   // derivation line -> the student's line
    for (auto const& s : steps) {
        if (s.depth == 0)
            if (auto it = have.find(formulas::key(s.formula)); it != have.end()) {
                number[s.n] = it->second;
                continue;
            }
        std::vector<std::string> cites;
        bool all_known = true;
        for (int j : s.uses) {
            auto it = number.find(j);
            all_known = all_known && it != number.end();
            cites.push_back(it != number.end() ? std::to_string(it->second) : "?");
        }
        std::string rule = s.claim ? "claim" : to_string(s.rule);
        if (states_statement(s.rule)) rule += " " + s.statement;
        if (s.claim) rule += " (not established)";
        std::string cited;
        for (auto const& c : cites) cited += (cited.empty() ? " " : ", ") + c;
        std::string const formula = formulas::is_false(s.formula) ? "⊥" : print(theory, s.formula, true);
        return fmt::format("{}  {}    {}{}{}", next, formula, rule, cited,
                           all_known ? "" : "  (a '?' is a line still to be written)");
    }
    return {};
}

}   // namespace elenchus::proofs
