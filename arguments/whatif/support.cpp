#include "arguments/whatif/support.hpp"

#include <algorithm>

#include "arguments/verdicts/verdicts.hpp"
#include "solver/minimal.hpp"

namespace elenchus::whatif {

namespace {

std::vector<int> sorted_unique(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

}   // namespace

SetFamily enumerate_supports(solver::Session& session, std::vector<int> const& fixed_in,
                             std::vector<int> const& candidates, logic::Term const& goal, Caps caps) {
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

    auto found = solver::enumerate_minimal(session, all, entails, {caps.supports, caps.breaks}, solver::Growth::in_map);
    family.supports = std::move(found.minimal);
    family.breaks = std::move(found.complements);
    family.capped = found.capped;
    family.reason = std::move(found.reason);
    return family;
}

std::vector<NameSet> named_sets(logic::Theory const& theory, std::vector<std::vector<int>> const& sets) {
    std::vector<NameSet> named;
    for (auto const& s : sets) named.push_back(verdicts::names(theory, s));
    std::sort(named.begin(), named.end(),
              [](NameSet const& a, NameSet const& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    return named;
}

}   // namespace elenchus::whatif
