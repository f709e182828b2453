// Re-checking a derivation line by line, independently of how it was found: numbering and
// subproof structure, citations in scope, the shape each rule demands, the statement each
// stating line names, Z3 entailment of every line by the lines it cites (a cited subproof
// counts as `supposition -> its last line`), no dead lines, the right last line, and, end to
// end, that the statements it states entail that last line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "arguments/explain/derivation.hpp"
#include "grammar/theory.hpp"
#include "solver/step_checker.hpp"

namespace elenchus {

struct DerivationCheck {
    bool ok = false;
    int line = 0;   // the first bad line (0: the derivation as a whole)
    std::string message;
};

// What the derivation must end with, and the statements it may state, from its name, kind
// and status: a claim that follows (or is refuted), a valid argument, or an inconsistency
// (`support`: the set it rests on). nullopt (with `why`) if they make no sense for the theory.
struct DerivationTarget {
    logic::Term goal;
    std::vector<int> allowed;   // statement indices that lines may state
};
std::optional<DerivationTarget> target_of(logic::Theory const& theory, Derivation const& d, std::string& why);

struct VerifyOptions {
    // After the line checks, ask Z3 whether the statements the derivation states entail its
    // conclusion. Off only in the tests that probe the line checks alone.
    bool end_to_end = true;
    // The last line must be the goal. Off only in the tests that probe the soundness of
    // every line, whatever a (mutated) derivation ends with.
    bool last_line_is_goal = true;
};

DerivationCheck check_derivation(logic::Theory const& theory, Derivation const& d, solver::StepChecker& checker,
                                 VerifyOptions options = {});
// Each line on its own, for a proof a student wrote (arguments/proofs/): the walk goes on past
// a bad line, so every later line is checked from what it cites, as if the bad one were
// given. What a line failed says which check refused it; `premises` is what the line was
// checked from (the cited lines, a cited subproof as `supposition -> last line`), set once
// its citations are read, so a caller can look for a world where they hold and it fails.
enum class LineFault {
    none,
    structure,       // numbering or subproof depth
    citation,        // a cited line later, out of scope, or not a whole closed subproof
    shape,           // the rule's shape does not match
    statement,       // a stating line: no such statement, not usable here, another formula
    eigenvariable,   // a generalization's individual not arbitrary, a witness not fresh
    not_following,   // Z3 finds the line does not follow from what it cites
    unknown,         // Z3 could not settle the line within the limits
};
struct LineVerdict {
    LineFault fault = LineFault::none;
    std::string message;
    std::vector<logic::Term> premises;
    bool settled = false;      // checked by its rule alone (stating lines, suppositions, generalizations)
    bool cited_read = false;   // its citations were read (and `premises` set): not refused before that
};
std::vector<LineVerdict> check_each_line(logic::Theory const& theory, Derivation const& d,
                                         DerivationTarget const& target, solver::StepChecker& checker);

// The end-to-end check alone: the statements the lines state entail the derivation's goal
// (its claim, the negation, the argument's conclusion, or ⊥). `unknown` is a refusal.
DerivationCheck check_end_to_end(logic::Theory const& theory, Derivation const& d, solver::StepChecker& checker);

}   // namespace elenchus
