#include "arguments/explain/verify.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"

namespace elenchus {

using logic::Term;
using Op = Term::Op;
namespace f = formulas;

std::optional<DerivationTarget> target_of(logic::Theory const& theory, Derivation const& d,
                                          std::string& why) {
    DerivationTarget t;
    if (d.kind == DerivationKind::inconsistency) {
        t.goal = f::make_false();
        t.allowed = theory.baseline();
        return t;
    }
    if (d.kind == DerivationKind::argument) {
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
        t.goal = theory.statements[static_cast<std::size_t>(arg.conclusion)].formula;
        t.allowed = verdicts::argument_basis(theory, arg, theory.baseline());
        return t;
    }
    auto c = theory.find_statement(d.name);
    if (!c || theory.statements[static_cast<std::size_t>(*c)].kind != ast::StatementKind::claim) {
        why = fmt::format("no claim named '{}'", d.name);
        return std::nullopt;
    }
    Term const& claim = theory.statements[static_cast<std::size_t>(*c)].formula;
    t.allowed = theory.baseline();
    if (d.status == "follows") t.goal = claim;
    else if (d.status == "refuted") t.goal = formulas::make_not(claim);
    else if (d.status == "vacuous") t.goal = f::make_false();
    else {
        why = fmt::format("a claim's derivation must have status 'follows', 'refuted' or 'vacuous', not '{}'", d.status);
        return std::nullopt;
    }
    return t;
}

namespace {

bool same(Term const& a, Term const& b) { return f::key(a) == f::key(b); }
// Steps over every member of a closed sort are accepted up to this many instances.
constexpr std::size_t closed_instances = 4096;
bool negates(Term const& a, Term const& b) {   // a is the negation of b
    return same(a, f::negation(b)) || same(a, formulas::make_not(b));
}
bool contains(std::vector<Term const*> const& parts, Term const& t) {
    return std::any_of(parts.begin(), parts.end(), [&](Term const* p) { return same(*p, t); });
}
bool is_implication(Term const& t) { return t.op == Op::implies && t.args.size() == 2; }
bool same_lists(std::vector<Term const*> const& a, std::vector<Term const*> const& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](Term const* x, Term const* y) { return same(*x, *y); });
}
// The flat list of a disjunction's disjuncts: `a or b or c` reads back from JSON as nested
// binary `or`s, the search builds one `or` of three, and both are the same disjunction.
std::vector<Term const*> disjuncts(Term const& t) {
    std::vector<Term const*> out;
    f::flatten(t, Op::logical_or, out);
    return out;
}
bool mentions(Term const& t, std::string const& name) {   // free in t
    auto fv = f::free_variables(t);
    return std::any_of(fv.begin(), fv.end(), [&](logic::Variable const& v) { return v.name == name; });
}

// Lines may mention arbitrary individuals (free variables, introduced for universal
// generalization); a step is sound when it holds for every value of them.
Term closure(Term body, std::vector<logic::Variable> const& free) {
    if (free.empty()) return body;
    Term t;
    t.op = Op::forall;
    t.binders = free;
    t.args.push_back(std::move(body));
    return t;
}

// The free variables of a step's formulas, each once; `clash` names one that occurs with two
// types (Z3 knows variables by name, and would read both as one).
std::vector<logic::Variable> free_in_all(std::vector<Term const*> const& terms, std::string& clash) {
    std::vector<logic::Variable> out;
    for (auto const* t : terms)
        for (auto const& v : f::free_variables(*t)) {
            auto seen = std::find_if(out.begin(), out.end(), [&](logic::Variable const& w) { return w.name == v.name; });
            if (seen == out.end()) out.push_back(v);
            else if (f::type_key(seen->type) != f::type_key(v.type)) clash = v.name;
        }
    return out;
}

