#include <algorithm>

#include "arguments/verdicts/verdicts.hpp"
#include "solver/minimal.hpp"

namespace elenchus::verdicts {

NameSet names(logic::Theory const& theory, std::vector<int> const& statements) {
    NameSet r;
    for (int i : statements) r.push_back(theory.statements[static_cast<std::size_t>(i)].name);
    std::sort(r.begin(), r.end());
    return r;
}

ConsistencyVerdict consistency(solver::Session& session, std::vector<int> const& asserted,
                               CheckOptions const& options) {
    ConsistencyVerdict v;
    solver::Outcome o = session.satisfiable(asserted);
    switch (o.answer) {
    case solver::Answer::sat:
        v.consistent = true;
        if (options.witnesses) v.witness = session.world();
        return v;
    case solver::Answer::unknown: v.reason = o.reason; return v;
    case solver::Answer::unsat: break;
    }
    v.consistent = false;
    auto mus = solver::enumerate_mus(session, asserted, options.max_inconsistent_sets);
    for (auto const& set : mus.sets) v.inconsistent_sets.push_back(names(session.theory(), set));
    std::sort(v.inconsistent_sets.begin(), v.inconsistent_sets.end());
    v.capped = mus.capped || !mus.reason.empty();
    if (!mus.reason.empty()) v.reason = "enumeration of inconsistent sets stopped: " + mus.reason;
    return v;
}

}   // namespace elenchus::verdicts
