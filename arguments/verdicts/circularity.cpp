// Circularity in substance (docs/language.md §7): an argument whose premises rest on its own
// conclusion through other arguments, or one with a premise that says the same as its
// conclusion once the axioms are granted.
#include <algorithm>
#include <map>

#include "arguments/verdicts/verdicts.hpp"

namespace elenchus::verdicts {

using solver::Answer;

std::vector<std::string> circular_chain(logic::Theory const& theory, logic::Argument const& argument) {
    std::multimap<int, std::size_t> concluding;   // statement → the arguments concluding it
    for (std::size_t i = 0; i < theory.arguments.size(); ++i) concluding.emplace(theory.arguments[i].conclusion, i);
    // Breadth first over the other arguments, from those concluding a premise of `argument`:
    // the first one found with its conclusion among its premises closes the shortest cycle.
    std::vector<int> parent(theory.arguments.size(), -2);   // -2: not reached; -1: a first step
    std::vector<std::size_t> queue;
    auto step = [&](std::vector<int> const& premises, int from) {
        for (int p : premises) {
            auto [first, last] = concluding.equal_range(p);
            for (auto it = first; it != last; ++it) {
                auto const& b = theory.arguments[it->second];
                if (&b == &argument || b.name == argument.name || parent[it->second] != -2) continue;
                parent[it->second] = from;
                queue.push_back(it->second);
            }
        }
    };
    step(argument.premises, -1);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        auto const& b = theory.arguments[queue[head]];
        if (std::find(b.premises.begin(), b.premises.end(), argument.conclusion) != b.premises.end()) {
            std::vector<std::string> chain;
            for (int k = static_cast<int>(queue[head]); k >= 0; k = parent[static_cast<std::size_t>(k)])
                chain.push_back(theory.arguments[static_cast<std::size_t>(k)].name);
            chain.push_back(argument.name);
            std::reverse(chain.begin(), chain.end());
            return chain;
        }
        step(b.premises, static_cast<int>(queue[head]));
    }
    return {};
}

solver::Outcome equivalent_given(solver::Session& session, std::vector<int> const& axioms, int statement, int target) {
    auto const& theory = session.theory();
    auto with = [&](int s) {
        auto set = axioms;
        set.push_back(s);
        return set;
    };
    auto formula = [&](int s) -> logic::Term const& { return theory.statements[static_cast<std::size_t>(s)].formula; };
    // The converse first: a premise rarely follows from the conclusion, so most premises
    // cost one query.
    auto back = session.entails(with(target), formula(statement));
    if (back.answer != Answer::unsat) return {back.answer == Answer::sat ? Answer::sat : Answer::unknown, back.reason};
    auto forth = session.entails(with(statement), formula(target));
    if (forth.answer != Answer::unsat)
        return {forth.answer == Answer::sat ? Answer::sat : Answer::unknown, forth.reason};
    // Equivalent; but if the axioms settle the target either way, every statement they
    // settle the same way is "equivalent", and that is no restatement.
    auto settled = session.entails(axioms, formula(target));
    if (settled.answer != Answer::sat)
        return {settled.answer == Answer::unsat ? Answer::sat : Answer::unknown, settled.reason};
    auto possible = session.satisfiable(with(target));
    if (possible.answer != Answer::sat)
        return {possible.answer == Answer::unsat ? Answer::sat : Answer::unknown, possible.reason};
    return {Answer::unsat, {}};
}

void check_circularity(solver::Session& session, logic::Argument const& a, std::vector<int> const& axioms,
                       ArgumentVerdict& v) {
    auto const& theory = session.theory();
    auto name = [&](int s) { return theory.statements[static_cast<std::size_t>(s)].name; };
    if (std::find(a.premises.begin(), a.premises.end(), a.conclusion) != a.premises.end()) {
        v.circular = true;   // literally: no premise to name besides the conclusion itself
        return;
    }
    v.circular_cycle = circular_chain(theory, a);
    if (!v.circular_cycle.empty()) {
        v.circular = true;
        return;
    }
    // Only a valid argument can have a premise equivalent to its conclusion: that premise
    // alone, with the axioms, would give it.
    if (v.valid != true) return;
    for (int p : a.premises) {
        auto o = equivalent_given(session, axioms, p, a.conclusion);
        if (o.answer == Answer::unsat) {
            v.circular = true;
            v.circular_premise = name(p);
            v.circular_unknown.clear();
            return;
        }
        if (o.answer == Answer::unknown && v.circular_unknown.empty())
            v.circular_unknown = o.reason.empty() ? "Z3 returned unknown" : o.reason;
    }
}

}   // namespace elenchus::verdicts
