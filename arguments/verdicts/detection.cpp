// Conflicts between arguments that nobody declared (relations.hpp, "detected").
#include <fmt/format.h>

#include "arguments/verdicts/relation_checker.hpp"

namespace elenchus::verdicts {

using solver::Answer;

namespace {

using Declared = std::set<std::pair<std::string, std::string>>;

RelationVerdict found(End const& x, End const& y, RelationStatus status) {
    RelationVerdict v;
    v.from = x.name;
    v.to = y.name;
    v.kind = ast::RelationKind::attacks;
    v.declared = false;
    v.classification = status;
    return v;
}

RelationVerdict rebuttal(RelationChecker& c, End const& x, End const& y, std::vector<int> const& given) {
    auto v = found(x, y, RelationStatus::rebuts);
    v.given = c.names(given);
    v.note = fmt::format("undeclared conflict: {} and {} cannot both hold{}", describe(x), describe(y),
                         given_clause(v.given));
    return v;
}

RelationVerdict undermining(RelationChecker& c, End const& from, End const& to, int premise,
                            std::vector<int> const& given) {
    auto v = found(from, to, RelationStatus::undermines);
    v.premise = c.name(premise);
    v.given = c.names(given);
    v.note = fmt::format("undeclared conflict: {} contradicts premise '{}' of '{}'{}", describe(from), c.name(premise),
                         to.name, given_clause(v.given));
    return v;
}

// Undermining of `to` by `from`: the first premise its content contradicts, under the axioms
// alone (`background` false) or given the smallest background found.
bool undermines(RelationChecker& c, End const& from, End const& to, bool background,
                std::vector<RelationVerdict>& out) {
    for (int p : to.premises) {
        if (c.alone(p).answer != Answer::sat) continue;
        if (!background) {
            if (c.together({from.content, p}).answer != Answer::unsat) continue;
            out.push_back(undermining(c, from, to, p, {}));
            return true;
        }
        auto g = c.conflict(from, to, from.content, p);
        if (g.found != Background::Found::given) continue;
        out.push_back(undermining(c, from, to, p, g.given));
        return true;
    }
    return false;
}

// One pair: a rebuttal (reported once, as x -> y) or the underminings in each undeclared
// direction, under the axioms alone; only when there is none of those, the same given a
// background.
void detect_pair(RelationChecker& c, End const& x, End const& y, Declared const& declared,
                 std::vector<RelationVerdict>& out) {
    auto is_declared = [&](End const& a, End const& b) { return declared.count({a.name, b.name}) > 0; };
    bool const either = is_declared(x, y) || is_declared(y, x);
    bool const distinct = x.content != y.content;
    if (distinct && c.together({x.content, y.content}).answer == Answer::unsat) {
        if (!either) out.push_back(rebuttal(c, x, y, {}));
        return;
    }
    bool any = false;
    for (auto [from, to] : {std::pair{&x, &y}, std::pair{&y, &x}})
        if (!is_declared(*from, *to)) any |= undermines(c, *from, *to, false, out);
    if (any) return;
    if (distinct) {
        auto g = c.conflict(x, y, x.content, y.content);
        if (g.found == Background::Found::given) {
            if (!either) out.push_back(rebuttal(c, x, y, g.given));
            return;
        }
    }
    for (auto [from, to] : {std::pair{&x, &y}, std::pair{&y, &x}})
        if (!is_declared(*from, *to)) undermines(c, *from, *to, true, out);
}

// Ends that can hold together with every asserted statement: groups in which no pair can
// conflict. Each query detect_pair asks of two ends (the axioms, a background of asserted
// statements, their contents and premises) is a subset of a satisfiable set, so it is
// satisfiable and reports nothing; only pairs across groups, or with an end in no group, are
// judged one by one. On a file whose arguments agree one query stands in for a number of
// queries that grows with the square of the arguments. Greedy, in argument order, with
// few groups: an end that joins none of them is simply judged against every other.
std::vector<int> agreeing_groups(RelationChecker& c, std::vector<End> const& ends) {
    constexpr int max_groups = 4;
    auto statements_of = [](End const& e) {
        std::vector<int> s = e.premises;
        s.push_back(e.content);
        return s;
    };
    std::vector<int> group(ends.size(), -1);
    std::vector<std::vector<int>> members;   // per group: the statements of its ends
    // First all ends at once: on a file without conflicts that is the only query.
    std::vector<int> all;
    for (auto const& e : ends) {
        auto s = statements_of(e);
        all.insert(all.end(), s.begin(), s.end());
    }
    if (c.consistent(all, c.others()).answer == Answer::sat) {
        std::fill(group.begin(), group.end(), 0);
        return group;
    }
    for (std::size_t i = 0; i < ends.size(); ++i) {
        auto const own = statements_of(ends[i]);
        for (std::size_t g = 0; g <= members.size() && g < static_cast<std::size_t>(max_groups); ++g) {
            std::vector<int> trial = g < members.size() ? members[g] : std::vector<int>{};
            trial.insert(trial.end(), own.begin(), own.end());
            if (c.consistent(trial, c.others()).answer != Answer::sat) continue;
            if (g == members.size()) members.emplace_back();
            members[g] = std::move(trial);
            group[i] = static_cast<int>(g);
            break;
        }
    }
    return group;
}

}   // namespace

void detect_conflicts(RelationChecker& c, logic::Theory const& theory, Declared const& declared, bool group,
                      std::vector<RelationVerdict>& out) {
    std::vector<End> ends;
    for (auto const& a : theory.arguments)
        if (auto e = c.end(a.name, true); e && c.alone(e->content).answer == Answer::sat) ends.push_back(*e);
    auto const in = group ? agreeing_groups(c, ends) : std::vector<int>(ends.size(), -1);
    for (std::size_t i = 0; i < ends.size(); ++i)
        for (std::size_t j = i + 1; j < ends.size(); ++j)
            if (in[i] < 0 || in[i] != in[j]) detect_pair(c, ends[i], ends[j], declared, out);
}

}   // namespace elenchus::verdicts
