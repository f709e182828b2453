#include "arguments/verdicts/relations.hpp"

#include <optional>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "arguments/verdicts/relation_checker.hpp"

namespace elenchus {

char const* to_string(RelationStatus s) {
    switch (s) {
    case RelationStatus::rebuts: return "rebuts";
    case RelationStatus::undermines: return "undermines";
    case RelationStatus::none: return "none";
    case RelationStatus::supports: return "supports";
    case RelationStatus::adds_nothing: return "adds_nothing";
    case RelationStatus::unknown: return "unknown";
    }
    return "unknown";
}

namespace {

using solver::Answer;
using verdicts::Background;
using verdicts::describe;
using verdicts::End;
using verdicts::given_clause;
using verdicts::RelationChecker;

RelationVerdict unknown(RelationVerdict v, std::string const& reason) {
    v.classification = RelationStatus::unknown;
    v.flagged = true;
    v.note = "Z3 could not decide: " + (reason.empty() ? std::string("no reason given") : reason);
    return v;
}

RelationVerdict rebuts(RelationChecker& c, RelationVerdict v, End const& a, End const& b,
                       std::vector<int> const& given) {
    v.classification = RelationStatus::rebuts;
    v.given = c.names(given);
    v.note = fmt::format("{} and {} cannot both hold{}", describe(a), describe(b), given_clause(v.given));
    return v;
}

RelationVerdict undermines(RelationChecker& c, RelationVerdict v, End const& a, End const& b, int premise,
                           std::vector<int> const& given) {
    v.classification = RelationStatus::undermines;
    v.premise = c.name(premise);
    v.given = c.names(given);
    v.note = fmt::format("{} contradicts premise '{}' of '{}'{}", describe(a), c.name(premise), b.name,
                         given_clause(v.given));
    return v;
}

// A conflict given a background, tried only where the axioms alone found none: with the
// conclusion of `b`, else with one of its premises.
std::optional<RelationVerdict> attack_given(RelationChecker& c, RelationVerdict const& v, End const& a, End const& b,
                                            std::string& undecided) {
    auto note_unknown = [&](Background const& g) {
        if (g.found == Background::Found::unknown && undecided.empty()) undecided = g.reason;
    };
    if (a.content != b.content) {
        auto g = c.conflict(a, b, a.content, b.content);
        if (g.found == Background::Found::given) return rebuts(c, v, a, b, g.given);
        note_unknown(g);
    }
    for (int p : b.premises) {
        if (p == a.content) continue;
        auto g = c.conflict(a, b, a.content, p);
        if (g.found == Background::Found::given) return undermines(c, v, a, b, p, g.given);
        note_unknown(g);
    }
    return std::nullopt;
}

RelationVerdict check_attack(RelationChecker& c, RelationVerdict v, End const& a, End const& b) {
    std::string undecided;
    auto rebut = c.together({a.content, b.content});
    if (rebut.answer == Answer::unsat) return rebuts(c, std::move(v), a, b, {});
    if (rebut.answer == Answer::unknown) undecided = rebut.reason.empty() ? "unknown" : rebut.reason;
    for (int p : b.premises) {
        auto o = c.together({a.content, p});
        if (o.answer == Answer::unsat) return undermines(c, std::move(v), a, b, p, {});
        if (o.answer == Answer::unknown && undecided.empty()) undecided = o.reason.empty() ? "unknown" : o.reason;
    }
    if (auto found = attack_given(c, v, a, b, undecided)) return std::move(*found);
    if (!undecided.empty()) return unknown(std::move(v), undecided);
    v.classification = RelationStatus::none;
    v.flagged = true;
    v.note = fmt::format("no logical conflict: {} is compatible with {}{}; this may be a practical "
                         "rather than a logical attack",
                         describe(a), describe(b), b.is_argument ? " and with its premises" : "");
    return v;
}

RelationVerdict supports(RelationChecker& c, RelationVerdict v, End const& a, End const& b, int premise,
                         std::vector<int> const& given) {
    v.classification = RelationStatus::supports;
    v.given = c.names(given);
    if (premise >= 0) {
        v.premise = c.name(premise);
        v.note = fmt::format("{} {} premise '{}' of '{}'{}", describe(a), premise == a.content ? "is" : "establishes",
                             c.name(premise), b.name, given_clause(v.given));
    } else {
        v.note = b.is_argument
                     ? fmt::format("{} closes the gap between the premises of '{}' and its conclusion{}", describe(a),
                                   b.name, given_clause(v.given))
                     : fmt::format("{} entails '{}' with the axioms{}", describe(a), b.name, given_clause(v.given));
    }
    return v;
}

// X entails `goal` with the axioms, `context` and a background G, where the axioms with
// `context` and G alone do not, and X is possible with them.
Background entails_given(RelationChecker& c, End const& a, End const& b, std::vector<int> const& context, int goal) {
    auto with_x = context;
    with_x.push_back(a.content);
    solver::SetQuery holds = [&](std::span<int const> g) { return c.entail(with_x, goal, g); };
    solver::SetQuery acceptable = [&](std::span<int const> g) {
        auto without = c.entail(context, goal, g);   // sat: G and the context leave the gap open
        if (without.answer != Answer::sat) return without;
        return c.consistent(with_x, g);
    };
    auto seeds = with_x;
    seeds.push_back(goal);
    return verdicts::smallest_background(c.session(), c.candidates(a, b, seeds), holds, acceptable);
}

// Support given a background, tried only where the axioms alone found none.
std::optional<RelationVerdict> support_given(RelationChecker& c, RelationVerdict const& v, End const& a, End const& b,
                                             std::vector<int> const& rest, bool gap_open, std::string& undecided) {
    auto note_unknown = [&](Background const& g) {
        if (g.found == Background::Found::unknown && undecided.empty()) undecided = g.reason;
    };
    if (gap_open) {
        auto g = entails_given(c, a, b, rest, b.content);
        if (g.found == Background::Found::given) return supports(c, v, a, b, -1, g.given);
        note_unknown(g);
    }
    for (int p : b.premises) {
        if (c.entail({}, p).answer != Answer::sat) continue;
        auto g = entails_given(c, a, b, {}, p);
        if (g.found == Background::Found::given) return supports(c, v, a, b, p, g.given);
        note_unknown(g);
    }
    return std::nullopt;
}

RelationVerdict check_support(RelationChecker& c, RelationVerdict v, End const& a, End const& b) {
    auto const target = b.content;
    auto given = c.entail({}, target);
    if (given.answer == Answer::unknown) return unknown(std::move(v), given.reason);
    if (given.answer == Answer::unsat) {
        v.classification = RelationStatus::adds_nothing;
        v.flagged = true;
        v.note = fmt::format("{} already follows from the axioms alone", describe(b));
        return v;
    }
    std::vector<int> rest;
    for (int p : b.premises)
        if (p != a.content) rest.push_back(p);
    auto without = c.entail(rest, target);
    if (without.answer == Answer::unknown) return unknown(std::move(v), without.reason);
    if (without.answer == Answer::sat) {
        auto with = rest;
        with.push_back(a.content);
        auto o = c.entail(with, target);
        if (o.answer == Answer::unknown) return unknown(std::move(v), o.reason);
        if (o.answer == Answer::unsat) return supports(c, std::move(v), a, b, -1, {});
    }
    for (int p : b.premises) {
        if (p == a.content) return supports(c, std::move(v), a, b, p, {});
        auto by_axioms = c.entail({}, p);
        if (by_axioms.answer != Answer::sat) continue;   // the premise needs no backing (or undecided)
        if (c.entail({a.content}, p).answer == Answer::unsat) return supports(c, std::move(v), a, b, p, {});
    }
    std::string undecided;
    if (auto found = support_given(c, v, a, b, rest, without.answer == Answer::sat, undecided))
        return std::move(*found);
    if (!undecided.empty()) return unknown(std::move(v), undecided);
    v.classification = RelationStatus::adds_nothing;
    v.flagged = true;
    if (without.answer == Answer::unsat)
        v.note = fmt::format("{} already follows from the other premises of '{}' and the axioms, and "
                             "{} establishes none of its premises",
                             describe(b), b.name, describe(a));
    else
        v.note = fmt::format("{} helps entail neither {}{}", describe(a), describe(b),
                             b.is_argument ? " nor any of its premises" : "");
    return v;
}

}   // namespace

std::vector<RelationVerdict> check_relations(solver::Session& session, logic::Theory const& theory,
                                             std::span<int const> asserted, RelationOptions const& options) {
    verdicts::RelationChecker c(session, theory, asserted);
    std::vector<RelationVerdict> out;
    auto axioms = c.axioms_consistent();
    std::set<std::pair<std::string, std::string>> declared_attacks;
    for (auto const& r : theory.relations) {
        RelationVerdict v;
        v.from = r.from;
        v.to = r.to;
        v.kind = r.kind;
        auto a = c.end(r.from, r.from_is_argument);
        auto b = c.end(r.to, r.to_is_argument);
        if (r.kind == ast::RelationKind::attacks && r.from_is_argument && r.to_is_argument)
            declared_attacks.insert({r.from, r.to});
        if (!a || !b) {
            out.push_back(unknown(std::move(v), "an end of the relation names nothing"));
            continue;
        }
        if (axioms.answer != Answer::sat) {
            // With inconsistent axioms every pair conflicts and everything is entailed.
            v.classification = RelationStatus::unknown;
            v.flagged = true;
            v.note = axioms.answer == Answer::unsat
                         ? "the axioms are inconsistent, so the relation cannot be judged"
                         : "Z3 could not decide whether the axioms are consistent: " + axioms.reason;
            out.push_back(std::move(v));
            continue;
        }
        if (auto o = c.alone(a->content); o.answer == Answer::unsat) {
            v.classification = RelationStatus::unknown;
            v.flagged = true;
            v.note = fmt::format("{} contradicts the axioms by itself, so it conflicts with everything", describe(*a));
            out.push_back(std::move(v));
            continue;
        }
        out.push_back(r.kind == ast::RelationKind::attacks ? check_attack(c, std::move(v), *a, *b)
                                                           : check_support(c, std::move(v), *a, *b));
    }
    if (axioms.answer == Answer::sat && theory.arguments.size() <= options.max_detection_arguments)
        verdicts::detect_conflicts(c, theory, declared_attacks, options.group_agreeing, out);
    return out;
}

}   // namespace elenchus
