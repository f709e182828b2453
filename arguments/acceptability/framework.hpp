// An abstract argumentation framework (Dung 1995): arguments 0..n-1 and an attack relation,
// stored as two compressed adjacency arrays (who attacks an argument, whom it attacks) so
// that 100,000 arguments and 300,000 attacks take a few megabytes and every walk is linear.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace elenchus::acceptability {

using ArgumentId = std::uint32_t;

struct Attack {
    ArgumentId from;
    ArgumentId to;
};

class Framework {
public:
    Framework() = default;
    // Arguments 0..names.size()-1. A repeated attack counts once; an attack on an id outside
    // the framework throws std::out_of_range (callers that read files check ids first).
    Framework(std::vector<std::string> names, std::vector<Attack> const& attacks);
    // Arguments without names of their own: argument i is called i+1, as in ICCMA 2023 files.
    static Framework numbered(std::size_t count, std::vector<Attack> const& attacks);

    std::size_t size() const { return attackers_start_.empty() ? 0 : attackers_start_.size() - 1; }
    std::size_t attack_count() const { return attackers_.size(); }
    std::string name(ArgumentId a) const;
    // The argument called `name`; a linear search, meant for a single look-up.
    std::optional<ArgumentId> find(std::string_view name) const;

    // Sorted, without repeats.
    std::span<ArgumentId const> attackers(ArgumentId a) const {
        return {attackers_.data() + attackers_start_[a], attackers_.data() + attackers_start_[a + 1]};
    }
    std::span<ArgumentId const> attacked_by(ArgumentId a) const {
        return {targets_.data() + targets_start_[a], targets_.data() + targets_start_[a + 1]};
    }
    bool attacks(ArgumentId from, ArgumentId to) const;

private:
    void build(std::size_t count, std::vector<Attack> const& attacks);

    std::vector<std::string> names_;   // empty for a numbered framework
    std::vector<std::uint32_t> attackers_start_, targets_start_;
    std::vector<ArgumentId> attackers_, targets_;
};

}   // namespace elenchus::acceptability
