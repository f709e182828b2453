#include "arguments/explain/explain.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "arguments/explain/search.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/problems.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "grammar/diagnostics.hpp"
#include "solver/minimal.hpp"
#include "solver/translate.hpp"

namespace elenchus {

using solver::Answer;
namespace f = formulas;

namespace {

Rule stating_rule(ast::StatementKind kind) {
    switch (kind) {
    case ast::StatementKind::axiom: return Rule::axiom;
    case ast::StatementKind::assume: return Rule::assumption;
    case ast::StatementKind::hypothesis: return Rule::hypothesis;
    default: return Rule::premise;
    }
}

// The statements that share symbols with `goal`, directly or through one another: a world
// reduced to their symbols says what matters for the goal and nothing else.
std::vector<int> connected(logic::Theory const& theory, std::vector<int> const& statements, logic::Term const& goal,
                           std::set<int>& symbols) {
    // Individuals (members, entities) do not link statements: every statement about
    // Azerbaijan is not thereby relevant to every other one.
    auto vocabulary = [&](logic::Term const& t) {
        std::set<int> all, out;
        solver::collect_symbols(theory, t, all);
        for (int s : all) {
            auto k = theory.symbols[static_cast<std::size_t>(s)].kind;
            if (k != logic::Symbol::Kind::member && k != logic::Symbol::Kind::entity) out.insert(s);
        }
        return out;
    };
    symbols = vocabulary(goal);
    std::vector<int> in;
    std::vector<bool> taken(statements.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            if (taken[k]) continue;
            auto own = vocabulary(theory.statements[static_cast<std::size_t>(statements[k])].formula);
            bool shares = std::any_of(own.begin(), own.end(), [&](int s) { return symbols.count(s) > 0; });
            if (!shares) continue;
            taken[k] = grew = true;
            symbols.insert(own.begin(), own.end());
            in.push_back(statements[k]);
        }
    }
    std::sort(in.begin(), in.end());
    return in;
}

ExplainedWorld reduce(logic::Theory const& theory, solver::World const& world, std::string title,
                      std::vector<int> const& relevant, std::set<int> const& symbols, logic::Term const& goal,
                      std::string const& claim_line) {
    ExplainedWorld w;
    w.title = std::move(title);
    std::set<std::string> names, sorts;
    auto sort_of = [&](logic::Type const& t) {
        if (t.kind == logic::Type::Kind::sort) sorts.insert(theory.sorts[static_cast<std::size_t>(t.sort)].name);
    };
    for (int s : symbols) {
        auto const& sym = theory.symbols[static_cast<std::size_t>(s)];
        names.insert(sym.name);
        for (auto const& p : sym.parameters) sort_of(p);
        sort_of(sym.result);
    }
    // The entities the claim and its statements name: whether two of them are one
    // individual (`bob = ann`) can be the whole point (`claim same: ann = bob`).
    std::set<int> mentioned;
    solver::collect_symbols(theory, goal, mentioned);
    for (int i : relevant)
        solver::collect_symbols(theory, theory.statements[static_cast<std::size_t>(i)].formula, mentioned);
    for (int s : mentioned) {
        auto const& sym = theory.symbols[static_cast<std::size_t>(s)];
        if (sym.kind != logic::Symbol::Kind::entity) continue;
        names.insert(sym.name);
        sort_of(sym.result);
    }
    // The individuals of the open sorts those symbols range over too: how many there are is
    // part of the point (two people suffice for the counterexample).
    for (auto const& fact : world.facts)
        if (fact.kind == solver::Fact::Kind::universe ? sorts.count(fact.symbol) > 0 : names.count(fact.symbol) > 0)
            w.facts.push_back(solver::to_string(fact));
    for (int i : relevant) w.satisfies.push_back(theory.statements[static_cast<std::size_t>(i)].name);
    w.satisfies.push_back(claim_line);
    return w;
}

std::optional<int> baseline_claim(logic::Theory const& theory, std::string const& name) {
    auto i = theory.find_statement(name);
    if (!i) return std::nullopt;
    auto const& st = theory.statements[static_cast<std::size_t>(*i)];
    if (st.kind != ast::StatementKind::claim || !st.scenario.empty()) return std::nullopt;
    return i;
}

std::vector<std::string> explainable_names(logic::Theory const& theory) {
    std::vector<std::string> names{"inconsistency"};
    for (int c : theory.claims()) names.push_back(theory.statements[static_cast<std::size_t>(c)].name);
    for (auto const& a : theory.arguments) names.push_back(a.name);
    return names;
}

// A minimal subset of `start` with the property, or nullopt with the reason.
std::optional<std::vector<int>> minimal(solver::Session& session, std::vector<int> start, solver::SetQuery const& holds,
                                        std::string& reason) {
    std::sort(start.begin(), start.end());
    auto shrunk = solver::shrink_to_minimal(session, std::move(start), holds);
    if (!shrunk.set) reason = shrunk.reason;
    return shrunk.set;
}

// `status`, with the derivation of `target` from a minimal subset of `start` that entails it.
void prove(logic::Theory const& theory, solver::Session& session, std::vector<int> const& start,
           logic::Term const& target, DerivationKind kind, ExplanationStatus status, ExplainOptions const& options,
           Explanation& e) {
    e.status = status;
    std::string reason;
    auto set = minimal(
        session, start, [&](std::span<int const> s) { return session.entails(s, target); }, reason);
    if (!set) {
        e.reason = "no minimal support set: " + reason;
        return;
    }
    e.derivations.push_back(derive(theory, *set, target, kind, e.name, status, options));
}

void explain_inconsistency(logic::Theory const& theory, solver::Session& session, ExplainOptions const& options,
                           Explanation& e) {
    auto baseline = theory.baseline();
    std::sort(baseline.begin(), baseline.end());
    auto o = session.satisfiable(baseline);
    if (o.answer == Answer::sat) {
        e.status = ExplanationStatus::consistent;
        // emplace_back: GCC 12 warns falsely (-Warray-bounds) on push_back of a string literal.
        e.notes.emplace_back("the asserted statements are consistent: there is no contradiction to derive");
        return;
    }
    if (o.answer == Answer::unknown) {
        e.status = ExplanationStatus::unknown;
        e.reason = "Z3 could not decide whether the asserted statements are consistent: " + o.reason;
        return;
    }
    e.status = ExplanationStatus::inconsistent;
    auto sets = solver::enumerate_mus(session, baseline, options.max_sets);
    if (sets.capped)
        e.notes.push_back(fmt::format("only the first {} minimal inconsistent sets are explained", options.max_sets));
    if (!sets.reason.empty())
        e.notes.push_back("the enumeration of minimal inconsistent sets stopped early: " + sets.reason);
    for (auto const& set : sets.sets)
        e.derivations.push_back(derive(theory, set, f::make_false(), DerivationKind::inconsistency, "inconsistency",
                                       ExplanationStatus::inconsistent, options));
}

void explain_claim(logic::Theory const& theory, solver::Session& session, int claim, ExplainOptions const& options,
                   Explanation& e) {
    auto const& statement = theory.statements[static_cast<std::size_t>(claim)];
    auto baseline = theory.baseline();
    std::sort(baseline.begin(), baseline.end());
    auto consistent = session.satisfiable(baseline);
    if (consistent.answer == Answer::unsat) {
        e.status = ExplanationStatus::vacuous;
        e.notes.emplace_back("the asserted statements are inconsistent, so every claim follows vacuously; "
                             "here is a contradiction they entail");
        std::string reason;
        auto set = minimal(
            session, baseline, [&](std::span<int const> s) { return session.satisfiable(s); }, reason);
        if (set)
            e.derivations.push_back(derive(theory, *set, f::make_false(), DerivationKind::claim, e.name,
                                           ExplanationStatus::vacuous, options));
        return;
    }
    logic::Term const goal = statement.formula;
    logic::Term const refutation = formulas::make_not(goal);
    auto follows = session.entails(baseline, goal);
    std::optional<solver::World> fails;
    if (follows.answer == Answer::sat) fails = session.world();
    auto refuted = session.entails(baseline, refutation);
    std::optional<solver::World> holds;
    if (refuted.answer == Answer::sat) holds = session.world();

    if (follows.answer == Answer::unsat)
        return prove(theory, session, baseline, goal, DerivationKind::claim, ExplanationStatus::follows, options, e);
    if (refuted.answer == Answer::unsat)
        return prove(theory, session, baseline, refutation, DerivationKind::claim, ExplanationStatus::refuted, options,
                     e);
    if (holds && fails) {
        e.status = ExplanationStatus::open;
        std::set<int> symbols;
        auto relevant = connected(theory, baseline, goal, symbols);
        e.worlds.push_back(reduce(theory, *holds, "a world where the claim holds", relevant, symbols, goal, e.name));
        e.worlds.push_back(
            reduce(theory, *fails, "a world where the claim fails", relevant, symbols, goal, "not " + e.name));
        return;
    }
    e.status = ExplanationStatus::unknown;
    // What was asked, and what Z3 said to each question.
    auto said = [](solver::Outcome const& o) {
        if (o.answer != Answer::unknown) return std::string(o.answer == Answer::sat ? "no" : "yes");
        return "unknown (" + (o.reason.empty() ? std::string("no reason given") : o.reason) + ")";
    };
    e.reason = fmt::format("Z3 could not decide the claim. Do the asserted statements entail it? {}. "
                           "Do they entail its negation? {}. A larger --timeout or --rlimit may decide it.",
                           said(follows), said(refuted));
}

// What makes the argument a problem for `check` whatever its validity, in words: a valid
// argument that is circular or whose premises contradict each other is no reason to believe
// its conclusion, and explain must not call it fine where check does not.
std::vector<std::string> argument_problems(ArgumentVerdict const& v) {
    std::vector<std::string> out;
    if (auto const why = circularity_reason(v); !why.empty()) out.push_back("it is circular: " + why);
    else if (!v.circular_unknown.empty())
        out.push_back("Z3 could not decide whether it is circular: " + v.circular_unknown);
    if (v.premises_inconsistent == true)
        out.push_back("its premises contradict each other: no world makes them true together, so it is valid "
                      "only because anything follows from them");
    return out;
}

void explain_argument(logic::Theory const& theory, solver::Session& session, logic::Argument const& argument,
                      ExplainOptions const& options, Explanation& e) {
    std::vector<int> const given = verdicts::argument_basis(theory, argument, theory.baseline());
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(argument.conclusion)].formula;
    CheckOptions check;
    check.limits = options.limits;
    auto o = session.entails(given, goal);
    if (o.answer == Answer::unsat) {
        prove(theory, session, given, goal, DerivationKind::argument, ExplanationStatus::valid, options, e);
        // After the proof, so that its queries leave the derivation search as it was.
        e.problems =
            argument_problems(verdicts::argument(session, argument, theory.baseline(), theory.hypotheses(), check));
        return;
    }
    if (o.answer == Answer::unknown) {
        e.status = ExplanationStatus::unknown;
        e.reason = "Z3 could not decide whether the conclusion follows from the premises: " + o.reason;
        return;
    }
    e.status = ExplanationStatus::invalid;
    solver::World counterexample = session.world();
    std::set<int> symbols;
    auto relevant = connected(theory, given, goal, symbols);
    std::string conclusion = theory.statements[static_cast<std::size_t>(argument.conclusion)].name;
    e.worlds.push_back(reduce(theory, counterexample, "a counterexample: the premises hold and the conclusion fails",
                              relevant, symbols, goal, "not " + conclusion));
    auto verdict = verdicts::argument(session, argument, theory.baseline(), theory.hypotheses(), check);
    e.missing = verdict.missing;
    e.bridging = verdict.bridging;
    e.problems = argument_problems(verdict);
}

