#include "arguments/acceptability/sat_labelling.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include <cadical.hpp>

namespace elenchus::acceptability::detail {

SatLabelling::SatLabelling(Framework const& af, Encoding encoding)
    : size_(af.size()), solver_(std::make_unique<CaDiCaL::Solver>()) {
    if (2 * size_ + 1 >= static_cast<std::size_t>(std::numeric_limits<int>::max() / 2))
        throw std::length_error("argumentation framework too large for the SAT encoding");
    // CaDiCaL reports some events on stdout even at verbosity 0; a library prints nothing.
    solver_->set("quiet", 1);
    // Stable needs in-variables only: the labelling form (in/out with "no undecided") was
    // slower on the planted benchmark, and so were CaDiCaL's 'sat' configuration and a
    // false initial phase (docs/performance.md).
    variables_ = static_cast<int>(encoding == Encoding::complete ? 2 * size_ : size_);
    solver_->reserve(variables_);
    std::vector<int> clause;
    for (ArgumentId a = 0; a < size_; ++a) {
        auto const attackers = af.attackers(a);
        if (encoding == Encoding::stable) {
            // Conflict-free, and every argument is in or attacked by one that is.
            for (ArgumentId b : attackers) add_clause({-in(a), -in(b)});
            clause.assign(1, in(a));
            for (ArgumentId b : attackers) clause.push_back(in(b));
            add_clause(clause);
            continue;
        }
        // in(a) iff every attacker is out; out(a) iff some attacker is in; not both.
        add_clause({-in(a), -out(a)});
        for (ArgumentId b : attackers) {
            add_clause({-in(a), out(b)});
            add_clause({-in(b), out(a)});
        }
        clause.assign(1, -out(a));
        for (ArgumentId b : attackers) clause.push_back(in(b));
        add_clause(clause);
        clause.assign(1, in(a));
        for (ArgumentId b : attackers) clause.push_back(-out(b));
        add_clause(clause);
    }
}

SatLabelling::~SatLabelling() = default;

int SatLabelling::fresh() { return ++variables_; }

void SatLabelling::add_clause(std::vector<int> const& literals) {
    if (literals.empty()) {
        empty_clause_ = true;
        return;
    }
    for (int l : literals) solver_->add(l);
    solver_->add(0);
}

bool SatLabelling::solve(std::vector<int> const& assumptions) {
    if (empty_clause_) return false;
    for (int l : assumptions) solver_->assume(l);
    return solver_->solve() == 10;
}

Extension SatLabelling::extension() const {
    Extension e;
    for (ArgumentId a = 0; a < size_; ++a)
        if (solver_->val(in(a)) > 0) e.push_back(a);
    return e;
}

void SatLabelling::block_subsets_of(Extension const& e) {
    std::vector<int> clause;
    std::size_t k = 0;
    for (ArgumentId a = 0; a < size_; ++a) {
        if (k < e.size() && e[k] == a) ++k;
        else clause.push_back(in(a));
    }
    add_clause(clause);
}

void SatLabelling::block_exactly(Extension const& e) {
    std::vector<int> clause;
    std::size_t k = 0;
    for (ArgumentId a = 0; a < size_; ++a) {
        if (k < e.size() && e[k] == a) {
            clause.push_back(-in(a));
            ++k;
        } else {
            clause.push_back(in(a));
        }
    }
    add_clause(clause);
}

Extension SatLabelling::maximise(Extension e) {
    std::vector<int> grow, assumptions;
    while (e.size() < size_) {
        int const active = fresh();
        grow.assign(1, -active);
        assumptions.assign(1, active);
        std::size_t k = 0;
        for (ArgumentId a = 0; a < size_; ++a) {
            if (k < e.size() && e[k] == a) {
                assumptions.push_back(in(a));
                ++k;
            } else {
                grow.push_back(in(a));
            }
        }
        add_clause(grow);
        bool const larger = solve(assumptions);
        if (larger) e = extension();
        add_clause({-active});
        if (!larger) break;
    }
    return e;
}

}  // namespace elenchus::acceptability::detail
