// Builds small checked Theories by hand, for tests of the solver and the verdicts that must
// not depend on the parser and checker.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::test {

using logic::Term;
using logic::Type;
using Op = logic::Term::Op;
using Kind = ast::StatementKind;

inline Type boolean() { return {Type::Kind::boolean, -1}; }
inline Type integer() { return {Type::Kind::integer, -1}; }
inline Type real() { return {Type::Kind::real, -1}; }

inline Term node(Op op, Type type, std::vector<Term> args = {}) {
    Term t;
    t.op = op;
    t.type = type;
    t.args = std::move(args);
    return t;
}
inline Term not_(Term a) { return node(Op::logical_not, boolean(), {std::move(a)}); }
inline Term and_(Term a, Term b) { return node(Op::logical_and, boolean(), {std::move(a), std::move(b)}); }
inline Term or_(Term a, Term b) { return node(Op::logical_or, boolean(), {std::move(a), std::move(b)}); }
inline Term xor_(Term a, Term b) { return node(Op::logical_xor, boolean(), {std::move(a), std::move(b)}); }
inline Term implies(Term a, Term b) { return node(Op::implies, boolean(), {std::move(a), std::move(b)}); }
inline Term iff(Term a, Term b) { return node(Op::iff, boolean(), {std::move(a), std::move(b)}); }
inline Term compare(Op op, Term a, Term b) { return node(op, boolean(), {std::move(a), std::move(b)}); }
inline Term eq(Term a, Term b) { return compare(Op::eq, std::move(a), std::move(b)); }
inline Term arith(Op op, Type type, Term a, Term b) { return node(op, type, {std::move(a), std::move(b)}); }
inline Term truth(bool v) { return node(v ? Op::true_ : Op::false_, boolean()); }
inline Term number(std::string text, Type type) {
    Term t = node(text.find('.') == std::string::npos ? Op::integer : Op::real, type);
    t.number = std::move(text);
    return t;
}
inline Term var(std::string name, Type type) {
    Term t = node(Op::variable, type);
    t.name = std::move(name);
    return t;
}
inline Term quantify(Op op, std::vector<logic::Variable> binders, Term body) {
    Term t = node(op, boolean(), {std::move(body)});
    t.binders = std::move(binders);
    return t;
}
inline Term forall(std::vector<logic::Variable> b, Term body) {
    return quantify(Op::forall, std::move(b), std::move(body));
}
inline Term exists(std::vector<logic::Variable> b, Term body) {
    return quantify(Op::exists, std::move(b), std::move(body));
}

struct TheoryBuilder {
    logic::Theory theory;

    Type closed_sort(std::string name, std::vector<std::string> members, std::vector<std::string> displays = {}) {
        int s = static_cast<int>(theory.sorts.size());
        theory.sorts.push_back({name, true, {}, {}});
        for (std::size_t k = 0; k < members.size(); ++k) {
            logic::Symbol m;
            m.kind = logic::Symbol::Kind::member;
            m.name = members[k];
            if (k < displays.size()) m.display = displays[k];
            m.result = {Type::Kind::sort, s};
            m.member_index = static_cast<int>(k);
            theory.sorts[static_cast<std::size_t>(s)].members.push_back(add(m));
        }
        return {Type::Kind::sort, s};
    }
    Type open_sort(std::string name) {
        theory.sorts.push_back({name, false, {}, {}});
        return {Type::Kind::sort, static_cast<int>(theory.sorts.size()) - 1};
    }
    int add(logic::Symbol s) {
        theory.symbols.push_back(std::move(s));
        return static_cast<int>(theory.symbols.size()) - 1;
    }
    int symbol(logic::Symbol::Kind kind, std::string name, std::vector<Type> params, Type result) {
        logic::Symbol s;
        s.kind = kind;
        s.name = std::move(name);
        s.parameters = std::move(params);
        s.result = result;
        return add(s);
    }
    int predicate(std::string name, std::vector<Type> params = {}) {
        return symbol(logic::Symbol::Kind::predicate, std::move(name), std::move(params), boolean());
    }
    int function(std::string name, std::vector<Type> params, Type result) {
        return symbol(logic::Symbol::Kind::function, std::move(name), std::move(params), result);
    }
    int constant(std::string name, Type type) {
        return symbol(logic::Symbol::Kind::constant, std::move(name), {}, type);
    }
    int entity(std::string name, Type sort) { return symbol(logic::Symbol::Kind::entity, std::move(name), {}, sort); }
    // The symbol named `name` applied to `args` (a member, entity or constant without).
    Term operator()(std::string const& name, std::vector<Term> args = {}) const {
        for (std::size_t i = 0; i < theory.symbols.size(); ++i) {
            if (theory.symbols[i].name != name) continue;
            Term t = node(Op::symbol, theory.symbols[i].result, std::move(args));
            t.symbol = static_cast<int>(i);
            return t;
        }
        throw std::invalid_argument("no symbol " + name);
    }
    int define(std::string name, std::vector<logic::Variable> params, Term body) {
        theory.defines.push_back({std::move(name), std::move(params), std::move(body), {}});
        return static_cast<int>(theory.defines.size()) - 1;
    }
    Term call(int define, std::vector<Term> args) const {
        Term t = node(Op::define, boolean(), std::move(args));
        t.symbol = define;
        return t;
    }
    int statement(Kind kind, std::string name, Term formula, std::string scenario = {}) {
        logic::Statement s;
        s.kind = kind;
        s.name = std::move(name);
        s.formula = std::move(formula);
        s.scenario = std::move(scenario);
        theory.statements.push_back(std::move(s));
        return static_cast<int>(theory.statements.size()) - 1;
    }
    int index(std::string const& statement) const { return *theory.find_statement(statement); }
    std::vector<int> indices(std::vector<std::string> const& names) const {
        std::vector<int> r;
        for (auto const& n : names) r.push_back(index(n));
        return r;
    }
    void argument(std::string name, std::vector<std::string> premises, std::string conclusion) {
        logic::Argument a;
        a.name = std::move(name);
        a.premises = indices(premises);
        a.conclusion = index(conclusion);
        theory.arguments.push_back(std::move(a));
    }
    logic::Scenario& scenario(std::string name, std::vector<std::string> without, std::vector<std::string> with) {
        logic::Scenario s;
        s.name = std::move(name);
        s.without = indices(without);
        s.with = indices(with);
        theory.scenarios.push_back(std::move(s));
        return theory.scenarios.back();
    }
};

}   // namespace elenchus::test
