#include "arguments/acceptability/framework.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace elenchus::acceptability {

Framework::Framework(std::vector<std::string> names, std::vector<Attack> const& attacks) : names_(std::move(names)) {
    build(names_.size(), attacks);
}

Framework Framework::numbered(std::size_t count, std::vector<Attack> const& attacks) {
    Framework f;
    f.build(count, attacks);
    return f;
}

std::string Framework::name(ArgumentId a) const {
    return names_.empty() ? std::to_string(std::uint64_t{a} + 1) : names_[a];
}

std::optional<ArgumentId> Framework::find(std::string_view name) const {
    for (std::size_t i = 0; i < size(); ++i)
        if (names_.empty() ? std::to_string(i + 1) == name : names_[i] == name) return static_cast<ArgumentId>(i);
    return std::nullopt;
}

bool Framework::attacks(ArgumentId from, ArgumentId to) const {
    auto t = attacked_by(from);
    return std::binary_search(t.begin(), t.end(), to);
}

namespace {

// Counting sort by `key` into compressed rows: linear, where sorting the attack list would
// be n log n. Rows come out sorted by the other end because the input is visited in order.
void fill_rows(std::size_t count, std::vector<Attack> const& sorted, bool by_target, std::vector<std::uint32_t>& start,
               std::vector<ArgumentId>& cells) {
    start.assign(count + 1, 0);
    for (Attack const& a : sorted) ++start[(by_target ? a.to : a.from) + 1];
    for (std::size_t i = 0; i < count; ++i) start[i + 1] += start[i];
    cells.resize(sorted.size());
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (Attack const& a : sorted) cells[next[by_target ? a.to : a.from]++] = by_target ? a.from : a.to;
}

}   // namespace

void Framework::build(std::size_t count, std::vector<Attack> const& attacks) {
    if (count >= std::numeric_limits<ArgumentId>::max() || attacks.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("argumentation framework too large");
    for (Attack const& a : attacks)
        if (a.from >= count || a.to >= count) throw std::out_of_range("attack on an argument outside the framework");

    // Two counting-sort passes (by source, then stably by target) give the attacks ordered by
    // (to, from), which makes repeats adjacent and every row sorted.
    std::vector<std::uint32_t> start;
    std::vector<ArgumentId> cells;
    fill_rows(count, attacks, /*by_target=*/false, start, cells);
    std::vector<Attack> by_source;
    by_source.reserve(attacks.size());
    for (std::size_t f = 0; f < count; ++f)
        for (auto k = start[f]; k < start[f + 1]; ++k) by_source.push_back({static_cast<ArgumentId>(f), cells[k]});
    fill_rows(count, by_source, /*by_target=*/true, start, cells);
    std::vector<Attack> unique;
    unique.reserve(attacks.size());
    for (std::size_t t = 0; t < count; ++t)
        for (auto k = start[t]; k < start[t + 1]; ++k)
            if (k == start[t] || cells[k] != cells[k - 1]) unique.push_back({cells[k], static_cast<ArgumentId>(t)});

    fill_rows(count, unique, /*by_target=*/true, attackers_start_, attackers_);
    fill_rows(count, unique, /*by_target=*/false, targets_start_, targets_);
}

}   // namespace elenchus::acceptability
