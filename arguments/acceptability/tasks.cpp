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

SatLabelling::Encoding encoding_for(Semantics s) {
    return s == Semantics::stable ? SatLabelling::Encoding::stable : SatLabelling::Encoding::complete;
}

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

}  // namespace

std::optional<Extension> some_extension(Framework const& af, Semantics s) {
    if (s == Semantics::grounded || s == Semantics::complete) return grounded_extension(af);
    Residual const r = detail::residual_of(af);
    if (r.part.size() == 0) return r.lift({});
    SatLabelling sat(r.part, encoding_for(s));
    if (!sat.solve()) return std::nullopt;
    Extension e = sat.extension();
    if (s == Semantics::preferred) e = sat.maximise(std::move(e));
    return r.lift(e);
}

bool credulously_accepted(Framework const& af, Semantics s, ArgumentId a) {
    if (s == Semantics::grounded) return grounded_labelling(af)[a] == Label::in;
    Residual const r = detail::residual_of(af);
    if (r.grounded[a] == Label::out) return false;
    // Every admissible set lies in a preferred one, so credulous preferred is credulous
    // complete; only stable has to ask whether any extension exists at all.
    if (r.grounded[a] == Label::in && s != Semantics::stable) return true;
    SatLabelling sat(r.part, encoding_for(s));
    if (r.grounded[a] == Label::in) return sat.solve();
    return sat.solve({sat.in(r.local[a])});
}

bool sceptically_accepted(Framework const& af, Semantics s, ArgumentId a) {
    // The grounded extension is the intersection of the complete extensions.
    if (s == Semantics::grounded || s == Semantics::complete) return grounded_labelling(af)[a] == Label::in;
    Residual const r = detail::residual_of(af);
    if (r.grounded[a] == Label::in) return true;
    if (s == Semantics::stable) {
        SatLabelling sat(r.part, SatLabelling::Encoding::stable);
        if (r.grounded[a] == Label::out) return !sat.solve();   // vacuously, when there is none
        return !sat.solve({-sat.in(r.local[a])});
    }
    // Preferred: there is always an extension, so an argument out of the grounded one is not
    // sceptical. Otherwise a counterexample is a preferred extension without `a`: look for
    // complete extensions without `a`, grow each to a preferred one, and block those that
    // turned out to contain `a` (CEGAR in the manner of Cegartix).
    if (r.grounded[a] == Label::out) return false;
    SatLabelling sat(r.part, SatLabelling::Encoding::complete);
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

std::size_t enumerate_extensions(Framework const& af, Semantics s,
                                 std::function<bool(Extension const&)> const& visit) {
    if (s == Semantics::grounded) {
        visit(grounded_extension(af));
        return 1;
    }
    Residual const r = detail::residual_of(af);
    SatLabelling sat(r.part, encoding_for(s));
    std::size_t count = 0;
    auto report = [&](Extension const& e) {
        ++count;
        return visit(r.lift(e));
    };
    if (s == Semantics::preferred) {
        each_preferred(sat, report);
        return count;
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

std::vector<Extension> extensions(Framework const& af, Semantics s, std::size_t limit) {
    std::vector<Extension> all;
    if (limit == 0) return all;
    enumerate_extensions(af, s, [&](Extension const& e) {
        all.push_back(e);
        return all.size() < limit;
    });
    return all;
}

}  // namespace elenchus::acceptability
