#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "arguments/truthtable/truthtable.hpp"
#include "grammar/printer.hpp"

namespace elenchus::truthtable {

using logic::Term;
using Op = Term::Op;
using SymbolKind = logic::Symbol::Kind;

char const* to_string(Role role) {
    switch (role) {
    case Role::premise: return "premise";
    case Role::axiom: return "axiom";
    case Role::asserted: return "asserted";
    case Role::conclusion: return "conclusion";
    }
    return "";
}

char const* to_string(Verdict verdict) {
    switch (verdict) {
    case Verdict::valid: return "valid";
    case Verdict::invalid: return "invalid";
    case Verdict::follows: return "follows";
    case Verdict::refuted: return "refuted";
    case Verdict::open: return "open";
    case Verdict::vacuous: return "vacuous";
    }
    return "";
}

namespace {

std::string const hint_text = "a truth table is for propositional formulas: propositions (predicates and Bool "
                              "constants without arguments), true, false, not, and, or, xor, ->, <->; "
                              "`elenchus explain FILE NAME` without --table explains any claim or argument with a "
                              "derivation or a world";

// Bool variables bound by the parameters of the definitions being unfolded.
using Env = std::vector<std::pair<std::string, bool>>;

class Propositional {
public:
    explicit Propositional(logic::Theory const& theory) : theory_(theory) {}

    // Why `t` is not propositional, or empty; records its atoms in order of occurrence.
    std::string check(Term const& t) {
        std::vector<std::string> bound;
        return walk(t, bound);
    }

    std::vector<int> const& atoms() const { return atoms_; }
    ast::Span where() const { return where_; }

    // Every symbol a statement mentions, definitions unfolded (members and entities aside).
    void vocabulary(Term const& t, std::set<int>& out) const {
        if (t.op == Op::symbol && t.symbol >= 0) {
            auto k = theory_.symbols[static_cast<std::size_t>(t.symbol)].kind;
            if (k != SymbolKind::member && k != SymbolKind::entity) out.insert(t.symbol);
        }
        if (t.op == Op::define) vocabulary(theory_.defines.at(static_cast<std::size_t>(t.symbol)).body, out);
        for (auto const& a : t.args) vocabulary(a, out);
    }

private:
    logic::Theory const& theory_;
    std::vector<int> atoms_;
    ast::Span where_;

