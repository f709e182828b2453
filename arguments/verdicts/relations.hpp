// Relation checks: does each declared `attacks` / `supports` arrow hold logically, and which
// conflicts between arguments did nobody declare?
//
// Throughout, K is the set of axioms among the asserted statements (background knowledge
// every side accepts), the "content" of an argument is its conclusion and the content of a
// statement is the statement itself. X is the content of the relation's source, T that of
// its target. Each relation is judged first against K alone; where K alone does not make it
// hold, against K and a background G: the smallest set of the world's other asserted
// statements (premises, assumptions; never a premise of either side, never X or T, never an
// unasserted claim or hypothesis) under which it holds, G leaving both sides possible
// (background.hpp). G is named in `given`; empty when K alone does it.
//
// attacks A -> B
//   rebuts      K ∪ G ∪ {X, T} is unsatisfiable, while K ∪ G ∪ {X} and K ∪ G ∪ {T} are
//               satisfiable: the two contents cannot both hold.
//   undermines  B is an argument and the same holds for X and one of B's premises p
//               (the first such premise is named in `premise`).
//   none        neither, for any G: no logical conflict. Flagged, since it may be a practical
//               rather than a logical attack (costs, risks, values), which logic cannot confirm.
// supports A -> B
//   adds_nothing (flagged) when K ⊨ T already; otherwise
//   supports    when A's content does work for B: with R = B's premises other than X
//               (empty when B is a statement), K ∪ R ∪ G ⊭ T but K ∪ R ∪ G ∪ {X} ⊨ T, the
//               latter satisfiable (X closes the gap to T); or, B being an argument,
//               K ∪ G ∪ {X} ⊨ p for a premise p of B with K ∪ G ⊭ p (X establishes a
//               premise of B; named in `premise`);
//   adds_nothing (flagged) otherwise: T follows from B's other premises without X, or X
//               helps entail neither T nor any premise of B.
// detected (declared = false, kind "attacks")
//   For every pair of arguments with no declared attack between them: a rebuttal (their
//   conclusions conflict) or an undermining (one's conclusion conflicts with a premise of the
//   other), under K alone or, failing that, given a background as above. Reported, not
//   flagged: conflicts are what a debate is made of. Contents that contradict K on their own
//   conflict with everything and are left out.
// A query Z3 cannot decide gives the status `unknown` with the reason in `note`; for a
// declared relation that is flagged (never a pass), for detection it is simply not reported.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus {

// What the check found about a relation (the cases above).
enum class RelationStatus { rebuts, undermines, none, supports, adds_nothing, unknown };
char const* to_string(RelationStatus s);   // "rebuts", "undermines", ..., "adds_nothing"

struct RelationVerdict {
    std::string from;
    std::string to;
    ast::RelationKind kind = ast::RelationKind::attacks;
    bool declared = true;   // false: detected by the checker, not written in the file
    RelationStatus classification = RelationStatus::unknown;
    std::string premise;              // undermines: B's premise contradicted; supports: B's premise established
    std::vector<std::string> given;   // the background statements it holds under (sorted); empty: the axioms alone
    bool flagged = false;             // the declared relation does not hold logically (or is undecided)
    std::string note;                 // why, in one sentence
};

struct RelationOptions {
    // Detection compares every pair of arguments; past this many arguments it is skipped
    // (declared relations are still checked).
    std::size_t max_detection_arguments = 200;
    // Detection first groups the arguments that hold together with every asserted statement,
    // and judges no pair inside a group (detection.cpp): the same verdicts with far fewer
    // queries. Off only to test that it changes nothing.
    bool group_agreeing = true;
};

// `asserted`: the statements asserted in the world being checked (the baseline or a
// scenario): its axioms are K above, its other statements the candidates for a background. Declared relations come
// first, in file order, then the detected ones.
std::vector<RelationVerdict> check_relations(solver::Session& session, logic::Theory const& theory,
                                             std::span<int const> asserted, RelationOptions const& options = {});

}   // namespace elenchus
