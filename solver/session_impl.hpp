// The inside of a Session, shared by session.cpp (queries) and world.cpp (models).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <z3++.h>

#include "solver/session.hpp"
#include "solver/translate.hpp"

namespace elenchus::solver {

struct Session::Impl {
    // Declared first so that it is destroyed last: every other Z3 object refers to it.
    z3::context ctx;
    logic::Theory const& theory;
    Limits limits;
    std::optional<Translator> translator;
    std::optional<z3::solver> solver;
    // Queries over a few statements (minimality checks, supports, argument premises) go to
    // this second solver, which holds only what one query pushes: with every statement of a
    // large file guarded in `solver`, even a tiny satisfiable query there must decide every
    // guard (about 0.1 s at 10k statements), here it takes about a millisecond. Both solvers
    // share the context and the cached translations; neither is rebuilt.
    std::optional<z3::solver> small;
    static constexpr std::size_t small_query = 64;
    std::string broken;   // why the theory could not be translated; every query is unknown

    std::vector<z3::expr> literal;                      // per statement: its guard
    std::vector<z3::expr> formula;                      // per statement: its translation
    std::unordered_map<unsigned, int> statement_of;     // literal's AST id → statement
    std::vector<std::set<int>> symbols_of;              // per statement
    // One guard per goal (or extra) formula, keyed by the AST id of the guarded formula.
    // The formula is kept alive beside its guard so the id is never reused.
    struct Guard { z3::expr formula; z3::expr literal; };
    std::unordered_map<unsigned, Guard> guards;

    // What the last query saw: its answer, model or core, and the symbols that matter.
    // Fetched only when a world is asked for: converting a model of thousands of symbols
    // costs more than most queries.
    bool satisfied = false;
    mutable std::optional<z3::model> model;
    std::vector<int> core;
    // Kept as asked; the world derives what matters from them only when it is wanted.
    std::vector<int> asked;
    std::optional<z3::expr> asked_formula;
    std::set<int> formula_symbols;

    Impl(logic::Theory const& t, Limits l) : theory(t), limits(l) {}
    Outcome run(std::span<int const> statements, logic::Term const* formula, bool negate);
    z3::expr guard(z3::expr const& formula);
    World world() const;
};

}  // namespace elenchus::solver
