// Counterfactuals (`elenchus whatif`): how the verdicts change when statements are dropped,
// hypotheses turned on or formulas assumed; which statements a claim rests on; what would
// have to go for it to fail; which hypotheses would make an open claim follow.
//
// Everything runs on the caller's one Session: variants differ only in the assumption
// literals a query switches on, so no context or solver is rebuilt per variant. An ad hoc
// scenario is made a real one first (`with_adhoc`), so its statements get literals too.
//
// A "world" below is a set of asserted statements: the baseline, or `asserted_in` of a
// scenario. Sets of statements are reported as sorted names (NameSet), lists of sets
// smallest first, then by name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "arguments/verdicts/report.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus::whatif {

struct Options {
    CheckOptions check;   // limits and caps for the verdicts reused from `check`
    // Cap on the sets a mode reports (supports, break or make sets); the enumeration may find
    // up to 16 times as many of the dual sets on the way (see whatif_support.hpp).
    std::size_t max_sets = 64;
};

// ---- scenarios ------------------------------------------------------------------------

// A scenario given on the command line rather than in the file.
struct AdHoc {
    std::string name = "adhoc";
    std::optional<int> base;            // a scenario of the file to start from
    std::vector<int> without;           // asserted statements dropped
    std::vector<int> with;              // hypotheses turned on
    std::vector<logic::Term> assumed;   // formulas assumed, as premises `assumed_N`
};

// The theory with `adhoc` appended as a scenario (the last one); the assumed formulas become
// scenario premises named `assumed_1`, `assumed_2`, ... (skipping names already taken).
logic::Theory with_adhoc(logic::Theory theory, AdHoc const& adhoc);

struct ClaimChange {
    std::string name;
    std::optional<ClaimVerdict> baseline;   // nullopt: a claim declared in the scenario
    ClaimVerdict scenario;
    bool changed = false;
};

struct ArgumentChange {
    std::string name;
    std::optional<bool> baseline;   // valid?
    std::optional<bool> scenario;
    bool changed = false;
};

struct Comparison {
    std::string scenario;
    std::string title;
    NameSet without, with, declared;   // what the scenario changes
    ConsistencyVerdict baseline;
    ConsistencyVerdict consistency;               // of the scenario
    std::vector<NameSet> new_inconsistent_sets;   // minimal sets not inconsistent in the baseline
    std::vector<ClaimChange> claims;
    std::vector<ArgumentChange> arguments;   // every argument, `changed` marking a change
};

// The baseline's verdicts as comparisons need them (validity only, no missing-premise
// search): computed once and set beside every scenario.
struct Baseline {
    ConsistencyVerdict consistency;
    std::vector<ClaimVerdict> claims;         // per theory.claims()
    std::vector<ArgumentVerdict> arguments;   // per theory.arguments
};
Baseline baseline(solver::Session& session, Options const& options);

// The scenario `scenario` (an index into the Session's theory) beside the baseline.
Comparison compare(solver::Session& session, Baseline const& baseline, int scenario, Options const& options);

// ---- one claim under one world --------------------------------------------------------

struct Drop {
    std::string statement;
    ClaimStatus status = ClaimStatus::unknown;   // the claim's status without it
    bool load_bearing = false;                   // the status differs from the world's
    std::string reason;                          // status unknown: why
};

struct Sweep {
    std::string claim;
    ClaimStatus status = ClaimStatus::unknown;   // in the world itself
    std::string reason;
    std::vector<Drop> drops;   // one per asserted statement, by name
    // Every minimal subset of the world entailing the claim (when refuted: its negation);
    // `critical` is their intersection: the statements in every one.
    std::vector<NameSet> supports;
    NameSet critical;
    bool capped = false;   // more supports may exist
};

// Drops each asserted statement alone. A drop outside the unsat core that decided the
// world's status cannot change it (entailment is monotone), so only core members are
// queried; the others keep the status, exactly.
Sweep sweep(solver::Session& session, std::vector<int> const& world, int claim, Options const& options);

struct Breaking {
    std::string claim;
    ClaimStatus status = ClaimStatus::unknown;
    std::string reason;
    // Minimal sets of statements whose removal stops the claim following (when refuted:
    // stops its refutation) = the minimal hitting sets of its supports.
    std::vector<NameSet> break_sets;
    bool capped = false;
};

Breaking break_claim(solver::Session& session, std::vector<int> const& world, int claim, Options const& options);

struct Making {
    std::string claim;
    ClaimStatus status = ClaimStatus::unknown;
    std::string reason;
    NameSet candidates;   // the hypotheses considered
    // Minimal sets of hypotheses that, added to the world, keep it consistent and make the
    // claim follow. `{}` alone when it follows already; none when it is refuted.
    std::vector<NameSet> make_sets;
    bool capped = false;
};

// `hypotheses`: the candidates (statements not in `world`).
Making make_claim(solver::Session& session, std::vector<int> const& world, std::vector<int> const& hypotheses,
                  int claim, Options const& options);

// The hypotheses a world may still turn on: the file's, and those its scenario declares.
std::vector<int> open_hypotheses(logic::Theory const& theory, std::vector<int> const& world,
                                 std::optional<int> scenario);

}   // namespace elenchus::whatif
