// The enumeration behind sweep, break and make: every minimal subset of some candidate
// statements that (with fixed statements) entails a goal, and every minimal subset whose
// removal stops the entailment, both from one MARCO run on one Session.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "arguments/verdicts/report.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus::whatif {

struct SetFamily {
    // Minimal S ⊆ candidates with fixed ∪ S ⊨ goal (each sorted, verified minimal).
    std::vector<std::vector<int>> supports;
    // Minimal B ⊆ candidates with fixed ∪ (candidates \ B) ⊭ goal: the complements of the
    // maximal non-entailing subsets, which are exactly the minimal hitting sets of `supports`.
    std::vector<std::vector<int>> breaks;
    bool capped = false;   // stopped at the cap with sets possibly left
    std::string reason;    // non-empty: stopped because Z3 could not decide a query
};

// MARCO: a map solver over the candidates proposes subsets not yet explained. Each proposal
// is first grown inside the map until no candidate can join without containing a known
// support, so a proposal that does not entail the goal is already a maximal one (its
// complement a minimal break set); one that does is shrunk to a new minimal support. Stops
// when every subset is explained, or when a list reaches its cap. Proving either list
// complete means finding the other one whole, and one can be exponentially longer than the
// other (k disjoint supports have 2^k break sets), so each list has a cap of its own.
struct Caps {
    std::size_t supports = 64;
    std::size_t breaks = 64;
};
SetFamily enumerate_supports(solver::Session& session, std::vector<int> const& fixed,
                             std::vector<int> const& candidates, logic::Term const& goal, Caps caps);

// Statement names of each set, sorted inside; the sets smallest first, then by name.
std::vector<NameSet> named_sets(logic::Theory const& theory, std::vector<std::vector<int>> const& sets);

}   // namespace elenchus::whatif
