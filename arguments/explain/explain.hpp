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
    std::size_t max_sets = 8;       // inconsistency: at most this many minimal sets
    std::size_t max_nodes = 6000;   // bounds of the derivation search
    solver::Limits step_limits;     // per re-checked line: deterministic by default
};

// A world where the statements hold, reduced to the facts that matter.
struct ExplainedWorld {
    std::string title;   // "a world where the claim holds"
    std::vector<std::string> facts;
    std::vector<std::string> satisfies;   // statements true in it
};

// What was found: for a claim follows, refuted, open, unknown or vacuous; for an argument
// valid, invalid or unknown; for `inconsistency` inconsistent, consistent or unknown.
enum class ExplanationStatus { follows, refuted, open, unknown, vacuous, valid, invalid, inconsistent, consistent };
char const* to_string(ExplanationStatus status);   // "follows", as the JSON and the text say it

struct Explanation {
    std::string name;
    DerivationKind kind = DerivationKind::claim;
    ExplanationStatus status = ExplanationStatus::unknown;
    std::vector<Derivation> derivations;   // one, or one per minimal inconsistent set
    std::vector<ExplainedWorld> worlds;    // open: two; invalid: the counterexample
    std::vector<NameSet> missing;          // invalid: hypothesis sets that would close the gap
    std::string bridging;                  // invalid: the conditional that would
    std::string reason;                    // unknown: what was tried and why Z3 gave up
    std::vector<std::string> notes;
    // argument: what `check` counts as a problem beside invalidity (verdicts/problems.hpp),
    // valid or not: "it is circular: ...", "its premises contradict each other: ...".
    std::vector<std::string> problems;
};

// An explanation, or why there is none. Reads like an optional: `if (auto e = explain(…))`
// then `e->status`; otherwise `e.error`.
struct ExplainResult {
    std::optional<Explanation> explanation;
    std::string error;   // set exactly when there is no explanation

    explicit operator bool() const { return explanation.has_value(); }
    Explanation const& operator*() const { return *explanation; }
    Explanation& operator*() { return *explanation; }
    Explanation const* operator->() const { return &*explanation; }
    Explanation* operator->() { return &*explanation; }
};

// `what` names a claim, an argument or `inconsistency`; the error says so when it names none
// of them.
ExplainResult explain(logic::Theory const& theory, std::string const& what, ExplainOptions const& options);
// The same on a Session the caller keeps (its limits are the Session's own).
ExplainResult explain(solver::Session& session, std::string const& what, ExplainOptions const& options);

// What makes argument `name` a problem for `check` beside invalidity, in the words
// Explanation::problems uses (empty: none, or no such argument); for `explain --table`.
std::vector<std::string> argument_problems(logic::Theory const& theory, std::string const& name,
                                           solver::Limits const& limits);

// The derivation of `goal` from the statements `support` (a minimal set), found and then
// re-checked; `kind`, `name` and `status` say what it explains.
Derivation derive(logic::Theory const& theory, std::vector<int> const& support, logic::Term const& goal,
                  DerivationKind kind, std::string name, ExplanationStatus status, ExplainOptions const& options);

}   // namespace elenchus
