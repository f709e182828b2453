#include <algorithm>

#include "arguments/verdicts/verdicts.hpp"

namespace elenchus::verdicts {

ScenarioVerdict scenario(solver::Session& session, logic::Scenario const& s,
                         CheckOptions const& options) {
    auto const& theory = session.theory();
    ScenarioVerdict v;
    v.name = s.name;
    v.title = s.title;
    std::vector<int> asserted = theory.asserted_in(s);
    v.consistency = consistency(session, asserted, options);

    std::vector<int> claims = theory.claims();
    std::vector<int> hypotheses;
    for (int h : theory.hypotheses())
        if (std::find(asserted.begin(), asserted.end(), h) == asserted.end()) hypotheses.push_back(h);
    for (int i : s.statements) {
        auto kind = theory.statements[static_cast<std::size_t>(i)].kind;
        if (kind == ast::StatementKind::claim) claims.push_back(i);
        if (kind == ast::StatementKind::hypothesis) hypotheses.push_back(i);
    }
    for (int c : claims) v.claims.push_back(claim(session, asserted, c, v.consistency));
    for (auto const& a : theory.arguments)
        v.arguments.push_back(argument(session, a, asserted, hypotheses, options));
    return v;
}

}  // namespace elenchus::verdicts
