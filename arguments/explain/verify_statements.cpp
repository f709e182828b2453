// What a derivation rests on and must reach: its target (goal and the statements it may
// state), each stating line against the statement it names, the last line against the
// goal, and, end to end, the stated statements entailing the goal.
#include <algorithm>
#include <fmt/format.h>

#include "arguments/explain/verify_internal.hpp"
#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"

namespace elenchus {

namespace f = formulas;

namespace {

std::optional<DerivationTarget> argument_target(logic::Theory const& theory, Derivation const& d, std::string& why) {
    auto a = theory.find_argument(d.name);
    if (!a) {
        why = fmt::format("no argument named '{}'", d.name);
        return std::nullopt;
    }
    auto const& arg = theory.arguments[static_cast<std::size_t>(*a)];
    if (d.status != "valid") {
        why = fmt::format("an argument's derivation must have status 'valid', not '{}'", d.status);
        return std::nullopt;
    }
    DerivationTarget t;
    t.goal = theory.statements[static_cast<std::size_t>(arg.conclusion)].formula;
    t.allowed = verdicts::argument_basis(theory, arg, theory.baseline());
    return t;
}

std::optional<DerivationTarget> claim_target(logic::Theory const& theory, Derivation const& d, std::string& why) {
    auto c = theory.find_statement(d.name);
    if (!c || theory.statements[static_cast<std::size_t>(*c)].kind != ast::StatementKind::claim) {
        why = fmt::format("no claim named '{}'", d.name);
        return std::nullopt;
    }
    logic::Term const& claim = theory.statements[static_cast<std::size_t>(*c)].formula;
    DerivationTarget t;
    t.allowed = theory.baseline();
    if (d.status == "follows") t.goal = claim;
    else if (d.status == "refuted") t.goal = f::make_not(claim);
    else if (d.status == "vacuous") t.goal = f::make_false();
    else {
        why =
            fmt::format("a claim's derivation must have status 'follows', 'refuted' or 'vacuous', not '{}'", d.status);
        return std::nullopt;
    }
    return t;
}

// `a` and `b` are the same formula, or Z3 finds each entails the other.
bool equivalent(logic::Term const& a, logic::Term const& b, solver::StepChecker& checker) {
    if (verifying::same(a, b)) return true;
    logic::Term const* one[] = {&a};
    logic::Term const* other[] = {&b};
    return checker.entails(one, b).answer == solver::Answer::unsat &&
           checker.entails(other, a).answer == solver::Answer::unsat;
}

bool states_as(Rule rule, ast::StatementKind kind) {
    switch (rule) {
    case Rule::axiom: return kind == ast::StatementKind::axiom;
    case Rule::assumption: return kind == ast::StatementKind::assume;
    case Rule::hypothesis: return kind == ast::StatementKind::hypothesis;
    case Rule::premise: return kind == ast::StatementKind::premise || kind == ast::StatementKind::claim;
    default: return false;
    }
}

}   // namespace

std::optional<DerivationTarget> target_of(logic::Theory const& theory, Derivation const& d, std::string& why) {
    if (d.kind == DerivationKind::inconsistency) {
        DerivationTarget t;
        t.goal = f::make_false();
        t.allowed = theory.baseline();
        return t;
    }
    if (d.kind == DerivationKind::argument) return argument_target(theory, d, why);
    return claim_target(theory, d, why);
}

DerivationCheck check_end_to_end(logic::Theory const& theory, Derivation const& d, solver::StepChecker& checker) {
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return DerivationCheck{false, 0, why};
    std::vector<logic::Term const*> stated;
    for (auto const& s : d.steps) {
        if (!states_statement(s.rule)) continue;
        auto st = theory.find_statement(s.statement);
        if (!st) return DerivationCheck{false, s.n, fmt::format("no statement named '{}'", s.statement)};
        stated.push_back(&theory.statements[static_cast<std::size_t>(*st)].formula);
    }
    auto o = checker.entails(stated, target->goal);
    if (o.answer == solver::Answer::sat)
        return DerivationCheck{false, 0,
                               "the statements the derivation states do not entail its conclusion (Z3 "
                               "finds a world where they hold and it fails)"};
    if (o.answer == solver::Answer::unknown)
        return DerivationCheck{false, 0,
                               "Z3 could not confirm that the statements the derivation states entail its "
                               "conclusion (" +
                                   o.reason + ")"};
    return DerivationCheck{true, 0, {}};
}

namespace verifying {

std::string check_stating(LineCheck& c) {
    Step const& s = c.s;
    c.settled = true;
    c.fault = LineFault::statement;
    if (!s.uses.empty()) return "a line that states a statement cites nothing";
    if (s.depth != 0) return "statements are stated in the main proof, not in a subproof";
    auto st = c.theory.find_statement(s.statement);
    if (!st) return fmt::format("no statement named '{}'", s.statement);
    auto const& allowed = c.target.allowed;
    if (std::find(allowed.begin(), allowed.end(), *st) == allowed.end())
        return fmt::format("'{}' may not be used here", s.statement);
    auto const& statement = c.theory.statements[static_cast<std::size_t>(*st)];
    if (!states_as(s.rule, statement.kind))
        return fmt::format("'{}' is not stated as a {}", s.statement, to_string(s.rule));
    if (!equivalent(statement.formula, s.formula, c.checker))
        return fmt::format("the formula is not what '{}' states", s.statement);
    return {};
}

std::string check_goal(Step const& last, DerivationTarget const& target, solver::StepChecker& checker) {
    if (equivalent(last.formula, target.goal, checker)) return {};
    return f::is_false(target.goal) ? "the last line is not a contradiction" : "the last line is not the conclusion";
}

}   // namespace verifying

}   // namespace elenchus
