#include "arguments/formulas/formulas.hpp"

#include <algorithm>
#include <set>

#include "grammar/printer.hpp"

namespace elenchus::formulas {

using Op = Term::Op;
using logic::Type;

namespace {

void write_key(Term const& t, std::string& out) {
    out += std::to_string(static_cast<int>(t.op));
    switch (t.op) {
    // The type too: an Int `z` and a Real `z` are different individuals.
    case Op::variable: out += 'v' + t.name + ':' + type_key(t.type); break;
    case Op::symbol:
    case Op::define: out += '#' + std::to_string(t.symbol); break;
    case Op::integer:
    case Op::real: out += 'n' + t.number; break;
    case Op::forall:
    case Op::exists:
        for (auto const& b : t.binders) out += '[' + b.name + ':' + type_key(b.type) + ']';
        break;
    default: break;
    }
    if (t.args.empty()) return;
    out += '(';
    for (auto const& a : t.args) {
        write_key(a, out);
        out += ',';
    }
    out += ')';
}

bool binds(Term const& t, std::string const& name) {
    return std::any_of(t.binders.begin(), t.binders.end(), [&](logic::Variable const& v) { return v.name == name; });
}

bool match(Term const& pattern, Term const& term, std::set<std::string> const& vars, Binding& binding) {
    if (pattern.op == Op::variable && vars.count(pattern.name)) {
        for (auto const& [name, value] : binding)
            if (name == pattern.name) return key(value) == key(term);
        binding.emplace_back(pattern.name, term);
        return true;
    }
    if (pattern.op != term.op || pattern.symbol != term.symbol || pattern.name != term.name ||
        pattern.number != term.number || pattern.args.size() != term.args.size())
        return false;
    std::set<std::string> inner = vars;
    if (pattern.op == Op::forall || pattern.op == Op::exists) {
        if (pattern.binders.size() != term.binders.size()) return false;
        // Bound names may differ (a binder renamed to avoid capture): match up to them.
        Binding rename;
        for (std::size_t i = 0; i < pattern.binders.size(); ++i) {
            if (!(pattern.binders[i].type == term.binders[i].type)) return false;
            inner.erase(pattern.binders[i].name);
            inner.erase(term.binders[i].name);
            if (pattern.binders[i].name != term.binders[i].name) {
                Term v;
                v.op = Op::variable;
                v.type = term.binders[i].type;
                v.name = term.binders[i].name;
                rename.emplace_back(pattern.binders[i].name, v);
            }
        }
        Term body = rename.empty() ? pattern.args[0] : substitute(pattern.args[0], rename);
        return match(body, term.args[0], inner, binding);
    }
    for (std::size_t i = 0; i < pattern.args.size(); ++i)
        if (!match(pattern.args[i], term.args[i], inner, binding)) return false;
    return true;
}

void collect(Term const& t, std::set<std::string>& bound, bool& closed, std::map<std::string, std::vector<Term>>& out,
             std::set<std::string>& seen) {
    if (t.op == Op::variable) {
        closed = false;
        return;
    }
    if (t.op == Op::forall || t.op == Op::exists) {
        std::set<std::string> inner = bound;
        for (auto const& b : t.binders) inner.insert(b.name);
        bool c = true;
        for (auto const& a : t.args) collect(a, inner, c, out, seen);
        // a quantifier's body mentions its own variables: what is closed is what lies below
        closed = closed && c;
        return;
    }
    bool mine = true;
    for (auto const& a : t.args) collect(a, bound, mine, out, seen);
    closed = closed && mine;
    bool is_term = t.op == Op::symbol && t.type.kind != Type::Kind::boolean;
    if (mine && is_term) {
        std::string k = key(t);
        if (seen.insert(k).second) out[type_key(t.type)].push_back(t);
    }
}

}   // namespace

std::string key(Term const& t) {
    std::string out;
    write_key(t, out);
    return out;
}

std::string type_key(Type const& type) {
    switch (type.kind) {
    case Type::Kind::boolean: return "Bool";
    case Type::Kind::integer: return "Int";
    case Type::Kind::real: return "Real";
    case Type::Kind::sort: {
        // Appended: GCC 12 warns falsely (-Wstringop-overflow) on `"S" + std::to_string(...)`.
        std::string key = "S";
        key += std::to_string(type.sort);
        return key;
    }
    }
    return "?";
}

Term make_false() {
    Term t;
    t.op = Op::false_;
    return t;
}

Term make_not(Term const& t) {
    Term n;
    n.op = Op::logical_not;
    n.type = logic::Type{logic::Type::Kind::boolean, -1};
    n.span = t.span;
    n.args.push_back(t);
    return n;
}

Term negation(Term const& t) {
    if (is_not(t)) return t.args[0];
    return make_not(t);
}

static Term junction(Op op, std::vector<Term> parts) {
    if (parts.size() == 1) return std::move(parts[0]);
    Term t;
    t.op = op;
    t.args = std::move(parts);
    return t;
}

Term make_and(std::vector<Term> parts) { return junction(Op::logical_and, std::move(parts)); }
Term make_or(std::vector<Term> parts) { return junction(Op::logical_or, std::move(parts)); }

Term make_implies(Term a, Term b) {
    Term t;
    t.op = Op::implies;
    t.args.push_back(std::move(a));
    t.args.push_back(std::move(b));
    return t;
}

bool is_false(Term const& t) { return t.op == Op::false_; }
bool is_not(Term const& t) { return t.op == Op::logical_not && t.args.size() == 1; }

bool has_define(Term const& t) {
    if (t.op == Op::define) return true;
    return std::any_of(t.args.begin(), t.args.end(), [](Term const& a) { return has_define(a); });
}

namespace {

void free_in(Term const& t, std::vector<std::string>& bound, std::vector<logic::Variable>& out) {
    if (t.op == Op::variable) {
        if (std::find(bound.begin(), bound.end(), t.name) != bound.end()) return;
        for (auto const& v : out)
            if (v.name == t.name) return;
        out.push_back({t.name, t.type});
        return;
    }
    std::size_t const mark = bound.size();
    if (t.op == Op::forall || t.op == Op::exists)
        for (auto const& b : t.binders) bound.push_back(b.name);
    for (auto const& a : t.args) free_in(a, bound, out);
    bound.resize(mark);
}

bool free_anywhere(Binding const& binding, std::string const& name) {
    for (auto const& [var, value] : binding) {
        auto fv = free_variables(value);
        if (std::any_of(fv.begin(), fv.end(), [&](logic::Variable const& v) { return v.name == name; })) return true;
    }
    return false;
}

}   // namespace

std::vector<logic::Variable> free_variables(Term const& t) {
    std::vector<std::string> bound;
    std::vector<logic::Variable> out;
    free_in(t, bound, out);
    return out;
}

Term substitute(Term const& t, Binding const& binding) {
    if (t.op == Op::variable) {
        for (auto const& [name, value] : binding)
            if (name == t.name) return value;
        return t;
    }
    if (t.op != Op::forall && t.op != Op::exists) {
        Term r = t;
        for (auto& a : r.args) a = substitute(a, binding);
        return r;
    }
    Binding inner;
    for (auto const& b : binding)
        if (!binds(t, b.first)) inner.push_back(b);
    if (inner.empty()) return t;
    Term r = t;
    // A binder named like a variable of a replacement would capture it: rename the binder.
    for (auto& b : r.binders) {
        if (!free_anywhere(inner, b.name)) continue;
        auto body_free = free_variables(r.args[0]);
        std::string fresh;
        for (int k = 1;; ++k) {
            fresh = b.name + "_" + std::to_string(k);
            bool taken = free_anywhere(inner, fresh) || binds(r, fresh) ||
                         std::any_of(body_free.begin(), body_free.end(),
                                     [&](logic::Variable const& v) { return v.name == fresh; });
            if (!taken) break;
        }
        Term renamed;
        renamed.op = Op::variable;
        renamed.type = b.type;
        renamed.name = fresh;
        r.args[0] = substitute(r.args[0], Binding{{b.name, renamed}});
        b.name = fresh;
    }
    for (auto& a : r.args) a = substitute(a, inner);
    return r;
}

namespace {

std::size_t size_of(Term const& t) {
    std::size_t n = 1;
    for (auto const& a : t.args) n += size_of(a);
    return n;
}

std::size_t depth_of(Term const& t) {
    std::size_t d = 0;
    for (auto const& a : t.args) d = std::max(d, depth_of(a));
    return d + 1;
}

// In place; `left` is what the unfolded formula may still grow by, `room` how deep the
// subformula at `t` may become. A call whose body would not fit stays folded, which keeps
// the result equivalent to `t`, only less unfolded.
void unfold_in(logic::Theory const& theory, Term& t, std::size_t& left, std::size_t room) {
    for (auto& a : t.args) unfold_in(theory, a, left, room > 1 ? room - 1 : 0);
    if (t.op != Op::define || t.symbol < 0 || t.symbol >= static_cast<int>(theory.defines.size())) return;
    auto const& d = theory.defines[static_cast<std::size_t>(t.symbol)];
    if (size_of(d.body) > left) return;
    Binding b;
    for (std::size_t i = 0; i < d.parameters.size() && i < t.args.size(); ++i)
        b.emplace_back(d.parameters[i].name, t.args[i]);
    Term body = substitute(d.body, b);
    std::size_t const grown = size_of(body);
    if (grown > left || depth_of(body) > room) return;
    left -= grown;
    unfold_in(theory, body, left, room);
    t = std::move(body);
}

}   // namespace

Term unfold(logic::Theory const& theory, Term const& t, std::size_t budget) {
    Term r = t;
    unfold_in(theory, r, budget, std::max(unfold_depth, depth_of(t)));
    return r;
}

std::optional<Term> unfold_fully(logic::Theory const& theory, Term const& t) {
    Term r = unfold(theory, t);
    if (has_define(r)) return std::nullopt;
    return r;
}

std::optional<Binding> match_instance(Term const& quantified, Term const& instance) {
    if ((quantified.op != Op::forall && quantified.op != Op::exists) || quantified.args.empty()) return std::nullopt;
    std::set<std::string> vars;
    for (auto const& b : quantified.binders) vars.insert(b.name);
    Binding binding;
    if (!match(quantified.args[0], instance, vars, binding)) return std::nullopt;
    // Every binder must receive a value (a vacuous binder takes none: leave it out).
    Binding ordered;
    for (auto const& b : quantified.binders)
        for (auto const& [name, value] : binding)
            if (name == b.name) ordered.emplace_back(name, value);
    return ordered;
}

std::string describe(logic::Theory const& theory, Binding const& binding) {
    std::string out;
    for (auto const& [name, value] : binding) {
        if (!out.empty()) out += ", ";
        out += name + " := " + print(theory, value, true);
    }
    return out;
}

std::size_t member_count(logic::Theory const& theory, logic::Type const& type) {
    if (type.kind != logic::Type::Kind::sort || type.sort < 0) return 0;
    auto const& sort = theory.sorts[static_cast<std::size_t>(type.sort)];
    return sort.closed ? sort.members.size() : 0;
}

std::vector<Term> members(logic::Theory const& theory, logic::Type const& type, std::size_t limit) {
    std::vector<Term> out;
    if (type.kind != logic::Type::Kind::sort || type.sort < 0) return out;
    auto const& sort = theory.sorts[static_cast<std::size_t>(type.sort)];
    if (!sort.closed) return out;
    for (int m : sort.members) {
        if (out.size() >= limit) break;
        Term t;
        t.op = Op::symbol;
        t.type = type;
        t.symbol = m;
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<Binding> member_bindings(logic::Theory const& theory, Term const& quantified, std::size_t cap) {
    std::vector<Binding> out{Binding{}};
    for (auto const& b : quantified.binders) {
        // Counted before any member is made: a sort of 20,000 members is refused at once.
        std::size_t const n = member_count(theory, b.type);
        if (n == 0 || n > cap || out.size() * n > cap) return {};
        auto domain = members(theory, b.type);
        std::vector<Binding> next;
        for (auto const& partial : out)
            for (auto const& m : domain) {
                Binding extended = partial;
                extended.emplace_back(b.name, m);
                next.push_back(std::move(extended));
            }
        out = std::move(next);
    }
    if (quantified.binders.empty()) return {};
    return out;
}

bool distinct_members(logic::Theory const& theory, Term const& equation) {
    if ((equation.op != Op::eq && equation.op != Op::ne) || equation.args.size() != 2) return false;
    auto is_member = [&](Term const& t) {
        if (t.op != Op::symbol || !t.args.empty() || t.type.kind != Type::Kind::sort || t.type.sort < 0) return false;
        auto const& sort = theory.sorts[static_cast<std::size_t>(t.type.sort)];
        return sort.closed && std::find(sort.members.begin(), sort.members.end(), t.symbol) != sort.members.end();
    };
    auto const& a = equation.args[0];
    auto const& b = equation.args[1];
    return is_member(a) && is_member(b) && a.type.sort == b.type.sort && a.symbol != b.symbol;
}

std::string describe_members(logic::Theory const& theory, Term const& quantified) {
    std::string out;
    for (auto const& b : quantified.binders) {
        if (!out.empty()) out += ", ";
        out += b.name + " over " + theory.sorts[static_cast<std::size_t>(b.type.sort)].name + " = {";
        bool first = true;
        for (auto const& m : members(theory, b.type)) {
            out += (first ? "" : ", ") + print(theory, m, true);
            first = false;
        }
        out += "}";
    }
    return out;
}

void collect_ground_terms(Term const& t, std::map<std::string, std::vector<Term>>& out) {
    std::set<std::string> bound;
    std::set<std::string> seen;
    for (auto const& [k, list] : out)
        for (auto const& term : list) seen.insert(key(term));
    bool closed = true;
    collect(t, bound, closed, out, seen);
}

bool is_arithmetic(Term const& t) {
    switch (t.op) {
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
        return !t.args.empty() &&
               (t.args[0].type.kind == Type::Kind::integer || t.args[0].type.kind == Type::Kind::real);
    case Op::logical_not: return !t.args.empty() && is_arithmetic(t.args[0]);
    default: return false;
    }
}

void flatten(Term const& t, Term::Op op, std::vector<Term const*>& out) {
    if (t.op == op) {
        for (auto const& a : t.args) flatten(a, op, out);
        return;
    }
    out.push_back(&t);
}

}   // namespace elenchus::formulas
