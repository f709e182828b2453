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
    auto step = [&](std::string_view phase, std::size_t done, std::size_t total) {
        if (options.progress) options.progress(phase, done, total);
    };
    Report report;
    std::vector<int> baseline = theory.baseline();
    step("consistency", 0, 0);
    report.consistency = verdicts::consistency(session, baseline, options);
    auto const claims = theory.claims();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        step("claims", i, claims.size());
        report.claims.push_back(verdicts::claim(session, baseline, claims[i], report.consistency));
    }
    for (std::size_t i = 0; i < theory.arguments.size(); ++i) {
        step("arguments", i, theory.arguments.size());
        report.arguments.push_back(
            verdicts::argument_validity(session, theory.arguments[i], baseline, theory.hypotheses(), options));
    }
    for (std::size_t i = 0; i < theory.scenarios.size(); ++i) {
        step("scenarios", i, theory.scenarios.size());
        report.scenarios.push_back(verdicts::scenario(session, theory.scenarios[i], options));
    }
    step("relations", 0, 0);
    report.relations = check_relations(session, theory, baseline);
    // Last, so that its queries leave the witness worlds above as they were without them.
    step("circularity", 0, 0);
    verdicts::complete_arguments(session, report, options);
    return report;
}

}   // namespace elenchus
