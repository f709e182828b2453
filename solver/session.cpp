#include "solver/session.hpp"

#include "solver/limits.hpp"
#include "solver/session_impl.hpp"

#include <algorithm>

namespace elenchus::solver {

Session::Session(logic::Theory const& theory, Limits limits) : impl_(std::make_unique<Impl>(theory, limits)) {
    auto& s = *impl_;
    try {
        s.translator.emplace(s.ctx, theory, Naming::plain(theory));
        if (theory.statements.size() > Impl::expand_from)
            s.translator->expand_closed_quantifiers(Impl::expansion_nodes);
        s.solver.emplace(s.ctx);
        set_limits(*s.solver, limits);
        s.renew_small();
        // Every statement, also claims and hypotheses: arguments may list them as premises.
        for (std::size_t i = 0; i < theory.statements.size(); ++i) {
            auto const& st = theory.statements[i];
            std::string name = "stmt!" + std::to_string(i) + "!" + st.name;
            z3::expr lit = s.ctx.bool_const(name.c_str());
            z3::expr f = s.translator->translate(st.formula);
            s.solver->add(z3::implies(lit, f));
            s.formula.push_back(f);
            s.statement_of.emplace(lit.id(), static_cast<int>(i));
            s.literal.push_back(lit);
            std::set<int> symbols;
            collect_symbols(theory, st.formula, symbols);
            s.symbols_of.push_back(std::move(symbols));
        }
        if (s.translator->kept_quantifiers() == 0) {
            // A ground theory (every quantifier over closed sorts expanded): Z3's relevancy
            // filter, which serves quantifier instantiation, only slows the large solver's
            // satisfiable queries down (by 3x at 10k statements).
            z3::params g(s.ctx);
            g.set("relevancy", 0u);
            s.solver->set(g);
        }
    } catch (z3::exception const& e) {
        s.broken = failure_reason(e, limits.run);
    } catch (std::exception const& e) {
        s.broken = e.what();
    }
}

Session::~Session() = default;

logic::Theory const& Session::theory() const { return impl_->theory; }
Limits const& Session::limits() const { return impl_->limits; }

Outcome Session::satisfiable(std::span<int const> statements, logic::Term const* extra) {
    return impl_->run(statements, extra, false);
}

Outcome Session::entails(std::span<int const> statements, logic::Term const& goal) {
    return impl_->run(statements, &goal, true);
}

std::vector<int> Session::core() const { return impl_->core; }

World Session::world() const { return impl_->world(); }

std::string describe_unknown(std::string const& z3_reason, Limits const& limits) {
    if (!limits.rlimit) return z3_reason.empty() ? "Z3 gave no reason" : z3_reason;
    std::string const limit = "the resource limit of " + std::to_string(limits.rlimit) + " units per query";
    // Z3 4.8.12 says "max. resource limit exceeded" for units and "timeout" for time; a
    // query cancelled inside a tactic says only "canceled", which either limit may cause.
    if (z3_reason.find("resource") != std::string::npos)
        return limit + " was reached (--query-rlimit raises it); Z3 said '" + z3_reason + "'";
    if (z3_reason == "canceled")
        return limits.timeout_ms ? "Z3 said 'canceled': " + limit + " or the time limit per query was reached"
                                 : limit + " was reached (--query-rlimit raises it); Z3 said 'canceled'";
    if (z3_reason.empty() || z3_reason == "unknown") return "Z3 gave no reason; " + limit + " may have been reached";
    return z3_reason;
}

std::string RunBudget::exhausted() const {
    if (cancelled()) return "the run was cancelled";
    if (std::chrono::steady_clock::now() >= deadline) return "the time limit of the run was reached";
    if (units && spent >= units)
        return "the resource limit of the run (" + std::to_string(units) + " units) was reached";
    return {};
}

void RunBudget::cancel() {
    std::lock_guard lock(hooks_mutex_);
    cancelled_ = true;
    for (auto const& hook : hooks_) hook.second();
}

std::uint64_t RunBudget::on_cancel(std::function<void()> interrupt) {
    std::lock_guard lock(hooks_mutex_);
    // Started here, not with the budget: `check -j` forks its workers with no other thread in
    // the process, and its parent makes budgets but no Z3 context. Started before the hook is
    // kept: when the thread cannot be made (std::system_error), no hook stays behind whose
    // CancelHook never finished, and so would never forget it.
    if (!watchdog_.joinable() && deadline != std::chrono::steady_clock::time_point::max())
        watchdog_ = std::thread([this] { watch(); });
    hooks_.emplace_back(++next_hook_, std::move(interrupt));
    return next_hook_;
}

void RunBudget::watch() {
    std::unique_lock lock(hooks_mutex_);
    while (!stopping_ && std::chrono::steady_clock::now() < deadline) wake_.wait_until(lock, deadline);
    // Past the deadline (so that `exhausted` already says so when a query comes back): Z3's
    // interrupt stops only a check under way, so it is repeated for a check started later.
    while (!stopping_) {
        for (auto const& hook : hooks_) hook.second();
        wake_.wait_for(lock, reinterrupt_every);
    }
}

RunBudget::~RunBudget() {
    {
        std::lock_guard lock(hooks_mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (watchdog_.joinable()) watchdog_.join();
}

void RunBudget::forget(std::uint64_t hook) {
    std::lock_guard lock(hooks_mutex_);
    std::erase_if(hooks_, [&](auto const& h) { return h.first == hook; });
}

std::size_t RunBudget::hooks() const {
    std::lock_guard lock(hooks_mutex_);
    return hooks_.size();
}

void Session::Impl::renew_small() {
    small.emplace(ctx);
    set_limits(*small, limits);
    small_gate.renewed();
}

z3::expr Session::Impl::guard(z3::expr const& guarded) {
    auto it = guards.find(guarded.id());
    if (it != guards.end()) return it->second.literal;
    std::string name = "guard!" + std::to_string(guards.size());
    z3::expr lit = ctx.bool_const(name.c_str());
    solver->add(z3::implies(lit, guarded));
    guards.emplace(guarded.id(), Guard{guarded, lit});
    return lit;
}

Outcome Session::Impl::run(std::span<int const> statements, logic::Term const* goal_term, bool negate) {
    model.reset();
    model_pending = false;
    pending_goal.reset();
    satisfied = false;
    core.clear();
    asked.assign(statements.begin(), statements.end());
    asked_formula.reset();
    asked_term.reset();
    formula_symbols.clear();
    if (!broken.empty()) return {Answer::unknown, broken};
    for (int i : statements)
        if (i < 0 || i >= static_cast<int>(literal.size()))
            return {Answer::unknown, "no statement #" + std::to_string(i)};
    bool const use_small = statements.size() <= small_query;
    // The small solver's push is undone on every way out. After Z3 gave up or threw, the
    // solver is replaced instead: Z3 4.8.12 crashed (inside Z3_solver_check_assumptions) on
    // later queries to a solver whose earlier checks the resource limit had cancelled.
    struct Scope {
        Impl* impl = nullptr;
        bool renew = false;
        ~Scope() {
            if (!impl) return;
            try {
                if (renew) impl->renew_small();
                else impl->small->pop();
            } catch (z3::exception const& e) {   // a destructor must not throw
                impl->broken = std::string("Z3 could not restore its solver: ") + e.msg();
            } catch (...) {
                impl->broken = "Z3 could not restore its solver";
            }
        }
    } scope;
    try {
        std::optional<z3::expr> goal;
        if (goal_term) {
            z3::expr f = translator->translate(*goal_term);
            goal = negate ? !f : f;
            collect_symbols(theory, *goal_term, formula_symbols);
            asked_formula = f;
            if (smallest_worlds()) asked_term = *goal_term, asked_negated = negate;
        }
        unsigned const key = goal ? goal->id() : no_goal;
        // Answers that earlier ones already prove, before asking Z3.
        if (auto c = proved_core(key, statements)) {
            core = std::move(*c);
            return {Answer::unsat, {}};
        }
        if (!use_small) {
            if (auto m = recall(statements, goal)) {
                satisfied = true;
                model = *m;
                return {Answer::sat, {}};
            }
        }
        if (proved_satisfiable(key, statements)) {
            satisfied = true;
            model_pending = true;
            pending_goal = goal;
            return {Answer::sat, {}};
        }

        z3::check_result r;
        if (use_small) {
            if (auto why = small_gate.admit(*small); !why.empty()) return {Answer::unknown, why};
            small->push();
            scope.impl = this;
            z3::expr_vector assumptions(ctx);
            for (int i : statements) {
                auto const k = static_cast<std::size_t>(i);
                small->add(z3::implies(literal[k], formula[k]));
                assumptions.push_back(literal[k]);
            }
            if (goal) {
                z3::expr lit = guard(*goal);
                small->add(z3::implies(lit, *goal));
                assumptions.push_back(lit);
            }
            r = small->check(assumptions);
            small_gate.settle(*small);
        } else {
            r = check_large(statements, goal);
        }
        z3::solver& s = use_small ? *small : *solver;
        switch (r) {
        case z3::sat:
            satisfied = true;
            // The small solver's model must be taken before the pop below discards it. The
            // large one's is fetched only when wanted (a world, or the widest model kept for
            // later queries): at 10k statements fetching it costs more than the query.
            if (use_small) model = s.get_model();
            else if (!widest || statements.size() > widest->size) remember(statements, goal);
            prove(key, statements, true);
            return {Answer::sat, {}};
        case z3::unsat: {
            z3::expr_vector c = s.unsat_core();
            for (auto const& e : c) {
                auto it = statement_of.find(e.id());
                if (it != statement_of.end()) core.push_back(it->second);
            }
            prove(key, core, false);
            return {Answer::unsat, {}};
        }
        case z3::unknown: scope.renew = true; return {Answer::unknown, (use_small ? small_gate : large_gate).reason(s)};
        }
    } catch (z3::exception const& e) {
        scope.renew = true;
        return {Answer::unknown, failure_reason(e, limits.run)};
    } catch (std::exception const& e) {
        scope.renew = true;
        return {Answer::unknown, e.what()};
    }
    return {Answer::unknown, "unreachable"};
}

z3::check_result Session::Impl::check_large(std::span<int const> statements, std::optional<z3::expr> const& goal) {
    z3::expr_vector assumptions(ctx);
    // Everything the query leaves out is switched off explicitly: left open, Z3 would decide
    // each of the other guards, and one it turned on would drag its statement (or an old
    // goal) into the search.
    if (negated.empty())   // made on first use, so that small files never create them
        for (auto const& l : literal) negated.push_back(!l);
    std::vector<bool> const in = members(statements);
    for (std::size_t i = 0; i < literal.size(); ++i) assumptions.push_back(in[i] ? literal[i] : negated[i]);
    std::optional<z3::expr> lit;
    if (goal) lit = guard(*goal);
    for (auto const& [id, g] : guards) assumptions.push_back(lit && z3::eq(g.literal, *lit) ? g.literal : !g.literal);
    // Refused for the run's budget: unknown, and `large_gate.reason` says why.
    if (!large_gate.admit(*solver).empty()) return z3::unknown;
    z3::check_result r = solver->check(assumptions);
    large_gate.settle(*solver);
    return r;
}

std::vector<bool> Session::Impl::members(std::span<int const> statements) const {
    std::vector<bool> in(literal.size(), false);
    for (int i : statements) in[static_cast<std::size_t>(i)] = true;
    return in;
}

std::optional<std::vector<int>> Session::Impl::proved_core(unsigned key, std::span<int const> statements) const {
    auto it = proved_cores.find(key);
    if (it == proved_cores.end()) return std::nullopt;
    std::vector<bool> const in = members(statements);
    for (auto const& c : it->second)
        if (std::all_of(c.begin(), c.end(), [&](int i) { return in[static_cast<std::size_t>(i)]; })) return c;
    return std::nullopt;
}

bool Session::Impl::proved_satisfiable(unsigned key, std::span<int const> statements) const {
    auto it = proved_sat.find(key);
    if (it == proved_sat.end()) return false;
    for (auto const& holds : it->second)
        if (std::all_of(statements.begin(), statements.end(),
                        [&](int i) { return holds[static_cast<std::size_t>(i)]; }))
            return true;
    return false;
}

void Session::Impl::prove(unsigned key, std::span<int const> statements, bool sat) {
    if (sat) {
        auto& list = proved_sat[key];
        list.push_front(members(statements));
        if (list.size() > proved_per_goal) list.pop_back();
    } else {
        auto& list = proved_cores[key];
        list.emplace_front(statements.begin(), statements.end());
        if (list.size() > proved_per_goal) list.pop_back();
    }
}

std::optional<z3::model> Session::Impl::recall(std::span<int const> statements, std::optional<z3::expr> const& goal) {
    if (!widest) return std::nullopt;
    auto is_true = [&](z3::expr const& f) {
        // Only a definite `true` counts; a quantifier the evaluator leaves open does not.
        return widest->model.eval(f, true).is_true();
    };
    try {
        std::size_t evaluated = 0;
        for (int i : statements) {
            auto const u = static_cast<std::size_t>(i);
            if (widest->holds[u]) continue;
            if (++evaluated > widest_evaluations || !is_true(formula[u])) return std::nullopt;
        }
        if (goal && !(widest->formula && z3::eq(*widest->formula, *goal)) && !is_true(*goal)) return std::nullopt;
    } catch (z3::exception const&) {
        // Past the run's limit the watchdog's interrupt makes every evaluation fail
        // (failure_reason): the kept model answers nothing more, and the gate says why.
        if (run_exhausted(limits.run).empty()) throw;
        return std::nullopt;
    }
    return widest->model;
}

void Session::Impl::remember(std::span<int const> statements, std::optional<z3::expr> const& goal) {
    model = solver->get_model();
    widest = Known{*model, members(statements), statements.size(), goal};
}

}   // namespace elenchus::solver
