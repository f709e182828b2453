// A session's limits as Z3 solver parameters, for every solver the solving code makes (the
// Session's two, the step checker's), kept in step with the run's budget (RunBudget).
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <z3++.h>

#include "solver/session.hpp"

namespace elenchus::solver {

inline void set_limits(z3::solver& solver, Limits const& limits) {
    z3::params p(solver.ctx());
    if (limits.timeout_ms) p.set("timeout", limits.timeout_ms);
    if (limits.rlimit) p.set("rlimit", limits.rlimit);
    solver.set(p);
}

// One solver's side of the run's budget: `admit` before each check sets the solver's limits
// to the per-query caps cut down to what the run has left (or says why the query must not
// be asked), `settle` after it charges the resource units the check used. The parameters
// are set only when they change: most queries of a long run leave them as they were.
class QueryGate {
public:
    explicit QueryGate(Limits const& limits) : limits_(limits) { renewed(); }

    // After the solver was made afresh (its parameters are the per-query caps again).
    void renewed() { timeout_ = limits_.timeout_ms, rlimit_ = limits_.rlimit; }

    std::string admit(z3::solver& solver) {
        auto const& run = limits_.run;
        if (!run) return {};
        if (auto why = run->exhausted(); !why.empty()) return why;
        unsigned timeout = limits_.timeout_ms;
        if (run->deadline != std::chrono::steady_clock::time_point::max()) {
            // Rounded up, so that a check Z3 stops for time ends at or after the deadline
            // and is then reported as the run's limit.
            auto left = std::chrono::duration<double, std::milli>(run->deadline - std::chrono::steady_clock::now());
            double ms = std::ceil(std::max(1.0, left.count()));
            unsigned const cut = ms >= std::numeric_limits<unsigned>::max() ? std::numeric_limits<unsigned>::max()
                                                                            : static_cast<unsigned>(ms);
            timeout = timeout ? std::min(timeout, cut) : cut;
        }
        unsigned rlimit = limits_.rlimit;
        if (run->units) {
            std::uint64_t const left =
                std::min<std::uint64_t>(run->units - run->spent, std::numeric_limits<unsigned>::max());
            rlimit = rlimit ? std::min<unsigned>(rlimit, static_cast<unsigned>(left)) : static_cast<unsigned>(left);
            before_ = units_used(solver);
        }
        if (timeout != timeout_ || rlimit != rlimit_) {
            z3::params p(solver.ctx());
            p.set("timeout", timeout ? timeout : std::numeric_limits<unsigned>::max());
            p.set("rlimit", rlimit);
            solver.set(p);
            timeout_ = timeout, rlimit_ = rlimit;
        }
        return {};
    }

    void settle(z3::solver& solver) {
        auto const& run = limits_.run;
        if (!run || !run->units) return;
        std::uint64_t const now = units_used(solver);
        if (now > before_) run->spent += now - before_;
    }

    // Why a check came back unknown: the run's limit when that is what stopped it.
    std::string reason(z3::solver& solver) const {
        if (limits_.run)
            if (auto why = limits_.run->exhausted(); !why.empty()) return why;
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
    unsigned timeout_ = 0, rlimit_ = 0;
    std::uint64_t before_ = 0;
};

}   // namespace elenchus::solver
