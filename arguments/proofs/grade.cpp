// Grading a proof: its goal, the statements its premise lines state, the verifier's check of
// every line (arguments/explain/verify.hpp), a countermodel for each line that does not
// follow, the wrong lines each line rests on, and whether the goal is reached.
#include "arguments/proofs/grade.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "arguments/proofs/grade_internal.hpp"
#include "grammar/printer.hpp"
#include "solver/step_checker.hpp"

namespace elenchus::proofs {

namespace f = formulas;

char const* to_string(Fault fault) {
    switch (fault) {
    case Fault::none: return "right";
    case Fault::shape: return "rule shape";
    case Fault::citation: return "citation";
    case Fault::structure: return "subproof structure";
    case Fault::premise: return "premise";
    case Fault::eigenvariable: return "eigenvariable";
    case Fault::not_following: return "does not follow";
    case Fault::unknown: return "unknown";
    case Fault::strict: return "strict";
    }
    return "?";
}

char const* to_string(ProofStatus status) {
    switch (status) {
    case ProofStatus::correct: return "correct";
    case ProofStatus::wrong: return "wrong";
    case ProofStatus::incomplete: return "incomplete";
    }
    return "?";
}

namespace {

bool same(logic::Term const& a, logic::Term const& b) { return f::key(a) == f::key(b); }

bool equivalent(logic::Term const& a, logic::Term const& b, solver::StepChecker& checker) {
    if (same(a, b)) return true;
    logic::Term const* one[] = {&a};
    logic::Term const* other[] = {&b};
    return checker.entails(one, b).answer == solver::Answer::unsat &&
           checker.entails(other, a).answer == solver::Answer::unsat;
}

// The derivation the proof claims to be: its kind and status, from the goal's name and, for
// a claim, from the header's status or what the proof ends with (the claim, its negation, ⊥).
std::optional<Derivation> frame(logic::Theory const& theory, std::string const& goal, ProofText const& text,
                                std::string& error) {
    Derivation d;
    d.name = goal;
    if (goal == "inconsistency") {
        d.kind = DerivationKind::inconsistency;
        d.status = "inconsistent";
        return d;
    }
    if (theory.find_argument(goal)) {
        d.kind = DerivationKind::argument;
        d.status = "valid";
        return d;
    }
    auto c = theory.find_statement(goal);
    if (!c || theory.statements[static_cast<std::size_t>(*c)].kind != ast::StatementKind::claim) {
        std::vector<std::string> names{"inconsistency"};
        for (auto const& s : theory.statements)
            if (s.kind == ast::StatementKind::claim) names.push_back(s.name);
        for (auto const& a : theory.arguments) names.push_back(a.name);
        error = fmt::format("the file has no claim or argument named '{}'{}", goal, [&] {
            auto near = closest_name(goal, names);
            return near.empty() ? std::string{} : fmt::format("; did you mean '{}'?", near);
        }());
        return std::nullopt;
    }
    d.kind = DerivationKind::claim;
    d.status = "follows";
    if (text.status == "refuted" || text.status == "vacuous") d.status = text.status;
    else if (!text.proofs.empty() && !text.proofs.front().lines.empty()) {
        auto const& last = text.proofs.front().lines.back().step;
        logic::Term const& claim = theory.statements[static_cast<std::size_t>(*c)].formula;
        if (last.depth == 0 && f::is_false(last.formula)) d.status = "vacuous";
        else if (last.depth == 0 && !same(last.formula, claim) && same(last.formula, f::negation(claim)))
            d.status = "refuted";
        else if (last.depth == 0 && same(last.formula, f::make_not(claim))) d.status = "refuted";
    }
    return d;
}

Rule stating_rule(ast::StatementKind k) {
    switch (k) {
    case ast::StatementKind::axiom: return Rule::axiom;
    case ast::StatementKind::assume: return Rule::assumption;
    case ast::StatementKind::hypothesis: return Rule::hypothesis;
    default: return Rule::premise;
    }
}

// Why statement `i` may not be stated here: a claim or hypothesis is not asserted; for an
// argument, only its premises and the axioms are.
std::string not_usable(logic::Theory const& theory, Derivation const& d, int i) {
    auto const& s = theory.statements[static_cast<std::size_t>(i)];
    if (s.kind == ast::StatementKind::claim)
        return fmt::format("'{}' is a claim: the file does not assert it, so it cannot be a premise here", s.name);
    if (s.kind == ast::StatementKind::hypothesis)
        return fmt::format("'{}' is a hypothesis: the file does not assert it, so it cannot be a premise here", s.name);
    if (d.kind == DerivationKind::argument)
        return fmt::format("'{}' is not among the premises of argument '{}' (nor an axiom)", s.name, d.name);
    return fmt::format("'{}' is not asserted in the baseline", s.name);
}

// A line that states a statement: by its name, or by its formula among those it may state.
// Sets the step's statement and rule; returns why it cannot be stated, or empty.
std::string resolve_premise(logic::Theory const& theory, Derivation const& d, DerivationTarget const& target, Step& s,
                            solver::StepChecker& checker) {
    auto allowed = [&](int i) {
        return std::find(target.allowed.begin(), target.allowed.end(), i) != target.allowed.end();
    };
    if (!s.statement.empty()) {
        auto i = theory.find_statement(s.statement);
        if (!i) {
            std::vector<std::string> names;
            for (int k : target.allowed) names.push_back(theory.statements[static_cast<std::size_t>(k)].name);
            auto near = closest_name(s.statement, names);
            return fmt::format("the file has no statement named '{}'{}", s.statement,
                               near.empty() ? "" : fmt::format("; did you mean '{}'?", near));
        }
        if (!allowed(*i)) return not_usable(theory, d, *i);
        auto const& st = theory.statements[static_cast<std::size_t>(*i)];
        s.rule = d.kind == DerivationKind::argument && st.kind == ast::StatementKind::claim ? Rule::premise
                                                                                            : stating_rule(st.kind);
        return {};
    }
    for (int pass = 0; pass < 2; ++pass)
        for (int i : target.allowed) {
            auto const& st = theory.statements[static_cast<std::size_t>(i)];
            if (pass == 0 ? same(st.formula, s.formula) : equivalent(st.formula, s.formula, checker)) {
                s.statement = st.name;
                s.rule = stating_rule(st.kind);
                if (d.kind == DerivationKind::argument && st.kind == ast::StatementKind::claim) s.rule = Rule::premise;
                return {};
            }
        }
    for (std::size_t i = 0; i < theory.statements.size(); ++i)
        if (same(theory.statements[i].formula, s.formula) && theory.statements[i].scenario.empty())
            return not_usable(theory, d, static_cast<int>(i));
    return d.kind == DerivationKind::argument
               ? fmt::format("no premise of argument '{}' (nor any axiom) states this formula", d.name)
               : "the file asserts no axiom, premise or assumption that states this formula";
}

Fault fault_of(LineFault f) {
    switch (f) {
    case LineFault::none: return Fault::none;
    case LineFault::structure: return Fault::structure;
    case LineFault::citation: return Fault::citation;
    case LineFault::shape: return Fault::shape;
    case LineFault::statement: return Fault::premise;
    case LineFault::eigenvariable: return Fault::eigenvariable;
    case LineFault::not_following: return Fault::not_following;
    case LineFault::unknown: return Fault::unknown;
    }
    return Fault::unknown;
}

// The verifier's verdict on a line, made a student's: a line whose shape does not match but
// that does not follow at all gets the countermodel, the stronger reason.
LineResult judge(Step const& s, LineVerdict const& v, solver::Session& session) {
    LineResult r;
    r.n = s.n;
    r.fault = fault_of(v.fault);
    r.reason = v.message;
    bool const ask = v.cited_read && (r.fault == Fault::not_following || (r.fault == Fault::shape && !v.settled));
    if (!ask) return r;
    solver::Answer answer = solver::Answer::unknown;
    auto world = counterworld(session, v.premises, s.formula, answer);
    if (world) {
        auto const cited = cited_names(s);
        std::string from =
            cited.empty()       ? std::string("it does not follow: it cites nothing, and it is not true in every world")
            : cited.size() == 1 ? fmt::format("it does not follow from line {}", cited.front())
                                : fmt::format("it does not follow from lines {}", fmt::join(cited, ", "));
        r.reason = r.fault == Fault::shape
                       ? fmt::format("{}; nor is it what {} gives: {}", from, to_string(s.rule), v.message)
                       : from;
        r.fault = Fault::not_following;
        std::vector<logic::Term> all = v.premises;
        all.push_back(s.formula);
        std::vector<std::string> arbitrary;
        for (auto const& t : all)
            for (auto const& var : f::free_variables(t))
                if (std::find(arbitrary.begin(), arbitrary.end(), var.name) == arbitrary.end())
                    arbitrary.push_back(var.name);
        r.countermodel = Countermodel{cited_names(s), s.n, std::move(*world), std::move(arbitrary)};
    } else if (r.fault == Fault::shape && answer == solver::Answer::unsat) {
        r.reason = fmt::format("it follows from the lines it cites, but not by {}: {}", to_string(s.rule), v.message);
    } else if (r.fault == Fault::not_following) {
        r.fault = Fault::unknown;
        r.reason = "Z3 finds the line does not follow, but could not produce the world that shows it";
    }
    return r;
}

void rests_on(std::vector<Step> const& steps, std::vector<LineResult>& lines) {
    std::vector<std::set<int>> rests(lines.size() + 1);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& mine = rests[i + 1];
        for (int j : steps[i].uses) {
            if (j < 1 || static_cast<std::size_t>(j) > i) continue;
            if (lines[static_cast<std::size_t>(j - 1)].fault != Fault::none) mine.insert(j);
            mine.insert(rests[static_cast<std::size_t>(j)].begin(), rests[static_cast<std::size_t>(j)].end());
        }
        lines[i].rests_on.assign(mine.begin(), mine.end());
    }
}

ProofResult grade_one(logic::Theory const& theory, Derivation d, DerivationTarget const& target, Proof const& proof,
                      GradeOptions const& options, solver::Session& session) {
    solver::StepChecker checker(theory, options.limits);
    std::vector<std::string> premise_errors(proof.lines.size());
    for (std::size_t i = 0; i < proof.lines.size(); ++i) {
        Step s = proof.lines[i].step;
        if (states_statement(s.rule) && s.depth == 0)
            premise_errors[i] = resolve_premise(theory, d, target, s, checker);
        d.steps.push_back(std::move(s));
    }
    auto verdicts = check_each_line(theory, d, target, checker);
    ProofResult out;
    for (std::size_t i = 0; i < d.steps.size(); ++i) {
        LineResult r = judge(d.steps[i], verdicts[i], session);
        if (!premise_errors[i].empty()) r = LineResult{d.steps[i].n, 0, Fault::premise, premise_errors[i], {}, {}};
        if (r.fault == Fault::none && options.strict && d.steps[i].rule == Rule::consequence) {
            r.fault = Fault::strict;
            r.reason = "the rule `consequence (checked by Z3)` is not accepted here (--strict): use a named rule";
        }
        r.source_line = proof.lines[i].source_line;
        out.lines.push_back(std::move(r));
    }
    rests_on(d.steps, out.lines);
    bool const wrong =
        std::any_of(out.lines.begin(), out.lines.end(), [](LineResult const& r) { return r.fault != Fault::none; });
    // The goal is reached by a line of the main proof (normally the last).
    bool reached = false;
    for (auto it = d.steps.rbegin(); it != d.steps.rend() && !reached; ++it)
        reached = it->depth == 0 && (same(it->formula, target.goal) ||
                                     (it == d.steps.rbegin() && equivalent(it->formula, target.goal, checker)));
    if (wrong) out.status = ProofStatus::wrong;
    else if (!reached) {
        out.status = ProofStatus::incomplete;
        out.open_goal = !d.steps.empty() && d.steps.back().depth > 0
                            ? "the proof ends inside a subproof that is never closed"
                            : "no line of the main proof states the goal yet";
    } else if (auto e2e = check_end_to_end(theory, d, checker); !e2e.ok) {
        out.status = ProofStatus::wrong;   // a guard: the line checks should never let this pass
        out.open_goal = e2e.message;
    }
    return out;
}

}   // namespace