    std::string walk(Term const& t, std::vector<std::string>& bound) {
        where_ = t.span;
        switch (t.op) {
        case Op::true_:
        case Op::false_: return {};
        case Op::variable:
            if (std::find(bound.begin(), bound.end(), t.name) != bound.end()) return {};
            return fmt::format("the variable `{}`", t.name);
        case Op::symbol: {
            auto const& sym = theory_.symbols[static_cast<std::size_t>(t.symbol)];
            if (!t.args.empty()) return fmt::format("`{}`, which takes arguments", sym.name);
            if (sym.result.kind != logic::Type::Kind::boolean)
                return fmt::format("`{}`, which is no proposition", sym.name);
            if (std::find(atoms_.begin(), atoms_.end(), t.symbol) == atoms_.end()) atoms_.push_back(t.symbol);
            return {};
        }
        case Op::define: {
            auto const& d = theory_.defines.at(static_cast<std::size_t>(t.symbol));
            std::vector<std::string> inner;
            for (std::size_t i = 0; i < d.parameters.size(); ++i) {
                if (d.parameters[i].type.kind != logic::Type::Kind::boolean)
                    return fmt::format("the definition `{}`, whose parameter `{}` is no proposition", d.name,
                                       d.parameters[i].name);
                if (auto why = walk(t.args.at(i), bound); !why.empty()) return why;
                inner.push_back(d.parameters[i].name);
            }
            return walk(d.body, inner);
        }
        case Op::logical_not:
        case Op::logical_and:
        case Op::logical_or:
        case Op::logical_xor:
        case Op::implies:
        case Op::iff: break;
        case Op::eq:
        case Op::ne:
            if (t.args.at(0).type.kind != logic::Type::Kind::boolean)
                return "an equation between individuals or numbers";
            break;
        case Op::forall:
        case Op::exists: return t.op == Op::forall ? "a quantifier (`forall`)" : "a quantifier (`exists`)";
        default: return "arithmetic";
        }
        for (auto const& a : t.args)
            if (auto why = walk(a, bound); !why.empty()) return why;
        where_ = t.span;
        return {};
    }
};

// The value of a propositional formula under `value` (per symbol index).
bool evaluate(logic::Theory const& theory, Term const& t, std::map<int, bool> const& value, Env const& env) {
    auto arg = [&](std::size_t i) { return evaluate(theory, t.args.at(i), value, env); };
    switch (t.op) {
    case Op::true_: return true;
    case Op::false_: return false;
    case Op::variable:
        for (auto it = env.rbegin(); it != env.rend(); ++it)
            if (it->first == t.name) return it->second;
        return false;
    case Op::symbol: return value.at(t.symbol);
    case Op::define: {
        auto const& d = theory.defines.at(static_cast<std::size_t>(t.symbol));
        Env inner;
        for (std::size_t i = 0; i < d.parameters.size(); ++i) inner.emplace_back(d.parameters[i].name, arg(i));
        return evaluate(theory, d.body, value, inner);
    }
    case Op::logical_not: return !arg(0);
    case Op::logical_and: {
        bool r = true;
        for (std::size_t i = 0; i < t.args.size(); ++i) r = arg(i) && r;
        return r;
    }
    case Op::logical_or: {
        bool r = false;
        for (std::size_t i = 0; i < t.args.size(); ++i) r = arg(i) || r;
        return r;
    }
    case Op::logical_xor: {
        bool r = false;
        for (std::size_t i = 0; i < t.args.size(); ++i) r = r != arg(i);
        return r;
    }
    case Op::implies: return !arg(0) || arg(1);
    case Op::iff:
    case Op::eq: return arg(0) == arg(1);
    case Op::ne: return arg(0) != arg(1);
    default: return false;   // not propositional: refused before evaluation
    }
}

// The statements among `candidates` that share a symbol with `seed`, directly or through
// one another, in the order of `candidates`.
std::vector<int> connected(logic::Theory const& theory, Propositional const& p, std::set<int> seed,
                           std::vector<int> const& candidates) {
    std::vector<std::set<int>> own(candidates.size());
    for (std::size_t k = 0; k < candidates.size(); ++k)
        p.vocabulary(theory.statements[static_cast<std::size_t>(candidates[k])].formula, own[k]);
    std::vector<bool> taken(candidates.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (taken[k] || std::none_of(own[k].begin(), own[k].end(), [&](int s) { return seed.count(s) > 0; }))
                continue;
            taken[k] = grew = true;
            seed.insert(own[k].begin(), own[k].end());
        }
    }
    std::vector<int> out;
    for (std::size_t k = 0; k < candidates.size(); ++k)
        if (taken[k]) out.push_back(candidates[k]);
    return out;
}

struct Planned {
    std::vector<int> statements;   // the columns, conclusion last
    std::vector<Role> roles;
};

std::optional<Planned> plan(logic::Theory const& theory, std::string const& name, Propositional const& p,
                            Table& table) {
    Planned out;
    auto baseline = theory.baseline();
    std::sort(baseline.begin(), baseline.end());
    if (auto a = theory.find_argument(name)) {
        auto const& argument = theory.arguments[static_cast<std::size_t>(*a)];
        table.argument = true;
        std::set<int> seed;
        for (int s : argument.premises) {
            if (std::find(out.statements.begin(), out.statements.end(), s) != out.statements.end()) continue;
            out.statements.push_back(s);
            out.roles.push_back(Role::premise);
            p.vocabulary(theory.statements[static_cast<std::size_t>(s)].formula, seed);
        }
        p.vocabulary(theory.statements[static_cast<std::size_t>(argument.conclusion)].formula, seed);
        std::vector<int> axioms;
        for (int s : baseline)
            if (theory.statements[static_cast<std::size_t>(s)].kind == ast::StatementKind::axiom &&
                std::find(out.statements.begin(), out.statements.end(), s) == out.statements.end())
                axioms.push_back(s);
        for (int s : connected(theory, p, seed, axioms)) {
            out.statements.push_back(s);
            out.roles.push_back(Role::axiom);
        }
        out.statements.push_back(argument.conclusion);
        out.roles.push_back(Role::conclusion);
        return out;
    }
    auto c = theory.find_statement(name);
    if (!c || theory.statements[static_cast<std::size_t>(*c)].kind != ast::StatementKind::claim ||
        !theory.statements[static_cast<std::size_t>(*c)].scenario.empty())
        return std::nullopt;
    std::set<int> seed;
    p.vocabulary(theory.statements[static_cast<std::size_t>(*c)].formula, seed);
    for (int s : connected(theory, p, seed, baseline)) {
        out.statements.push_back(s);
        out.roles.push_back(Role::asserted);
    }
    out.statements.push_back(*c);
    out.roles.push_back(Role::conclusion);
    return out;
}

Verdict verdict_of(Table const& t) {
    bool marked = false, together = false;   // together: every column true
    for (auto const& r : t.rows) {
        marked = marked || r.marked;
        together = together || std::all_of(r.values.begin(), r.values.end(), [](bool v) { return v; });
    }
    if (t.argument) return marked ? Verdict::invalid : Verdict::valid;
    if (marked) return together ? Verdict::open : Verdict::refuted;
    return together ? Verdict::follows : Verdict::vacuous;
}

void fill_rows(logic::Theory const& theory, Planned const& planned, std::vector<int> const& atoms, Table& table) {
    std::size_t const n = atoms.size();
    for (std::size_t k = 0; k < (std::size_t{1} << n); ++k) {
        Row row;
        std::map<int, bool> value;
        for (std::size_t i = 0; i < n; ++i) {
            bool v = ((k >> (n - 1 - i)) & 1U) == 0;   // the first row all true
            row.atoms.push_back(v);
            value[atoms[i]] = v;
        }
        for (int s : planned.statements)
            row.values.push_back(evaluate(theory, theory.statements[static_cast<std::size_t>(s)].formula, value, {}));
        row.marked =
            !row.values.back() && std::all_of(row.values.begin(), row.values.end() - 1, [](bool v) { return v; });
        table.rows.push_back(std::move(row));
    }
}

}   // namespace