// A universal generalization over a closed sort from one cited line per member: the
// bindings to every member it needs; empty when it is one from an arbitrary individual.
std::vector<f::Binding> member_generalization(logic::Theory const& theory, Step const& s,
                                              std::vector<Term const*> const& cited) {
    if (s.rule != Rule::universal_generalization || s.formula.op != Op::forall) return {};
    bool const from_arbitrary = std::any_of(cited.begin(), cited.end(), [&](Term const* c) {
        auto b = f::match_instance(s.formula, *c);
        return b && std::any_of(b->begin(), b->end(), [](auto const& v) { return v.second.op == Op::variable; });
    });
    if (from_arbitrary) return {};
    return f::member_bindings(theory, s.formula, closed_instances);
}

// The shape a rule demands of its line and the lines it cites; empty when it fits.
std::string shape(logic::Theory const& theory, Step const& s, std::vector<Term const*> const& u) {
    Term const& g = s.formula;
    auto count = [&](std::size_t n) {
        return u.size() == n ? std::string{} : fmt::format("{} needs {} cited line(s), not {}", to_string(s.rule), n, u.size());
    };
    switch (s.rule) {
    case Rule::definition: {
        if (auto e = count(1); !e.empty()) return e;
        if (!f::has_define(g) && !f::has_define(*u[0])) return "no definition to unfold";
        if (!same(f::unfold(theory, g), f::unfold(theory, *u[0])))
            return "the line is not the cited line with a definition unfolded";
        return {};
    }
    case Rule::universal_instantiation:
        if (auto e = count(1); !e.empty()) return e;
        if (u[0]->op != Op::forall || !f::match_instance(*u[0], g))
            return "the line is not an instance of the cited universal";
        return {};
    case Rule::existential_introduction:
        if (auto e = count(1); !e.empty()) return e;
        if (g.op != Op::exists || !f::match_instance(g, *u[0]))
            return "the cited line is not an instance of this existential";
        return {};
    case Rule::existential_elimination: {
        if (auto e = count(1); !e.empty()) return e;
        auto all = u[0]->op == Op::exists ? f::member_bindings(theory, *u[0], closed_instances) : std::vector<f::Binding>{};
        if (all.empty()) return "existential elimination splits an existential over a closed sort";
        std::vector<Term> cases;
        for (auto const& b : all) cases.push_back(f::substitute(u[0]->args[0], b));
        if (!same_lists(disjuncts(f::make_or(std::move(cases))), disjuncts(g)))
            return "the line is not the disjunction of the existential's instances, one per member";
        return {};
    }
    case Rule::identity:
        if (auto e = count(0); !e.empty()) return e;
        if (g.op != Op::eq || g.args.size() != 2 || !same(g.args[0], g.args[1])) return "identity concludes t = t";
        return {};
    case Rule::distinct_members:
        if (auto e = count(0); !e.empty()) return e;
        if ((g.op == Op::ne && f::distinct_members(theory, g)) ||
            (f::is_not(g) && g.args[0].op == Op::eq && f::distinct_members(theory, g.args[0])))
            return {};
        return "distinct members concludes A != B for two different members of a closed sort";
    case Rule::modus_ponens:
        if (auto e = count(2); !e.empty()) return e;
        for (int k = 0; k < 2; ++k)
            if (is_implication(*u[k]) && same(u[k]->args[0], *u[1 - k]) && same(u[k]->args[1], g)) return {};
        return "modus ponens needs A -> B and A, and concludes B";
    case Rule::modus_tollens:
        if (auto e = count(2); !e.empty()) return e;
        for (int k = 0; k < 2; ++k)
            if (is_implication(*u[k]) && negates(*u[1 - k], u[k]->args[1]) && negates(g, u[k]->args[0]))
                return {};
        return "modus tollens needs A -> B and not B, and concludes not A";
    case Rule::hypothetical_syllogism:
        if (auto e = count(2); !e.empty()) return e;
        for (int k = 0; k < 2; ++k)
            if (is_implication(*u[k]) && is_implication(*u[1 - k]) && is_implication(g) &&
                same(u[k]->args[1], u[1 - k]->args[0]) && same(g.args[0], u[k]->args[0]) &&
                same(g.args[1], u[1 - k]->args[1]))
                return {};
        return "hypothetical syllogism needs A -> B and B -> C, and concludes A -> C";
    case Rule::disjunctive_syllogism:
        if (auto e = count(2); !e.empty()) return e;
        for (int k = 0; k < 2; ++k) {
            Term const& d = *u[k];
            if (d.op != Op::logical_or) continue;
            for (std::size_t i = 0; i < d.args.size(); ++i) {
                if (!negates(*u[1 - k], d.args[i])) continue;
                std::vector<Term> rest;
                for (std::size_t j = 0; j < d.args.size(); ++j)
                    if (j != i) rest.push_back(d.args[j]);
                if (!rest.empty() && same(f::make_or(rest), g)) return {};
            }
            // The same over the flat list of disjuncts.
            auto const flat = disjuncts(d);
            for (std::size_t i = 0; i < flat.size(); ++i) {
                if (!negates(*u[1 - k], *flat[i])) continue;
                std::vector<Term const*> rest = flat;
                rest.erase(rest.begin() + static_cast<long>(i));
                if (same_lists(rest, disjuncts(g))) return {};
            }
        }
        return "disjunctive syllogism needs A or B and not A, and concludes B";
    case Rule::and_introduction:
        if (g.op != Op::logical_and) return "and introduction concludes a conjunction";
        for (auto const& a : g.args)
            if (!contains(u, a)) return "a conjunct is not among the cited lines";
        return {};
    case Rule::and_elimination: {
        if (auto e = count(1); !e.empty()) return e;
        std::vector<Term const*> parts;
        f::flatten(*u[0], Op::logical_and, parts);
        if (u[0]->op != Op::logical_and || (!contains(parts, g) &&
            !std::any_of(u[0]->args.begin(), u[0]->args.end(), [&](Term const& a) { return same(a, g); })))
            return "the line is not a conjunct of the cited line";
        return {};
    }
    case Rule::or_introduction: {
        if (auto e = count(1); !e.empty()) return e;
        std::vector<Term const*> parts;
        f::flatten(g, Op::logical_or, parts);
        if (g.op != Op::logical_or || (!contains(parts, *u[0]) &&
            !std::any_of(g.args.begin(), g.args.end(), [&](Term const& a) { return same(a, *u[0]); })))
            return "the cited line is not a disjunct of the line";
        return {};
    }
    case Rule::iff_introduction:
        if (auto e = count(2); !e.empty()) return e;
        if (g.op == Op::iff && g.args.size() == 2 && is_implication(*u[0]) && is_implication(*u[1]))
            for (int k = 0; k < 2; ++k)
                if (same(u[k]->args[0], g.args[0]) && same(u[k]->args[1], g.args[1]) &&
                    same(u[1 - k]->args[0], g.args[1]) && same(u[1 - k]->args[1], g.args[0]))
                    return {};
        return "iff introduction needs A -> B and B -> A, and concludes A <-> B";
    case Rule::iff_elimination:
        if (auto e = count(1); !e.empty()) return e;
        if (u[0]->op == Op::iff && u[0]->args.size() == 2 && is_implication(g) &&
            ((same(g.args[0], u[0]->args[0]) && same(g.args[1], u[0]->args[1])) ||
             (same(g.args[0], u[0]->args[1]) && same(g.args[1], u[0]->args[0]))))
            return {};
        return "iff elimination needs A <-> B, and concludes A -> B or B -> A";
    case Rule::double_negation:
        if (auto e = count(1); !e.empty()) return e;
        if (same(g, formulas::make_not(formulas::make_not(*u[0]))) || same(*u[0], formulas::make_not(formulas::make_not(g)))) return {};
        return "double negation adds or removes two negations";
    case Rule::contradiction:
        if (auto e = count(2); !e.empty()) return e;
        if (negates(*u[0], *u[1]) || negates(*u[1], *u[0])) return {};
        return "a contradiction needs a formula and its negation";
    case Rule::reiteration:
        if (auto e = count(1); !e.empty()) return e;
        if (!same(g, *u[0])) return "reiteration repeats the cited line";
        return {};
    case Rule::arithmetic:
        if (f::is_arithmetic(g) || (f::is_false(g) && !u.empty()) ||
            std::any_of(u.begin(), u.end(), [](Term const* t) { return f::is_arithmetic(*t); }))
            return {};
        return "arithmetic needs a comparison of numbers";
    default:
        return {};
    }
}

}  // namespace