std::optional<Grade> grade(logic::Theory const& theory, ProofText const& proof, std::string goal,
                           GradeOptions const& options, std::string& error) {
    if (goal.empty()) goal = proof.goal;
    if (goal.empty()) {
        error = "which claim or argument does the proof prove? Name it with --goal NAME (or a first line "
                "`claim NAME` in the proof)";
        return std::nullopt;
    }
    auto d = frame(theory, goal, proof, error);
    if (!d) return std::nullopt;
    auto target = target_of(theory, *d, error);
    if (!target) return std::nullopt;
    Grade g;
    g.goal = goal;
    g.goal_formula = f::is_false(target->goal) ? "⊥" : print(theory, target->goal, true);
    solver::Session session(theory, options.limits);
    for (auto const& p : proof.proofs) g.proofs.push_back(grade_one(theory, *d, *target, p, options, session));
    g.status = ProofStatus::correct;
    for (auto const& p : g.proofs)
        if (p.status == ProofStatus::wrong) g.status = ProofStatus::wrong;
        else if (p.status == ProofStatus::incomplete && g.status == ProofStatus::correct)
            g.status = ProofStatus::incomplete;
    if (options.hint && g.status == ProofStatus::incomplete && !proof.proofs.empty()) {
        std::vector<Step> lines;
        for (auto const& l : proof.proofs.back().lines) lines.push_back(l.step);
        g.hint = next_line(theory, goal, lines, options);
    }
    return g;
}

}   // namespace elenchus::proofs
