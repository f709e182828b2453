#include "solver/translate.hpp"

#include <algorithm>
#include <stdexcept>

namespace elenchus::solver {

using logic::Term;
using logic::Type;
using Op = logic::Term::Op;

Naming Naming::plain(logic::Theory const& theory) {
    Naming n;
    for (auto const& s : theory.sorts) n.sorts.push_back(s.name);
    for (auto const& s : theory.symbols) n.symbols.push_back(s.name);
    return n;
}

Translator::Translator(z3::context& ctx, logic::Theory const& theory, Naming naming)
    : ctx_(ctx), theory_(theory), naming_(std::move(naming)), pinned_(ctx) {
    // Members are made with their sort; remember each member's constructor by symbol.
    std::vector<std::optional<z3::func_decl>> member_decl(theory.symbols.size());
    for (std::size_t i = 0; i < theory.sorts.size(); ++i) {
        auto const& s = theory.sorts[i];
        auto const& name = naming_.sorts[i];
        if (!s.closed || s.members.empty()) {
            sorts_.push_back(ctx.uninterpreted_sort(name.c_str()));
            continue;
        }
        std::vector<char const*> names;
        for (int m : s.members) names.push_back(naming_.symbols[static_cast<std::size_t>(m)].c_str());
        z3::func_decl_vector constructors(ctx), testers(ctx);
        sorts_.push_back(ctx.enumeration_sort(name.c_str(), static_cast<unsigned>(names.size()), names.data(),
                                              constructors, testers));
        for (std::size_t k = 0; k < s.members.size(); ++k)   // z3 vectors take int indices
            member_decl[static_cast<std::size_t>(s.members[k])] = constructors[static_cast<int>(k)];
    }
    for (std::size_t i = 0; i < theory.symbols.size(); ++i) {
        auto const& sym = theory.symbols[i];
        if (member_decl[i]) {
            decls_.push_back(*member_decl[i]);
            continue;
        }
        z3::sort_vector domain(ctx);
        for (auto const& p : sym.parameters) domain.push_back(sort_of(p));
        decls_.push_back(ctx.function(naming_.symbols[i].c_str(), domain, sort_of(sym.result)));
    }
}

bool Translator::enumerated(int sort_index) const {
    auto const& s = theory_.sorts[static_cast<std::size_t>(sort_index)];
    return s.closed && !s.members.empty();
}

z3::sort Translator::sort_of(Type const& type) const {
    switch (type.kind) {
    case Type::Kind::boolean: return ctx_.bool_sort();
    case Type::Kind::integer: return ctx_.int_sort();
    case Type::Kind::real: return ctx_.real_sort();
    case Type::Kind::sort: break;
    }
    if (type.sort < 0 || type.sort >= static_cast<int>(sorts_.size()))
        throw std::out_of_range("a type names no sort of the theory");
    return sorts_[static_cast<std::size_t>(type.sort)];
}

z3::expr Translator::translate(Term const& t) {
    Env env;
    depth_ = 0;
    return term(t, env);
}

namespace {

// Int operands meet Real ones in `x + 2.5` or `spending(c) >= 2`: Z3 wants one sort.
void unify(z3::expr& a, z3::expr& b) {
    if (a.is_int() && b.is_real()) a = z3::to_real(a);
    else if (a.is_real() && b.is_int()) b = z3::to_real(b);
}

z3::expr fold(z3::expr_vector const& xs, bool conjunction) {
    if (xs.empty()) return xs.ctx().bool_val(conjunction);
    if (xs.size() == 1) return xs[0];
    return conjunction ? z3::mk_and(xs) : z3::mk_or(xs);
}

}   // namespace

z3::expr Translator::term(Term const& t, Env& env) {
    switch (t.op) {
    case Op::variable:
        for (auto it = env.rbegin(); it != env.rend(); ++it)
            if (it->first == t.name) return it->second;
        throw std::runtime_error("unbound variable `" + t.name + "`");
    case Op::symbol: return apply(t, env);
    case Op::define: {
        // Unfolding by substitution: the body sees only its own parameters, so one call
        // translates alike wherever it occurs and is translated once (definitions calling
        // each other twice would otherwise cost 2^depth). Binder names depend on depth_.
        auto const& d = theory_.defines.at(static_cast<std::size_t>(t.symbol));
        Env inner;
        std::vector<unsigned> key{static_cast<unsigned>(t.symbol), depth_};
        for (std::size_t i = 0; i < d.parameters.size() && i < t.args.size(); ++i) {
            z3::expr value = term(t.args[i], env);
            if (d.parameters[i].type.kind == Type::Kind::real && value.is_int()) value = z3::to_real(value);
            key.push_back(value.id());
            inner.emplace_back(d.parameters[i].name, value);
        }
        if (auto it = unfolded_.find(key); it != unfolded_.end()) return it->second;
        if (++unfoldings_ > max_unfoldings)
            throw std::length_error("formula too large: its definitions unfold to more than " +
                                    std::to_string(max_unfoldings) + " distinct calls");
        z3::expr r = term(d.body, inner);
        // The arguments stay alive with the entry: Z3 reuses the ids of freed terms.
        for (auto const& [name, value] : inner) pinned_.push_back(value);
        unfolded_.emplace(std::move(key), r);
        return r;
    }
    case Op::integer:
        // The checker types a literal `2` compared with a Real as Real.
        if (t.type.kind == Type::Kind::real) return ctx_.real_val(t.number.c_str());
        return ctx_.int_val(t.number.c_str());
    case Op::real: return ctx_.real_val(t.number.c_str());
    case Op::true_: return ctx_.bool_val(true);
    case Op::false_: return ctx_.bool_val(false);
    case Op::logical_not: return !term(t.args.at(0), env);
    case Op::logical_and:
    case Op::logical_or: {
        z3::expr_vector xs(ctx_);
        for (auto const& a : t.args) xs.push_back(term(a, env));
        return fold(xs, t.op == Op::logical_and);
    }
    case Op::logical_xor: {
        z3::expr r = term(t.args.at(0), env);
        for (std::size_t i = 1; i < t.args.size(); ++i) r = r ^ term(t.args[i], env);
        return r;
    }
    case Op::implies: return z3::implies(term(t.args.at(0), env), term(t.args.at(1), env));
    case Op::iff: return term(t.args.at(0), env) == term(t.args.at(1), env);
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge: {
        z3::expr a = term(t.args.at(0), env);
        z3::expr b = term(t.args.at(1), env);
        if (a.is_arith() && b.is_arith()) unify(a, b);
        switch (t.op) {
        case Op::eq: return a == b;
        case Op::ne: return a != b;
        case Op::lt: return a < b;
        case Op::le: return a <= b;
        case Op::gt: return a > b;
        default: return a >= b;
        }
    }
    case Op::add:
    case Op::sub:
    case Op::mul:
    case Op::div:
    case Op::negate: return arithmetic(t, env);
    case Op::forall:
    case Op::exists: return quantified(t, env);
    }
    throw std::runtime_error("unknown term operator");
}

z3::expr Translator::apply(Term const& t, Env& env) {
    auto const& d = decls_.at(static_cast<std::size_t>(t.symbol));
    auto const& sym = theory_.symbols[static_cast<std::size_t>(t.symbol)];
    z3::expr_vector args(ctx_);
    for (std::size_t i = 0; i < t.args.size(); ++i) {
        z3::expr a = term(t.args[i], env);
        if (i < sym.parameters.size() && sym.parameters[i].kind == Type::Kind::real && a.is_int()) a = z3::to_real(a);
        args.push_back(a);
    }
    z3::expr r = d(args);
    if (t.type.kind == Type::Kind::real && r.is_int()) r = z3::to_real(r);
    return r;
}

z3::expr Translator::arithmetic(Term const& t, Env& env) {
    bool real = t.type.kind == Type::Kind::real;
    auto operand = [&](std::size_t i) {
        z3::expr e = term(t.args.at(i), env);
        if (real && e.is_int()) e = z3::to_real(e);
        return e;
    };
    if (t.op == Op::negate) return -operand(0);
    z3::expr r = operand(0);
    for (std::size_t i = 1; i < t.args.size(); ++i) {
        z3::expr b = operand(i);
        unify(r, b);
        switch (t.op) {
        case Op::add: r = r + b; break;
        case Op::sub: r = r - b; break;
        case Op::mul: r = r * b; break;
        default: r = r / b; break;
        }
    }
    return r;
}

z3::expr Translator::quantified(Term const& t, Env& env) {
    // Bound constants are named `x.k` with k the binder's nesting depth: no declared symbol
    // has a `.`, so none is captured; an inner binder never shares an outer one's name; and
    // the same formula always translates to the same AST, so a goal asked again finds its
    // guard. (Z3's printer names its let-bound terms `a!k`, so the export never mixes them.)
    z3::expr_vector bound(ctx_);
    for (auto const& b : t.binders) {
        std::string name = b.name + "." + std::to_string(depth_++);
        z3::expr c = ctx_.constant(name.c_str(), sort_of(b.type));
        bound.push_back(c);
        env.emplace_back(b.name, c);
    }
    z3::expr body = term(t.args.at(0), env);
    depth_ -= static_cast<unsigned>(t.binders.size());
    for (std::size_t i = 0; i < t.binders.size(); ++i) env.pop_back();
    if (bound.empty()) return body;
    if (std::size_t n = instances(t); n > 0 && expanded_size(t) <= expand_nodes_) {
        // Every assignment of members to the binders, as an odometer over the sorts.
        std::vector<std::size_t> digit(t.binders.size(), 0);
        z3::expr_vector cases(ctx_);
        for (std::size_t k = 0; k < n; ++k) {
            z3::expr_vector values(ctx_);
            for (std::size_t i = 0; i < t.binders.size(); ++i) {
                auto const& members = theory_.sorts[static_cast<std::size_t>(t.binders[i].type.sort)].members;
                values.push_back(decls_[static_cast<std::size_t>(members[digit[i]])]());
            }
            z3::expr_vector from = bound;
            cases.push_back(body.substitute(from, values));
            for (std::size_t i = 0; i < digit.size(); ++i) {
                auto size = theory_.sorts[static_cast<std::size_t>(t.binders[i].type.sort)].members.size();
                if (++digit[i] < size) break;
                digit[i] = 0;
            }
        }
        return fold(cases, t.op == Op::forall);
    }
    ++kept_quantifiers_;
    return t.op == Op::forall ? z3::forall(bound, body) : z3::exists(bound, body);
}

std::size_t Translator::instances(Term const& t) const {
    std::size_t n = 1;
    for (auto const& b : t.binders) {
        if (b.type.kind != Type::Kind::sort || !enumerated(b.type.sort)) return 0;
        n *= theory_.sorts[static_cast<std::size_t>(b.type.sort)].members.size();
        if (n > expand_nodes_) return 0;
    }
    return n;
}

// Term nodes after expansion, saturating at the budget so that deep nesting cannot overflow.
std::size_t Translator::expanded_size(Term const& t) const {
    std::size_t const cap = expand_nodes_ + 1;
    if (t.op == Op::define) {
        // The body is unfolded at each call; count it (the arguments are inside it).
        auto const index = static_cast<std::size_t>(t.symbol);
        auto const& d = theory_.defines.at(index);
        if (define_size_.size() < theory_.defines.size()) define_size_.resize(theory_.defines.size(), 0);
        if (define_size_[index] == 0) define_size_[index] = std::max<std::size_t>(1, expanded_size(d.body));
        std::size_t s = define_size_[index];
        for (auto const& a : t.args) s = std::min(cap, s + expanded_size(a));
        return s;
    }
    std::size_t s = 1;
    for (auto const& a : t.args) s = std::min(cap, s + expanded_size(a));
    if (t.op == Op::forall || t.op == Op::exists) {
        std::size_t n = instances(t);
        if (n > 0 && s <= cap / n) return s * n;
        if (n > 0) return cap;
    }
    return s;
}

namespace {

void collect(logic::Theory const& theory, Term const& term, std::set<int>& out, std::vector<char>& seen_defines) {
    if (term.op == Op::symbol && term.symbol >= 0) out.insert(term.symbol);
    if (term.op == Op::define && term.symbol >= 0 && term.symbol < static_cast<int>(theory.defines.size()) &&
        !seen_defines[static_cast<std::size_t>(term.symbol)]) {
        // A definition's symbols are the same at every call: visit each body once.
        seen_defines[static_cast<std::size_t>(term.symbol)] = 1;
        collect(theory, theory.defines[static_cast<std::size_t>(term.symbol)].body, out, seen_defines);
    }
    for (auto const& a : term.args) collect(theory, a, out, seen_defines);
}

}   // namespace

void collect_symbols(logic::Theory const& theory, Term const& term, std::set<int>& out) {
    std::vector<char> seen_defines(theory.defines.size(), 0);
    collect(theory, term, out, seen_defines);
}

}   // namespace elenchus::solver
