// Bounds on what `define` calls unfold to. A definition may call earlier ones, so a short
// file can describe a formula nested thousands of levels deep (every consumer walks it
// recursively) or one whose unfolded tree grows exponentially. The checker rejects both
// up front, with the call where the limit is passed, so that the solver, the export and
// the explainer only ever see formulas of bounded depth and shared size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::checking {

// Levels of a formula with every definition unfolded (docs/language.md, "Limits").
inline constexpr std::size_t max_unfolded_depth = 4096;
// Distinct sub-formulas that unfolding calls adds in a whole file, identical ones counted
// once (the solver shares them, as Z3 does); and the steps spent counting them.
inline constexpr std::size_t max_unfolded_nodes = 1'000'000;
inline constexpr std::size_t max_unfolding_work = 8'000'000;

struct UnfoldExcess {
    ast::Span span;   // the call at which the limit is passed
    std::string message;
};

class UnfoldBounds {
public:
    explicit UnfoldBounds(logic::Theory const& theory) : theory_(theory) {}

    // The depth of `formula` unfolded; with `count_size`, its calls' shared size too,
    // added to what earlier formulas' calls unfolded to.
    std::optional<UnfoldExcess> check(logic::Term const& formula, bool count_size);

private:
    using Id = std::uint64_t;
    using Env = std::vector<std::pair<std::string_view, Id>>;

    std::size_t define_depth(int index);
    std::size_t depth(logic::Term const& t, UnfoldExcess*& excess, UnfoldExcess& slot);
    void count_calls(logic::Term const& t);
    Id intern(logic::Term const& t, Env& env);
    Id node(std::string const& key);
    bool over() const { return nodes_.size() > max_unfolded_nodes || work_ > max_unfolding_work; }

    logic::Theory const& theory_;
    std::vector<std::size_t> define_depth_;   // per define, computed in declaration order
    std::unordered_map<std::string, Id> nodes_;
    std::unordered_map<std::string, Id> calls_;   // (define, argument ids) → its unfolding
    std::size_t work_ = 0;
    logic::Term const* over_at_ = nullptr;
};

}   // namespace elenchus::checking
