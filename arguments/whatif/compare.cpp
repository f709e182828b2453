// Scenarios beside the baseline, and ad hoc scenarios made real.
#include <algorithm>
#include <set>

#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/whatif.hpp"

namespace elenchus::whatif {

namespace {

void add_unique(std::vector<int>& to, std::vector<int> const& from) {
    for (int x : from)
        if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

std::set<std::string> taken_names(logic::Theory const& theory) {
    std::set<std::string> taken;
    for (auto const& s : theory.statements) taken.insert(s.name);
    for (auto const& a : theory.arguments) taken.insert(a.name);
    for (auto const& s : theory.scenarios) taken.insert(s.name);
    return taken;
}

}   // namespace

logic::Theory with_adhoc(logic::Theory theory, AdHoc const& adhoc) {
    logic::Scenario s;
    s.name = adhoc.name;
    if (adhoc.base) {
        auto const& base = theory.scenarios[static_cast<std::size_t>(*adhoc.base)];
        s.without = base.without;
        s.with = base.with;
        s.statements = base.statements;
    }
    // A statement the base scenario declares is dropped by leaving it out: `without` only
    // removes baseline statements.
    for (int x : adhoc.without) {
        auto own = std::find(s.statements.begin(), s.statements.end(), x);
        if (own != s.statements.end()) s.statements.erase(own);
        else add_unique(s.without, {x});
    }
    add_unique(s.with, adhoc.with);
    auto taken = taken_names(theory);
    int n = 0;
    for (auto const& formula : adhoc.assumed) {
        std::string name;
        do name = "assumed_" + std::to_string(++n);
        while (taken.count(name));
        taken.insert(name);
        logic::Statement st;
        st.name = name;
        st.kind = ast::StatementKind::premise;
        st.formula = formula;
        st.scenario = s.name;
        st.span = formula.span;
        s.statements.push_back(static_cast<int>(theory.statements.size()));
        theory.statements.push_back(std::move(st));
    }
    theory.scenarios.push_back(std::move(s));
    return theory;
}

std::vector<int> open_hypotheses(logic::Theory const& theory, std::vector<int> const& world,
                                 std::optional<int> scenario) {
    std::vector<int> candidates = theory.hypotheses();
    if (scenario)
        for (int i : theory.scenarios[static_cast<std::size_t>(*scenario)].statements)
            if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::hypothesis)
                candidates.push_back(i);
    std::vector<int> open;
    for (int h : candidates)
        if (std::find(world.begin(), world.end(), h) == world.end()) open.push_back(h);
    return open;
}

namespace {

// Only validity is compared: the search for missing premises is left out.
CheckOptions comparison_options(Options const& options) {
    CheckOptions check = options.check;
    check.max_missing_sets = 0;
    return check;
}

}   // namespace

Baseline baseline(solver::Session& session, Options const& options) {
    auto const& theory = session.theory();
    CheckOptions const check = comparison_options(options);
    std::vector<int> const asserted = theory.baseline();
    Baseline b;
    b.consistency = verdicts::consistency(session, asserted, check);
    for (int claim : theory.claims()) b.claims.push_back(verdicts::claim(session, asserted, claim, b.consistency));
    for (auto const& a : theory.arguments) b.arguments.push_back(verdicts::argument(session, a, asserted, {}, check));
    return b;
}

Comparison compare(solver::Session& session, Baseline const& base, int index, Options const& options) {
    auto const& theory = session.theory();
    auto const& s = theory.scenarios[static_cast<std::size_t>(index)];
    CheckOptions const check = comparison_options(options);

    Comparison c;
    c.scenario = s.name;
    c.title = s.title;
    c.without = verdicts::names(theory, s.without);
    c.with = verdicts::names(theory, s.with);
    c.declared = verdicts::names(theory, s.statements);

    c.baseline = base.consistency;
    ScenarioVerdict const in_scenario = verdicts::scenario(session, s, check);
    c.consistency = in_scenario.consistency;
    for (auto const& set : c.consistency.inconsistent_sets)
        if (std::find(c.baseline.inconsistent_sets.begin(), c.baseline.inconsistent_sets.end(), set) ==
            c.baseline.inconsistent_sets.end())
            c.new_inconsistent_sets.push_back(set);

    for (auto const& after : in_scenario.claims) {
        ClaimChange change{after.name, std::nullopt, after, false};
        auto it = std::find_if(base.claims.begin(), base.claims.end(),
                               [&](ClaimVerdict const& b) { return b.name == after.name; });
        if (it != base.claims.end()) {
            change.baseline = *it;
            change.changed = it->status != after.status;
        }
        c.claims.push_back(std::move(change));
    }

    for (auto const& after : in_scenario.arguments) {
        auto const& b = base.arguments[static_cast<std::size_t>(*theory.find_argument(after.name))];
        c.arguments.push_back({after.name, b.valid, after.valid, b.valid != after.valid});
    }
    return c;
}

}   // namespace elenchus::whatif
