#include "arguments/verdicts/report.hpp"

#include "arguments/verdicts/relations.hpp"
#include "arguments/verdicts/verdicts.hpp"

namespace elenchus {

char const* to_string(ClaimStatus s) {
    switch (s) {
    case ClaimStatus::follows: return "follows";
    case ClaimStatus::refuted: return "refuted";
    case ClaimStatus::open: return "open";
    case ClaimStatus::unknown: return "unknown";
    case ClaimStatus::vacuous: return "vacuous";
    }
    return "unknown";
}

Report check_theory(logic::Theory const& theory, CheckOptions const& options) {
    solver::Session session(theory, options.limits);
    return check_theory(session, options);
}

Report check_theory(solver::Session& session, CheckOptions const& options) {
    auto const& theory = session.theory();
    Report report;
    std::vector<int> baseline = theory.baseline();
    report.consistency = verdicts::consistency(session, baseline, options);
    for (int c : theory.claims()) report.claims.push_back(verdicts::claim(session, baseline, c, report.consistency));
    for (auto const& a : theory.arguments)
        report.arguments.push_back(verdicts::argument_validity(session, a, baseline, theory.hypotheses(), options));
    for (auto const& s : theory.scenarios) report.scenarios.push_back(verdicts::scenario(session, s, options));
    report.relations = check_relations(session, theory, baseline);
    // Last, so that its queries leave the witness worlds above as they were without them.
    verdicts::complete_arguments(session, report, options);
    return report;
}

}   // namespace elenchus
