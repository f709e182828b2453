#include "solver/step_checker.hpp"

#include <optional>

#include <z3++.h>

#include "solver/limits.hpp"
#include "solver/translate.hpp"

namespace elenchus::solver {

struct StepChecker::Impl {
    // Declared first so that it is destroyed last.
    z3::context ctx;
    std::optional<Translator> translator;
    std::optional<z3::solver> solver;
    std::string broken;
    Limits limits;
    CancelHook cancel_hook{ctx, limits.run};   // after `ctx`, so that it goes first
    QueryGate gate{limits};

    Impl(logic::Theory const& theory, Limits l) : limits(l) {
        try {
            translator.emplace(ctx, theory, Naming::plain(theory));
            fresh_solver();
        } catch (z3::exception const& e) {
            broken = failure_reason(e, limits.run);
        } catch (std::exception const& e) {
            broken = e.what();
        }
    }

    Outcome run(std::span<logic::Term const* const> formulas, logic::Term const* negated) {
        Outcome o = run_once(formulas, negated);
        if (o.answer != Answer::unknown || !broken.empty()) return o;
        // A solver that has seen thousands of quantified steps can give up ("incomplete
        // quantifiers") on a step a fresh one proves at once (TPTP SYN349+1): ask once more
        // on a fresh solver before reporting unknown.
        reset();
        return run_once(formulas, negated);
    }

    Outcome run_once(std::span<logic::Term const* const> formulas, logic::Term const* negated) {
        if (!broken.empty()) return {Answer::unknown, broken};
        try {
            if (auto why = gate.admit(*solver); !why.empty()) return {Answer::unknown, why};
            solver->push();
            for (auto const* f : formulas) solver->add(translator->translate(*f));
            if (negated) solver->add(!translator->translate(*negated));
            z3::check_result r = solver->check();
            gate.settle(*solver);
            Outcome o;
            if (r == z3::sat) o.answer = Answer::sat;
            else if (r == z3::unsat) o.answer = Answer::unsat;
            else o = {Answer::unknown, gate.reason(*solver)};
            solver->pop();
            return o;
        } catch (z3::exception const& e) {
            reset();
            return {Answer::unknown, failure_reason(e, limits.run)};
        } catch (std::exception const& e) {
            reset();
            return {Answer::unknown, e.what()};
        }
    }

    void fresh_solver() {
        solver.emplace(ctx);
        set_limits(*solver, limits);
        gate.renewed();
    }

    // After a failure mid-query the push may be unbalanced: start the solver afresh.
    void reset() {
        try {
            fresh_solver();
        } catch (...) {
            broken = "the step checker could not recover from a Z3 error";
        }
    }
};

StepChecker::StepChecker(logic::Theory const& theory, Limits limits) : impl_(std::make_unique<Impl>(theory, limits)) {}

StepChecker::~StepChecker() = default;

Outcome StepChecker::entails(std::span<logic::Term const* const> premises, logic::Term const& conclusion) {
    return impl_->run(premises, &conclusion);
}

Outcome StepChecker::satisfiable(std::span<logic::Term const* const> formulas) { return impl_->run(formulas, nullptr); }

}   // namespace elenchus::solver
