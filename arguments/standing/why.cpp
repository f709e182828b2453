// Why an argument has its grounded label: out because an attacker is in; undecided because
// it sits on, or is attacked from, a cycle of attacks that the grounded semantics leaves open;
// in because every attacker is out, each beaten by an argument that is in.
#include <algorithm>
#include <queue>

#include "arguments/standing/standing.hpp"

namespace elenchus::standing {

namespace {

std::vector<std::vector<std::size_t>> attackers_of(Graph const& g) {
    std::vector<std::vector<std::size_t>> out(g.arguments.size());
    for (auto const& e : g.attacks) out[e.to].push_back(e.from);
    return out;
}

// Breadth-first search backwards along attacks between undecided arguments, from `start`:
// the shortest chain `start <- a1 <- ... <- goal` for the first `goal` found, returned as
// goal, ..., a1, start (the order of the attacks). Empty when none is reached.
std::vector<std::size_t> chain_back(std::vector<std::vector<std::size_t>> const& attackers,
                                    std::vector<std::optional<Label>> const& labels, std::size_t start,
                                    auto const& is_goal) {
    std::vector<std::optional<std::size_t>> next(labels.size());   // towards `start`
    std::vector<bool> seen(labels.size(), false);
    std::queue<std::size_t> todo;
    todo.push(start);
    seen[start] = true;
    while (!todo.empty()) {
        auto const a = todo.front();
        todo.pop();
        for (auto b : attackers[a]) {
            if (labels[b] != Label::undecided) continue;
            if (is_goal(b)) {
                std::vector<std::size_t> chain{b};
                for (std::optional<std::size_t> at = a; at; at = next[*at]) chain.push_back(*at);
                return chain;
            }
            if (seen[b]) continue;
            seen[b] = true;
            next[b] = a;
            todo.push(b);
        }
    }
    return {};
}

}   // namespace

Why why(Standing const& st, std::size_t argument) {
    Why w;
    w.label = st.grounded[argument];
    if (!w.label) return w;
    auto const attackers = attackers_of(st.graph);
    w.attackers = attackers[argument];
    auto const& labels = st.grounded;
    switch (*w.label) {
    case Label::out:
        for (auto b : w.attackers)
            if (labels[b] == Label::in) w.in_attackers.push_back(b);
        break;
    case Label::in:
        for (auto b : w.attackers)
            for (auto c : attackers[b])
                if (labels[c] == Label::in) {
                    w.defended_by.emplace_back(b, c);
                    break;
                }
        break;
    case Label::undecided: {
        // An undecided argument has an undecided attacker (and none in), so walking back
        // through undecided attackers never stops: it reaches a cycle. On it, if a chain from
        // the argument comes back to the argument itself.
        auto own = chain_back(attackers, labels, argument, [&](std::size_t b) { return b == argument; });
        if (!own.empty()) {
            own.pop_back();   // the argument, listed once as the cycle's start
            w.cycle = std::move(own);
            break;
        }
        // Otherwise the nearest undecided argument that lies on a cycle of its own.
        std::vector<std::size_t> cycle;
        auto path = chain_back(attackers, labels, argument, [&](std::size_t b) {
            cycle = chain_back(attackers, labels, b, [&](std::size_t c) { return c == b; });
            return !cycle.empty();
        });
        if (!cycle.empty()) cycle.pop_back();
        w.cycle = std::move(cycle);
        w.path = std::move(path);
        break;
    }
    }
    return w;
}

}   // namespace elenchus::standing
