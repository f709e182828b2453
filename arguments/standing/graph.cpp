// The attack graph between a file's arguments, per AttackSource (standing.hpp).
#include <algorithm>
#include <map>
#include <unordered_map>

#include "arguments/standing/standing.hpp"

namespace elenchus::standing {

char const* to_string(AttackSource s) {
    switch (s) {
    case AttackSource::declared: return "declared";
    case AttackSource::logical: return "logical";
    case AttackSource::all: return "all";
    }
    return "declared";
}

std::optional<AttackSource> attack_source_named(std::string_view name) {
    for (auto s : {AttackSource::declared, AttackSource::logical, AttackSource::all})
        if (name == to_string(s)) return s;
    return std::nullopt;
}

char const* semantics_name(Semantics s) {
    switch (s) {
    case Semantics::grounded: return "grounded";
    case Semantics::complete: return "complete";
    case Semantics::preferred: return "preferred";
    case Semantics::stable: return "stable";
    }
    return "grounded";
}

namespace {

// Whether the world drops one of the argument's premises.
bool loses_a_premise(logic::Argument const& a, std::span<int const> dropped) {
    return std::any_of(a.premises.begin(), a.premises.end(),
                       [&](int p) { return std::find(dropped.begin(), dropped.end(), p) != dropped.end(); });
}

}   // namespace

Graph attack_graph(logic::Theory const& theory, std::span<RelationVerdict const> relations, AttackSource source,
                   std::span<int const> dropped) {
    Graph g;
    g.source = source;
    std::unordered_map<std::string, std::size_t> index;
    for (auto const& a : theory.arguments) {
        index.emplace(a.name, g.arguments.size());
        g.arguments.push_back(a.name);
        g.conclusions.push_back(a.conclusion);
        g.present.push_back(!loses_a_premise(a, dropped));
    }
    // (from, to) -> attack, so that an attack both declared and found is one edge with both marks.
    std::map<std::pair<std::size_t, std::size_t>, GraphAttack> edges;
    auto add = [&](std::size_t from, std::size_t to) -> GraphAttack& {
        auto& e = edges[{from, to}];
        e.from = from;
        e.to = to;
        return e;
    };
    auto find = [&](std::string const& name) -> std::optional<std::size_t> {
        auto it = index.find(name);
        if (it == index.end()) return std::nullopt;
        return it->second;
    };

    if (source != AttackSource::logical) {
        for (auto const& r : theory.relations) {
            if (r.kind != ast::RelationKind::attacks) continue;
            auto from = r.from_is_argument ? find(r.from) : std::nullopt;
            auto to = r.to_is_argument ? find(r.to) : std::nullopt;
            if (!from || !to) {
                g.ignored.push_back(r.from + " attacks " + r.to);
                continue;
            }
            add(*from, *to).declared = true;
        }
    }
    if (source != AttackSource::declared) {
        for (auto const& v : relations) {
            if (v.kind != ast::RelationKind::attacks) continue;
            if (v.classification != RelationStatus::rebuts && v.classification != RelationStatus::undermines) continue;
            auto from = find(v.from);
            auto to = find(v.to);
            if (!from || !to) continue;   // a statement at one end: no argument to attack
            add(*from, *to).logical = v.classification;
            // A rebuttal is symmetric: neither conclusion can hold with the other.
            if (v.classification == RelationStatus::rebuts) {
                auto& back = add(*to, *from);
                if (!back.logical) back.logical = RelationStatus::rebuts;
            }
        }
    }
    for (auto const& [key, e] : edges)
        if (g.present[key.first] && g.present[key.second]) g.attacks.push_back(e);
    return g;
}

}   // namespace elenchus::standing
