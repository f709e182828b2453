// An evaluator of formulas in a printed world (`rain = false`, `Being = {Being#1, socrates}`,
// `human(Being#1) = true`), written for the tests and sharing nothing with the solver: it
// reads the facts as the user sees them and computes the truth value of a formula from
// them. nullopt when the world does not settle it (arithmetic, a fact not shown).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "arguments/formulas/formulas.hpp"
#include "arguments/proofs/grade.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "grammar/theory.hpp"

namespace elenchus::test {

class PrintedWorld {
public:
    PrintedWorld(logic::Theory const& theory, std::vector<std::string> const& facts) : theory_(theory) {
        for (auto const& f : facts) {
            auto eq = f.find(" = ");
            if (eq == std::string::npos) continue;
            std::string left = f.substr(0, eq), right = f.substr(eq + 3);
            if (right.size() >= 2 && right.front() == '{' && right.back() == '}') {
                std::vector<std::string> items;
                std::string cur;
                for (char c : right.substr(1, right.size() - 2)) {
                    if (c == ',') {
                        items.push_back(cur);
                        cur.clear();
                    } else if (c != ' ') {
                        cur += c;
                    }
                }
                if (!cur.empty()) items.push_back(cur);
                universes_[left] = items;
            } else {
                values_[left] = right;
            }
        }
    }

    std::optional<bool> holds(logic::Term const& t) const {
        std::map<std::string, std::string> env;
        auto v = eval(formulas::unfold(theory_, t), env);
        if (!v || (*v != "true" && *v != "false")) return std::nullopt;
        return *v == "true";
    }

private:
    using Env = std::map<std::string, std::string>;
    logic::Theory const& theory_;
    std::map<std::string, std::string> values_;
    std::map<std::string, std::vector<std::string>> universes_;

    static std::string shown(logic::Symbol const& s) { return s.display.empty() ? s.name : s.display; }

    std::optional<std::vector<std::string>> domain(logic::Type const& type) const {
        if (type.kind == logic::Type::Kind::boolean) return std::vector<std::string>{"false", "true"};
        if (type.kind != logic::Type::Kind::sort) return std::nullopt;
        auto const& sort = theory_.sorts[static_cast<std::size_t>(type.sort)];
        if (sort.closed) {
            std::vector<std::string> out;
            for (int m : sort.members) out.push_back(shown(theory_.symbols[static_cast<std::size_t>(m)]));
            return out;
        }
        auto it = universes_.find(sort.name);
        if (it == universes_.end()) return std::nullopt;
        return it->second;
    }

    std::optional<std::string> symbol(logic::Term const& t, Env& env) const {
        auto const& sym = theory_.symbols[static_cast<std::size_t>(t.symbol)];
        if (sym.kind == logic::Symbol::Kind::member) return shown(sym);
        if (sym.kind == logic::Symbol::Kind::entity) {
            if (auto it = values_.find(sym.name); it != values_.end()) return it->second;   // an alias
            return sym.name;
        }
        std::string key = sym.name;
        if (!t.args.empty()) {
            key += "(";
            for (std::size_t k = 0; k < t.args.size(); ++k) {
                auto a = eval(t.args[k], env);
                if (!a) return std::nullopt;
                key += (k ? ", " : "") + *a;
            }
            key += ")";
        }
        if (auto it = values_.find(key); it != values_.end()) return it->second;
        return std::nullopt;
    }

    std::optional<std::string> quantified(logic::Term const& t, Env& env, std::size_t k) const {
        bool const all = t.op == logic::Term::Op::forall;
        if (k == t.binders.size()) return eval(t.args[0], env);
        auto dom = domain(t.binders[k].type);
        if (!dom) return std::nullopt;
        auto saved = env.find(t.binders[k].name) != env.end() ? std::optional(env[t.binders[k].name]) : std::nullopt;
        std::optional<std::string> result = all ? "true" : "false";
        for (auto const& x : *dom) {
            env[t.binders[k].name] = x;
            auto v = quantified(t, env, k + 1);
            if (!v) result = std::nullopt;
            else if (all && *v == "false") {
                result = "false";
                break;
            } else if (!all && *v == "true") {
                result = "true";
                break;
            }
        }
        if (saved) env[t.binders[k].name] = *saved;
        else env.erase(t.binders[k].name);
        return result;
    }

