#include "arguments/acceptability/sat_labelling.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include <cadical.hpp>

namespace elenchus::acceptability::detail {

struct SatLabelling::Clock : CaDiCaL::Terminator {
    explicit Clock(Deadline const& d) : deadline(d) {}
    bool terminate() override { return deadline.passed(); }
    Deadline const& deadline;
};

SatLabelling::SatLabelling(Framework const& af, Deadline const& deadline)
    : size_(af.size()), deadline_(deadline), clock_(std::make_unique<Clock>(deadline_)),
      solver_(std::make_unique<CaDiCaL::Solver>()) {
    if (2 * size_ + 1 >= static_cast<std::size_t>(std::numeric_limits<int>::max() / 2))
        throw std::length_error("argumentation framework too large for the SAT encoding");
    // CaDiCaL reports some events on stdout even at verbosity 0; a library prints nothing.
    solver_->set("quiet", 1);
    if (deadline_.at) solver_->connect_terminator(clock_.get());
    variables_ = static_cast<int>(2 * size_);
    solver_->reserve(variables_);
    std::vector<int> clause;
    for (ArgumentId a = 0; a < size_; ++a) {
        auto const attackers = af.attackers(a);
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

void SatLabelling::require_stable() {
    if (stable_) return;
    stable_ = true;
    for (ArgumentId a = 0; a < size_; ++a) add_clause({in(a), out(a)});
}

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
    if (deadline_.passed()) throw TimeLimitReached();
    for (int l : assumptions) solver_->assume(l);
    int const result = solver_->solve();
    if (result == 0) throw TimeLimitReached();   // the only way CaDiCaL stops undecided here
    return result == 10;
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

}   // namespace elenchus::acceptability::detail
