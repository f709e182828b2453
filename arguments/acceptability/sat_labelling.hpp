// A CaDiCaL instance holding the complete labelling encoding of a framework (Besnard &
// Doutre 2004; the encodings of Cegartix and mu-toksia): variables in(a) and out(a) for every
// argument, undecided being neither. require_stable() turns it into the stable encoding
// (nothing undecided) in place, keeping what the solver has learnt.
#pragma once

#include <memory>
#include <vector>

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/labelling.hpp"
#include "arguments/acceptability/semantics.hpp"

namespace CaDiCaL {
class Solver;
}

namespace elenchus::acceptability::detail {

class SatLabelling {
public:
    // Every solve() checks `deadline` (before, and inside CaDiCaL through its Terminator) and
    // throws TimeLimitReached once it has passed.
    SatLabelling(Framework const& af, Deadline const& deadline);
    ~SatLabelling();
    SatLabelling(SatLabelling const&) = delete;
    SatLabelling& operator=(SatLabelling const&) = delete;

    int in(ArgumentId a) const { return static_cast<int>(a) + 1; }
    int out(ArgumentId a) const { return static_cast<int>(size_ + a) + 1; }
    int fresh();

    // From now on only stable labellings: in(a) or out(a) for every argument. Idempotent.
    void require_stable();

    void add_clause(std::vector<int> const& literals);
    // Whether the clauses and `assumptions` have a model; the model is then extension().
    bool solve(std::vector<int> const& assumptions = {});
    Extension extension() const;   // the arguments in, in the last model

    // Rules out every set of arguments that is a subset of `e`: the next model has an argument
    // outside it. Preferred and stable extensions are pairwise incomparable, so this is enough
    // to block one without blocking another.
    void block_subsets_of(Extension const& e);
    // Rules out exactly the set `e` (complete extensions may be nested).
    void block_exactly(Extension const& e);
    // The last model grown to a ⊆-maximal one (under the permanent clauses): repeatedly asks
    // for a strict superset, behind an activation literal retired after each round.
    Extension maximise(Extension e);

private:
    struct Clock;   // CaDiCaL's Terminator over the deadline

    std::size_t size_;
    Deadline deadline_;
    std::unique_ptr<Clock> clock_;
    std::unique_ptr<CaDiCaL::Solver> solver_;
    bool stable_ = false;
    int variables_;
    bool empty_clause_ = false;   // kept out of CaDiCaL, which need not see a trivial conflict
};

}   // namespace elenchus::acceptability::detail
