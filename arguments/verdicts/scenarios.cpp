#include <algorithm>

#include "arguments/verdicts/verdicts.hpp"

namespace elenchus::verdicts {

ScenarioVerdict scenario(solver::Session& session, logic::Scenario const& s, CheckOptions const& options) {
    auto const& theory = session.theory();
    ScenarioVerdict v;
    v.name = s.name;
    v.title = s.title;
    std::vector<int> asserted = theory.asserted_in(s);
    v.consistency = consistency(session, asserted, options);

    std::vector<int> const hypotheses = scenario_hypotheses(theory, s, asserted);
    for (int c : claims_of(theory, &s)) v.claims.push_back(claim(session, asserted, c, v.consistency));
    for (auto const& a : theory.arguments)
        v.arguments.push_back(argument_validity(session, a, asserted, hypotheses, options));
    return v;
}

std::vector<int> scenario_hypotheses(logic::Theory const& theory, logic::Scenario const& s,
                                     std::vector<int> const& asserted) {
    std::vector<int> hypotheses;
    for (int h : theory.hypotheses())
        if (std::find(asserted.begin(), asserted.end(), h) == asserted.end()) hypotheses.push_back(h);
    for (int i : s.statements)
        if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::hypothesis)
            hypotheses.push_back(i);
    return hypotheses;
}

std::vector<int> claims_of(logic::Theory const& theory, logic::Scenario const* scenario) {
    std::vector<int> claims = theory.claims();
    if (scenario)
        for (int i : scenario->statements)
            if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::claim) claims.push_back(i);
    return claims;
}

}   // namespace elenchus::verdicts