    std::optional<std::string> eval(logic::Term const& t, Env& env) const {
        using Op = logic::Term::Op;
        auto b = [](bool x) { return std::optional<std::string>(x ? "true" : "false"); };
        auto truth = [&](std::size_t k) -> std::optional<bool> {
            auto v = eval(t.args[k], env);
            if (!v || (*v != "true" && *v != "false")) return std::nullopt;
            return *v == "true";
        };
        switch (t.op) {
        case Op::true_: return "true";
        case Op::false_: return "false";
        case Op::variable: {
            auto it = env.find(t.name);
            return it == env.end() ? std::nullopt : std::optional(it->second);
        }
        case Op::symbol: return symbol(t, env);
        case Op::logical_not: {
            auto v = truth(0);
            return v ? b(!*v) : std::nullopt;
        }
        case Op::logical_and:
        case Op::logical_or:
        case Op::logical_xor: {
            std::vector<bool> vs;
            for (std::size_t k = 0; k < t.args.size(); ++k) {
                auto v = truth(k);
                if (!v) return std::nullopt;
                vs.push_back(*v);
            }
            std::size_t const trues = static_cast<std::size_t>(std::count(vs.begin(), vs.end(), true));
            if (t.op == Op::logical_and) return b(trues == vs.size());
            if (t.op == Op::logical_or) return b(trues > 0);
            return b(trues % 2 == 1);
        }
        case Op::implies:
        case Op::iff: {
            auto x = truth(0), y = truth(1);
            if (!x || !y) return std::nullopt;
            return t.op == Op::implies ? b(!*x || *y) : b(*x == *y);
        }
        case Op::eq:
        case Op::ne: {
            if (t.args[0].type.kind == logic::Type::Kind::integer || t.args[0].type.kind == logic::Type::Kind::real)
                return std::nullopt;
            auto x = eval(t.args[0], env), y = eval(t.args[1], env);
            if (!x || !y) return std::nullopt;
            return b((*x == *y) == (t.op == Op::eq));
        }
        case Op::forall:
        case Op::exists: return quantified(t, env, 0);
        default: return std::nullopt;   // arithmetic, numbers, definitions left folded
        }
    }
};

// The countermodel of a line holds up: in the printed world, for some value of the
// arbitrary individuals, every cited line (a cited subproof as `supposition -> last line`)
// is true and the line is false. nullopt when the printed world does not settle it.
inline std::optional<bool> countermodel_holds(logic::Theory const& theory, proofs::Proof const& proof,
                                              proofs::LineResult const& r) {
    if (!r.countermodel) return false;
    auto const& step = proof.lines[static_cast<std::size_t>(r.n - 1)].step;
    auto formula = [&](int k) { return proof.lines[static_cast<std::size_t>(k - 1)].step.formula; };
    std::vector<logic::Term> parts;
    std::size_t const first_range = first_subproof_use(step).value_or(step.uses.size());
    for (std::size_t k = 0; k < step.uses.size(); ++k) {
        if (k >= first_range && k + 1 < step.uses.size()) {
            parts.push_back(formulas::make_implies(formula(step.uses[k]), formula(step.uses[k + 1])));
            ++k;
        } else {
            parts.push_back(formula(step.uses[k]));
        }
    }
    parts.push_back(formulas::make_not(step.formula));
    logic::Term claim = parts.size() == 1 ? parts[0] : formulas::make_and(parts);
    if (auto free = formulas::free_variables(claim); !free.empty()) {   // for some individual
        logic::Term e;
        e.op = logic::Term::Op::exists;
        e.binders = free;
        e.args.push_back(claim);
        claim = e;
    }
    return PrintedWorld(theory, r.countermodel->facts).holds(claim);
}

}   // namespace elenchus::test
