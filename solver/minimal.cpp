#include "solver/minimal.hpp"

#include <algorithm>

#include <z3++.h>

#include "solver/limits.hpp"

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

std::string undecided(Outcome const& o) { return o.reason.empty() ? std::string("Z3 returned unknown") : o.reason; }

// The map's side of MARCO: which item positions each known minimal set holds, so a seed can
// be grown without asking any solver.
class Blocked {
public:
    explicit Blocked(std::size_t n) : containing_(n) {}

    void add(std::vector<std::size_t> const& positions) {
        std::size_t const id = sizes_.size();
        sizes_.push_back(positions.size());
        for (auto k : positions) containing_[k].push_back(id);
    }

    // Adds every position that can join `in_seed` without completing a known minimal set.
    // One pass is enough: a position refused once stays refused, since the seed only grows.
    void grow(std::vector<bool>& in_seed) const {
        std::vector<std::size_t> count(sizes_.size(), 0);
        for (std::size_t k = 0; k < in_seed.size(); ++k)
            if (in_seed[k])
                for (auto id : containing_[k]) ++count[id];
        for (std::size_t k = 0; k < in_seed.size(); ++k) {
            if (in_seed[k]) continue;
            bool const completes = std::any_of(containing_[k].begin(), containing_[k].end(),
                                               [&](std::size_t id) { return count[id] + 1 == sizes_[id]; });
            if (completes) continue;
            in_seed[k] = true;
            for (auto id : containing_[k]) ++count[id];
        }
    }

private:
    std::vector<std::vector<std::size_t>> containing_;   // per position: minimal sets holding it
    std::vector<std::size_t> sizes_;
};

}   // namespace

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
        return {std::nullopt, o.answer == Answer::unknown ? undecided(o) : "shrinking lost the property"};
    for (auto const& [x, size] : needed) {
        if (size == set.size()) continue;
        o = holds(without(set, x));
        if (o.answer == Answer::unknown) return {std::nullopt, undecided(o)};
        if (o.answer == Answer::unsat) return {std::nullopt, "shrinking did not reach a minimal set"};
    }
    return {set, {}};
}

MinimalFamily enumerate_minimal(Session& session, std::vector<int> const& items_in, SetQuery const& holds,
                                MarcoCaps caps, Growth growth) {
    MinimalFamily result;
    std::vector<int> all = items_in;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());

    // The map: one Boolean per item; its models are the subsets not yet explained.
    z3::context ctx;
    CancelHook cancel_hook(ctx, session.limits().run);
    // Every call on the map is inside: past the run's limit the hook's interrupt leaves the
    // map's context cancelled, and a model fetched or evaluated after a check that ended just
    // before it fails with "canceled" (failure_reason); the enumeration stops with what it has.
    try {
        z3::solver map(ctx);
        set_limits(map, session.limits());
        QueryGate gate(session.limits());
        z3::expr_vector chosen(ctx);
        char const* const prefix = growth == Growth::by_queries ? "s" : "c";
        for (std::size_t k = 0; k < all.size(); ++k) {
            // Appended: GCC 12 warns falsely (-Wstringop-overflow) on `prefix + std::to_string(k)`.
            std::string name = prefix;
            name += std::to_string(k);
            chosen.push_back(ctx.bool_const(name.c_str()));
        }
        Blocked blocked(all.size());

        while (true) {
            if (auto why = gate.admit(map); !why.empty()) {
                result.reason = why;
                break;
            }
            auto const answer = map.check();
            gate.settle(map);
            if (answer == z3::unknown) {
                result.reason = gate.reason(map);
                break;
            }
            if (answer != z3::sat) break;
            if (result.minimal.size() >= caps.minimal || result.complements.size() >= caps.complements) {
                result.capped = true;
                break;
            }
            z3::model m = map.get_model();
            // Unconstrained items join the seed: maximal seeds are maximal failing sets or
            // shrink to minimal ones.
            std::vector<bool> in_seed(all.size(), false);
            for (std::size_t k = 0; k < all.size(); ++k)
                in_seed[k] = !m.eval(chosen[static_cast<int>(k)], false).is_false();
            if (growth == Growth::in_map) blocked.grow(in_seed);
            std::vector<int> seed;
            for (std::size_t k = 0; k < all.size(); ++k)
                if (in_seed[k]) seed.push_back(all[k]);

            Outcome o = holds(seed);
            if (o.answer == Answer::unknown) {
                result.reason = undecided(o);
                break;
            }
            if (o.answer == Answer::sat) {
                if (growth == Growth::by_queries) {
                    // Grow to a maximal failing set; what cannot join is what the next seed needs.
                    for (std::size_t k = 0; k < all.size(); ++k) {
                        if (in_seed[k]) continue;
                        seed.push_back(all[k]);
                        if (holds(seed).answer == Answer::sat) in_seed[k] = true;
                        else seed.pop_back();
                    }
                }
                std::vector<int> outside_items;
                z3::expr_vector outside(ctx);
                for (std::size_t k = 0; k < all.size(); ++k) {
                    if (in_seed[k]) continue;
                    outside_items.push_back(all[k]);
                    outside.push_back(chosen[static_cast<int>(k)]);
                }
                map.add(outside.empty() ? ctx.bool_val(false) : z3::mk_or(outside));
                result.complements.push_back(std::move(outside_items));
                continue;
            }
            Shrunk found = shrink_to_minimal(session, seed, holds);
            if (!found.set) {
                result.reason = found.reason;
                break;
            }
            std::vector<std::size_t> positions;
            z3::expr_vector some_out(ctx);
            for (int x : *found.set) {
                auto k = static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), x) - all.begin());
                positions.push_back(k);
                some_out.push_back(!chosen[static_cast<int>(k)]);
            }
            map.add(some_out.empty() ? ctx.bool_val(false) : z3::mk_or(some_out));
            blocked.add(positions);
            result.minimal.push_back(std::move(*found.set));
        }
    } catch (z3::exception const& e) {
        result.reason = failure_reason(e, session.limits().run);
    }
    return result;
}

MusEnumeration enumerate_mus(Session& session, std::vector<int> const& statements, std::size_t cap) {
    SetQuery inconsistent = [&](std::span<int const> s) { return session.satisfiable(s); };
    auto family = enumerate_minimal(session, statements, inconsistent, {cap, SIZE_MAX}, Growth::by_queries);
    return {std::move(family.minimal), family.capped, std::move(family.reason)};
}

}   // namespace elenchus::solver
