// A session's limits as Z3 solver parameters, for every solver the solving code makes (the
// Session's two, the step checker's).
#pragma once

#include <z3++.h>

#include "solver/session.hpp"

namespace elenchus::solver {

inline void set_limits(z3::solver& solver, Limits const& limits) {
    z3::params p(solver.ctx());
    if (limits.timeout_ms) p.set("timeout", limits.timeout_ms);
    if (limits.rlimit) p.set("rlimit", limits.rlimit);
    solver.set(p);
}

}  // namespace elenchus::solver
