// From the search's graph of derived formulas to the numbered lines the goal depends on:
// no dead lines, each subproof contiguous and right before the line that closes it.
#include <algorithm>
#include <functional>

#include "arguments/explain/search.hpp"

namespace elenchus::explaining {

std::vector<Step> ProofSearch::extract(int goal) const {
    std::vector<bool> needed(nodes_.size(), false);
    std::vector<int> stack{goal};
    while (!stack.empty()) {
        int id = stack.back();
        stack.pop_back();
        if (needed[static_cast<std::size_t>(id)]) continue;
        needed[static_cast<std::size_t>(id)] = true;
        auto const& n = nodes_[static_cast<std::size_t>(id)];
        for (int u : n.uses) stack.push_back(u);
        for (int s : n.subproofs) stack.push_back(scopes_[static_cast<std::size_t>(s)].supposition);
    }

    std::vector<int> line(nodes_.size(), 0);
    std::vector<int> order;
    std::function<void(int)> emit_scope = [&](int scope) {
        for (std::size_t id = 0; id < nodes_.size(); ++id) {
            auto const& n = nodes_[id];
            if (!needed[id] || n.scope != scope) continue;
            for (int s : n.subproofs) emit_scope(s);
            order.push_back(static_cast<int>(id));
            line[id] = static_cast<int>(order.size());
        }
    };
    emit_scope(0);

    std::vector<Step> steps;
    for (int id : order) {
        auto const& n = nodes_[static_cast<std::size_t>(id)];
        Step s;
        s.n = line[static_cast<std::size_t>(id)];
        s.formula = n.formula;
        s.rule = n.rule;
        for (int u : n.uses) s.uses.push_back(line[static_cast<std::size_t>(u)]);
        s.depth = scopes_[static_cast<std::size_t>(n.scope)].depth;
        s.substitution = n.substitution;
        if (n.statement >= 0) {
            auto const& st = theory_.statements[static_cast<std::size_t>(n.statement)];
            s.statement = st.name;
            s.claim = s.rule == Rule::premise && st.kind == ast::StatementKind::claim;
            s.reading = st.means;
            s.quotations = st.cites;
        }
        steps.push_back(std::move(s));
    }
    return steps;
}

}   // namespace elenchus::explaining