Result truth_table(logic::Theory const& theory, std::string const& name) {
    Result result;
    Table table;
    table.name = name;
    Propositional p(theory);
    auto planned = plan(theory, name, p, table);
    if (!planned) {
        result.error = fmt::format("'{}' names no argument or baseline claim", name);
        result.hint = "a truth table is made for an argument or a claim of the baseline";
        return result;
    }
    for (std::size_t k = 0; k < planned->statements.size(); ++k) {
        auto const& st = theory.statements[static_cast<std::size_t>(planned->statements[k])];
        if (auto why = p.check(st.formula); !why.empty()) {
            result.error = fmt::format("no truth table for '{}': {} '{}' is not propositional: it uses {}", name,
                                       to_string(planned->roles[k]), st.name, why);
            result.hint = hint_text;
            result.where = p.where();
            // A term unfolded from a definition has the definition's span: still a place to look.
            if (result.where->end <= result.where->begin) result.where = st.span;
            return result;
        }
        table.columns.push_back({st.name, print(theory, st.formula, true), planned->roles[k]});
    }
    auto const& atoms = p.atoms();
    if (atoms.size() > max_atoms) {
        std::string list;
        for (std::size_t i = 0; i < atoms.size(); ++i)
            list += (i ? ", " : "") + theory.symbols[static_cast<std::size_t>(atoms[i])].name;
        result.error = fmt::format("no truth table for '{}': its formulas have {} atoms ({}), more than the {} "
                                   "({} rows) a table is printed for",
                                   name, atoms.size(), list, max_atoms, std::size_t{1} << max_atoms);
        result.hint = "`elenchus explain FILE NAME` without --table explains it with a derivation or a world";
        return result;
    }
    for (int a : atoms) table.atoms.push_back(theory.symbols[static_cast<std::size_t>(a)].name);
    fill_rows(theory, *planned, atoms, table);
    table.verdict = verdict_of(table);
    result.table = std::move(table);
    return result;
}

}   // namespace elenchus::truthtable
