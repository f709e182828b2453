#include "arguments/verdicts/relations.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <fmt/format.h>

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
using solver::Outcome;

// One end of a relation: what it asserts (its content) and, for an argument, its premises.
struct End {
    std::string name;
    bool is_argument = false;
    int content = -1;
    std::vector<int> premises;
};

class RelationChecker {
public:
    RelationChecker(solver::Session& session, logic::Theory const& theory, std::span<int const> asserted)
        : session_(session), theory_(theory) {
        for (int i : asserted)
            if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::axiom) axioms_.push_back(i);
    }

    std::optional<End> end(std::string const& name, bool is_argument) const {
        End e;
        e.name = name;
        e.is_argument = is_argument;
        if (is_argument) {
            auto a = theory_.find_argument(name);
            if (!a) return std::nullopt;
            auto const& arg = theory_.arguments[static_cast<std::size_t>(*a)];
            e.content = arg.conclusion;
            e.premises = arg.premises;
        } else {
            auto s = theory_.find_statement(name);
            if (!s) return std::nullopt;
            e.content = *s;
        }
        return e;
    }

    // Can these statements hold together with the axioms?
    Outcome together(std::initializer_list<int> statements) {
        std::vector<int> all = axioms_;
        all.insert(all.end(), statements.begin(), statements.end());
        return session_.satisfiable(all);
    }

    Outcome axioms_with_entail(std::vector<int> context, int goal) {
        context.insert(context.end(), axioms_.begin(), axioms_.end());
        return session_.entails(context, formula(goal));
    }

    Outcome alone(int statement) {
        auto it = alone_.find(statement);
        if (it != alone_.end()) return it->second;
        auto o = together({statement});
        alone_.emplace(statement, o);
        return o;
    }

    Outcome axioms_consistent() { return session_.satisfiable(axioms_); }

    std::string const& name(int statement) const {
        return theory_.statements[static_cast<std::size_t>(statement)].name;
    }

    logic::Term const& formula(int statement) const {
        return theory_.statements[static_cast<std::size_t>(statement)].formula;
    }

private:
    solver::Session& session_;
    logic::Theory const& theory_;
    std::vector<int> axioms_;
    std::map<int, Outcome> alone_;
};

std::string describe(End const& e) {
    return e.is_argument ? fmt::format("the conclusion of '{}'", e.name) : fmt::format("'{}'", e.name);
}

RelationVerdict unknown(RelationVerdict v, std::string const& reason) {
    v.classification = RelationStatus::unknown;
    v.flagged = true;
    v.note = "Z3 could not decide: " + (reason.empty() ? std::string("no reason given") : reason);
    return v;
}

RelationVerdict check_attack(RelationChecker& c, RelationVerdict v, End const& a, End const& b) {
    std::string undecided;
    auto rebut = c.together({a.content, b.content});
    if (rebut.answer == Answer::unsat) {
        v.classification = RelationStatus::rebuts;
        v.note = fmt::format("{} and {} cannot both hold", describe(a), describe(b));
        return v;
    }
    if (rebut.answer == Answer::unknown) undecided = rebut.reason;
    for (int p : b.premises) {
        auto o = c.together({a.content, p});
        if (o.answer == Answer::unsat) {
            v.classification = RelationStatus::undermines;
            v.premise = c.name(p);
            v.note = fmt::format("{} contradicts premise '{}' of '{}'", describe(a), c.name(p), b.name);
            return v;
        }
        if (o.answer == Answer::unknown && undecided.empty()) undecided = o.reason.empty() ? "unknown" : o.reason;
    }
    if (!undecided.empty()) return unknown(std::move(v), undecided);
    v.classification = RelationStatus::none;
    v.flagged = true;
    v.note = fmt::format("no logical conflict: {} is compatible with {}{}; this may be a practical "
                         "rather than a logical attack",
                         describe(a), describe(b), b.is_argument ? " and with its premises" : "");
    return v;
}

