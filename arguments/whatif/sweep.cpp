// One claim under one world: sweep (load-bearing statements and supports), break, make.
#include <algorithm>

#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/whatif.hpp"
#include "arguments/whatif/support.hpp"

namespace elenchus::whatif {

using solver::Answer;

namespace {

std::vector<int> without(std::vector<int> const& set, int x) {
    std::vector<int> r;
    for (int y : set)
        if (y != x) r.push_back(y);
    return r;
}

// Consistency as far as claim evaluation needs it; minimal inconsistent sets are not
// enumerated here.
ConsistencyVerdict consistency_of(solver::Session& session, std::vector<int> const& world) {
    ConsistencyVerdict v;
    solver::Outcome o = session.satisfiable(world);
    if (o.answer == Answer::unknown) v.reason = o.reason;
    else v.consistent = o.answer == Answer::sat;
    return v;
}

struct Evaluated {
    ClaimVerdict verdict;
    ConsistencyVerdict consistency;
};

Evaluated evaluate(solver::Session& session, std::vector<int> const& world, int claim) {
    Evaluated e;
    e.consistency = consistency_of(session, world);
    e.verdict = verdicts::claim(session, world, claim, e.consistency);
    return e;
}

// A per-claim result's name, status and reason, from the world's own evaluation (returned).
template <class Result>
Evaluated start(solver::Session& session, std::vector<int> const& world, int claim, Result& result) {
    result.claim = session.theory().statements[static_cast<std::size_t>(claim)].name;
    Evaluated e = evaluate(session, world, claim);
    result.status = e.verdict.status;
    result.reason = e.verdict.reason;
    return e;
}

// What a support is a support of: the claim when it follows, its negation when refuted.
std::optional<logic::Term> target(logic::Theory const& theory, int claim, ClaimStatus status) {
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(claim)].formula;
    if (status == ClaimStatus::follows) return goal;
    if (status == ClaimStatus::refuted) return formulas::make_not(goal);
    return std::nullopt;
}

// The statements whose drop may change the status: those in the core of the query that
// decided it; every other drop leaves a superset of that core, with the same answer.
std::vector<int> deciding_core(solver::Session& session, std::vector<int> const& world, Evaluated const& e,
                               std::optional<logic::Term> const& goal) {
    switch (e.verdict.status) {
    case ClaimStatus::open: return {};
    case ClaimStatus::unknown: return world;
    case ClaimStatus::vacuous:
        if (session.satisfiable(world).answer == Answer::unsat) return session.core();
        return world;
    case ClaimStatus::follows:
    case ClaimStatus::refuted:
        if (session.entails(world, *goal).answer == Answer::unsat) return session.core();
        return world;
    }
    return world;
}

// The list not asked for still has to be found to prove the asked-for one complete; it gets
// a larger cap so that a blow-up there stops eventually.
std::size_t many(Options const& options) { return options.max_sets * 16; }
Caps wanting_supports(Options const& options) { return {options.max_sets, many(options)}; }

NameSet intersection(std::vector<NameSet> const& sets) {
    if (sets.empty()) return {};
    NameSet common = sets.front();
    for (auto const& s : sets) {
        NameSet next;
        std::set_intersection(common.begin(), common.end(), s.begin(), s.end(), std::back_inserter(next));
        common = std::move(next);
    }
    return common;
}

}   // namespace

Sweep sweep(solver::Session& session, std::vector<int> const& world, int claim, Options const& options) {
    auto const& theory = session.theory();
    Sweep result;
    Evaluated const here = start(session, world, claim, result);
    auto const goal = target(theory, claim, result.status);

    std::vector<int> core = deciding_core(session, world, here, goal);
    std::sort(core.begin(), core.end());
    for (int s : world) {
        Drop drop{theory.statements[static_cast<std::size_t>(s)].name, result.status, false, {}};
        if (std::binary_search(core.begin(), core.end(), s)) {
            std::vector<int> rest = without(world, s);
            // Dropping keeps a consistent world consistent: no query needed for that.
            Evaluated e;
            if (here.consistency.consistent == true) {
                e.consistency = here.consistency;
                e.verdict = verdicts::claim(session, rest, claim, e.consistency);
            } else {
                e = evaluate(session, rest, claim);
            }
            drop.status = e.verdict.status;
            drop.reason = e.verdict.reason;
            drop.load_bearing = drop.status != result.status;
        }
        result.drops.push_back(std::move(drop));
    }
    std::sort(result.drops.begin(), result.drops.end(),
              [](Drop const& a, Drop const& b) { return a.statement < b.statement; });

    if (goal) {
        SetFamily family = enumerate_supports(session, {}, world, *goal, wanting_supports(options));
        result.supports = named_sets(theory, family.supports);
        result.critical = intersection(result.supports);
        result.capped = family.capped || !family.reason.empty();
        // With some supports missing their intersection may be too large; in a consistent
        // world the statements in every support are exactly the load-bearing ones.
        if (result.capped && here.consistency.consistent == true) {
            result.critical.clear();
            for (auto const& d : result.drops)
                if (d.load_bearing) result.critical.push_back(d.statement);
        }
        if (!family.reason.empty()) result.reason = "enumeration of supports stopped: " + family.reason;
    }
    return result;
}

Breaking break_claim(solver::Session& session, std::vector<int> const& world, int claim, Options const& options) {
    auto const& theory = session.theory();
    Breaking result;
    start(session, world, claim, result);
    auto const goal = target(theory, claim, result.status);
    if (!goal) return result;
    SetFamily family = enumerate_supports(session, {}, world, *goal, {many(options), options.max_sets});
    result.break_sets = named_sets(theory, family.breaks);
    result.capped = family.capped || !family.reason.empty();
    if (!family.reason.empty()) result.reason = "enumeration stopped: " + family.reason;
    return result;
}

Making make_claim(solver::Session& session, std::vector<int> const& world, std::vector<int> const& hypotheses,
                  int claim, Options const& options) {
    auto const& theory = session.theory();
    Making result;
    result.candidates = verdicts::names(theory, hypotheses);
    start(session, world, claim, result);
    if (result.status == ClaimStatus::follows) result.make_sets = {NameSet{}};
    if (result.status != ClaimStatus::open) return result;

    logic::Term const& goal = theory.statements[static_cast<std::size_t>(claim)].formula;
    SetFamily family = enumerate_supports(session, world, hypotheses, goal, wanting_supports(options));
    // A minimal entailing set that is inconsistent with the world has no consistent subset
    // that entails (it would not be minimal), so filtering keeps exactly the minimal
    // consistent ones.
    std::vector<std::vector<int>> consistent;
    for (auto const& set : family.supports) {
        std::vector<int> together = world;
        together.insert(together.end(), set.begin(), set.end());
        solver::Outcome o = session.satisfiable(together);
        if (o.answer == Answer::sat) consistent.push_back(set);
        else if (o.answer == Answer::unknown)
            result.reason = "a candidate set was left out: Z3 could not decide its consistency (" + o.reason + ")";
    }
    result.make_sets = named_sets(theory, consistent);
    result.capped = family.capped || !family.reason.empty();
    if (!family.reason.empty()) result.reason = "enumeration stopped: " + family.reason;
    return result;
}

}   // namespace elenchus::whatif
