// The background a relation is judged against when the axioms alone do not make it hold:
// the smallest set G of the file's other asserted statements under which it does (rebuts,
// undermines, supports; docs/map.md). Two kinds of condition decide whether G will do:
//
//   holds(G)       one query, unsat when the relation holds with G. Monotone: adding
//                  statements never breaks it (a conflict stays a conflict, an entailment
//                  an entailment).
//   acceptable(G)  one query, sat when G leaves the two sides alone: each side is still
//                  possible with G, G does not already give what the supporter is meant to
//                  give. Anti-monotone: what holds for G holds for every subset of G.
//
// Only minimal sets for `holds` need to be considered: if some G is acceptable, so is every
// minimal set inside it. So the minimal sets are enumerated (MARCO, solver/minimal.hpp, up
// to a cap), the acceptable ones kept and the smallest of them taken.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "solver/minimal.hpp"
#include "solver/session.hpp"

namespace elenchus::verdicts {

// At most this many minimal sets are enumerated per relation; every set reported is still
// verified minimal, sufficient and acceptable, but past the cap it may not be the smallest.
// Where the candidates together contradict one side, fewer (background.cpp says why).
inline constexpr std::size_t max_background_sets = 16;
inline constexpr std::size_t max_background_sets_contradicting = 4;

struct Background {
    enum class Found { given, none, unknown };
    Found found = Found::none;
    std::vector<int> given;   // sorted statement indices: minimal, and the smallest found
    std::string reason;       // unknown: why the search could not decide
};

// Searches `candidates` (the statements that may serve as background) for the smallest
// minimal set G with holds(G) and acceptable(G). `none` means no subset of the candidates
// makes the relation hold acceptably; `unknown` that Z3 (or the cap) left that undecided.
Background smallest_background(solver::Session& session, std::vector<int> const& candidates,
                               solver::SetQuery const& holds, solver::SetQuery const& acceptable);

}   // namespace elenchus::verdicts