RelationVerdict check_support(RelationChecker& c, RelationVerdict v, End const& a, End const& b) {
    auto const target = b.content;
    auto given = c.axioms_with_entail({}, target);
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
    auto without = c.axioms_with_entail(rest, target);
    if (without.answer == Answer::unknown) return unknown(std::move(v), without.reason);
    if (without.answer == Answer::sat) {
        auto with = rest;
        with.push_back(a.content);
        auto o = c.axioms_with_entail(with, target);
        if (o.answer == Answer::unknown) return unknown(std::move(v), o.reason);
        if (o.answer == Answer::unsat) {
            v.classification = RelationStatus::supports;
            v.note = b.is_argument ? fmt::format("{} closes the gap between the premises of '{}' and its conclusion",
                                                 describe(a), b.name)
                                   : fmt::format("{} entails '{}' with the axioms", describe(a), b.name);
            return v;
        }
    }
    for (int p : b.premises) {
        if (p == a.content) {
            v.classification = RelationStatus::supports;
            v.premise = c.name(p);
            v.note = fmt::format("{} is premise '{}' of '{}'", describe(a), c.name(p), b.name);
            return v;
        }
        auto by_axioms = c.axioms_with_entail({}, p);
        if (by_axioms.answer != Answer::sat) continue;   // the premise needs no backing (or undecided)
        auto o = c.axioms_with_entail({a.content}, p);
        if (o.answer == Answer::unsat) {
            v.classification = RelationStatus::supports;
            v.premise = c.name(p);
            v.note = fmt::format("{} establishes premise '{}' of '{}'", describe(a), c.name(p), b.name);
            return v;
        }
    }
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

// Undeclared conflicts between every pair of arguments; `declared` holds the ordered pairs
// of argument names already linked by a declared attack.
void detect(RelationChecker& c, logic::Theory const& theory,
            std::set<std::pair<std::string, std::string>> const& declared, std::vector<RelationVerdict>& out) {
    std::vector<End> ends;
    for (auto const& a : theory.arguments)
        if (auto e = c.end(a.name, true); e && c.alone(e->content).answer == Answer::sat) ends.push_back(*e);
    auto is_declared = [&](End const& x, End const& y) { return declared.count({x.name, y.name}) > 0; };
    auto found = [](End const& x, End const& y) {
        RelationVerdict v;
        v.from = x.name;
        v.to = y.name;
        v.kind = ast::RelationKind::attacks;
        v.declared = false;
        return v;
    };
    for (std::size_t i = 0; i < ends.size(); ++i) {
        for (std::size_t j = i + 1; j < ends.size(); ++j) {
            End const& x = ends[i];
            End const& y = ends[j];
            bool const either = is_declared(x, y) || is_declared(y, x);
            if (x.content != y.content && c.together({x.content, y.content}).answer == Answer::unsat) {
                if (either) continue;
                auto v = found(x, y);
                v.classification = RelationStatus::rebuts;
                v.note = fmt::format("undeclared conflict: {} and {} cannot both hold", describe(x), describe(y));
                out.push_back(std::move(v));
                continue;
            }
            for (auto [from, to] : {std::pair{&x, &y}, std::pair{&y, &x}}) {
                if (is_declared(*from, *to)) continue;
                for (int p : to->premises) {
                    if (c.alone(p).answer != Answer::sat) continue;
                    if (c.together({from->content, p}).answer != Answer::unsat) continue;
                    auto v = found(*from, *to);
                    v.classification = RelationStatus::undermines;
                    v.premise = c.name(p);
                    v.note = fmt::format("undeclared conflict: {} contradicts premise '{}' of '{}'", describe(*from),
                                         c.name(p), to->name);
                    out.push_back(std::move(v));
                    break;
                }
            }
        }
    }
}

}   // namespace

std::vector<RelationVerdict> check_relations(solver::Session& session, logic::Theory const& theory,
                                             std::span<int const> asserted, RelationOptions const& options) {
    RelationChecker c(session, theory, asserted);
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
        detect(c, theory, declared_attacks, out);
    return out;
}

}   // namespace elenchus
