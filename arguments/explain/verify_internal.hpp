// The verifier's parts, shared by its three files and by nothing else: the structure of a
// derivation (numbering, subproofs, citations: verify_structure.cpp), the shape each rule
// demands (a table: verify_shapes.cpp), and the statements it may state, its target and the
// end-to-end check (verify_statements.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "arguments/explain/derivation.hpp"
#include "arguments/explain/verify.hpp"
#include "grammar/theory.hpp"
#include "solver/step_checker.hpp"

namespace elenchus::verifying {

using logic::Term;

// Steps over every member of a closed sort are accepted up to this many instances.
constexpr std::size_t closed_instances = 4096;

bool same(Term const& a, Term const& b);
bool negates(Term const& a, Term const& b);   // a is the negation of b
bool is_implication(Term const& t);
bool contains(std::vector<Term const*> const& parts, Term const& t);
bool mentions(Term const& t, std::string const& name);   // free in t
// Lines may mention arbitrary individuals (free variables, introduced for universal
// generalization); a step is sound when it holds for every value of them.
Term closure(Term body, std::vector<logic::Variable> const& free);

// The subproofs as the walk down the lines has found them so far.
struct Scopes {
    explicit Scopes(std::size_t lines);
    std::vector<std::vector<int>> open;   // per line: the suppositions in force
    std::vector<int> end_of;              // per supposition: its subproof's last line
    std::vector<bool> used;               // per line: cited by a later one
    std::vector<int> stack;               // the suppositions in force at the current line
    // Whether the first `len` suppositions of `in_force` are the outermost ones in force
    // here: with all of them, a line that has them is in scope.
    bool shares(std::vector<int> const& in_force, std::size_t len) const;
    bool in_scope(std::vector<int> const& in_force) const { return shares(in_force, in_force.size()); }
};

// One line under check: what it cites, read through the structure, for its rule's shape.
struct LineCheck {
    logic::Theory const& theory;
    Derivation const& d;
    DerivationTarget const& target;
    Step const& s;
    int line;
    Scopes const& scopes;
    solver::StepChecker& checker;
    std::vector<Term const*> cited;            // plain lines
    std::vector<Term> conditionals;            // a subproof stands for `supposition -> last line`
    std::vector<std::pair<int, int>> ranges;   // cited subproofs, [first, last]
    // Set by a rule that settles the line without the common entailment check (a stating
    // line, a supposition, a generalization from arbitrary individuals).
    bool settled = false;
    // Set by a shape check that refuses for a reason of its own kind (a stating line, an
    // eigenvariable condition); otherwise a refusal of the shape is LineFault::shape.
    LineFault fault = LineFault::none;

    Term const& formula(int n) const { return d.steps[static_cast<std::size_t>(n - 1)].formula; }
};

// The shape the line's rule demands of it and of what it cites; empty when it fits.
std::string check_shape(LineCheck& c);

// A stating line (the shape of premise, assumption, axiom and hypothesis): the statement
// exists, may be stated here, by this rule, with its formula.
std::string check_stating(LineCheck& c);
// The last line is the target's goal (or equivalent to it).
std::string check_goal(Step const& last, DerivationTarget const& target, solver::StepChecker& checker);

}   // namespace elenchus::verifying
