// A session's limits as Z3 solver parameters, for every solver the solving code makes (the
// Session's two, the step checker's, the world search's, the MARCO map's), and the hook by
// which the run interrupts each of their contexts (RunBudget).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>

#include <z3++.h>

#include "solver/session.hpp"

namespace elenchus::solver {

// The per-query caps, set once on each fresh solver (not at all when there are none).
inline void set_limits(z3::solver& solver, Limits const& limits) {
    if (!limits.timeout_ms && !limits.rlimit) return;
    z3::params p(solver.ctx());
    if (limits.timeout_ms) p.set("timeout", limits.timeout_ms);
    if (limits.rlimit) p.set("rlimit", limits.rlimit);
    solver.set(p);
}

// Why the run may ask Z3 nothing more (its deadline, its units, a cancel), or empty.
inline std::string run_exhausted(std::shared_ptr<RunBudget> const& run) {
    return run ? run->exhausted() : std::string();
}

// Why a Z3 call failed, said as an answer's reason: the run's reason once the run's limit is
// reached, else Z3's message. Past the deadline (or once the run is cancelled) the watchdog's
// interrupt leaves each hooked context's cancel flag set: Z3 4.8.12 clears it only when a
// check starts, and no check is admitted again, so any later evaluation or simplification in
// that context (a kept model's, a world's, the map's) fails with "canceled".
inline std::string failure_reason(z3::exception const& e, std::shared_ptr<RunBudget> const& run) {
    if (auto why = run_exhausted(run); !why.empty()) return why;
    return std::string("Z3: ") + e.msg();
}

// While a context lives, the run can interrupt its query under way: when it is cancelled,
// and from its deadline on (RunBudget's watchdog; Z3's interrupt is safe from another
// thread). Declare it after the context, so that it goes first.
class CancelHook {
public:
    CancelHook(z3::context& ctx, std::shared_ptr<RunBudget> run) : run_(std::move(run)) {
        if (run_) id_ = run_->on_cancel([&ctx] { ctx.interrupt(); });
    }
    ~CancelHook() {
        if (run_) run_->forget(id_);
    }
    CancelHook(CancelHook const&) = delete;
    CancelHook& operator=(CancelHook const&) = delete;

private:
    std::shared_ptr<RunBudget> run_;
    std::uint64_t id_ = 0;
};

// One solver's side of the run's budget: `admit` before each check says why the query must
// not be asked (the run is cancelled, past its deadline or out of units), `settle` after it
// charges the resource units the check used. The solver's parameters change only with
// --rlimit, to cut the per-query units to what the run has left; the deadline is kept by
// the run's watchdog, so no query's timeout follows the clock (docs/performance.md).
class QueryGate {
public:
    explicit QueryGate(Limits const& limits) : limits_(limits) { renewed(); }

    // After the solver was made afresh and `set_limits` gave it the per-query caps.
    void renewed() { rlimit_ = limits_.rlimit; }

    std::string admit(z3::solver& solver) {
        auto const& run = limits_.run;
        if (auto why = run_exhausted(run); !why.empty()) return why;
        if (run && run->units) {
            std::uint64_t const left =
                std::min<std::uint64_t>(run->units - run->spent, std::numeric_limits<unsigned>::max());
            unsigned const rlimit =
                limits_.rlimit ? std::min<unsigned>(limits_.rlimit, static_cast<unsigned>(left)) : static_cast<unsigned>(left);
            before_ = units_used(solver);
            if (rlimit != rlimit_) {
                z3::params p(solver.ctx());
                p.set("rlimit", rlimit);
                solver.set(p);
                rlimit_ = rlimit;
                ++parameter_changes_;
            }
        }
        return {};
    }

    // How often `admit` set the solver's parameters (tests: never without --rlimit).
    unsigned parameter_changes() const { return parameter_changes_; }

    void settle(z3::solver& solver) {
        auto const& run = limits_.run;
        if (!run || !run->units) return;
        std::uint64_t const now = units_used(solver);
        if (now > before_) run->spent += now - before_;
    }

    // Why a check came back unknown: the run's limit when that is what stopped it.
    std::string reason(z3::solver& solver) const {
        if (auto why = run_exhausted(limits_.run); !why.empty()) return why;
        return describe_unknown(solver.reason_unknown(), limits_);
    }

private:
    // The context's running count of resource units (Z3 reports it with every solver's
    // statistics): deterministic, unlike time.
    static std::uint64_t units_used(z3::solver& solver) {
        z3::stats st = solver.statistics();
        for (unsigned k = 0; k < st.size(); ++k)
            if (st.key(k) == "rlimit count")
                return st.is_uint(k) ? st.uint_value(k) : static_cast<std::uint64_t>(st.double_value(k));
        return 0;
    }

    Limits limits_;
    unsigned rlimit_ = 0;
    unsigned parameter_changes_ = 0;
    std::uint64_t before_ = 0;
};

}   // namespace elenchus::solver