DerivationCheck check_end_to_end(logic::Theory const& theory, Derivation const& d,
                                 solver::StepChecker& checker) {
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return DerivationCheck{false, 0, why};
    std::vector<Term const*> stated;
    for (auto const& s : d.steps) {
        if (!states_statement(s.rule)) continue;
        auto st = theory.find_statement(s.statement);
        if (!st) return DerivationCheck{false, s.n, fmt::format("no statement named '{}'", s.statement)};
        stated.push_back(&theory.statements[static_cast<std::size_t>(*st)].formula);
    }
    auto o = checker.entails(stated, target->goal);
    if (o.answer == solver::Answer::sat)
        return DerivationCheck{false, 0, "the statements the derivation states do not entail its conclusion (Z3 "
                                         "finds a world where they hold and it fails)"};
    if (o.answer == solver::Answer::unknown)
        return DerivationCheck{false, 0, "Z3 could not confirm that the statements the derivation states entail its "
                                         "conclusion (" + o.reason + ")"};
    return DerivationCheck{true, 0, {}};
}

DerivationCheck check_derivation(logic::Theory const& theory, Derivation const& d,
                                 solver::StepChecker& checker, VerifyOptions options) {
    auto bad = [](int line, std::string message) { return DerivationCheck{false, line, std::move(message)}; };
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return bad(0, why);
    if (d.steps.empty()) return bad(0, "the derivation has no lines");

    std::size_t const n = d.steps.size();
    std::vector<std::vector<int>> open(n + 1);   // per line: the suppositions in force
    std::vector<int> end_of(n + 1, 0);           // per supposition: its subproof's last line
    std::vector<bool> used(n + 1, false);
    std::vector<int> stack;
    auto prefix = [](std::vector<int> const& a, std::vector<int> const& b, std::size_t len) {
        return len <= a.size() && len <= b.size() && std::equal(a.begin(), a.begin() + static_cast<long>(len), b.begin());
    };

    for (std::size_t i = 1; i <= n; ++i) {
        Step const& s = d.steps[i - 1];
        int const line = static_cast<int>(i);
        if (s.n != line) return bad(line, fmt::format("line {} is numbered {}", line, s.n));
        if (s.depth < 0) return bad(line, "negative depth");
        auto const depth = static_cast<std::size_t>(s.depth);
        if (s.rule == Rule::supposition) {
            if (depth == 0 || depth > stack.size() + 1) return bad(line, "a supposition must open a subproof one level deeper");
            stack.resize(depth - 1);
            stack.push_back(line);
        } else {
            if (depth > stack.size()) return bad(line, "the line is deeper than any open subproof");
            stack.resize(depth);
        }
        open[i] = stack;
        for (int sup : stack) end_of[static_cast<std::size_t>(sup)] = line;

        // citations: plain lines in scope, and closed subproofs [first, last]
        std::vector<Term const*> cited;
        std::vector<Term> conditionals;   // a subproof stands for `supposition -> last line`
        conditionals.reserve(s.uses.size());
        std::vector<std::pair<int, int>> ranges;
        std::vector<int> plain = s.uses;
        auto const subproofs_from = first_subproof_use(s);
        bool const witnessed = s.rule == Rule::existential_elimination && subproofs_from;
        if (subproofs_from) {
            std::size_t const first = *subproofs_from;
            if (first == 0 && s.uses.size() != 2)
                return bad(line, fmt::format("{} cites one subproof, as its first and last line", to_string(s.rule)));
            if (s.uses.size() < first + 2 || (s.uses.size() - first) % 2 != 0)
                return bad(line, fmt::format("{} cites {}each subproof as its first and last line", to_string(s.rule),
                                             first ? "the disjunction, then " : ""));
            plain.assign(s.uses.begin(), s.uses.begin() + static_cast<long>(first));
            for (std::size_t k = first; k < s.uses.size(); k += 2) ranges.emplace_back(s.uses[k], s.uses[k + 1]);
        }
        for (int j : plain) {
            if (j < 1 || j >= line) return bad(line, fmt::format("cites line {}, which is not an earlier line", j));
            auto const& oj = open[static_cast<std::size_t>(j)];
            if (!prefix(oj, stack, oj.size()))
                return bad(line, fmt::format("cites line {}, inside a subproof that is closed here", j));
            used[static_cast<std::size_t>(j)] = true;
            cited.push_back(&d.steps[static_cast<std::size_t>(j - 1)].formula);
        }
        for (auto [a, b] : ranges) {
            if (a < 1 || b < a || b >= line) return bad(line, fmt::format("cites {}-{}, which is not an earlier subproof", a, b));
            Step const& sa = d.steps[static_cast<std::size_t>(a - 1)];
            auto const& oa = open[static_cast<std::size_t>(a)];
            if (sa.rule != Rule::supposition || oa.empty() || oa.back() != a)
                return bad(line, fmt::format("cites {}-{}, but line {} opens no subproof", a, b, a));
            if (end_of[static_cast<std::size_t>(a)] != b || prefix(oa, stack, oa.size()))
                return bad(line, fmt::format("cites {}-{}, which is not a whole subproof closed here", a, b));
            // The last line must stand at the subproof's own depth: one inside a nested
            // subproof rests on that subproof's supposition as well, which this step would
            // never discharge.
            if (open[static_cast<std::size_t>(b)] != oa)
                return bad(line, fmt::format("cites {}-{}, but line {} is inside a subproof opened within it", a, b, b));
            if (!prefix(oa, stack, oa.size() - 1))
                return bad(line, fmt::format("cites {}-{}, a subproof out of scope", a, b));
            used[static_cast<std::size_t>(a)] = used[static_cast<std::size_t>(b)] = true;
            conditionals.push_back(f::make_implies(sa.formula, d.steps[static_cast<std::size_t>(b - 1)].formula));
        }

        // the rule's own demands
        if (states_statement(s.rule)) {
            if (!s.uses.empty()) return bad(line, "a line that states a statement cites nothing");
            if (s.depth != 0) return bad(line, "statements are stated in the main proof, not in a subproof");
            auto st = theory.find_statement(s.statement);
            if (!st) return bad(line, fmt::format("no statement named '{}'", s.statement));
            if (std::find(target->allowed.begin(), target->allowed.end(), *st) == target->allowed.end())
                return bad(line, fmt::format("'{}' may not be used here", s.statement));
            auto const& statement = theory.statements[static_cast<std::size_t>(*st)];
            auto kind = statement.kind;
            bool fits = (s.rule == Rule::axiom && kind == ast::StatementKind::axiom) ||
                        (s.rule == Rule::assumption && kind == ast::StatementKind::assume) ||
                        (s.rule == Rule::hypothesis && kind == ast::StatementKind::hypothesis) ||
                        (s.rule == Rule::premise && (kind == ast::StatementKind::premise || kind == ast::StatementKind::claim));
            if (!fits) return bad(line, fmt::format("'{}' is not stated as a {}", s.statement, to_string(s.rule)));
            if (!same(s.formula, statement.formula)) {
                Term const* one[] = {&statement.formula};
                Term const* other[] = {&s.formula};
                if (checker.entails(one, s.formula).answer != solver::Answer::unsat ||
                    checker.entails(other, statement.formula).answer != solver::Answer::unsat)
                    return bad(line, fmt::format("the formula is not what '{}' states", s.statement));
            }
            continue;
        }
        if (s.rule == Rule::supposition) {
            if (!s.uses.empty()) return bad(line, "a supposition cites nothing");
            continue;
        }
        if (s.rule == Rule::reductio) {
            auto [a, b] = ranges[0];
            if (!f::is_false(d.steps[static_cast<std::size_t>(b - 1)].formula))
                return bad(line, "reductio needs a subproof that ends in a contradiction");
            if (!negates(s.formula, d.steps[static_cast<std::size_t>(a - 1)].formula))
                return bad(line, "reductio concludes the negation of the supposition");
        } else if (s.rule == Rule::conditional_proof) {
            auto [a, b] = ranges[0];
            if (!is_implication(s.formula) || !same(s.formula.args[0], d.steps[static_cast<std::size_t>(a - 1)].formula) ||
                !same(s.formula.args[1], d.steps[static_cast<std::size_t>(b - 1)].formula))
                return bad(line, "conditional proof concludes `supposition -> last line of the subproof`");
        } else if (auto const members = member_generalization(theory, s, cited); !members.empty()) {
            // Over a closed sort: one cited line per member (checked by Z3 below).
            for (auto const& b : members)
                if (!contains(cited, f::substitute(s.formula.args[0], b)))
                    return bad(line, fmt::format("universal generalization over {} needs the instance {}",
                                                 f::describe_members(theory, s.formula), f::describe(theory, b)));
        } else if (s.rule == Rule::universal_generalization) {
            if (cited.size() != 1) return bad(line, "universal generalization cites one line");
            auto binding = s.formula.op == Op::forall ? f::match_instance(s.formula, *cited[0]) : std::nullopt;
            if (!binding)   // a binder the body does not mention takes no individual
                return bad(line, "universal generalization needs the cited line with arbitrary individuals for the variables");
            // The cited line is the body with distinct arbitrary individuals put in for the
            // variables (no capture), none of them left in the conclusion nor in a supposition
            // in force: then it holds for every value, and the generalization is sound.
            if (!same(f::substitute(s.formula.args[0], *binding), *cited[0]))
                return bad(line, "universal generalization needs the cited line with arbitrary individuals for the variables");
            std::vector<std::string> generalized;
            for (auto const& [var, value] : *binding) {
                if (value.op != Op::variable) return bad(line, fmt::format("'{}' is not generalized from an arbitrary individual", var));
                auto binder = std::find_if(s.formula.binders.begin(), s.formula.binders.end(),
                                           [&](logic::Variable const& b) { return b.name == var; });
                if (binder == s.formula.binders.end() || f::type_key(binder->type) != f::type_key(value.type))
                    return bad(line, fmt::format("'{}' is not an individual of the type of '{}'", value.name, var));
                if (std::find(generalized.begin(), generalized.end(), value.name) != generalized.end())
                    return bad(line, fmt::format("'{}' is generalized to two variables at once", value.name));
                generalized.push_back(value.name);
                if (mentions(s.formula, value.name))
                    return bad(line, fmt::format("'{}' is still free in the generalization", value.name));
                for (int sup : stack)
                    if (mentions(d.steps[static_cast<std::size_t>(sup - 1)].formula, value.name))
                        return bad(line, fmt::format("'{}' is not arbitrary: supposition {} mentions it", value.name, sup));
            }
            Term const premise = closure(*cited[0], f::free_variables(*cited[0]));
            Term const conclusion = closure(s.formula, f::free_variables(s.formula));
            Term const* one[] = {&premise};
            auto o = checker.entails(one, conclusion);
            if (o.answer != solver::Answer::unsat)
                return bad(line, o.answer == solver::Answer::sat ? "Z3 finds that the generalization does not follow"
                                                                  : "Z3 could not confirm the line (" + o.reason + ")");
            continue;
        } else if (witnessed) {
            auto [a, b] = ranges[0];
            Term const& existential = *cited[0];
            Term const& supposed = d.steps[static_cast<std::size_t>(a - 1)].formula;
            auto binding = existential.op == Op::exists ? f::match_instance(existential, supposed) : std::nullopt;
            if (!binding)   // (a binder the body does not mention needs no witness)
                return bad(line, "existential elimination supposes the existential's body for a witness");
            if (!same(s.formula, d.steps[static_cast<std::size_t>(b - 1)].formula))
                return bad(line, "existential elimination concludes the last line of the subproof");
            std::vector<logic::Variable> witnesses;
            for (auto const& [var, value] : *binding) {
                if (value.op != Op::variable)
                    return bad(line, fmt::format("the witness for '{}' must be a fresh individual", var));
                // Fresh: in no line the subproof could cite from outside (those in scope where
                // it opens), nor in what it concludes.
                for (int j = 1; j < a; ++j)
                    if (auto const& oj = open[static_cast<std::size_t>(j)];
                        prefix(oj, stack, oj.size()) && mentions(d.steps[static_cast<std::size_t>(j - 1)].formula, value.name))
                        return bad(line, fmt::format("the witness '{}' is not fresh: line {} mentions it", value.name, j));
                if (mentions(s.formula, value.name))
                    return bad(line, fmt::format("the witness '{}' appears in the conclusion", value.name));
                witnesses.push_back(logic::Variable{value.name, value.type});
            }
            // The subproof holds for any witness: `forall w. B[w] -> C` (checked below with
            // the existential).
            conditionals[0] = closure(conditionals[0], witnesses);
        } else if (s.rule == Rule::cases || s.rule == Rule::or_elimination) {
            Term const& dis = *cited[0];
            // One subproof per disjunct: of the disjunction as it stands, or of its flat list.
            std::vector<Term const*> cases;
            if (dis.op == Op::logical_or) {
                for (auto const& a : dis.args) cases.push_back(&a);
                if (cases.size() != ranges.size()) cases = disjuncts(dis);
            }
            if (cases.size() < 2 || cases.size() != ranges.size())
                return bad(line, "proof by cases needs a disjunction and one subproof per disjunct");
            for (std::size_t k = 0; k < ranges.size(); ++k) {
                if (!same(d.steps[static_cast<std::size_t>(ranges[k].first - 1)].formula, *cases[k]))
                    return bad(line, fmt::format("subproof {} does not suppose disjunct {}", k + 1, k + 1));
                if (!same(d.steps[static_cast<std::size_t>(ranges[k].second - 1)].formula, s.formula))
                    return bad(line, fmt::format("subproof {} does not end with the line's formula", k + 1));
            }
        } else if (auto e = shape(theory, s, cited); !e.empty()) {
            return bad(line, e);
        }

        std::vector<Term const*> premises = cited;
        for (auto const& c : conditionals) premises.push_back(&c);
        std::vector<Term const*> all = premises;
        all.push_back(&s.formula);
        std::string clash;
        auto const free = free_in_all(all, clash);
        if (!clash.empty())
            return bad(line, fmt::format("'{}' stands for individuals of two different types", clash));
        solver::Outcome o;
        if (free.empty()) {
            o = checker.entails(premises, s.formula);
        } else {
            std::vector<Term> parts;
            for (auto const* p : premises) parts.push_back(*p);
            Term const step = closure(parts.empty() ? s.formula : f::make_implies(f::make_and(parts), s.formula), free);
            o = checker.entails({}, step);
        }
        if (o.answer == solver::Answer::sat)
            return bad(line, "Z3 finds that the line does not follow from the lines it cites");
        if (o.answer == solver::Answer::unknown)
            return bad(line, "Z3 could not confirm the line (" + o.reason + ")");
    }

    Step const& last = d.steps.back();
    if (last.depth != 0) return bad(static_cast<int>(n), "the last line is inside a subproof");
    if (options.last_line_is_goal && !same(last.formula, target->goal)) {
        Term const* one[] = {&last.formula};
        Term const* other[] = {&target->goal};
        if (checker.entails(one, target->goal).answer != solver::Answer::unsat ||
            checker.entails(other, last.formula).answer != solver::Answer::unsat)
            return bad(static_cast<int>(n), f::is_false(target->goal) ? "the last line is not a contradiction"
                                                                      : "the last line is not the conclusion");
    }
    for (std::size_t j = 1; j < n; ++j)
        if (!used[j]) return bad(static_cast<int>(j), "the line is never used");

    if (options.end_to_end) return check_end_to_end(theory, d, checker);
    return DerivationCheck{true, 0, {}};
}

}  // namespace elenchus