// Why `what` cannot be explained, with the nearest name that can.
std::string unexplainable(logic::Theory const& theory, std::string const& what) {
    if (auto s = theory.find_statement(what))
        return fmt::format("'{}' is a {} statement, not a claim; explain a claim, an argument or `inconsistency`", what,
                           theory.statements[static_cast<std::size_t>(*s)].scenario.empty() ? "non-claim" : "scenario");
    std::string error = fmt::format("'{}' names no claim, argument or `inconsistency`", what);
    if (auto near = closest_name(what, explainable_names(theory)); !near.empty())
        error += fmt::format("; did you mean '{}'?", near);
    return error;
}

}   // namespace

Derivation derive(logic::Theory const& theory, std::vector<int> const& support, logic::Term const& goal,
                  DerivationKind kind, std::string name, ExplanationStatus status, ExplainOptions const& options) {
    Derivation d;
    d.name = std::move(name);
    d.kind = kind;
    d.status = to_string(status);
    std::vector<explaining::Given> given;
    for (int i : support) {
        given.push_back({i, stating_rule(theory.statements[static_cast<std::size_t>(i)].kind)});
        d.support.push_back(theory.statements[static_cast<std::size_t>(i)].name);
    }
    solver::StepChecker checker(theory, options.step_limits);
    explaining::SearchLimits limits;
    limits.max_nodes = options.max_nodes;
    explaining::ProofSearch search(theory, checker, limits);
    d.steps = search.derive(given, goal);
    mark_nonempty(theory, d.steps);
    // Checked afresh, as `--verify` would: the search's own bookkeeping is not trusted.
    solver::StepChecker fresh(theory, options.step_limits);
    d.verified = !d.steps.empty() && check_derivation(theory, d, fresh).ok;
    return d;
}

