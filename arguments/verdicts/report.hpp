// Every verdict of `elenchus check` for one file: consistency, claims, arguments, relations
// and scenarios. Computed on one Session; printed (text or JSON) by the CLI.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments/verdicts/relations.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus {

enum class ClaimStatus { follows, refuted, open, unknown, vacuous };
char const* to_string(ClaimStatus s);

using NameSet = std::vector<std::string>;   // statement names, sorted

struct ConsistencyVerdict {
    std::optional<bool> consistent;   // nullopt: Z3 could not decide (see reason)
    std::string reason;
    std::vector<NameSet> inconsistent_sets;   // every minimal one, up to the cap
    bool capped = false;                      // the cap stopped the enumeration
    std::optional<solver::World> witness;     // when consistent and asked for
};

struct ClaimVerdict {
    std::string name;
    ClaimStatus status = ClaimStatus::unknown;
    NameSet support;                      // one minimal entailing set (follows; refuted: of its negation)
    NameSet assumptions;                  // the `assume` statements in `support`
    std::string reason;                   // unknown: why
    std::optional<solver::World> holds;   // open: a world where it holds
    std::optional<solver::World> fails;   // open: a world where it fails
};

struct ArgumentVerdict {
    std::string name;
    std::optional<bool> valid;
    std::string reason;             // valid == nullopt: why
    NameSet redundant;              // listed premises not needed
    bool circular = false;          // it rests on its own conclusion (one of the two below)
    std::string circular_premise;   // the premise that says its conclusion, given the axioms
    std::vector<std::string>
        circular_cycle;             // it, then the arguments its premises rest on, the last using its conclusion
    std::string circular_unknown;   // not found circular, but Z3 could not decide a premise: why
    std::optional<bool> premises_inconsistent;
    std::vector<NameSet> missing;   // minimal hypothesis sets that make it valid
    std::string bridging;           // `premises -> conclusion`, printed
    std::optional<solver::World> counterexample;
};

struct ScenarioVerdict {
    std::string name;
    std::string title;
    ConsistencyVerdict consistency;
    std::vector<ClaimVerdict> claims;
    std::vector<ArgumentVerdict> arguments;
};

struct Report {
    ConsistencyVerdict consistency;
    std::vector<ClaimVerdict> claims;
    std::vector<ArgumentVerdict> arguments;
    std::vector<ScenarioVerdict> scenarios;
    std::vector<RelationVerdict> relations;   // declared relations checked, then detected conflicts
};

// What a check is doing: its phase (`consistency`, `claims`, `arguments`, `scenarios`,
// `relations`, `circularity`) and, where it counts, how many of the phase's `total` items
// are done. Called on the checking thread before each step; the library never prints, so
// whether and how it is shown is the caller's (the CLI's terminal line, cli/progress.hpp).
using CheckProgress = std::function<void(std::string_view phase, std::size_t done, std::size_t total)>;

struct CheckOptions {
    solver::Limits limits;
    std::size_t max_inconsistent_sets = 32;   // documented cap on MUS enumeration
    std::size_t max_missing_sets = 8;
    bool witnesses = false;   // a witness world for consistency
    CheckProgress progress;   // none by default
};

Report check_theory(logic::Theory const& theory, CheckOptions const& options);
// The same on a Session the caller keeps for more questions about the same theory.
Report check_theory(solver::Session& session, CheckOptions const& options);

}   // namespace elenchus
