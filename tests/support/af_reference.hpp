// The semantics of abstract argumentation straight from their definitions (Dung 1995), by
// trying every subset: the reference the solver is compared with on small frameworks
// (at most 16 arguments; a set of arguments is a bit mask).
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/semantics.hpp"

namespace elenchus::test {

using Mask = std::uint32_t;

struct ReferenceSemantics {
    std::vector<Mask> conflict_free, admissible, complete, grounded, preferred, stable;

    std::vector<Mask> const& of(acceptability::Semantics s) const {
        switch (s) {
        case acceptability::Semantics::grounded: return grounded;
        case acceptability::Semantics::complete: return complete;
        case acceptability::Semantics::preferred: return preferred;
        case acceptability::Semantics::stable: return stable;
        }
        return grounded;
    }
};

inline ReferenceSemantics reference_semantics(acceptability::Framework const& af) {
    std::size_t const n = af.size();
    std::vector<Mask> attackers(n, 0), targets(n, 0);
    for (acceptability::ArgumentId a = 0; a < n; ++a)
        for (acceptability::ArgumentId b : af.attackers(a)) {
            attackers[a] |= Mask{1} << b;
            targets[b] |= Mask{1} << a;
        }
    Mask const all = n == 0 ? 0 : static_cast<Mask>((std::uint64_t{1} << n) - 1);
    auto attacked_by = [&](Mask s) {
        Mask out = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (s >> i & 1) out |= targets[i];
        return out;
    };
    auto defended_by = [&](Mask s) {   // the arguments each of whose attackers s attacks
        Mask const beaten = attacked_by(s);
        Mask out = 0;
        for (std::size_t i = 0; i < n; ++i)
            if ((attackers[i] & ~beaten) == 0) out |= Mask{1} << i;
        return out;
    };
    ReferenceSemantics r;
    for (std::uint64_t s64 = 0; s64 <= all; ++s64) {
        Mask const s = static_cast<Mask>(s64);
        if (attacked_by(s) & s) continue;
        r.conflict_free.push_back(s);
        Mask const defended = defended_by(s);
        if ((s & ~defended) != 0) continue;
        r.admissible.push_back(s);
        if (defended == s) r.complete.push_back(s);
        if ((s | attacked_by(s)) == all) r.stable.push_back(s);
    }
    // Grounded: the least complete extension (it exists and is contained in every other).
    for (Mask c : r.complete)
        if (std::all_of(r.complete.begin(), r.complete.end(), [&](Mask d) { return (c & ~d) == 0; }))
            r.grounded.push_back(c);
    // Preferred: the maximal admissible sets.
    for (Mask a : r.admissible)
        if (std::none_of(r.admissible.begin(), r.admissible.end(), [&](Mask b) { return b != a && (a & ~b) == 0; }))
            r.preferred.push_back(a);
    return r;
}

inline Mask mask_of(acceptability::Extension const& e) {
    Mask m = 0;
    for (auto a : e) m |= Mask{1} << a;
    return m;
}

// A random framework: each ordered pair of distinct arguments attacks with probability
// `density`, and each argument attacks itself with probability `self`.
inline acceptability::Framework random_framework(std::mt19937& rng, std::size_t n, double density, double self) {
    std::bernoulli_distribution attack(density), loop(self);
    std::vector<acceptability::Attack> attacks;
    for (acceptability::ArgumentId a = 0; a < n; ++a)
        for (acceptability::ArgumentId b = 0; b < n; ++b)
            if (a == b ? loop(rng) : attack(rng)) attacks.push_back({a, b});
    std::vector<std::string> names;
    for (std::size_t i = 0; i < n; ++i) names.push_back("a" + std::to_string(i));
    return acceptability::Framework(std::move(names), attacks);
}

}   // namespace elenchus::test
