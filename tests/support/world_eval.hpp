// An independent reading of a printed world (`rain = false`, `Being = {Being#1, socrates}`,
// `human(Being#1) = true`): its lines parsed back into a finite structure, and the Theory's
// formulas evaluated in it by enumeration, sharing nothing with the solver. Tests use it to
// check that every world the program prints (witness worlds, counterexamples, the
// countermodels of `proof`) is a model of what it claims to satisfy. The one evaluator of
// printed worlds in the tests.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::test {

struct TextWorld {
    std::map<std::string, std::string> value;                   // left side as printed → value
    std::map<std::string, std::vector<std::string>> universe;   // open sort name → individuals
    bool truncated = false;                                     // `… N more`: facts left out
};

inline std::string trimmed(std::string s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

inline TextWorld read_world(std::vector<std::string> const& lines) {
    TextWorld w;
    for (auto const& raw : lines) {
        std::string line = trimmed(raw);
        if (line.rfind("…", 0) == 0) {
            w.truncated = true;
            continue;
        }
        auto eq = line.find(" = ");
        if (eq == std::string::npos) continue;
        std::string left = line.substr(0, eq), right = line.substr(eq + 3);
        if (right.size() >= 2 && right.front() == '{' && right.back() == '}') {
            std::vector<std::string> items;
            std::string inner = right.substr(1, right.size() - 2);
            for (std::size_t start = 0; start <= inner.size();) {
                auto comma = inner.find(',', start);
                if (comma == std::string::npos) comma = inner.size();
                if (auto item = trimmed(inner.substr(start, comma - start)); !item.empty()) items.push_back(item);
                start = comma + 1;
            }
            w.universe[left] = items;
        } else {
            w.value[left] = right;
        }
    }
    return w;
}

// Evaluates formulas of `theory` in a TextWorld; nullopt when the world does not say (a
// fact not printed, arithmetic beyond integers), which a test counts as a failure.
class WorldEvaluator {
public:
    WorldEvaluator(logic::Theory const& theory, TextWorld const& world) : theory_(theory), world_(world) {}

    // `bound`: values of the formula's free variables (name, value as printed).
    std::optional<bool> holds(logic::Term const& formula, std::vector<std::pair<std::string, std::string>> bound = {}) {
        Env env = std::move(bound);
        auto v = eval(formula, env);
        if (!v || (*v != "true" && *v != "false")) return std::nullopt;
        return *v == "true";
    }

private:
    using Op = logic::Term::Op;
    using Env = std::vector<std::pair<std::string, std::string>>;
    logic::Theory const& theory_;
    TextWorld const& world_;

    std::optional<std::vector<std::string>> domain(logic::Type const& t) const {
        if (t.kind == logic::Type::Kind::boolean) return std::vector<std::string>{"false", "true"};
        if (t.kind != logic::Type::Kind::sort) return std::nullopt;
        auto const& sort = theory_.sorts[static_cast<std::size_t>(t.sort)];
        if (sort.closed) {
            std::vector<std::string> out;
            for (int m : sort.members) out.push_back(shown(m));
            return out;
        }
        auto it = world_.universe.find(sort.name);
        if (it == world_.universe.end()) return std::nullopt;
        return it->second;
    }

    std::string shown(int symbol) const {
        auto const& s = theory_.symbols[static_cast<std::size_t>(symbol)];
        return s.display.empty() ? s.name : s.display;
    }

    static std::string truth(bool b) { return b ? "true" : "false"; }

    std::optional<std::string> lookup(std::string const& key) const {
        auto it = world_.value.find(key);
        if (it == world_.value.end()) return std::nullopt;
        return it->second;
    }

    std::optional<std::string> apply(logic::Term const& t, Env& env) {
        auto const& sym = theory_.symbols[static_cast<std::size_t>(t.symbol)];
        if (sym.kind == logic::Symbol::Kind::member) return shown(t.symbol);
        if (sym.kind == logic::Symbol::Kind::entity) {
            if (auto alias = lookup(sym.name)) return alias;   // `plato = socrates`
            return sym.name;
        }
        std::string key = sym.name;
        if (!t.args.empty()) {
            key += "(";
            for (std::size_t i = 0; i < t.args.size(); ++i) {
                auto a = eval(t.args[i], env);
                if (!a) return std::nullopt;
                key += (i ? ", " : "") + *a;
            }
            key += ")";
        }
        return lookup(key);
    }

    // A value that decides the quantifier (a false instance of forall, a true one of exists)
    // decides it even when another instance is not settled by the world.
    std::optional<std::string> quantified(logic::Term const& t, Env& env, std::size_t k) {
        bool const all = t.op == Op::forall;
        if (k == t.binders.size()) return eval(t.args.at(0), env);
        auto dom = domain(t.binders[k].type);
        if (!dom) return std::nullopt;
        bool settled = true;
        for (auto const& x : *dom) {
            env.emplace_back(t.binders[k].name, x);
            auto v = quantified(t, env, k + 1);
            env.pop_back();
            if (!v) settled = false;
            else if ((*v == "true") != all) return truth(!all);
        }
        if (!settled) return std::nullopt;
        return truth(all);
    }

    std::optional<long long> integer(logic::Term const& t, Env& env) {
        auto v = eval(t, env);
        if (!v) return std::nullopt;
        try {
            std::size_t used = 0;
            long long n = std::stoll(*v, &used);
            if (used == v->size()) return n;
        } catch (...) {
        }
        return std::nullopt;
    }

    std::optional<std::string> eval(logic::Term const& t, Env& env) {
        auto boolean = [&](std::size_t i) -> std::optional<bool> {
            auto v = eval(t.args.at(i), env);
            if (!v || (*v != "true" && *v != "false")) return std::nullopt;
            return *v == "true";
        };
        switch (t.op) {
        case Op::variable:
            for (auto it = env.rbegin(); it != env.rend(); ++it)
                if (it->first == t.name) return it->second;
            return std::nullopt;
        case Op::symbol: return apply(t, env);
        case Op::define: {
            auto const& d = theory_.defines.at(static_cast<std::size_t>(t.symbol));
            Env inner;
            for (std::size_t i = 0; i < d.parameters.size(); ++i) {
                auto a = eval(t.args.at(i), env);
                if (!a) return std::nullopt;
                inner.emplace_back(d.parameters[i].name, *a);
            }
            return eval(d.body, inner);
        }
        case Op::integer: return t.number;
        case Op::true_: return truth(true);
        case Op::false_: return truth(false);
        case Op::logical_not: {
            auto a = boolean(0);
            if (!a) return std::nullopt;
            return truth(!*a);
        }
        case Op::logical_and:
        case Op::logical_or:
        case Op::logical_xor: {
            bool acc = t.op == Op::logical_and;
            for (std::size_t i = 0; i < t.args.size(); ++i) {
                auto a = boolean(i);
                if (!a) return std::nullopt;
                if (t.op == Op::logical_and) acc = acc && *a;
                else if (t.op == Op::logical_or) acc = acc || *a;
                else acc = i == 0 ? *a : acc != *a;
            }
            return truth(acc);
        }
        case Op::implies:
        case Op::iff: {
            auto a = boolean(0), b = boolean(1);
            if (!a || !b) return std::nullopt;
            return truth(t.op == Op::implies ? (!*a || *b) : *a == *b);
        }
        case Op::eq:
        case Op::ne: {
            auto a = eval(t.args.at(0), env), b = eval(t.args.at(1), env);
            if (!a || !b) return std::nullopt;
            return truth((*a == *b) == (t.op == Op::eq));
        }
        case Op::lt:
        case Op::le:
        case Op::gt:
        case Op::ge: {
            auto a = integer(t.args.at(0), env), b = integer(t.args.at(1), env);
            if (!a || !b) return std::nullopt;
            bool r = t.op == Op::lt ? *a < *b : t.op == Op::le ? *a <= *b : t.op == Op::gt ? *a > *b : *a >= *b;
            return truth(r);
        }
        case Op::add:
        case Op::sub:
        case Op::mul: {
            auto a = integer(t.args.at(0), env), b = integer(t.args.at(1), env);
            if (!a || !b) return std::nullopt;
            return std::to_string(t.op == Op::add ? *a + *b : t.op == Op::sub ? *a - *b : *a * *b);
        }
        case Op::negate: {
            auto a = integer(t.args.at(0), env);
            if (!a) return std::nullopt;
            return std::to_string(-*a);
        }
        case Op::forall:
        case Op::exists: return quantified(t, env, 0);
        case Op::real:
        case Op::div: return std::nullopt;
        }
        return std::nullopt;
    }
};

}   // namespace elenchus::test
