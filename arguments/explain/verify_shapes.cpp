// The shape each rule demands of its line and of the lines and subproofs it cites, one
// function per rule in a table; Z3 then checks the line follows (verify_structure.cpp).
#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "arguments/explain/verify_internal.hpp"
#include "arguments/formulas/formulas.hpp"

namespace elenchus::verifying {

using Op = Term::Op;
namespace f = formulas;

bool same(Term const& a, Term const& b) { return f::key(a) == f::key(b); }
bool negates(Term const& a, Term const& b) { return same(a, f::negation(b)) || same(a, f::make_not(b)); }
bool is_implication(Term const& t) { return t.op == Op::implies && t.args.size() == 2; }
bool contains(std::vector<Term const*> const& parts, Term const& t) {
    return std::any_of(parts.begin(), parts.end(), [&](Term const* p) { return same(*p, t); });
}
bool mentions(Term const& t, std::string const& name) {
    auto fv = f::free_variables(t);
    return std::any_of(fv.begin(), fv.end(), [&](logic::Variable const& v) { return v.name == name; });
}

Term closure(Term body, std::vector<logic::Variable> const& free) {
    if (free.empty()) return body;
    Term t;
    t.op = Op::forall;
    t.binders = free;
    t.args.push_back(std::move(body));
    return t;
}

namespace {

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

std::string count(LineCheck const& c, std::size_t n) {
    auto const have = c.cited.size();
    return have == n ? std::string{} : fmt::format("{} needs {} cited line(s), not {}", to_string(c.s.rule), n, have);
}

// --- lines that cite nothing

std::string supposition(LineCheck& c) {
    c.settled = true;
    return c.s.uses.empty() ? std::string{} : "a supposition cites nothing";
}

std::string identity(LineCheck& c) {
    Term const& g = c.s.formula;
    if (auto e = count(c, 0); !e.empty()) return e;
    if (g.op != Op::eq || g.args.size() != 2 || !same(g.args[0], g.args[1])) return "identity concludes t = t";
    return {};
}

std::string distinct_members(LineCheck& c) {
    Term const& g = c.s.formula;
    if (auto e = count(c, 0); !e.empty()) return e;
    if ((g.op == Op::ne && f::distinct_members(c.theory, g)) ||
        (f::is_not(g) && g.args[0].op == Op::eq && f::distinct_members(c.theory, g.args[0])))
        return {};
    return "distinct members concludes A != B for two different members of a closed sort";
}

// --- definitions and quantifiers

std::string definition(LineCheck& c) {
    Term const& g = c.s.formula;
    if (auto e = count(c, 1); !e.empty()) return e;
    Term const& u = *c.cited[0];
    if (!f::has_define(g) && !f::has_define(u)) return "no definition to unfold";
    if (!same(f::unfold(c.theory, g), f::unfold(c.theory, u)))
        return "the line is not the cited line with a definition unfolded";
    return {};
}

std::string universal_instantiation(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (c.cited[0]->op != Op::forall || !f::match_instance(*c.cited[0], c.s.formula))
        return "the line is not an instance of the cited universal";
    return {};
}

std::string existential_introduction(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (c.s.formula.op != Op::exists || !f::match_instance(c.s.formula, *c.cited[0]))
        return "the cited line is not an instance of this existential";
    return {};
}

// Over a closed sort, cited alone: the disjunction of the instances, one per member.
std::string elimination_over_members(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    Term const& u = *c.cited[0];
    auto all = u.op == Op::exists ? f::member_bindings(c.theory, u, closed_instances) : std::vector<f::Binding>{};
    if (all.empty()) return "existential elimination splits an existential over a closed sort";
    std::vector<Term> cases;
    for (auto const& b : all) cases.push_back(f::substitute(u.args[0], b));
    if (!same_lists(disjuncts(f::make_or(std::move(cases))), disjuncts(c.s.formula)))
        return "the line is not the disjunction of the existential's instances, one per member";
    return {};
}

// The witness for `var` is a fresh individual: in no line the subproof could cite from
// outside (those in scope where it opens), nor in what it concludes.
std::string fresh_witness(LineCheck const& c, int opens, std::string const& var, Term const& value) {
    if (value.op != Op::variable) return fmt::format("the witness for '{}' must be a fresh individual", var);
    for (int j = 1; j < opens; ++j)
        if (c.scopes.in_scope(c.scopes.open[static_cast<std::size_t>(j)]) && mentions(c.formula(j), value.name))
            return fmt::format("the witness '{}' is not fresh: line {} mentions it", value.name, j);
    if (mentions(c.s.formula, value.name)) return fmt::format("the witness '{}' appears in the conclusion", value.name);
    return {};
}

// From an existential and a subproof supposing its body for fresh witnesses.
std::string elimination_from_witness(LineCheck& c) {
    auto [a, b] = c.ranges[0];
    Term const& existential = *c.cited[0];
    auto binding = existential.op == Op::exists ? f::match_instance(existential, c.formula(a)) : std::nullopt;
    if (!binding)   // (a binder the body does not mention needs no witness)
        return "existential elimination supposes the existential's body for a witness";
    if (!same(c.s.formula, c.formula(b))) return "existential elimination concludes the last line of the subproof";
    std::vector<logic::Variable> witnesses;
    for (auto const& [var, value] : *binding) {
        if (auto e = fresh_witness(c, a, var, value); !e.empty()) {
            c.fault = LineFault::eigenvariable;
            return e;
        }
        witnesses.push_back(logic::Variable{value.name, value.type});
    }
    // The subproof holds for any witness: `forall w. B[w] -> C` (checked with the existential).
    c.conditionals[0] = closure(c.conditionals[0], witnesses);
    return {};
}

std::string existential_elimination(LineCheck& c) {
    return first_subproof_use(c.s) ? elimination_from_witness(c) : elimination_over_members(c);
}

// A universal generalization over a closed sort from one cited line per member: the
// bindings to every member it needs; empty when it is one from an arbitrary individual.
std::vector<f::Binding> member_generalization(LineCheck const& c) {
    if (c.s.formula.op != Op::forall) return {};
    bool const from_arbitrary = std::any_of(c.cited.begin(), c.cited.end(), [&](Term const* t) {
        auto b = f::match_instance(c.s.formula, *t);
        return b && std::any_of(b->begin(), b->end(), [](auto const& v) { return v.second.op == Op::variable; });
    });
    if (from_arbitrary) return {};
    return f::member_bindings(c.theory, c.s.formula, closed_instances);
}

// `value`, generalized to `var`, is an arbitrary individual of its type: not generalized
// twice, not left in the conclusion, in no supposition in force.
std::string arbitrary_individual(LineCheck const& c, std::string const& var, Term const& value,
                                 std::vector<std::string>& generalized) {
    Term const& g = c.s.formula;
    if (value.op != Op::variable) return fmt::format("'{}' is not generalized from an arbitrary individual", var);
    auto binder =
        std::find_if(g.binders.begin(), g.binders.end(), [&](logic::Variable const& b) { return b.name == var; });
    if (binder == g.binders.end() || f::type_key(binder->type) != f::type_key(value.type))
        return fmt::format("'{}' is not an individual of the type of '{}'", value.name, var);
    if (std::find(generalized.begin(), generalized.end(), value.name) != generalized.end())
        return fmt::format("'{}' is generalized to two variables at once", value.name);
    generalized.push_back(value.name);
    if (mentions(g, value.name)) return fmt::format("'{}' is still free in the generalization", value.name);
    for (int sup : c.scopes.stack)
        if (mentions(c.formula(sup), value.name))
            return fmt::format("'{}' is not arbitrary: supposition {} mentions it", value.name, sup);
    return {};
}

// The cited line is the body with distinct arbitrary individuals put in for the variables
// (no capture), none of them left in the conclusion nor in a supposition in force: then it
// holds for every value, and the generalization is sound.
std::string generalization_from_arbitrary(LineCheck& c) {
    Term const& g = c.s.formula;
    if (c.cited.size() != 1) return "universal generalization cites one line";
    auto binding = g.op == Op::forall ? f::match_instance(g, *c.cited[0]) : std::nullopt;
    if (!binding || !same(f::substitute(g.args[0], *binding), *c.cited[0]))
        // (a binder the body does not mention takes no individual)
        return "universal generalization needs the cited line with arbitrary individuals for the variables";
    std::vector<std::string> generalized;
    for (auto const& [var, value] : *binding)
        if (auto e = arbitrary_individual(c, var, value, generalized); !e.empty()) {
            c.fault = LineFault::eigenvariable;
            return e;
        }
    // The line's own check: the common one would read the individuals as universal in the
    // conclusion too.
    c.settled = true;
    Term const premise = closure(*c.cited[0], f::free_variables(*c.cited[0]));
    Term const conclusion = closure(g, f::free_variables(g));
    Term const* one[] = {&premise};
    auto o = c.checker.entails(one, conclusion);
    if (o.answer == solver::Answer::unsat) return {};
    c.fault = o.answer == solver::Answer::sat ? LineFault::not_following : LineFault::unknown;
    return o.answer == solver::Answer::sat ? "Z3 finds that the generalization does not follow"
                                           : "Z3 could not confirm the line (" + o.reason + ")";
}

std::string universal_generalization(LineCheck& c) {
    auto const members = member_generalization(c);
    if (members.empty()) return generalization_from_arbitrary(c);
    // Over a closed sort: one cited line per member (checked by Z3 afterwards).
    for (auto const& b : members)
        if (!contains(c.cited, f::substitute(c.s.formula.args[0], b)))
            return fmt::format("universal generalization over {} needs the instance {}",
                               f::describe_members(c.theory, c.s.formula), f::describe(c.theory, b));
    return {};
}

// --- the propositional rules

std::string modus_ponens(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    auto const& u = c.cited;
    for (std::size_t k = 0; k < 2; ++k)
        if (is_implication(*u[k]) && same(u[k]->args[0], *u[1 - k]) && same(u[k]->args[1], c.s.formula)) return {};
    return "modus ponens needs A -> B and A, and concludes B";
}

std::string modus_tollens(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    auto const& u = c.cited;
    for (std::size_t k = 0; k < 2; ++k)
        if (is_implication(*u[k]) && negates(*u[1 - k], u[k]->args[1]) && negates(c.s.formula, u[k]->args[0]))
            return {};
    return "modus tollens needs A -> B and not B, and concludes not A";
}

std::string hypothetical_syllogism(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    auto const& u = c.cited;
    Term const& g = c.s.formula;
    for (std::size_t k = 0; k < 2; ++k)
        if (is_implication(*u[k]) && is_implication(*u[1 - k]) && is_implication(g) &&
            same(u[k]->args[1], u[1 - k]->args[0]) && same(g.args[0], u[k]->args[0]) &&
            same(g.args[1], u[1 - k]->args[1]))
            return {};
    return "hypothetical syllogism needs A -> B and B -> C, and concludes A -> C";
}

// `d` without a disjunct that `negated` negates is `g`: over the disjunction as it stands,
// or over its flat list of disjuncts.
bool leaves(Term const& d, Term const& negated, Term const& g) {
    for (std::size_t i = 0; i < d.args.size(); ++i) {
        if (!negates(negated, d.args[i])) continue;
        std::vector<Term> rest;
        for (std::size_t j = 0; j < d.args.size(); ++j)
            if (j != i) rest.push_back(d.args[j]);
        if (!rest.empty() && same(f::make_or(rest), g)) return true;
    }
    auto const flat = disjuncts(d);
    for (std::size_t i = 0; i < flat.size(); ++i) {
        if (!negates(negated, *flat[i])) continue;
        std::vector<Term const*> rest = flat;
        rest.erase(rest.begin() + static_cast<long>(i));
        if (same_lists(rest, disjuncts(g))) return true;
    }
    return false;
}

std::string disjunctive_syllogism(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    for (std::size_t k = 0; k < 2; ++k)
        if (c.cited[k]->op == Op::logical_or && leaves(*c.cited[k], *c.cited[1 - k], c.s.formula)) return {};
    return "disjunctive syllogism needs A or B and not A, and concludes B";
}

std::string and_introduction(LineCheck& c) {
    Term const& g = c.s.formula;
    if (g.op != Op::logical_and) return "and introduction concludes a conjunction";
    for (auto const& a : g.args)
        if (!contains(c.cited, a)) return "a conjunct is not among the cited lines";
    return {};
}

// `part` is one of `whole`'s operands, or one of its flat list under `op`.
bool among(Term const& whole, Op op, Term const& part) {
    std::vector<Term const*> parts;
    f::flatten(whole, op, parts);
    return whole.op == op && (contains(parts, part) || std::any_of(whole.args.begin(), whole.args.end(),
                                                                   [&](Term const& a) { return same(a, part); }));
}

std::string and_elimination(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (!among(*c.cited[0], Op::logical_and, c.s.formula)) return "the line is not a conjunct of the cited line";
    return {};
}

std::string or_introduction(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (!among(c.s.formula, Op::logical_or, *c.cited[0])) return "the cited line is not a disjunct of the line";
    return {};
}

// From a disjunction and one subproof per disjunct, each ending with the line's formula.
std::string proof_by_cases(LineCheck& c) {
    Term const& dis = *c.cited[0];
    // One subproof per disjunct: of the disjunction as it stands, or of its flat list.
    std::vector<Term const*> cases;
    if (dis.op == Op::logical_or) {
        for (auto const& a : dis.args) cases.push_back(&a);
        if (cases.size() != c.ranges.size()) cases = disjuncts(dis);
    }
    if (cases.size() < 2 || cases.size() != c.ranges.size())
        return "proof by cases needs a disjunction and one subproof per disjunct";
    for (std::size_t k = 0; k < c.ranges.size(); ++k) {
        if (!same(c.formula(c.ranges[k].first), *cases[k]))
            return fmt::format("subproof {} does not suppose disjunct {}", k + 1, k + 1);
        if (!same(c.formula(c.ranges[k].second), c.s.formula))
            return fmt::format("subproof {} does not end with the line's formula", k + 1);
    }
    return {};
}

std::string iff_introduction(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    auto const& u = c.cited;
    Term const& g = c.s.formula;
    if (g.op == Op::iff && g.args.size() == 2 && is_implication(*u[0]) && is_implication(*u[1]))
        for (std::size_t k = 0; k < 2; ++k)
            if (same(u[k]->args[0], g.args[0]) && same(u[k]->args[1], g.args[1]) &&
                same(u[1 - k]->args[0], g.args[1]) && same(u[1 - k]->args[1], g.args[0]))
                return {};
    return "iff introduction needs A -> B and B -> A, and concludes A <-> B";
}

std::string iff_elimination(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    Term const& u = *c.cited[0];
    Term const& g = c.s.formula;
    if (u.op == Op::iff && u.args.size() == 2 && is_implication(g) &&
        ((same(g.args[0], u.args[0]) && same(g.args[1], u.args[1])) ||
         (same(g.args[0], u.args[1]) && same(g.args[1], u.args[0]))))
        return {};
    return "iff elimination needs A <-> B, and concludes A -> B or B -> A";
}

std::string double_negation(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    Term const& u = *c.cited[0];
    Term const& g = c.s.formula;
    if (same(g, f::make_not(f::make_not(u))) || same(u, f::make_not(f::make_not(g)))) return {};
    return "double negation adds or removes two negations";
}

// --- subproofs discharged, contradictions

std::string conditional_proof(LineCheck& c) {
    auto [a, b] = c.ranges[0];
    Term const& g = c.s.formula;
    if (!is_implication(g) || !same(g.args[0], c.formula(a)) || !same(g.args[1], c.formula(b)))
        return "conditional proof concludes `supposition -> last line of the subproof`";
    return {};
}

std::string reiteration(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (!same(c.s.formula, *c.cited[0])) return "reiteration repeats the cited line";
    return {};
}

std::string contradiction(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    if (negates(*c.cited[0], *c.cited[1]) || negates(*c.cited[1], *c.cited[0])) return {};
    return "a contradiction needs a formula and its negation";
}

std::string reductio(LineCheck& c) {
    auto [a, b] = c.ranges[0];
    if (!f::is_false(c.formula(b))) return "reductio needs a subproof that ends in a contradiction";
    if (!negates(c.s.formula, c.formula(a))) return "reductio concludes the negation of the supposition";
    return {};
}

std::string arithmetic(LineCheck& c) {
    auto const& u = c.cited;
    if (f::is_arithmetic(c.s.formula) || (f::is_false(c.s.formula) && !u.empty()) ||
        std::any_of(u.begin(), u.end(), [](Term const* t) { return f::is_arithmetic(*t); }))
        return {};
    return "arithmetic needs a comparison of numbers";
}

// `from` and `to` are the same but where `to` has `b` for some `a`, or `a` for some `b`.
bool replaced(Term const& from, Term const& to, Term const& a, Term const& b) {
    if (same(from, to)) return true;
    if ((same(from, a) && same(to, b)) || (same(from, b) && same(to, a))) return true;
    if (from.op != to.op || from.name != to.name || from.symbol != to.symbol || from.number != to.number ||
        from.args.size() != to.args.size())
        return false;
    if (from.binders.size() != to.binders.size()) return false;
    for (std::size_t k = 0; k < from.binders.size(); ++k)   // no rewriting under a binder of a or b
        if (from.binders[k].name != to.binders[k].name || mentions(a, from.binders[k].name) ||
            mentions(b, from.binders[k].name))
            return false;
    for (std::size_t k = 0; k < from.args.size(); ++k)
        if (!replaced(from.args[k], to.args[k], a, b)) return false;
    return true;
}

// Leibniz's law: `t = s` and a line about t give the line with s for some of the t.
std::string identity_elimination(LineCheck& c) {
    if (auto e = count(c, 2); !e.empty()) return e;
    for (std::size_t k = 0; k < 2; ++k) {
        Term const& eq = *c.cited[k];
        if (eq.op == Op::eq && eq.args.size() == 2 && replaced(*c.cited[1 - k], c.s.formula, eq.args[0], eq.args[1]))
            return {};
    }
    return "identity elimination needs t = s and a line about t, and concludes that line with s for some t";
}

// ⊥, then anything: the cited line must be ⊥ itself.
std::string ex_falso(LineCheck& c) {
    if (auto e = count(c, 1); !e.empty()) return e;
    if (!f::is_false(*c.cited[0])) return "ex falso needs a line that is a contradiction (⊥)";
    return {};
}

// The honest fallback: Z3 alone decides it.
std::string any_shape(LineCheck&) { return {}; }

using ShapeCheck = std::string (*)(LineCheck&);
struct RuleShape {
    Rule rule;
    ShapeCheck check;
};

constexpr std::array shapes{
    RuleShape{Rule::premise, check_stating},
    RuleShape{Rule::assumption, check_stating},
    RuleShape{Rule::axiom, check_stating},
    RuleShape{Rule::hypothesis, check_stating},
    RuleShape{Rule::supposition, supposition},
    RuleShape{Rule::definition, definition},
    RuleShape{Rule::universal_instantiation, universal_instantiation},
    RuleShape{Rule::existential_introduction, existential_introduction},
    RuleShape{Rule::existential_elimination, existential_elimination},
    RuleShape{Rule::identity, identity},
    RuleShape{Rule::distinct_members, distinct_members},
    RuleShape{Rule::modus_ponens, modus_ponens},
    RuleShape{Rule::modus_tollens, modus_tollens},
    RuleShape{Rule::hypothetical_syllogism, hypothetical_syllogism},
    RuleShape{Rule::disjunctive_syllogism, disjunctive_syllogism},
    RuleShape{Rule::and_introduction, and_introduction},
    RuleShape{Rule::and_elimination, and_elimination},
    RuleShape{Rule::or_introduction, or_introduction},
    RuleShape{Rule::or_elimination, proof_by_cases},
    RuleShape{Rule::iff_introduction, iff_introduction},
    RuleShape{Rule::iff_elimination, iff_elimination},
    RuleShape{Rule::double_negation, double_negation},
    RuleShape{Rule::conditional_proof, conditional_proof},
    RuleShape{Rule::universal_generalization, universal_generalization},
    RuleShape{Rule::reiteration, reiteration},
    RuleShape{Rule::contradiction, contradiction},
    RuleShape{Rule::reductio, reductio},
    RuleShape{Rule::cases, proof_by_cases},
    RuleShape{Rule::arithmetic, arithmetic},
    RuleShape{Rule::identity_elimination, identity_elimination},
    RuleShape{Rule::ex_falso, ex_falso},
    RuleShape{Rule::consequence, any_shape},
};

// A rule added to the enum without a shape is a compile error, not a rule that checks nothing.
constexpr bool one_shape_per_rule() {
    if (shapes.size() != static_cast<std::size_t>(Rule::consequence) + 1) return false;
    for (std::size_t i = 0; i < shapes.size(); ++i)
        if (shapes[i].rule != static_cast<Rule>(i)) return false;
    return true;
}
static_assert(one_shape_per_rule(), "one entry per rule, in the order of enum Rule");

}   // namespace

std::string check_shape(LineCheck& c) {
    auto const i = static_cast<std::size_t>(c.s.rule);
    return i < shapes.size() ? shapes[i].check(c) : std::string{};
}

}   // namespace elenchus::verifying
