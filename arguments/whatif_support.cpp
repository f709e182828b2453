#include "arguments/whatif_support.hpp"

#include <algorithm>

#include <z3++.h>

#include "arguments/verdicts.hpp"
#include "solver/minimal.hpp"

namespace elenchus::whatif {

using solver::Answer;

namespace {

std::vector<int> sorted_unique(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

// The map's side of MARCO: which candidate positions each known support holds, so a seed
// can be grown without asking any solver.
class Blocked {
public:
    explicit Blocked(std::size_t n) : containing_(n) {}

    void add_support(std::vector<std::size_t> const& positions) {
        std::size_t id = sizes_.size();
        sizes_.push_back(positions.size());
        for (auto k : positions) containing_[k].push_back(id);
    }

    // Adds every position that can join `in_seed` without completing a known support. One
    // pass is enough: a position refused once stays refused, since the seed only grows.
    void grow(std::vector<bool>& in_seed) const {
        std::vector<std::size_t> count(sizes_.size(), 0);
        for (std::size_t k = 0; k < in_seed.size(); ++k)
            if (in_seed[k])
                for (auto id : containing_[k]) ++count[id];
        for (std::size_t k = 0; k < in_seed.size(); ++k) {
            if (in_seed[k]) continue;
            bool completes = std::any_of(containing_[k].begin(), containing_[k].end(),
                                         [&](std::size_t id) { return count[id] + 1 == sizes_[id]; });
            if (completes) continue;
            in_seed[k] = true;
            for (auto id : containing_[k]) ++count[id];
        }
    }

private:
    std::vector<std::vector<std::size_t>> containing_;   // per position: supports holding it
    std::vector<std::size_t> sizes_;
};

std::string undecided(solver::Outcome const& o) {
    return o.reason.empty() ? std::string("Z3 returned unknown") : o.reason;
}

}  // namespace

SetFamily enumerate_supports(solver::Session& session, std::vector<int> const& fixed_in,
                             std::vector<int> const& candidates, logic::Term const& goal,
                             Caps caps) {
    SetFamily family;
    std::vector<int> const fixed = sorted_unique(fixed_in);
    std::vector<int> all;
    for (int c : sorted_unique(candidates))
        if (!std::binary_search(fixed.begin(), fixed.end(), c)) all.push_back(c);

    auto entails = [&](std::span<int const> subset) {
        std::vector<int> query = fixed;
        query.insert(query.end(), subset.begin(), subset.end());
        return session.entails(query, goal);
    };

    z3::context ctx;
    z3::solver map(ctx);
    z3::expr_vector chosen(ctx);
    for (std::size_t k = 0; k < all.size(); ++k)
        chosen.push_back(ctx.bool_const(("c" + std::to_string(k)).c_str()));
    Blocked blocked(all.size());

    while (map.check() == z3::sat) {
        if (family.supports.size() >= caps.supports || family.breaks.size() >= caps.breaks) {
            family.capped = true;
            break;
        }
        z3::model m = map.get_model();
        std::vector<bool> in_seed(all.size());
        for (std::size_t k = 0; k < all.size(); ++k)
            in_seed[k] = !m.eval(chosen[static_cast<unsigned>(k)], false).is_false();
        blocked.grow(in_seed);
        std::vector<int> seed;
        for (std::size_t k = 0; k < all.size(); ++k)
            if (in_seed[k]) seed.push_back(all[k]);

        solver::Outcome o = entails(seed);
        if (o.answer == Answer::unknown) {
            family.reason = undecided(o);
            break;
        }
        if (o.answer == Answer::sat) {
            // Maximal: any one more candidate completes a known support.
            std::vector<int> removed;
            z3::expr_vector outside(ctx);
            for (std::size_t k = 0; k < all.size(); ++k) {
                if (in_seed[k]) continue;
                removed.push_back(all[k]);
                outside.push_back(chosen[static_cast<unsigned>(k)]);
            }
            map.add(outside.empty() ? ctx.bool_val(false) : z3::mk_or(outside));
            family.breaks.push_back(std::move(removed));
            continue;
        }
        solver::Shrunk support = solver::shrink_to_minimal(session, seed, entails);
        if (!support.set) {
            family.reason = support.reason;
            break;
        }
        std::vector<std::size_t> positions;
        z3::expr_vector some_out(ctx);
        for (int x : *support.set) {
            auto k = static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), x) - all.begin());
            positions.push_back(k);
            some_out.push_back(!chosen[static_cast<unsigned>(k)]);
        }
        map.add(some_out.empty() ? ctx.bool_val(false) : z3::mk_or(some_out));
        blocked.add_support(positions);
        family.supports.push_back(std::move(*support.set));
    }
    return family;
}

std::vector<NameSet> named_sets(logic::Theory const& theory,
                                std::vector<std::vector<int>> const& sets) {
    std::vector<NameSet> named;
    for (auto const& s : sets) named.push_back(verdicts::names(theory, s));
    std::sort(named.begin(), named.end(), [](NameSet const& a, NameSet const& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return named;
}

}  // namespace elenchus::whatif
