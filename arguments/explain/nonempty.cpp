// Which lines of a derivation rely on an open sort having an individual (derivation.hpp).
#include <algorithm>
#include <set>

#include "arguments/explain/derivation.hpp"
#include "arguments/formulas/formulas.hpp"

namespace elenchus {

namespace {

// Sorts that cannot be empty by the file's own word: closed ones (their members) and those
// it names an individual of (an entity, a constant).
std::vector<bool> inhabited(logic::Theory const& theory) {
    std::vector<bool> out(theory.sorts.size(), false);
    for (std::size_t k = 0; k < theory.sorts.size(); ++k)
        out[k] = theory.sorts[k].closed && !theory.sorts[k].members.empty();
    for (auto const& sym : theory.symbols)
        if (sym.parameters.empty() && sym.result.kind == logic::Type::Kind::sort && sym.result.sort >= 0)
            out[static_cast<std::size_t>(sym.result.sort)] = true;
    return out;
}

bool binds_individuals(Rule rule) {
    // Universal generalization binds the individual it generalizes from; the witness of
    // existential elimination is cited only inside its subproof, never as a single line.
    return rule == Rule::universal_generalization;
}

}   // namespace

void mark_nonempty(logic::Theory const& theory, std::vector<Step>& steps) {
    std::vector<bool> const given = inhabited(theory);
    std::vector<std::size_t> open;   // the suppositions of the subproofs the line is in
    for (std::size_t i = 0; i < steps.size(); ++i) {
        auto& s = steps[i];
        s.nonempty.clear();
        auto const depth = static_cast<std::size_t>(std::max(0, s.depth));
        if (s.rule == Rule::supposition) {
            open.resize(std::min(open.size(), depth > 0 ? depth - 1 : 0));
            open.push_back(i);
            continue;
        }
        open.resize(std::min(open.size(), depth));
        if (binds_individuals(s.rule)) continue;
        std::set<std::string> kept, picked;
        for (auto const& v : formulas::free_variables(s.formula)) kept.insert(v.name);
        for (std::size_t o : open)
            for (auto const& v : formulas::free_variables(steps[o].formula)) picked.insert(v.name);
        std::set<int> needed;
        // Single lines only: a cited subproof ends in a line whose individuals the rule's
        // own line keeps (or, for existential elimination, binds).
        std::size_t const singles = first_subproof_use(s).value_or(s.uses.size());
        for (std::size_t k = 0; k < singles && k < s.uses.size(); ++k) {
            int const n = s.uses[k];
            if (n < 1 || static_cast<std::size_t>(n) > steps.size()) continue;
            for (auto const& v : formulas::free_variables(steps[static_cast<std::size_t>(n - 1)].formula)) {
                if (v.type.kind != logic::Type::Kind::sort || v.type.sort < 0) continue;
                if (kept.count(v.name) || picked.count(v.name)) continue;
                if (given[static_cast<std::size_t>(v.type.sort)]) continue;
                needed.insert(v.type.sort);
            }
        }
        for (int sort : needed) s.nonempty.push_back(theory.sorts[static_cast<std::size_t>(sort)].name);
    }
}

}   // namespace elenchus
