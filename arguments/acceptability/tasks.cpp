// The reasoning tasks. Grounded answers come from the propagation alone; the others start
// from it (an argument in the grounded extension is in every complete extension, one that is
// out is in none) and ask the SAT solver only about the undecided rest.
#include <algorithm>

#include "arguments/acceptability/residual.hpp"
#include "arguments/acceptability/sat_labelling.hpp"
#include "arguments/acceptability/semantics.hpp"

namespace elenchus::acceptability {

using detail::Residual;
using detail::SatLabelling;

namespace {

// Preferred extensions of the undecided part, each reported once: a complete extension that
// no preferred extension found so far contains, grown to a maximal one.
template <typename Visit>
void each_preferred(SatLabelling& sat, Visit&& visit) {
    while (sat.solve()) {
        Extension const p = sat.maximise(sat.extension());
        if (!visit(p)) return;
        sat.block_subsets_of(p);
    }
}

// Whether `e` (sorted) attacks every argument of `af` outside it: a complete extension that
// does is stable.
bool attacks_the_rest(Framework const& af, Extension const& e) {
    std::vector<char> in(af.size(), 0);
    for (ArgumentId a : e) in[a] = 1;
    for (ArgumentId a = 0; a < af.size(); ++a) {
        if (in[a]) continue;
        auto const attackers = af.attackers(a);
        if (std::none_of(attackers.begin(), attackers.end(), [&](ArgumentId b) { return in[b] != 0; })) return false;
    }
    return true;
}

// A stable extension of `af` under `assumptions` (literals of `sat`, which encodes `af`), or
// nullopt. Every stable extension is preferred, so first a preferred one is sought: a
// complete extension under the assumptions, grown to a maximal one. Growing keeps in(a) and
// out(a) true, so the assumptions this file makes (an argument in, or out) still hold. When
// it attacks every other argument it is the answer; this finds the planted extensions of
// docs/performance.md in a fraction of the time the stable encoding alone takes. Otherwise
// the solver is told "nothing undecided" and asked again, which is exact. Leaves `sat`
// requiring stable labellings.
std::optional<Extension> some_stable(Framework const& af, SatLabelling& sat, std::vector<int> const& assumptions) {
    if (!sat.solve(assumptions)) return std::nullopt;   // not even a complete extension
    Extension const p = sat.maximise(sat.extension());
    sat.require_stable();
    if (attacks_the_rest(af, p)) return p;
    if (!sat.solve(assumptions)) return std::nullopt;
    return sat.extension();
}

}   // namespace

std::optional<Extension> some_extension(Framework const& af, Semantics s, Deadline const& deadline) {
    if (s == Semantics::grounded || s == Semantics::complete) return grounded_extension(af);
    Residual const r = detail::residual_of(af);
    if (r.part.size() == 0) return r.lift({});
    SatLabelling sat(r.part, deadline);
    if (s == Semantics::stable) {
        auto const e = some_stable(r.part, sat, {});
        if (!e) return std::nullopt;
        return r.lift(*e);
    }
    sat.solve();   // there is always a complete extension
    return r.lift(sat.maximise(sat.extension()));
}

bool credulously_accepted(Framework const& af, Semantics s, ArgumentId a, Deadline const& deadline) {
    if (s == Semantics::grounded) return grounded_labelling(af)[a] == Label::in;
    Residual const r = detail::residual_of(af);
    if (r.grounded[a] == Label::out) return false;
    // Every admissible set lies in a preferred one, so credulous preferred is credulous
    // complete; only stable has to ask whether any extension exists at all.
    if (r.grounded[a] == Label::in && s != Semantics::stable) return true;
    SatLabelling sat(r.part, deadline);
    if (s == Semantics::stable) {
        if (r.grounded[a] == Label::in) return some_stable(r.part, sat, {}).has_value();
        return some_stable(r.part, sat, {sat.in(r.local[a])}).has_value();
    }
    return sat.solve({sat.in(r.local[a])});
}

bool sceptically_accepted(Framework const& af, Semantics s, ArgumentId a, Deadline const& deadline) {
    // The grounded extension is the intersection of the complete extensions.
    if (s == Semantics::grounded || s == Semantics::complete) return grounded_labelling(af)[a] == Label::in;
    Residual const r = detail::residual_of(af);
    if (r.grounded[a] == Label::in) return true;
    if (s == Semantics::stable) {
        // A counterexample is a stable extension without `a`, that is one attacking it.
        SatLabelling sat(r.part, deadline);
        if (r.grounded[a] == Label::out) return !some_stable(r.part, sat, {});   // vacuously, when there is none
        return !some_stable(r.part, sat, {sat.out(r.local[a])});
    }
    // Preferred: there is always an extension, so an argument out of the grounded one is not
    // sceptical. Otherwise a counterexample is a preferred extension without `a`: look for
    // complete extensions without `a`, grow each to a preferred one, and block those that
    // turned out to contain `a` (CEGAR in the manner of Cegartix).
    if (r.grounded[a] == Label::out) return false;
    SatLabelling sat(r.part, deadline);
    int const a_in = sat.in(r.local[a]);
    // A complete extension that attacks `a` is a counterexample at once: every preferred
    // extension above it attacks `a` too.
    if (sat.solve({sat.out(r.local[a])})) return false;
    while (sat.solve({-a_in})) {
        Extension const p = sat.maximise(sat.extension());
        if (!std::binary_search(p.begin(), p.end(), r.local[a])) return false;
        sat.block_subsets_of(p);
    }
    return true;
}

std::size_t enumerate_extensions(Framework const& af, Semantics s, std::function<bool(Extension const&)> const& visit,
                                 Deadline const& deadline) {
    if (s == Semantics::grounded) {
        visit(grounded_extension(af));
        return 1;
    }
    Residual const r = detail::residual_of(af);
    SatLabelling sat(r.part, deadline);
    std::size_t count = 0;
    auto report = [&](Extension const& e) {
        ++count;
        return visit(r.lift(e));
    };
    if (s == Semantics::preferred) {
        each_preferred(sat, report);
        return count;
    }
    if (s == Semantics::stable) {
        // The first by way of a preferred extension, the rest with nothing undecided.
        auto const first = some_stable(r.part, sat, {});
        if (!first || !report(*first)) return count;
        sat.block_subsets_of(*first);
    }
    while (sat.solve()) {
        Extension const e = sat.extension();
        if (!report(e)) break;
        // Stable extensions are pairwise incomparable; complete ones may be nested.
        if (s == Semantics::stable) sat.block_subsets_of(e);
        else sat.block_exactly(e);
    }
    return count;
}

std::vector<Extension> extensions(Framework const& af, Semantics s, std::size_t limit, Deadline const& deadline) {
    std::vector<Extension> all;
    if (limit == 0) return all;
    enumerate_extensions(
        af, s,
        [&](Extension const& e) {
            all.push_back(e);
            return all.size() < limit;
        },
        deadline);
    return all;
}

}   // namespace elenchus::acceptability
