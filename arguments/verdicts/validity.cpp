#include <algorithm>
#include <functional>

#include "arguments/verdicts/verdicts.hpp"
#include "grammar/printer.hpp"

namespace elenchus::verdicts {

using solver::Answer;

namespace {

// A bound on the queries spent looking for missing premises: the search is exponential in
// the number of hypotheses, and the sets that matter in practice are small.
constexpr std::size_t max_missing_queries = 2000;

std::vector<int> united(std::vector<int> a, std::vector<int> const& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

bool contains(std::vector<int> const& set, int x) { return std::find(set.begin(), set.end(), x) != set.end(); }

bool includes(std::vector<int> const& big, std::vector<int> const& small) {
    return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// The conditional `premises -> conclusion` that, added as a premise, makes the argument valid.
std::string bridging(logic::Theory const& theory, logic::Argument const& a) {
    logic::Term conjunction;
    conjunction.op = a.premises.empty() ? logic::Term::Op::true_ : logic::Term::Op::logical_and;
    conjunction.type = logic::Type{logic::Type::Kind::boolean, -1};
    for (int p : a.premises) conjunction.args.push_back(theory.statements[static_cast<std::size_t>(p)].formula);
    logic::Term conditional;
    conditional.op = logic::Term::Op::implies;
    conditional.type = conjunction.type;
    conditional.args.push_back(a.premises.size() == 1 ? conjunction.args.front() : conjunction);
    conditional.args.push_back(theory.statements[static_cast<std::size_t>(a.conclusion)].formula);
    // Plain names, not display names: the bridging premise is meant to be pasted into the file.
    return print(theory, conditional, false);
}

// Minimal sets of hypotheses that close the gap without making the premises inconsistent,
// by increasing size, so a set that holds no earlier one is minimal: any smaller set that
// closed the gap would be consistent too (a subset of a consistent set) and found first.
std::vector<std::vector<int>> missing(solver::Session& session, std::vector<int> const& basis,
                                      std::vector<int> const& candidates, logic::Term const& goal, std::size_t cap) {
    std::vector<std::vector<int>> found;
    if (candidates.empty() || cap == 0) return found;
    if (session.entails(united(basis, candidates), goal).answer != Answer::unsat) return found;
    std::size_t queries = 1;
    std::vector<int> pick;
    std::function<bool(std::size_t, std::size_t)> choose = [&](std::size_t from, std::size_t size) {
        if (pick.size() == size) {
            std::vector<int> set = pick;
            std::sort(set.begin(), set.end());
            for (auto const& f : found)
                if (includes(set, f)) return true;
            if (++queries > max_missing_queries) return false;
            auto with = united(basis, set);
            if (session.entails(with, goal).answer != Answer::unsat) return true;
            ++queries;
            if (session.satisfiable(with).answer == Answer::sat) found.push_back(set);
            return found.size() < cap;
        }
        for (std::size_t k = from; k < candidates.size(); ++k) {
            pick.push_back(candidates[k]);
            bool go_on = choose(k + 1, size);
            pick.pop_back();
            if (!go_on) return false;
        }
        return true;
    };
    for (std::size_t size = 1; size <= candidates.size(); ++size)
        if (!choose(0, size)) break;
    return found;
}

std::vector<int> axioms_among(logic::Theory const& theory, std::vector<int> const& asserted) {
    std::vector<int> axioms;
    for (int i : asserted)
        if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::axiom) axioms.push_back(i);
    return axioms;
}

}   // namespace

std::vector<int> argument_basis(logic::Theory const& theory, logic::Argument const& argument,
                                std::vector<int> const& asserted) {
    return united(argument.premises, axioms_among(theory, asserted));
}

ArgumentVerdict argument(solver::Session& session, logic::Argument const& a, std::vector<int> const& asserted,
                         std::vector<int> const& hypotheses, CheckOptions const& options) {
    auto const& theory = session.theory();
    ArgumentVerdict v;
    v.name = a.name;
    v.circular = contains(a.premises, a.conclusion);
    std::vector<int> const axioms = axioms_among(theory, asserted);
    std::vector<int> premises = a.premises;
    std::sort(premises.begin(), premises.end());
    premises.erase(std::unique(premises.begin(), premises.end()), premises.end());
    std::vector<int> const basis = united(premises, axioms);
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;

    solver::Outcome together = session.satisfiable(basis);
    if (together.answer != Answer::unknown) v.premises_inconsistent = together.answer == Answer::unsat;

    solver::Outcome o = session.entails(basis, goal);
    if (o.answer == Answer::unknown) {
        v.reason = o.reason.empty() ? "Z3 returned unknown" : o.reason;
        return v;
    }
    if (o.answer == Answer::unsat) {
        v.valid = true;
        for (int p : premises) {
            std::vector<int> rest;
            for (int q : basis)
                if (q != p || contains(axioms, p)) rest.push_back(q);
            if (session.entails(rest, goal).answer == Answer::unsat)
                v.redundant.push_back(theory.statements[static_cast<std::size_t>(p)].name);
        }
        std::sort(v.redundant.begin(), v.redundant.end());
        return v;
    }
    v.valid = false;
    v.counterexample = session.world();
    v.bridging = bridging(theory, a);
    std::vector<int> candidates;
    for (int h : hypotheses)
        if (!contains(basis, h) && h != a.conclusion) candidates.push_back(h);
    for (auto const& set : missing(session, basis, candidates, goal, options.max_missing_sets))
        v.missing.push_back(names(theory, set));
    return v;
}

}   // namespace elenchus::verdicts
