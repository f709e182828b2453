#include "solver/session.hpp"

#include "solver/session_impl.hpp"

namespace elenchus::solver {

Session::Session(logic::Theory const& theory, Limits limits)
    : impl_(std::make_unique<Impl>(theory, limits)) {
    auto& s = *impl_;
    try {
        s.translator.emplace(s.ctx, theory, Naming::plain(theory));
        s.solver.emplace(s.ctx);
        z3::params p(s.ctx);
        if (limits.timeout_ms) p.set("timeout", limits.timeout_ms);
        if (limits.rlimit) p.set("rlimit", limits.rlimit);
        s.solver->set(p);
        s.small.emplace(s.ctx);
        s.small->set(p);
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
    } catch (z3::exception const& e) {
        s.broken = std::string("Z3: ") + e.msg();
    } catch (std::exception const& e) {
        s.broken = e.what();
    }
}

Session::~Session() = default;

logic::Theory const& Session::theory() const { return impl_->theory; }

Outcome Session::satisfiable(std::span<int const> statements, logic::Term const* extra) {
    return impl_->run(statements, extra, false);
}

Outcome Session::entails(std::span<int const> statements, logic::Term const& goal) {
    return impl_->run(statements, &goal, true);
}

std::vector<int> Session::core() const { return impl_->core; }

World Session::world() const { return impl_->world(); }

z3::expr Session::Impl::guard(z3::expr const& formula) {
    auto it = guards.find(formula.id());
    if (it != guards.end()) return it->second.literal;
    std::string name = "guard!" + std::to_string(guards.size());
    z3::expr lit = ctx.bool_const(name.c_str());
    solver->add(z3::implies(lit, formula));
    guards.emplace(formula.id(), Guard{formula, lit});
    return lit;
}

Outcome Session::Impl::run(std::span<int const> statements, logic::Term const* formula,
                           bool negate) {
    model.reset();
    satisfied = false;
    core.clear();
    asked.assign(statements.begin(), statements.end());
    asked_formula.reset();
    formula_symbols.clear();
    if (!broken.empty()) return {Answer::unknown, broken};
    bool const use_small = statements.size() <= small_query;
    z3::solver& s = use_small ? *small : *solver;
    struct Scope {   // the small solver's push is undone on every way out, exceptions included
        z3::solver* s;
        ~Scope() { if (s) s->pop(); }
    } scope{nullptr};
    try {
        if (use_small) {
            small->push();
            scope.s = &*small;
            for (int i : statements)
                if (i >= 0 && i < static_cast<int>(literal.size()))
                    small->add(z3::implies(literal[static_cast<std::size_t>(i)],
                                           this->formula[static_cast<std::size_t>(i)]));
        }
        z3::expr_vector assumptions(ctx);
        for (int i : statements) {
            if (i < 0 || i >= static_cast<int>(literal.size()))
                return {Answer::unknown, "no statement #" + std::to_string(i)};
            assumptions.push_back(literal[static_cast<std::size_t>(i)]);
        }
        if (formula) {
            z3::expr f = translator->translate(*formula);
            z3::expr goal = negate ? !f : f;
            z3::expr lit = guard(goal);
            if (use_small) small->add(z3::implies(lit, goal));
            assumptions.push_back(lit);
            collect_symbols(theory, *formula, formula_symbols);
            asked_formula = f;
        }
        switch (s.check(assumptions)) {
        case z3::sat:
            satisfied = true;
            if (use_small) model = s.get_model();   // the pop below would discard it
            return {Answer::sat, {}};
        case z3::unsat: {
            z3::expr_vector c = s.unsat_core();
            for (unsigned k = 0; k < c.size(); ++k) {
                auto it = statement_of.find(c[k].id());
                if (it != statement_of.end()) core.push_back(it->second);
            }
            return {Answer::unsat, {}};
        }
        case z3::unknown:
            return {Answer::unknown, s.reason_unknown()};
        }
    } catch (z3::exception const& e) {
        return {Answer::unknown, std::string("Z3: ") + e.msg()};
    } catch (std::exception const& e) {
        return {Answer::unknown, e.what()};
    }
    return {Answer::unknown, "unreachable"};
}

}  // namespace elenchus::solver
