// The smallest world of a satisfiable query: the fewest individuals of each open sort that
// still satisfy what the query asserted. Searched in a context of its own, so that the
// Session's solvers and caches are not disturbed, and so that the world depends on the
// query alone (which statements, which goal), not on the queries asked before it: `check`
// and `explain` print the same world for the same claim.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include <z3++.h>

#include "solver/limits.hpp"
#include "solver/session.hpp"
#include "solver/translate.hpp"

namespace elenchus::solver {

class WorldSearch {
public:
    // `expand`: expand closed quantifiers as the Session does (Translator::expand_closed_quantifiers).
    WorldSearch(logic::Theory const& theory, Limits const& limits, std::size_t expand);
    ~WorldSearch();
    WorldSearch(WorldSearch const&) = delete;
    WorldSearch& operator=(WorldSearch const&) = delete;

    // Asserts the statements (in index order, whatever order they were asked in) and `goal`
    // (negated when `negate`), then makes each open sort as small as it can be, in
    // declaration order, each given the ones before it. False when Z3 found no model within
    // the limits (the caller falls back to the Session's model).
    bool run(std::span<int const> statements, logic::Term const* goal, bool negate);

    // After `run` returned true.
    z3::model const& model() const { return *model_; }
    Translator const& translator() const { return *translator_; }
    // The goal as stated (not negated), then the statements: the formulas the world describes.
    std::vector<z3::expr> const& focus() const { return focus_; }
    // Per open sort that was searched: how many individuals the world has, and whether that
    // is proved the fewest (every smaller size came back unsat).
    struct Size {
        int sort = 0;
        unsigned individuals = 0;
        bool fewest = false;
    };
    std::vector<Size> const& sizes() const { return sizes_; }

    // Attempts per world, at most (each is one check); past it the world found so far stands.
    static constexpr unsigned max_attempts = 16;
    // Each attempt's cap in Z3 resource units: deterministic, so the world shown does not
    // depend on the machine's load. The time cap is only a safety net for work Z3 does not
    // count in units (nonlinear arithmetic).
    static constexpr unsigned attempt_rlimit = 2'000'000;
    static constexpr unsigned attempt_timeout_ms = 30'000;

private:
    bool check();   // one attempt; true when sat (and then model_ is its model)
    unsigned universe_size(int sort);

    z3::context ctx_;   // first, so that it is destroyed last
    logic::Theory const& theory_;
    Limits limits_;
    // Cancelling the run, or its deadline, interrupts an attempt under way.
    CancelHook cancel_hook_;
    std::optional<Translator> translator_;
    std::optional<z3::solver> solver_;
    std::optional<z3::model> model_;
    std::vector<z3::expr> focus_;
    z3::expr_vector guards_{ctx_};   // the literals each check assumes (see run)
    std::vector<Size> sizes_;
    unsigned attempts_ = 0;
    bool gave_up_ = false;   // an attempt came back unknown: the solver is asked nothing more
};

}   // namespace elenchus::solver
