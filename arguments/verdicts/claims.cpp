#include <algorithm>

#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "solver/minimal.hpp"

namespace elenchus::verdicts {

using solver::Answer;

namespace {

// One minimal subset of `core` (an unsat core of the entailment) that entails `goal`, and
// its unstated assumptions.
void support(solver::Session& session, std::vector<int> const& core, logic::Term const& goal, ClaimVerdict& v) {
    auto shrunk =
        solver::shrink_to_minimal(session, core, [&](std::span<int const> s) { return session.entails(s, goal); });
    if (!shrunk.set) {
        v.reason += (v.reason.empty() ? "" : "; ") + ("no minimal support set: " + shrunk.reason);
        return;
    }
    auto const& theory = session.theory();
    v.support = names(theory, *shrunk.set);
    std::vector<int> assumed;
    for (int i : *shrunk.set)
        if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::assume) assumed.push_back(i);
    v.assumptions = names(theory, assumed);
}

}   // namespace

ClaimVerdict claim(solver::Session& session, std::vector<int> const& asserted, int claim,
                   ConsistencyVerdict const& consistency) {
    auto const& statement = session.theory().statements[static_cast<std::size_t>(claim)];
    ClaimVerdict v;
    v.name = statement.name;
    if (consistency.consistent == false) {
        v.status = ClaimStatus::vacuous;
        return v;
    }
    logic::Term const& goal = statement.formula;
    logic::Term const refutation = formulas::make_not(goal);

    solver::Outcome follows = session.entails(asserted, goal);
    std::vector<int> follows_core = session.core();
    std::optional<solver::World> fails;
    if (follows.answer == Answer::sat) fails = session.world();
    // After `follows`, the second query matters only to tell a vacuous entailment from a real
    // one, which a known consistency already does.
    solver::Outcome refuted{Answer::sat, {}};
    std::vector<int> refuted_core;
    std::optional<solver::World> holds;
    if (follows.answer != Answer::unsat || consistency.consistent != true) {
        refuted = session.entails(asserted, refutation);
        refuted_core = session.core();
        if (refuted.answer == Answer::sat) holds = session.world();
    }

    if (follows.answer == Answer::unsat || refuted.answer == Answer::unsat) {
        bool positive = follows.answer == Answer::unsat;
        solver::Outcome const& other = positive ? refuted : follows;
        if (other.answer == Answer::unsat) {   // both: the premises are inconsistent
            v.status = ClaimStatus::vacuous;
            return v;
        }
        // Z3's unsat is a proof of the entailment; only its vacuity is then open, and the
        // consistency verdict reports that unknown. Say so beside the status.
        if (other.answer == Answer::unknown && consistency.consistent != true)
            v.reason = "whether the premises are consistent (and so whether this holds "
                       "vacuously) is unknown: " +
                       other.reason;
        v.status = positive ? ClaimStatus::follows : ClaimStatus::refuted;
        support(session, positive ? follows_core : refuted_core, positive ? goal : refutation, v);
        return v;
    }
    if (follows.answer == Answer::sat && refuted.answer == Answer::sat) {
        v.status = ClaimStatus::open;
        v.holds = std::move(holds);
        v.fails = std::move(fails);
        return v;
    }
    v.status = ClaimStatus::unknown;
    v.reason = follows.answer == Answer::unknown ? follows.reason : refuted.reason;
    if (v.reason.empty()) v.reason = "Z3 returned unknown";
    return v;
}

}   // namespace elenchus::verdicts
