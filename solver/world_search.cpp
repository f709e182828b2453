#include "solver/world_search.hpp"

#include <algorithm>
#include <string>

#include "solver/limits.hpp"

namespace elenchus::solver {

namespace {

// The per-query caps of an attempt: the session's, cut down to the attempt's own.
Limits attempt_limits(Limits limits) {
    unsigned const t = WorldSearch::attempt_timeout_ms, r = WorldSearch::attempt_rlimit;
    limits.timeout_ms = limits.timeout_ms ? std::min(limits.timeout_ms, t) : t;
    limits.rlimit = limits.rlimit ? std::min(limits.rlimit, r) : r;
    return limits;
}

}   // namespace

WorldSearch::WorldSearch(logic::Theory const& theory, Limits const& limits, std::size_t expand)
    : theory_(theory), limits_(attempt_limits(limits)), cancel_hook_(ctx_, limits_.run) {
    translator_.emplace(ctx_, theory, Naming::plain(theory));
    if (expand) translator_->expand_closed_quantifiers(expand);
}

WorldSearch::~WorldSearch() = default;

unsigned WorldSearch::universe_size(int sort) {
    try {   // a sort the model never needed has no universe (Z3 reports an invalid argument)
        Z3_ast_vector u = Z3_model_get_sort_universe(ctx_, *model_, translator_->sort(sort));
        ctx_.check_error();
        return u ? z3::expr_vector(ctx_, u).size() : 0;
    } catch (z3::exception const&) {
        return 0;
    }
}

bool WorldSearch::check() {
    if (gave_up_ || attempts_ >= max_attempts) return false;
    ++attempts_;
    QueryGate gate(limits_);
    if (!gate.admit(*solver_).empty()) {   // the run's budget is spent
        gave_up_ = true;
        return false;
    }
    z3::check_result const r = solver_->check(guards_);
    gate.settle(*solver_);
    if (r == z3::sat) {
        model_ = solver_->get_model();
        return true;
    }
    // Z3 4.8.12 crashed on later checks of a solver a resource limit had cancelled: after an
    // unknown the search stops with the world it has.
    if (r == z3::unknown) gave_up_ = true;
    return false;
}

bool WorldSearch::run(std::span<int const> statements, logic::Term const* goal, bool negate) {
    try {
        std::vector<int> asked(statements.begin(), statements.end());
        std::sort(asked.begin(), asked.end());
        asked.erase(std::unique(asked.begin(), asked.end()), asked.end());
        solver_.emplace(ctx_);
        set_limits(*solver_, limits_);
        guards_ = z3::expr_vector(ctx_);
        // Each formula is asserted under a literal assumed true, as the Session asserts its
        // statements: asserted bare, Z3 flattens nested conjunctions before it counts a
        // resource unit, and a definition that uses the previous one twice flattens into
        // 2^n conjuncts (memory without bound, past every limit).
        auto const assume = [&](z3::expr const& f) {
            z3::expr const lit = ctx_.bool_const(("world!guard!" + std::to_string(guards_.size())).c_str());
            solver_->add(z3::implies(lit, f));
            guards_.push_back(lit);
        };
        if (goal) {
            z3::expr const f = translator_->translate(*goal);
            focus_.push_back(f);
            assume(negate ? !f : f);
        }
        for (int i : asked) {
            z3::expr const f = translator_->translate(theory_.statements[static_cast<std::size_t>(i)].formula);
            focus_.push_back(f);
            assume(f);
        }
        if (!check()) return false;
        // Satisfiable with at most k individuals implies satisfiable with at most k + 1, so the
        // first k that is satisfiable, counting up, is the fewest; the model's own universe
        // bounds the count. A size found stays asserted while the next sort is searched.
        for (std::size_t s = 0; s < theory_.sorts.size(); ++s) {
            int const sort = static_cast<int>(s);
            if (translator_->enumerated(sort)) continue;
            unsigned const found = universe_size(sort);
            if (found == 0) continue;   // the world needs no individual of it
            Size size{sort, found, found == 1};
            z3::sort const z = translator_->sort(sort);
            for (unsigned k = 1; k < found && !gave_up_ && attempts_ < max_attempts; ++k) {
                // Every individual is one of k: forall x. x = c1 or ... or x = ck.
                z3::expr const x = ctx_.constant(("world!" + theory_.sorts[s].name + "!x").c_str(), z);
                z3::expr_vector options(ctx_);
                for (unsigned j = 1; j <= k; ++j) {
                    std::string const name = "world!" + theory_.sorts[s].name + "!" + std::to_string(j);
                    options.push_back(x == ctx_.constant(name.c_str(), z));
                }
                solver_->push();
                solver_->add(z3::forall(x, z3::mk_or(options)));
                if (check()) {
                    size.individuals = universe_size(sort);
                    size.fewest = true;
                    break;
                }
                if (gave_up_) break;
                solver_->pop();
            }
            if (size.individuals == 0) size.individuals = found;
            sizes_.push_back(size);
        }
        return true;
    } catch (z3::exception const&) {
        // A world found before the failure still stands; none found: the Session's model.
        return model_.has_value();
    }
}

}   // namespace elenchus::solver
