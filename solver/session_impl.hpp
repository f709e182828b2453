// The inside of a Session, shared by session.cpp (queries) and world.cpp (models).
#pragma once

#include <deque>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <z3++.h>

#include "solver/limits.hpp"
#include "solver/session.hpp"
#include "solver/translate.hpp"

namespace elenchus::solver {

struct Session::Impl {
    // Declared first so that it is destroyed last: every other Z3 object refers to it.
    z3::context ctx;
    logic::Theory const& theory;
    Limits limits;
    // Declared after `ctx`, so that it goes first.
    CancelHook cancel_hook{ctx, limits.run};
    QueryGate large_gate{limits}, small_gate{limits};   // each solver's share of the run's budget
    std::optional<Translator> translator;
    std::optional<z3::solver> solver;
    // Queries over a few statements (minimality checks, supports, argument premises) go to
    // this second solver, which holds only what one query pushes: with every statement of a
    // large file guarded in `solver`, even a tiny satisfiable query there must decide every
    // guard (about 0.1 s at 10k statements), here it takes about a millisecond. Both solvers
    // share the context and the cached translations; neither is rebuilt.
    std::optional<z3::solver> small;
    static constexpr std::size_t small_query = 64;
    void renew_small();   // a fresh small solver with the session's limits
    // In files of more than `expand_from` statements, quantifiers over closed sorts are
    // asserted as their instances, up to `expansion_nodes` term nodes per statement (see
    // Translator::expand_closed_quantifiers): ground formulas make large files' queries
    // several times faster. Small files keep them, so their witness worlds stay the ones
    // Z3 finds for the formulas as written (expanded, Z3 tends to make every atom true).
    static constexpr std::size_t expand_from = 64;
    static constexpr std::size_t expansion_nodes = 4096;
    std::string broken;   // why the theory could not be translated; every query is unknown

    std::vector<z3::expr> literal;                    // per statement: its guard
    std::vector<z3::expr> negated;                    // per statement: not its guard
    std::vector<z3::expr> formula;                    // per statement: its translation
    std::unordered_map<unsigned, int> statement_of;   // literal's AST id → statement
    std::vector<std::set<int>> symbols_of;            // per statement
    // One guard per goal (or extra) formula, keyed by the AST id of the guarded formula.
    // The formula is kept alive beside its guard so the id is never reused.
    struct Guard {
        z3::expr formula;
        z3::expr literal;
    };
    std::unordered_map<unsigned, Guard> guards;

    // What the last query saw: its answer, model or core, and the symbols that matter.
    // Fetched only when a world is asked for: converting a model of thousands of symbols
    // costs more than most queries.
    bool satisfied = false;
    std::optional<z3::model> model;
    std::vector<int> core;
    // Kept as asked; the world derives what matters from them only when it is wanted.
    std::vector<int> asked;
    std::optional<z3::expr> asked_formula;
    // The goal or extra formula as a Term, and whether it was negated: what the smallest
    // world is searched for, in a context of its own. Kept only while smallest worlds are on.
    std::optional<logic::Term> asked_term;
    bool asked_negated = false;
    bool smallest_worlds() const {
        return limits.smallest_worlds && theory.statements.size() <= Session::smallest_worlds_up_to;
    }
    std::set<int> formula_symbols;

    // The model of the widest satisfiable query on the large solver so far (usually the
    // baseline's consistency check). A model of a set of statements is a model of every
    // subset: a later query over a subset, plus at most a few statements or a goal that the
    // model evaluates to true, is satisfiable without asking Z3 again. The relation checks
    // ask thousands of such questions.
    struct Known {
        z3::model model;
        std::vector<bool> holds;           // per statement: asserted in the query that found it
        std::size_t size;                  // how many statements that query asserted
        std::optional<z3::expr> formula;   // that query's goal or extra formula, if any
    };
    std::optional<Known> widest;
    static constexpr std::size_t widest_evaluations = 8;   // statements evaluated, at most
    std::optional<z3::model> recall(std::span<int const> statements, std::optional<z3::expr> const& goal);
    void remember(std::span<int const> statements, std::optional<z3::expr> const& goal);
    // Answers already proved, per goal (keyed by the goal's AST id; `no_goal` for plain
    // satisfiability): the unsat cores found, and the statement sets found satisfiable. By
    // monotonicity a query over a superset of a core is unsat with that core, and one over a
    // subset of a satisfiable set is sat. Scenarios, argument premises and relation checks
    // ask many such questions.
    static constexpr unsigned no_goal = ~0u;
    std::unordered_map<unsigned, std::deque<std::vector<int>>> proved_cores;
    std::unordered_map<unsigned, std::deque<std::vector<bool>>> proved_sat;
    static constexpr std::size_t proved_per_goal = 32;
    // A sat answer taken from `proved_sat` has no model; the world asks Z3 again.
    std::optional<z3::expr> pending_goal;
    bool model_pending = false;
    std::optional<std::vector<int>> proved_core(unsigned key, std::span<int const> statements) const;
    bool proved_satisfiable(unsigned key, std::span<int const> statements) const;
    void prove(unsigned key, std::span<int const> statements, bool sat);
    std::vector<bool> members(std::span<int const> statements) const;   // per statement: in the set
    z3::check_result check_large(std::span<int const> statements, std::optional<z3::expr> const& goal);

    Impl(logic::Theory const& t, Limits l) : theory(t), limits(l) {}
    Outcome run(std::span<int const> statements, logic::Term const* goal_term, bool negate);
    z3::expr guard(z3::expr const& guarded);
    World world();
};

}   // namespace elenchus::solver
