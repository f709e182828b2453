#include "arguments/verdicts/background.hpp"

#include <optional>

#include <fmt/format.h>

namespace elenchus::verdicts {

using solver::Answer;

namespace {

Background undecided(std::string reason) {
    Background b;
    b.found = Background::Found::unknown;
    b.reason = reason.empty() ? std::string("Z3 returned unknown") : std::move(reason);
    return b;
}

// Smaller first; among sets of one size the first by statement order, so that the answer
// does not depend on the order in which the enumeration met them.
bool better(std::vector<int> const& a, std::vector<int> const& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

}   // namespace

Background smallest_background(solver::Session& session, std::vector<int> const& candidates,
                               solver::SetQuery const& holds, solver::SetQuery const& acceptable) {
    if (candidates.empty()) return {};
    // Both conditions on the whole set first: most relations end here, and when every
    // candidate together is acceptable so is each subset, and no minimal set needs a check.
    auto whole = holds(candidates);
    if (whole.answer == Answer::sat) return {};
    if (whole.answer == Answer::unknown) return undecided(whole.reason);
    bool const all_acceptable = acceptable(candidates).answer == Answer::sat;

    // When the candidates together contradict a side, the minimal sets include the ones that
    // only repeat that contradiction, and each costs a shrink over every candidate: a file
    // whose other statements are inconsistent would pay that for every pair it compares. So
    // the search is cut short sooner there, and a cap reached says `unknown`, not `none`.
    std::size_t const cap = all_acceptable ? max_background_sets : max_background_sets_contradicting;
    auto family = solver::enumerate_minimal(session, candidates, holds, {cap, 16 * cap}, solver::Growth::in_map);
    std::string reason = family.reason;
    std::optional<std::vector<int>> best;
    for (auto const& set : family.minimal) {
        if (!all_acceptable) {
            auto o = acceptable(set);
            if (o.answer == Answer::unknown && reason.empty()) reason = o.reason.empty() ? "unknown" : o.reason;
            if (o.answer != Answer::sat) continue;
        }
        if (!best || better(set, *best)) best = set;
    }
    if (best) {
        Background b;
        b.found = Background::Found::given;
        b.given = std::move(*best);
        return b;
    }
    if (!reason.empty()) return undecided(std::move(reason));
    if (family.capped)
        return undecided(
            fmt::format("the search for background statements stopped at its cap of {} minimal sets", cap));
    return {};
}

}   // namespace elenchus::verdicts
