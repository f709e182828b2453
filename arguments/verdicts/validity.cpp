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

namespace {

// Validity, redundant premises and, for an invalid argument, the counterexample and the
// bridging premise; the missing premises and circularity are the caller's.
void decide_validity(solver::Session& session, logic::Argument const& a, std::vector<int> const& axioms,
                     std::vector<int> const& premises, ArgumentVerdict& v) {
    auto const& theory = session.theory();
    std::vector<int> const basis = united(premises, axioms);
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    solver::Outcome together = session.satisfiable(basis);
    if (together.answer != Answer::unknown) v.premises_inconsistent = together.answer == Answer::unsat;

    solver::Outcome o = session.entails(basis, goal);
    if (o.answer == Answer::unknown) {
        v.reason = o.reason.empty() ? "Z3 returned unknown" : o.reason;
        return;
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
        return;
    }
    v.valid = false;
    v.counterexample = session.world();
    v.bridging = bridging(theory, a);
}

// The hypotheses among `found`'s sets that are the conclusion or say the same given the
// axioms (suggesting them would beg the question), or that Z3 cannot judge: a suggestion
// must be sure not to beg it.
std::vector<int> begging(solver::Session& session, logic::Argument const& a, std::vector<int> const& axioms,
                         std::vector<std::vector<int>> const& found) {
    std::vector<int> out;
    for (auto const& set : found)
        for (int h : set)
            if (!contains(out, h) && equivalent_given(session, axioms, h, a.conclusion).answer != Answer::sat)
                out.push_back(h);
    return out;
}

struct Gap {
    std::vector<int> axioms;
    std::vector<int> basis;        // the premises and the axioms, sorted, each once
    std::vector<int> candidates;   // hypotheses not in the basis and not the conclusion
};

Gap gap_of(logic::Theory const& theory, logic::Argument const& a, std::vector<int> const& asserted,
           std::vector<int> const& hypotheses) {
    Gap g;
    g.axioms = axioms_among(theory, asserted);
    g.basis = united(a.premises, g.axioms);
    for (int h : hypotheses)
        if (!contains(g.basis, h) && h != a.conclusion) g.candidates.push_back(h);
    return g;
}

}   // namespace

ArgumentVerdict argument_validity(solver::Session& session, logic::Argument const& a, std::vector<int> const& asserted,
                                  std::vector<int> const& hypotheses, CheckOptions const& options) {
    auto const& theory = session.theory();
    ArgumentVerdict v;
    v.name = a.name;
    Gap const g = gap_of(theory, a, asserted, hypotheses);
    std::vector<int> premises = a.premises;
    std::sort(premises.begin(), premises.end());
    premises.erase(std::unique(premises.begin(), premises.end()), premises.end());
    decide_validity(session, a, g.axioms, premises, v);
    if (v.valid != false) return v;
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    for (auto const& set : missing(session, g.basis, g.candidates, goal, options.max_missing_sets))
        v.missing.push_back(names(theory, set));
    return v;
}

void complete_argument(solver::Session& session, logic::Argument const& a, std::vector<int> const& asserted,
                       std::vector<int> const& hypotheses, CheckOptions const& options, ArgumentVerdict& v) {
    auto const& theory = session.theory();
    Gap g = gap_of(theory, a, asserted, hypotheses);
    check_circularity(session, a, g.axioms, v);
    if (v.missing.empty()) return;
    // The search ran over every hypothesis; only when a set it found holds a begging one is
    // it run again without them (the same as leaving them out from the start), so most
    // arguments pay no query here.
    std::vector<std::vector<int>> found;
    for (auto const& set : v.missing) {
        std::vector<int> ids;
        for (auto const& n : set)
            if (auto s = theory.find_statement(n)) ids.push_back(*s);
        found.push_back(std::move(ids));
    }
    auto const drop = begging(session, a, g.axioms, found);
    if (drop.empty()) return;
    std::erase_if(g.candidates, [&](int h) { return contains(drop, h); });
    logic::Term const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    v.missing.clear();
    for (auto const& set : missing(session, g.basis, g.candidates, goal, options.max_missing_sets))
        v.missing.push_back(names(theory, set));
}

ArgumentVerdict argument(solver::Session& session, logic::Argument const& a, std::vector<int> const& asserted,
                         std::vector<int> const& hypotheses, CheckOptions const& options) {
    auto v = argument_validity(session, a, asserted, hypotheses, options);
    complete_argument(session, a, asserted, hypotheses, options, v);
    return v;
}

void complete_arguments(solver::Session& session, Report& report, CheckOptions const& options) {
    auto const& theory = session.theory();
    auto finish = [&](std::vector<ArgumentVerdict>& verdicts, std::vector<int> const& asserted,
                      std::vector<int> const& hypotheses) {
        for (auto& v : verdicts)
            if (auto a = theory.find_argument(v.name))
                complete_argument(session, theory.arguments[static_cast<std::size_t>(*a)], asserted, hypotheses,
                                  options, v);
    };
    finish(report.arguments, theory.baseline(), theory.hypotheses());
    for (auto& s : report.scenarios)
        if (auto k = theory.find_scenario(s.name)) {
            auto const& scenario = theory.scenarios[static_cast<std::size_t>(*k)];
            auto const asserted = theory.asserted_in(scenario);
            finish(s.arguments, asserted, scenario_hypotheses(theory, scenario, asserted));
        }
}

}   // namespace elenchus::verdicts
