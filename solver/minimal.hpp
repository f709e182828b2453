// Minimal sets of statements: shrinking one set to a minimal one with a property, and
// enumerating every minimal unsatisfiable subset (MUS) of a set, both on one Session.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "solver/session.hpp"

namespace elenchus::solver {

// A monotone property of statement sets, decided by one Session query whose `unsat` answer
// means "holds" (inconsistency; entailment of a goal). Adding statements never breaks it.
using SetQuery = std::function<Outcome(std::span<int const>)>;

struct Shrunk {
    std::optional<std::vector<int>> set;   // sorted; nullopt: Z3 could not decide (reason)
    std::string reason;
};

// Shrinks `start` (for which the property must hold) by deletion, cutting with each unsat
// core on the way, then verifies the result: the property holds for it and fails without
// any one member.
Shrunk shrink_to_minimal(Session& session, std::vector<int> start, SetQuery const& holds);

// MARCO over `items`: a map solver over them proposes subsets not yet explained. A proposal
// where the property fails is grown to a maximal one (its complement recorded), one where it
// holds is shrunk to a new minimal set; each blocks what it explains. Stops when every subset
// is explained, when a list reaches its cap, or when Z3 cannot decide (the map solver, too,
// keeps to the Session's limits). Proving either list complete means finding the other one
// whole, and one can be exponentially longer than the other, so each has a cap.
struct MinimalFamily {
    std::vector<std::vector<int>> minimal;       // minimal sets where it holds (sorted, verified)
    std::vector<std::vector<int>> complements;   // of the maximal sets where it fails (sorted)
    bool capped = false;                         // stopped by a cap with more possibly left
    std::string reason;                          // non-empty: stopped because Z3 could not decide
};

struct MarcoCaps {
    std::size_t minimal = SIZE_MAX;
    std::size_t complements = SIZE_MAX;
};

enum class Growth {
    by_queries,   // a failing proposal is grown by asking, item by item
    in_map,       // a proposal is first grown inside the map until any further item would
                  // complete a known minimal set, so one that fails is maximal already
};

MinimalFamily enumerate_minimal(Session& session, std::vector<int> const& items, SetQuery const& holds, MarcoCaps caps,
                                Growth growth);

struct MusEnumeration {
    std::vector<std::vector<int>> sets;   // each sorted and verified minimal
    bool capped = false;                  // stopped by the cap with more possibly left
    std::string reason;                   // non-empty: stopped early because Z3 could not decide
};

// Every minimal unsatisfiable subset of `statements`, up to `cap` (enumerate_minimal with
// unsatisfiability as the property).
MusEnumeration enumerate_mus(Session& session, std::vector<int> const& statements, std::size_t cap);

}   // namespace elenchus::solver
