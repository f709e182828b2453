// Minimal sets of statements: shrinking one set to a minimal one with a property, and
// enumerating every minimal unsatisfiable subset (MUS) of a set, both on one Session.
#pragma once

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

struct MusEnumeration {
    std::vector<std::vector<int>> sets;   // each sorted and verified minimal
    bool capped = false;                  // stopped by the cap with more possibly left
    std::string reason;                   // non-empty: stopped early because Z3 could not decide
};

// Every minimal unsatisfiable subset of `statements`, up to `cap`, MARCO-style: a map solver
// over the statements proposes maximal unexplored seeds; satisfiable seeds are grown and
// their subsets blocked, unsatisfiable ones shrunk to a MUS and its supersets blocked.
MusEnumeration enumerate_mus(Session& session, std::vector<int> const& statements,
                             std::size_t cap);

}  // namespace elenchus::solver
