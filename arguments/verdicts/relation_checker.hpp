// The queries behind the relation checks (relations.hpp): the two ends of a relation, their
// conflicts and entailments under the axioms K, and the same under a background of the
// world's other asserted statements (background.hpp). Shared by the check of declared
// relations and the detection of undeclared conflicts.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "arguments/verdicts/background.hpp"
#include "arguments/verdicts/relations.hpp"

namespace elenchus::verdicts {

// One end of a relation: what it asserts (its content) and, for an argument, its premises.
struct End {
    std::string name;
    bool is_argument = false;
    int content = -1;
    std::vector<int> premises;
};

// "the conclusion of 'a'" or "'s'".
std::string describe(End const& e);

class RelationChecker {
public:
    RelationChecker(solver::Session& session, logic::Theory const& theory, std::span<int const> asserted);

    std::optional<End> end(std::string const& name, bool is_argument) const;

    // Can these statements hold together with the axioms (and `more`)?
    solver::Outcome together(std::initializer_list<int> statements) { return together({}, statements); }
    solver::Outcome together(std::span<int const> more, std::initializer_list<int> statements);
    // Can the axioms, `statements` and `more` hold together?
    solver::Outcome consistent(std::vector<int> statements, std::span<int const> more);
    // Do the axioms with `context` (and `more`) entail the statement `goal`?
    solver::Outcome entail(std::vector<int> context, int goal, std::span<int const> more = {});
    // Satisfiability of the axioms with one statement, remembered.
    solver::Outcome alone(int statement);
    solver::Outcome axioms_consistent() { return session_.satisfiable(axioms_); }

    // The statements that may serve as background for a relation between `a` and `b`: the
    // asserted ones that are not axioms (those are always there), not a premise of either
    // side and not either side's content; of those, only the ones linked to `seeds` through
    // shared vocabulary (relevant()).
    std::vector<int> candidates(End const& a, End const& b, std::vector<int> const& seeds);
    // The smallest background under which `x` and `t` cannot both hold, each still possible.
    Background conflict(End const& a, End const& b, int x, int t);

    solver::Session& session() { return session_; }
    // The asserted statements that are not axioms.
    std::vector<int> const& others() const { return others_; }
    std::string const& name(int statement) const;
    std::vector<std::string> names(std::vector<int> const& statements) const;

private:
    std::vector<int> const& vocabulary(int statement);
    std::vector<int> relevant(std::vector<int> const& seeds, std::vector<int> const& candidates);

    solver::Session& session_;
    logic::Theory const& theory_;
    std::vector<int> axioms_;
    std::vector<int> others_;   // asserted, not axioms: the candidates for a background
    std::map<int, solver::Outcome> alone_;
    std::vector<std::optional<std::vector<int>>> vocabulary_;   // statement → its symbols and sorts
    std::vector<std::vector<int>> mentioning_;                  // a symbol or sort → asserted statements
    bool indexed_ = false;
};

// ", given a, b" for a non-empty background, else nothing: the end of a note.
std::string given_clause(std::vector<std::string> const& given);

// Undeclared conflicts between every pair of arguments, appended to `out`; `declared` holds
// the ordered pairs of argument names already linked by a declared attack. `group`: skip the
// pairs of arguments that hold together with every asserted statement (RelationOptions).
void detect_conflicts(RelationChecker& c, logic::Theory const& theory,
                      std::set<std::pair<std::string, std::string>> const& declared, bool group,
                      std::vector<RelationVerdict>& out);

}   // namespace elenchus::verdicts
