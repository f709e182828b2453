// `elenchus explain`: why a claim follows (or is refuted, or stays open), why an argument is
// valid (or where it breaks), and why the statements are inconsistent — as derivations a
// student can read and check, each line re-checked by Z3.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "arguments/explain/derivation.hpp"
#include "arguments/verdicts/report.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus {

struct ExplainOptions {
    solver::Limits limits;
    std::size_t max_sets = 8;          // inconsistency: at most this many minimal sets
    std::size_t max_nodes = 6000;      // bounds of the derivation search
    solver::Limits step_limits{5000, 0, nullptr};   // per re-checked line
};

// A world where the statements hold, reduced to the facts that matter.
struct ExplainedWorld {
    std::string title;                    // "a world where the claim holds"
    std::vector<std::string> facts;
    std::vector<std::string> satisfies;   // statements true in it
};

struct Explanation {
    std::string name;
    DerivationKind kind = DerivationKind::claim;
    // claim: follows, refuted, open, unknown, vacuous; argument: valid, invalid, unknown;
    // inconsistency: inconsistent, consistent, unknown
    std::string status;
    std::vector<Derivation> derivations;   // one, or one per minimal inconsistent set
    std::vector<ExplainedWorld> worlds;    // open: two; invalid: the counterexample
    std::vector<NameSet> missing;          // invalid: hypothesis sets that would close the gap
    std::string bridging;                  // invalid: the conditional that would
    std::string reason;                    // unknown: what was tried and why Z3 gave up
    std::vector<std::string> notes;
};

// `what` names a claim, an argument or `inconsistency`. nullopt (with `error`) when it names
// none of them.
std::optional<Explanation> explain(logic::Theory const& theory, std::string const& what,
                                   ExplainOptions const& options, std::string& error);
// The same on a Session the caller keeps (its limits are the Session's own).
std::optional<Explanation> explain(solver::Session& session, std::string const& what,
                                   ExplainOptions const& options, std::string& error);

// The derivation of `goal` from the statements `support` (a minimal set), found and then
// re-checked; `kind`, `name` and `status` say what it explains.
Derivation derive(logic::Theory const& theory, std::vector<int> const& support,
                  logic::Term const& goal, DerivationKind kind, std::string name,
                  std::string status, ExplainOptions const& options);

}  // namespace elenchus