char const* to_string(ExplanationStatus status) {
    switch (status) {
    case ExplanationStatus::follows: return "follows";
    case ExplanationStatus::refuted: return "refuted";
    case ExplanationStatus::open: return "open";
    case ExplanationStatus::unknown: return "unknown";
    case ExplanationStatus::vacuous: return "vacuous";
    case ExplanationStatus::valid: return "valid";
    case ExplanationStatus::invalid: return "invalid";
    case ExplanationStatus::inconsistent: return "inconsistent";
    case ExplanationStatus::consistent: return "consistent";
    }
    return "?";
}

std::vector<std::string> argument_problems(logic::Theory const& theory, std::string const& name,
                                           solver::Limits const& limits) {
    auto a = theory.find_argument(name);
    if (!a) return {};
    solver::Session session(theory, limits);
    CheckOptions check;
    check.limits = limits;
    return argument_problems(verdicts::argument(session, theory.arguments[static_cast<std::size_t>(*a)],
                                                theory.baseline(), theory.hypotheses(), check));
}

ExplainResult explain(logic::Theory const& theory, std::string const& what, ExplainOptions const& options) {
    solver::Session session(theory, options.limits);
    return explain(session, what, options);
}

ExplainResult explain(solver::Session& session, std::string const& what, ExplainOptions const& options) {
    auto const& theory = session.theory();
    Explanation e;
    e.name = what;
    if (what == "inconsistency") {
        e.kind = DerivationKind::inconsistency;
        explain_inconsistency(theory, session, options, e);
        return {std::move(e), {}};
    }
    if (auto c = baseline_claim(theory, what)) {
        e.kind = DerivationKind::claim;
        explain_claim(theory, session, *c, options, e);
        return {std::move(e), {}};
    }
    if (auto a = theory.find_argument(what)) {
        e.kind = DerivationKind::argument;
        explain_argument(theory, session, theory.arguments[static_cast<std::size_t>(*a)], options, e);
        return {std::move(e), {}};
    }
    return {std::nullopt, unexplainable(theory, what)};
}

}   // namespace elenchus
