#include "solver/minimal.hpp"

#include <algorithm>

#include <z3++.h>

namespace elenchus::solver {

namespace {

std::vector<int> without(std::vector<int> const& set, int x) {
    std::vector<int> r;
    r.reserve(set.size());
    for (int y : set)
        if (y != x) r.push_back(y);
    return r;
}

// The members of `set` in the last query's core; the core is a subset of the query's
// statements, but keep only what `set` holds in case of duplicates.
std::vector<int> core_within(Session const& session, std::vector<int> const& set) {
    std::vector<int> core = session.core();
    std::sort(core.begin(), core.end());
    std::vector<int> r;
    std::set_intersection(set.begin(), set.end(), core.begin(), core.end(), std::back_inserter(r));
    return r;
}

std::string undecided(Outcome const& o) {
    return o.reason.empty() ? std::string("Z3 returned unknown") : o.reason;
}

}  // namespace

Shrunk shrink_to_minimal(Session& session, std::vector<int> start, SetQuery const& holds) {
    std::sort(start.begin(), start.end());
    start.erase(std::unique(start.begin(), start.end()), start.end());
    Outcome o = holds(start);
    if (o.answer == Answer::unknown) return {std::nullopt, undecided(o)};
    if (o.answer == Answer::sat) return {std::nullopt, "the set to shrink lacks the property"};
    std::vector<int> set = core_within(session, start);

    // Deletion: a member stays once the set without it lacks the property; by monotonicity it
    // stays needed in every smaller set, so each member is tried once. `tested_at` records the
    // size of the set each member was tried against: sets only shrink, so the same size means
    // the same set.
    std::vector<std::pair<int, std::size_t>> needed;
    auto is_needed = [&](int x) {
        return std::any_of(needed.begin(), needed.end(), [&](auto const& n) { return n.first == x; });
    };
    while (true) {
        auto next = std::find_if(set.begin(), set.end(), [&](int x) { return !is_needed(x); });
        if (next == set.end()) break;
        int x = *next;
        std::vector<int> candidate = without(set, x);
        o = holds(candidate);
        if (o.answer == Answer::unknown) return {std::nullopt, undecided(o)};
        if (o.answer == Answer::unsat) set = core_within(session, candidate);
        else needed.emplace_back(x, set.size());
    }

    // Verification: the property holds for the result, and fails without each member. A
    // member tried against this very set needs no second query.
    o = holds(set);
    if (o.answer != Answer::unsat)
        return {std::nullopt, o.answer == Answer::unknown ? undecided(o)
                                                          : "shrinking lost the property"};
    for (auto const& [x, size] : needed) {
        if (size == set.size()) continue;
        o = holds(without(set, x));
        if (o.answer == Answer::unknown) return {std::nullopt, undecided(o)};
        if (o.answer == Answer::unsat) return {std::nullopt, "shrinking did not reach a minimal set"};
    }
    return {set, {}};
}

MusEnumeration enumerate_mus(Session& session, std::vector<int> const& statements,
                             std::size_t cap) {
    MusEnumeration result;
    std::vector<int> all = statements;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());

    SetQuery inconsistent = [&](std::span<int const> s) { return session.satisfiable(s); };

    // The map: one Boolean per statement; its models are the subsets not yet explained.
    z3::context ctx;
    z3::solver map(ctx);
    z3::expr_vector chosen(ctx);
    for (std::size_t k = 0; k < all.size(); ++k)
        chosen.push_back(ctx.bool_const(("s" + std::to_string(k)).c_str()));

    while (true) {
        if (map.check() != z3::sat) break;
        if (result.sets.size() >= cap) {
            result.capped = true;
            break;
        }
        z3::model m = map.get_model();
        // Unconstrained statements join the seed: maximal seeds are MSSes or shrink to MUSes.
        std::vector<int> seed;
        std::vector<bool> in_seed(all.size(), false);
        for (std::size_t k = 0; k < all.size(); ++k) {
            if (!m.eval(chosen[static_cast<unsigned>(k)], false).is_false()) {
                seed.push_back(all[k]);
                in_seed[k] = true;
            }
        }
        Outcome o = session.satisfiable(seed);
        if (o.answer == Answer::unknown) {
            result.reason = undecided(o);
            break;
        }
        if (o.answer == Answer::sat) {
            // Grow to a maximal satisfiable set; what cannot join is what the next seed needs.
            for (std::size_t k = 0; k < all.size(); ++k) {
                if (in_seed[k]) continue;
                seed.push_back(all[k]);
                if (session.satisfiable(seed).answer == Answer::sat) in_seed[k] = true;
                else seed.pop_back();
            }
            z3::expr_vector outside(ctx);
            for (std::size_t k = 0; k < all.size(); ++k)
                if (!in_seed[k]) outside.push_back(chosen[static_cast<unsigned>(k)]);
            map.add(outside.empty() ? ctx.bool_val(false) : z3::mk_or(outside));
            continue;
        }
        Shrunk mus = shrink_to_minimal(session, seed, inconsistent);
        if (!mus.set) {
            result.reason = mus.reason;
            break;
        }
        z3::expr_vector some_out(ctx);
        for (int x : *mus.set) {
            auto k = std::lower_bound(all.begin(), all.end(), x) - all.begin();
            some_out.push_back(!chosen[static_cast<unsigned>(k)]);
        }
        map.add(some_out.empty() ? ctx.bool_val(false) : z3::mk_or(some_out));
        result.sets.push_back(std::move(*mus.set));
    }
    return result;
}

}  // namespace elenchus::solver
