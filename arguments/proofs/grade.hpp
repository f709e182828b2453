// Checking a student's proof against the file, line by line: each line right, or wrong for
// one reason (its rule's shape, a citation out of scope, a premise the file does not assert,
// an eigenvariable condition, or — with a countermodel — it does not follow from the lines
// it cites). A wrong line does not cascade: later lines are checked as if it were given, and
// say which wrong lines they rest on. A proof that never reaches the goal is an open goal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "arguments/proofs/proof_text.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus::proofs {

// Why a line is wrong (none: it is right).
enum class Fault {
    none,
    shape,           // the rule's shape does not match what the line and its citations say
    citation,        // a cited line is later, out of scope, or not a whole closed subproof
    structure,       // a subproof opened or closed where it cannot be
    premise,         // the file does not assert what this line states (or it is a claim or hypothesis)
    eigenvariable,   // an individual generalized is not arbitrary, or a witness is not fresh
    not_following,   // it does not follow from the lines it cites: the countermodel shows it
    unknown,         // Z3 could not settle it within the limits (never counted right)
    strict,          // `consequence (checked by Z3)` where the teacher asked for named rules
};
char const* to_string(Fault fault);   // "does not follow", as text and JSON say it

// A world where the cited lines are true and the line is false.
struct Countermodel {
    std::vector<std::string> true_lines;   // "1", "2", "3–5" (a subproof: its supposition → its last line)
    int false_line = 0;
    std::vector<std::string> facts;       // from the solver's world, one per line
    std::vector<std::string> arbitrary;   // arbitrary individuals: the lines fail for some value of them
};

struct LineResult {
    int n = 0;
    std::size_t source_line = 0;
    Fault fault = Fault::none;
    std::string reason;
    std::optional<Countermodel> countermodel;
    std::vector<int> rests_on;   // wrong lines this one depends on through its citations
};

enum class ProofStatus { correct, wrong, incomplete };
char const* to_string(ProofStatus status);

struct ProofResult {
    std::vector<LineResult> lines;
    ProofStatus status = ProofStatus::correct;
    std::string open_goal;   // incomplete: what is still to be shown, and why the proof stops short
};

struct Grade {
    std::string goal;           // the claim, argument or `inconsistency`
    std::string goal_formula;   // what the proof must end with, printed
    std::vector<ProofResult> proofs;
    ProofStatus status = ProofStatus::correct;
    std::string hint;   // with GradeOptions::hint, for an incomplete proof: the next line
};

struct GradeOptions {
    bool strict = false;   // refuse the rule `consequence (checked by Z3)`
    bool hint = false;     // an incomplete proof gets the next line of a derivation that completes it
    solver::Limits limits;
};

// `goal` names a claim, an argument or `inconsistency` (empty: the proof's own header
// names it). nullopt, with `error`, when there is no such goal.
std::optional<Grade> grade(logic::Theory const& theory, ProofText const& proof, std::string goal,
                           GradeOptions const& options, std::string& error);

}   // namespace elenchus::proofs
