// Every world of a tiny theory, by enumeration and without Z3: given how many individuals
// each open sort has, every interpretation of every non-member symbol, as a TextWorld that
// support/world_eval.hpp evaluates. Tests use it to show that no world with fewer
// individuals does what a printed world does (or that an empty sort makes an argument fail).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grammar/theory.hpp"
#include "support/world_eval.hpp"

namespace elenchus::test {

// The individuals of open sort `name` with `k` of them: `name#1` … `name#k`.
inline std::vector<std::string> individuals(std::string const& name, std::size_t k) {
    std::vector<std::string> out;
    for (std::size_t j = 1; j <= k; ++j) out.push_back(name + "#" + std::to_string(j));
    return out;
}

// Calls `visit` with each world whose open sorts have `sizes[sort name]` individuals (0 is
// allowed: an empty sort) until it returns true; false when the theory has a symbol over Int
// or Real, or more than `cap` worlds (nothing is visited then), true otherwise.
inline bool each_world(logic::Theory const& theory, std::map<std::string, std::size_t> const& sizes,
                       std::function<bool(TextWorld const&)> const& visit, std::size_t cap = 1u << 20) {
    auto domain = [&](logic::Type const& t) -> std::optional<std::vector<std::string>> {
        if (t.kind == logic::Type::Kind::boolean) return std::vector<std::string>{"false", "true"};
        if (t.kind != logic::Type::Kind::sort) return std::nullopt;
        auto const& sort = theory.sorts[static_cast<std::size_t>(t.sort)];
        if (sort.closed) {
            std::vector<std::string> out;
            for (int m : sort.members) {
                auto const& s = theory.symbols[static_cast<std::size_t>(m)];
                out.push_back(s.display.empty() ? s.name : s.display);
            }
            return out;
        }
        auto it = sizes.find(sort.name);
        return individuals(sort.name, it == sizes.end() ? 1 : it->second);
    };
    TextWorld base;
    for (std::size_t k = 0; k < theory.sorts.size(); ++k) {
        if (theory.sorts[k].closed) continue;
        logic::Type t;
        t.kind = logic::Type::Kind::sort;
        t.sort = static_cast<int>(k);
        base.universe[theory.sorts[k].name] = *domain(t);
    }
    // One cell per symbol and argument tuple, with the values it may take.
    std::vector<std::pair<std::string, std::vector<std::string>>> cells;
    std::size_t total = 1;
    for (auto const& sym : theory.symbols) {
        if (sym.kind == logic::Symbol::Kind::member) continue;
        auto values = domain(sym.result);
        if (!values) return false;
        std::vector<std::vector<std::string>> params;
        for (auto const& p : sym.parameters) {
            auto d = domain(p);
            if (!d) return false;
            params.push_back(*d);
        }
        std::vector<std::string> args;
        std::function<void(std::size_t)> tuples = [&](std::size_t k) {
            if (k == params.size()) {
                std::string key = sym.name;
                if (!args.empty()) {
                    key += "(";
                    for (std::size_t i = 0; i < args.size(); ++i) key += (i ? ", " : "") + args[i];
                    key += ")";
                }
                cells.emplace_back(key, *values);
                return;
            }
            for (auto const& x : params[k]) {
                args.push_back(x);
                tuples(k + 1);
                args.pop_back();
            }
        };
        tuples(0);
    }
    for (auto const& c : cells) {
        if (c.second.empty()) return true;   // a function into an empty sort: no world at all
        if (total > cap / c.second.size()) return false;
        total *= c.second.size();
    }
    std::vector<std::size_t> at(cells.size(), 0);
    for (;;) {
        TextWorld w = base;
        for (std::size_t i = 0; i < cells.size(); ++i) w.value[cells[i].first] = cells[i].second[at[i]];
        if (visit(w)) return true;
        std::size_t i = 0;
        for (; i < cells.size(); ++i) {
            if (++at[i] < cells[i].second.size()) break;
            at[i] = 0;
        }
        if (i == cells.size()) return true;
    }
}

}   // namespace elenchus::test
