// Forward chaining: what follows from the lines of a scope by the elimination rules, with
// universals instantiated over the terms in play.
#include "arguments/explain/search.hpp"

#include <algorithm>
#include <set>

namespace elenchus::explaining {

using logic::Term;
using Op = Term::Op;
namespace f = formulas;

ProofSearch::ProofSearch(logic::Theory const& theory, solver::StepChecker& checker, SearchLimits limits)
    : theory_(theory), checker_(checker), limits_(limits) {
    scopes_.push_back(Scope{});
    known_.emplace_back();
}

int ProofSearch::find(int scope, std::string const& key) const {
    for (int s = scope; s >= 0; s = scopes_[static_cast<std::size_t>(s)].parent) {
        auto const& k = known_[static_cast<std::size_t>(s)];
        if (auto it = k.find(key); it != k.end()) return it->second;
    }
    return -1;
}

bool ProofSearch::within(int scope, int ancestor) const {
    for (int s = scope; s >= 0; s = scopes_[static_cast<std::size_t>(s)].parent)
        if (s == ancestor) return true;
    return false;
}

int ProofSearch::add(int scope, Term formula, Rule rule, std::vector<int> uses, std::vector<int> subproofs,
                     std::string substitution) {
    std::string key = f::key(formula);
    if (int existing = find(scope, key); existing >= 0) return existing;
    if (full()) return -1;
    for (int u : uses)
        if (u < 0) return -1;
    Node n;
    n.formula = std::move(formula);
    n.key = key;
    n.rule = rule;
    n.uses = std::move(uses);
    n.subproofs = std::move(subproofs);
    n.substitution = std::move(substitution);
    n.scope = scope;
    int id = static_cast<int>(nodes_.size());
    nodes_.push_back(std::move(n));
    known_[static_cast<std::size_t>(scope)].emplace(std::move(key), id);
    return id;
}

int ProofSearch::open_scope(int parent, Term supposition) {
    Scope s;
    s.parent = parent;
    s.depth = scopes_[static_cast<std::size_t>(parent)].depth + 1;
    int scope = static_cast<int>(scopes_.size());
    scopes_.push_back(s);
    known_.emplace_back();
    // The supposition is stated afresh even if an outer line has the same formula: a
    // subproof must open with its own line.
    Node n;
    n.key = f::key(supposition);
    n.formula = std::move(supposition);
    n.rule = Rule::supposition;
    n.scope = scope;
    int id = static_cast<int>(nodes_.size());
    known_.back().emplace(n.key, id);
    nodes_.push_back(std::move(n));
    scopes_.back().supposition = id;
    return scope;
}

std::vector<int> ProofSearch::visible(int scope) const {
    std::vector<bool> ancestor(scopes_.size(), false);
    for (int s = scope; s >= 0; s = scopes_[static_cast<std::size_t>(s)].parent)
        ancestor[static_cast<std::size_t>(s)] = true;
    std::vector<int> out;
    for (std::size_t id = 0; id < nodes_.size(); ++id)
        if (ancestor[static_cast<std::size_t>(nodes_[id].scope)]) out.push_back(static_cast<int>(id));
    return out;
}

void ProofSearch::compute_terms_in_play(std::vector<Given> const& given, Term const& goal) {
    for (auto const& g : given)
        f::collect_ground_terms(f::unfold(theory_, theory_.statements[static_cast<std::size_t>(g.statement)].formula),
                                in_play_);
    f::collect_ground_terms(f::unfold(theory_, goal), in_play_);
}

std::vector<f::Binding> ProofSearch::instances(Term const& quantified) {
    std::vector<std::vector<Term>> domains;
    for (auto const& b : quantified.binders) {
        std::vector<Term> domain;
        if (auto it = in_play_.find(f::type_key(b.type)); it != in_play_.end()) domain = it->second;
        // A closed sort's members too: all of them when it is small, so that its universals
        // can be used member by member; of a large one with nothing in play, only as many
        // as one quantifier may have instances (a sort of 20,000 members would otherwise
        // be expanded, and compared pairwise, at every universal).
        std::size_t const count = f::member_count(theory_, b.type);
        if (count > 0 && (domain.empty() || count <= limits_.max_members)) {
            std::set<std::string> have;
            for (auto const& t : domain) have.insert(f::key(t));
            std::size_t const take = domain.empty() ? std::min(count, limits_.max_instances) : count;
            for (auto& m : f::members(theory_, b.type, take))
                if (have.insert(f::key(m)).second) domain.push_back(std::move(m));
        }
        if (domain.empty() && b.type.kind == logic::Type::Kind::sort) {
            // An open sort with no individual named: an arbitrary one (a free variable; the
            // domain is never empty), read as `for any x`. One for the sort, kept in play:
            // every universal and existential over it then speaks of the same individual
            // (`forall x. f(x)` gives f(x), and so `exists y. f(y)`).
            Term t;
            t.op = Op::variable;
            t.type = b.type;
            t.name = b.name;
            domain.push_back(t);
            in_play_[f::type_key(b.type)].push_back(t);
        }
        if (domain.empty() && b.type.kind == logic::Type::Kind::boolean) {
            Term t, u;
            t.op = Op::true_;
            u.op = Op::false_;
            domain = {t, u};
        }
        if (domain.empty()) return {};
        domains.push_back(std::move(domain));
    }
    std::vector<f::Binding> out;
    std::vector<std::size_t> at(domains.size(), 0);
    while (out.size() < limits_.max_instances) {
        f::Binding b;
        for (std::size_t i = 0; i < domains.size(); ++i) b.emplace_back(quantified.binders[i].name, domains[i][at[i]]);
        out.push_back(std::move(b));
        std::size_t i = domains.size();
        while (i > 0) {
            --i;
            if (++at[i] < domains[i].size()) break;
            at[i] = 0;
            if (i == 0) return out;
        }
        if (domains.empty()) break;
    }
    return out;
}

// `not exists x. B` yields `not B[t]` for each t in play, each by a small reductio:
// suppose B[t]; then `exists x. B` (existential introduction) contradicts the line.
void ProofSearch::refute_instances(int scope, int id) {
    Term const quantified = nodes_[static_cast<std::size_t>(id)].formula.args[0];
    for (auto const& b : instances(quantified)) {
        Term inst = f::substitute(quantified.args[0], b);
        if (find(scope, f::key(f::negation(inst))) >= 0 || full()) continue;
        int c = open_scope(scope, inst);
        int sup = scopes_[static_cast<std::size_t>(c)].supposition;
        int e = add(c, quantified, Rule::existential_introduction, {sup}, {}, f::describe(theory_, b));
        int bot = add(c, f::make_false(), Rule::contradiction, {e, id});
        if (bot < 0 || nodes_[static_cast<std::size_t>(bot)].scope != c) continue;
        add(scope, f::negation(inst), Rule::reductio, {sup, bot}, {c});
    }
}

void ProofSearch::eliminate(int scope, int id) {
    Term const formula = nodes_[static_cast<std::size_t>(id)].formula;
    switch (formula.op) {
    case Op::logical_and:
        for (auto const& a : formula.args) add(scope, a, Rule::and_elimination, {id});
        break;
    case Op::iff:
        if (formula.args.size() == 2) {
            add(scope, f::make_implies(formula.args[0], formula.args[1]), Rule::iff_elimination, {id});
            add(scope, f::make_implies(formula.args[1], formula.args[0]), Rule::iff_elimination, {id});
        }
        break;
    case Op::forall:
        for (auto const& b : instances(formula))
            add(scope, f::substitute(formula.args[0], b), Rule::universal_instantiation, {id}, {},
                f::describe(theory_, b));
        break;
    case Op::exists:
        if (auto all = f::member_bindings(theory_, formula, limits_.max_members); all.size() >= 2) {
            std::vector<Term> cases;
            for (auto const& b : all) cases.push_back(f::substitute(formula.args[0], b));
            add(scope, f::make_or(std::move(cases)), Rule::existential_elimination, {id}, {},
                f::describe_members(theory_, formula));
        }
        break;
    case Op::eq:
        if (f::distinct_members(theory_, formula)) add(scope, f::negation(formula), Rule::distinct_members, {});
        break;
    case Op::logical_not: {
        Term const& inner = formula.args[0];
        if (f::is_not(inner)) add(scope, inner.args[0], Rule::double_negation, {id});
        if (inner.op == Op::exists) refute_instances(scope, id);
        // Only a negated conditional derived on the way: a stated one is better used by the
        // goal's own conditional proof.
        if (inner.op == Op::implies && inner.args.size() == 2 &&
            !states_statement(nodes_[static_cast<std::size_t>(id)].rule))
            negated_conditional(scope, id);
        if (inner.op == Op::logical_or) {
            for (auto const& d : inner.args) {
                if (find(scope, f::key(f::negation(d))) >= 0 || full()) continue;
                int c = open_scope(scope, d);
                int sup = scopes_[static_cast<std::size_t>(c)].supposition;
                int o = add(c, inner, Rule::or_introduction, {sup});
                int bot = add(c, f::make_false(), Rule::contradiction, {o, id});
                if (bot < 0 || nodes_[static_cast<std::size_t>(bot)].scope != c) continue;
                add(scope, f::negation(d), Rule::reductio, {sup, bot}, {c});
            }
        }
        break;
    }
    default: break;
    }
    if (f::has_define(formula))
        if (auto unfolded = f::unfold_fully(theory_, formula)) add(scope, std::move(*unfolded), Rule::definition, {id});
}

// What forward chaining has seen in one scope, keyed for the rules that combine two lines:
// conditionals by antecedent (modus ponens) and by negated consequent (modus tollens),
// disjunctions by each negated disjunct (disjunctive syllogism).
struct ProofSearch::ChainIndex {
    std::unordered_map<std::string, std::vector<int>> by_antecedent, by_negated_consequent;
    std::unordered_map<std::string, std::vector<std::pair<int, std::size_t>>> by_negated_disjunct;
};

// Disjunction `d` without its disjunct `i`, which line `negated` denies.
void ProofSearch::disjunctive_syllogism(int scope, int d, std::size_t i, int negated) {
    Term const& dis = nodes_[static_cast<std::size_t>(d)].formula;
    std::vector<Term> rest;
    for (std::size_t j = 0; j < dis.args.size(); ++j)
        if (j != i) rest.push_back(dis.args[j]);
    if (!rest.empty()) add(scope, f::make_or(std::move(rest)), Rule::disjunctive_syllogism, {d, negated});
}

// Line `id` combined with every earlier line of the index, then indexed itself and taken
// apart by the elimination rules. False once the scope has reached ⊥: chaining stops.
bool ProofSearch::forward_step(int scope, int id, ChainIndex& index) {
    Term const formula = nodes_[static_cast<std::size_t>(id)].formula;
    std::string const key = nodes_[static_cast<std::size_t>(id)].key;
    if (f::is_false(formula)) return false;
    if (int neg = find(scope, f::key(f::negation(formula))); neg >= 0) {
        add(scope, f::make_false(), Rule::contradiction, {id, neg});
        return false;
    }
    for (int imp : index.by_antecedent[key])
        add(scope, nodes_[static_cast<std::size_t>(imp)].formula.args[1], Rule::modus_ponens, {imp, id});
    for (int imp : index.by_negated_consequent[key])
        add(scope, f::negation(nodes_[static_cast<std::size_t>(imp)].formula.args[0]), Rule::modus_tollens, {imp, id});
    for (auto [d, i] : index.by_negated_disjunct[key]) disjunctive_syllogism(scope, d, i, id);

    if (formula.op == Op::implies && formula.args.size() == 2) {
        std::string ante = f::key(formula.args[0]);
        std::string neg_cons = f::key(f::negation(formula.args[1]));
        index.by_antecedent[ante].push_back(id);
        index.by_negated_consequent[neg_cons].push_back(id);
        if (int a = find(scope, ante); a >= 0) add(scope, formula.args[1], Rule::modus_ponens, {id, a});
        if (int n = find(scope, neg_cons); n >= 0)
            add(scope, f::negation(formula.args[0]), Rule::modus_tollens, {id, n});
    } else if (formula.op == Op::logical_or && formula.args.size() >= 2) {
        for (std::size_t i = 0; i < formula.args.size(); ++i) {
            std::string neg = f::key(f::negation(formula.args[i]));
            index.by_negated_disjunct[neg].emplace_back(id, i);
            if (int n = find(scope, neg); n >= 0) disjunctive_syllogism(scope, id, i, n);
        }
    }
    eliminate(scope, id);
    return true;
}

// Goal-directed pass: antecedents and negated consequents that the introduction rules (or
// arithmetic) can reach from what is known.
void ProofSearch::backward_pass(int scope) {
    for (int id : visible(scope)) {
        Term const formula = nodes_[static_cast<std::size_t>(id)].formula;
        if (formula.op != Op::implies || formula.args.size() != 2) continue;
        if (find(scope, f::key(formula.args[1])) < 0)
            if (int a = achieve(scope, formula.args[0], true); a >= 0)
                add(scope, formula.args[1], Rule::modus_ponens, {id, a});
        Term const neg_ante = f::negation(formula.args[0]);
        if (find(scope, f::key(neg_ante)) < 0)
            if (int n = achieve(scope, f::negation(formula.args[1]), true); n >= 0)
                add(scope, neg_ante, Rule::modus_tollens, {id, n});
    }
}

void ProofSearch::saturate(int scope) {
    ChainIndex index;
    std::vector<int> work = visible(scope);
    std::size_t scanned = nodes_.size();
    std::size_t next = 0;
    auto take_new_lines = [&] {
        for (; scanned < nodes_.size(); ++scanned)
            if (nodes_[scanned].scope == scope) work.push_back(static_cast<int>(scanned));
    };
    for (int round = 0; round < 50 && !full(); ++round) {
        while (next < work.size() && !full()) {
            if (!forward_step(scope, work[next++], index)) return;
            take_new_lines();
        }
        if (find(scope, f::key(f::make_false())) >= 0) return;
        std::size_t before = nodes_.size();
        backward_pass(scope);
        take_new_lines();
        if (nodes_.size() == before) break;
    }
}

}   // namespace elenchus::explaining
