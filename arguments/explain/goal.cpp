// Reaching a goal: the introduction rules over what forward chaining found, hypothetical
// syllogism, arithmetic, and the indirect strategies (cases, reductio, lemmas by reductio),
// with the honest fallback last.
#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_set>

#include "arguments/explain/search.hpp"

namespace elenchus::explaining {

using logic::Term;
using Op = Term::Op;
namespace f = formulas;

namespace {

// For each binder, an individual of its type named like it but not like any of `taken`
// (`x`, else `x_1`, …): an arbitrary individual to generalize from, or a witness.
f::Binding fresh_individuals(std::vector<logic::Variable> const& binders, std::vector<std::string> taken) {
    f::Binding out;
    for (auto const& b : binders) {
        std::string name = b.name;
        for (int k = 1; std::find(taken.begin(), taken.end(), name) != taken.end(); ++k)
            name = b.name + "_" + std::to_string(k);
        taken.push_back(name);
        Term var;
        var.op = Op::variable;
        var.type = b.type;
        var.name = name;
        out.emplace_back(b.name, std::move(var));
    }
    return out;
}

// `x_1, y`: the individuals' names, for a line's note.
std::string names_of(f::Binding const& individuals) {
    std::string out;
    for (auto const& [binder, var] : individuals) out += (out.empty() ? "" : ", ") + var.name;
    return out;
}

}   // namespace

// `cheap`: no subproof is opened and no indirect strategy tried (forward chaining's
// goal-directed pass and the disjuncts of a disjunction are asked this way).
int ProofSearch::achieve(int scope, Term const& goal, bool cheap) {
    if (int id = find(scope, f::key(goal)); id >= 0) return id;
    if (full()) return -1;
    if (auto r = introduce_connective(scope, goal, cheap)) return *r;
    if (auto r = introduce_quantifier_or_identity(scope, goal, cheap)) return *r;
    return achieve_otherwise(scope, goal, cheap);
}

// The introduction rule of the goal's connective (⊥, ∧, ∨, ↔, →, ¬). A result, -1 included,
// is the answer; nullopt leaves the goal to the strategies that follow.
std::optional<int> ProofSearch::introduce_connective(int scope, Term const& goal, bool cheap) {
    switch (goal.op) {
    case Op::false_: return bottom(scope);
    case Op::logical_and: {
        std::vector<int> parts;
        for (auto const& a : goal.args) {
            int p = achieve(scope, a, cheap);
            if (p < 0) return -1;
            parts.push_back(p);
        }
        return add(scope, goal, Rule::and_introduction, parts);
    }
    case Op::logical_or:
        for (auto const& a : goal.args)
            if (int p = achieve(scope, a, true); p >= 0) return add(scope, goal, Rule::or_introduction, {p});
        break;
    case Op::iff:
        if (goal.args.size() == 2) {
            int a = achieve(scope, f::make_implies(goal.args[0], goal.args[1]), cheap);
            int b = a < 0 ? -1 : achieve(scope, f::make_implies(goal.args[1], goal.args[0]), cheap);
            if (b >= 0) return add(scope, goal, Rule::iff_introduction, {a, b});
        }
        break;
    case Op::implies:
        if (!cheap) {
            if (int r = chain(scope, goal); r >= 0) return r;
            return conditional(scope, goal);
        }
        break;
    case Op::logical_not:
        if (f::distinct_members(theory_, goal.args[0])) return add(scope, goal, Rule::distinct_members, {});
        if (f::is_not(goal.args[0]))
            if (int a = achieve(scope, goal.args[0].args[0], cheap); a >= 0)
                return add(scope, goal, Rule::double_negation, {a});
        if (!cheap && !f::has_define(goal) && can_open(scope))
            if (int r = by_reductio(scope, goal, scopes_[static_cast<std::size_t>(scope)].depth); r >= 0) return r;
        break;
    default: break;
    }
    return std::nullopt;
}

// The same for ∀, ∃, = and ≠: generalization, an instance among the terms in play,
// identity, distinct members of a closed sort.
std::optional<int> ProofSearch::introduce_quantifier_or_identity(int scope, Term const& goal, bool cheap) {
    switch (goal.op) {
    case Op::forall:
        if (!cheap) return generalize(scope, goal);
        break;
    case Op::exists:
        for (auto const& b : instances(goal)) {
            Term inst = f::substitute(goal.args[0], b);
            int id = find(scope, f::key(inst));
            if (id < 0 && !cheap) id = achieve(scope, inst, true);
            if (id >= 0) return add(scope, goal, Rule::existential_introduction, {id}, {}, f::describe(theory_, b));
        }
        break;
    case Op::eq:
        if (goal.args.size() == 2 && f::key(goal.args[0]) == f::key(goal.args[1]))
            return add(scope, goal, Rule::identity, {});
        break;
    case Op::ne:
        if (f::distinct_members(theory_, goal)) return add(scope, goal, Rule::distinct_members, {});
        break;
    default: break;
    }
    return std::nullopt;
}

// No introduction rule gave the goal: its definitions unfolded, arithmetic, a contradiction
// already reached in the subproof, and the indirect strategies.
int ProofSearch::achieve_otherwise(int scope, Term const& goal, bool cheap) {
    if (f::has_define(goal))
        if (auto unfolded = f::unfold_fully(theory_, goal))
            if (int u = achieve(scope, *unfolded, cheap); u >= 0) return add(scope, goal, Rule::definition, {u});
    if (f::is_arithmetic(goal))
        if (int a = arithmetic(scope, goal); a >= 0) return a;
    // Inside a subproof that has reached a contradiction, anything follows from the two
    // lines that contradict each other; from ⊥ reached otherwise (or in the main proof, from
    // inconsistent premises), by ex falso.
    if (!cheap && !f::is_false(goal))
        if (int b = bottom(scope); b >= 0) {
            if (scope != 0 && nodes_[static_cast<std::size_t>(b)].rule == Rule::contradiction)
                return add(scope, goal, Rule::contradiction, nodes_[static_cast<std::size_t>(b)].uses);
            return add(scope, goal, Rule::ex_falso, {b});
        }
    if (!cheap && scope != 0 && goal.op == Op::symbol && can_open(scope))
        if (int r = by_reductio(scope, goal, scopes_[static_cast<std::size_t>(scope)].depth); r >= 0) return r;
    // A disjunction neither of whose disjuncts follows directly, an existential no instance
    // in play gives: by cases on a known disjunction, else by reductio.
    if (!cheap && (goal.op == Op::logical_or || goal.op == Op::exists)) return indirectly(scope, goal);
    return -1;
}

// A line of an enclosing scope, as the last line of subproof `c`: repeated inside it.
int ProofSearch::inside(int c, int e) {
    if (e < 0 || nodes_[static_cast<std::size_t>(e)].scope == c) return e;
    if (!within(c, nodes_[static_cast<std::size_t>(e)].scope) || full()) return -1;
    Node n;
    n.formula = nodes_[static_cast<std::size_t>(e)].formula;
    n.key = nodes_[static_cast<std::size_t>(e)].key;
    n.rule = Rule::reiteration;
    n.uses = {e};
    n.scope = c;
    int id = static_cast<int>(nodes_.size());
    nodes_.push_back(std::move(n));
    return id;
}

bool ProofSearch::can_open(int scope) const {
    return scopes_[static_cast<std::size_t>(scope)].depth < limits_.max_depth &&
           subproofs_opened_ < limits_.max_subproofs && !full();
}

// `A -> C`: suppose A, reach C inside the subproof.
int ProofSearch::conditional(int scope, Term const& goal) {
    if (goal.args.size() != 2 || !can_open(scope)) return -1;
    int c = open_scope(scope, goal.args[0]);
    ++subproofs_opened_;
    saturate(c);
    int e = inside(c, prove(c, goal.args[1]));
    if (e < 0) return -1;
    return add(scope, goal, Rule::conditional_proof, {scopes_[static_cast<std::size_t>(c)].supposition, e}, {c});
}

// `forall x. B`: over a small closed sort, B for each member; otherwise B for an arbitrary x
// (a name no open supposition mentions), then generalize.
int ProofSearch::generalize(int scope, Term const& goal) {
    if (goal.args.empty() || full()) return -1;
    if (auto all = f::member_bindings(theory_, goal, limits_.max_members); !all.empty()) {
        std::vector<int> parts;
        // Directly, member by member: an indirect proof per member (cases, witnesses) would
        // rather be one indirect proof of the whole.
        for (auto const& b : all) {
            int p = achieve(scope, f::substitute(goal.args[0], b), false);
            if (p < 0) break;
            parts.push_back(p);
        }
        if (parts.size() != all.size()) return -1;
        // Not also for an arbitrary member: that individual would stay in play, and every
        // universal instantiated with it would offer the lemma search new, pointless
        // suppositions about it.
        return add(scope, goal, Rule::universal_generalization, std::move(parts), {},
                   f::describe_members(theory_, goal));
    }
    std::vector<std::string> taken;
    for (int s = scope; s >= 0; s = scopes_[static_cast<std::size_t>(s)].parent)
        if (int sup = scopes_[static_cast<std::size_t>(s)].supposition; sup >= 0)
            for (auto const& v : f::free_variables(nodes_[static_cast<std::size_t>(sup)].formula))
                taken.push_back(v.name);
    for (auto const& v : f::free_variables(goal)) taken.push_back(v.name);
    f::Binding const arbitrary = fresh_individuals(goal.binders, std::move(taken));
    for (auto const& [binder, var] : arbitrary) {
        auto& terms = in_play_[f::type_key(var.type)];
        if (std::none_of(terms.begin(), terms.end(), [&](Term const& t) { return f::key(t) == f::key(var); }))
            terms.push_back(var);
    }
    saturate(scope);
    int r = prove(scope, f::substitute(goal.args[0], arbitrary));
    if (r < 0) return -1;
    return add(scope, goal, Rule::universal_generalization, {r}, {}, names_of(arbitrary) + " arbitrary");
}

int ProofSearch::bottom(int scope) {
    std::string const bot = f::key(f::make_false());
    if (int id = find(scope, bot); id >= 0) return id;
    for (int id : visible(scope))
        if (int n = find(scope, f::key(f::negation(nodes_[static_cast<std::size_t>(id)].formula))); n >= 0)
            return add(scope, f::make_false(), Rule::contradiction, {id, n});
    return arithmetic(scope, f::make_false());
}

// A goal of linear arithmetic from the comparisons known: Z3 decides, and the step cites
// only a minimal set of them.
int ProofSearch::arithmetic(int scope, Term const& goal) {
    std::vector<int> facts;
    for (int id : visible(scope))
        if (f::is_arithmetic(nodes_[static_cast<std::size_t>(id)].formula)) facts.push_back(id);
    if (facts.empty() || facts.size() > 60) return -1;
    auto cited = minimal_citation(std::move(facts), goal);
    if (!cited) return -1;
    return add(scope, goal, Rule::arithmetic, std::move(*cited));
}

std::optional<std::vector<int>> ProofSearch::minimal_citation(std::vector<int> lines, Term const& goal) {
    auto holds = [&](std::vector<int> const& set) {
        std::vector<Term const*> premises;
        for (int id : set) premises.push_back(&nodes_[static_cast<std::size_t>(id)].formula);
        auto o = f::is_false(goal) ? checker_.satisfiable(premises) : checker_.entails(premises, goal);
        return o.answer == solver::Answer::unsat;
    };
    if (!holds(lines)) return std::nullopt;
    for (std::size_t i = 0; i < lines.size();) {
        std::vector<int> without = lines;
        without.erase(without.begin() + static_cast<long>(i));
        if (holds(without)) lines = std::move(without);
        else ++i;
    }
    return lines;
}

// `A -> C` by hypothetical syllogism along a chain of known implications A -> B -> … -> C.
int ProofSearch::chain(int scope, Term const& goal) {
    if (goal.args.size() != 2) return -1;
    std::unordered_map<std::string, std::vector<int>> from;   // antecedent key → implications
    for (int id : visible(scope)) {
        auto const& g = nodes_[static_cast<std::size_t>(id)].formula;
        if (g.op == Op::implies && g.args.size() == 2) from[f::key(g.args[0])].push_back(id);
    }
    std::string const start = f::key(goal.args[0]);
    std::string const target = f::key(goal.args[1]);
    std::unordered_map<std::string, int> via;   // reached key → the implication reaching it
    std::deque<std::string> queue{start};
    via[start] = -1;
    while (!queue.empty() && !via.count(target)) {
        std::string k = queue.front();
        queue.pop_front();
        for (int imp : from[k]) {
            std::string next = f::key(nodes_[static_cast<std::size_t>(imp)].formula.args[1]);
            if (via.emplace(next, imp).second) queue.push_back(next);
        }
    }
    if (!via.count(target)) return -1;
    std::vector<int> path;
    for (std::string k = target; via[k] >= 0;) {
        int imp = via[k];
        path.insert(path.begin(), imp);
        k = f::key(nodes_[static_cast<std::size_t>(imp)].formula.args[0]);
    }
    if (path.empty()) return -1;   // `A -> A`: no chain, a conditional proof instead
    int acc = path[0];
    for (std::size_t i = 1; i < path.size() && acc >= 0; ++i) {
        Term joined = f::make_implies(goal.args[0], nodes_[static_cast<std::size_t>(path[i])].formula.args[1]);
        acc = add(scope, joined, Rule::hypothetical_syllogism, {acc, path[i]});
    }
    return acc;
}

// ⊥ from a negated compound `not X` in scope by proving X itself (a conditional, a
// conjunction, a universal …) with the introduction rules.
int ProofSearch::refute_negations(int scope) {
    if (int b = bottom(scope); b >= 0) return b;
    for (int id : visible(scope)) {
        Term const formula = nodes_[static_cast<std::size_t>(id)].formula;
        if (!f::is_not(formula)) continue;
        Op const op = formula.args[0].op;
        if (op != Op::implies && op != Op::logical_and && op != Op::iff && op != Op::forall && op != Op::logical_or &&
            op != Op::exists)
            continue;
        if (!can_open(scope) && (op == Op::implies || op == Op::forall)) continue;
        if (int x = achieve(scope, formula.args[0], false); x >= 0)
            return add(scope, f::make_false(), Rule::contradiction, {x, id});
    }
    return -1;
}

int ProofSearch::by_cases(int scope, Term const& goal, int depth) {
    if (depth >= limits_.max_depth) return -1;
    for (int d : visible(scope)) {
        Term const disjunction = nodes_[static_cast<std::size_t>(d)].formula;
        if (disjunction.op != Op::logical_or || disjunction.args.size() < 2) continue;
        // A disjunct already known here (a case of an enclosing split): splitting again
        // would only repeat that case.
        if (std::any_of(disjunction.args.begin(), disjunction.args.end(),
                        [&](Term const& a) { return find(scope, f::key(a)) >= 0; }))
            continue;
        if (subproofs_opened_ + disjunction.args.size() > limits_.max_subproofs || full()) return -1;
        std::vector<int> uses{d}, scopes;
        for (auto const& disjunct : disjunction.args) {
            int c = open_scope(scope, disjunct);
            ++subproofs_opened_;
            saturate(c);
            int r = achieve(c, goal, false);
            if (r < 0 && f::is_false(goal)) r = by_lemmas(c, depth + 1);
            if (r < 0) r = by_cases(c, goal, depth + 1);
            r = inside(c, r);
            if (r < 0) break;
            uses.push_back(scopes_[static_cast<std::size_t>(c)].supposition);
            uses.push_back(r);
            scopes.push_back(c);
        }
        if (scopes.size() == disjunction.args.size()) return add(scope, goal, Rule::cases, uses, scopes);
    }
    return -1;
}

// ⊥ by lemmas: suppose a formula the known conditionals turn on; if that leads to ⊥, its
// negation holds (reductio), and so on until ⊥ follows in the scope itself.
int ProofSearch::by_lemmas(int scope, int depth) {
    if (depth >= limits_.max_depth) return -1;
    std::vector<Term> candidates;
    std::unordered_set<std::string> seen;
    for (int id : visible(scope)) {
        auto const& g = nodes_[static_cast<std::size_t>(id)].formula;
        if (g.op == Op::implies && g.args.size() == 2) {
            Term a = g.args[0];
            if (find(scope, f::key(a)) >= 0 || find(scope, f::key(f::negation(a))) >= 0) continue;
            if (seen.insert(f::key(a)).second) candidates.push_back(a);
        }
    }
    for (auto const& a : candidates) {
        for (Term const& supposed : {a, f::negation(a)}) {
            if (subproofs_opened_ >= limits_.max_subproofs || full()) return -1;
            if (find(scope, f::key(f::negation(supposed))) >= 0) break;
            int c = open_scope(scope, supposed);
            ++subproofs_opened_;
            saturate(c);
            int r = achieve(c, f::make_false(), false);
            if (r < 0) r = refute_negations(c);
            if (r < 0) r = by_cases(c, f::make_false(), depth + 1);
            if (r < 0) r = by_lemmas(c, depth + 1);
            // A lemma that gives an existential is refuted from a witness of it (Pelletier 46,
            // SYN070+1: the lemma `exists x. F(x) and not G(x)` gives by modus ponens an
            // existential whose witness leads to ⊥; without this step it fell back).
            if (r < 0) r = by_witness(c, f::make_false());
            if (r < 0 || nodes_[static_cast<std::size_t>(r)].scope != c) continue;
            add(scope, f::negation(supposed), Rule::reductio, {scopes_[static_cast<std::size_t>(c)].supposition, r},
                {c});
            saturate(scope);
            if (int b = achieve(scope, f::make_false(), false); b >= 0) return b;
            break;
        }
    }
    return -1;
}

// A goal by the direct rules, else by the indirect strategies.
int ProofSearch::prove(int scope, Term const& goal) {
    if (int r = achieve(scope, goal, false); r >= 0) return r;
    return indirectly(scope, goal);
}

// From a witness of an existential in scope, by cases on a disjunction in scope, else (for a
// goal other than ⊥) by reductio.
int ProofSearch::indirectly(int scope, Term const& goal) {
    int const depth = scopes_[static_cast<std::size_t>(scope)].depth;
    if (int r = by_witness(scope, goal); r >= 0) return r;
    if (int r = by_cases(scope, goal, depth); r >= 0) return r;
    if (f::is_false(goal) || !can_open(scope)) return -1;
    return by_reductio(scope, goal, depth);
}

// `exists x. B` in scope and a goal: suppose B for a fresh individual x (named in no open
// supposition, no line and not the goal), reach the goal, which then follows from the
// existential itself (existential elimination). Over a closed sort small enough to split
// into cases, the existential was split instead.
int ProofSearch::by_witness(int scope, Term const& goal) {
    for (int e : visible(scope)) {
        Term const existential = nodes_[static_cast<std::size_t>(e)].formula;
        if (existential.op != Op::exists || existential.args.empty()) continue;
        if (!f::member_bindings(theory_, existential, limits_.max_members).empty()) continue;
        bool named = false;   // an enclosing subproof already names a witness of it
        for (int s = scope; s >= 0 && !named; s = scopes_[static_cast<std::size_t>(s)].parent)
            named = scopes_[static_cast<std::size_t>(s)].witness_for == e;
        if (named || !can_open(scope)) continue;
        std::vector<std::string> taken;
        for (int id : visible(scope))
            for (auto const& v : f::free_variables(nodes_[static_cast<std::size_t>(id)].formula))
                taken.push_back(v.name);
        for (auto const& v : f::free_variables(goal)) taken.push_back(v.name);
        auto const saved = in_play_;
        f::Binding const witness = fresh_individuals(existential.binders, std::move(taken));
        for (auto const& [binder, var] : witness) in_play_[f::type_key(var.type)].push_back(var);
        int c = open_scope(scope, f::substitute(existential.args[0], witness));
        scopes_[static_cast<std::size_t>(c)].witness_for = e;
        ++subproofs_opened_;
        saturate(c);
        int r = f::is_false(goal) ? absurdity(c, scopes_[static_cast<std::size_t>(c)].depth) : prove(c, goal);
        r = inside(c, r);
        in_play_ = saved;   // the witness is not an individual outside its subproof
        if (r < 0) continue;
        return add(scope, goal, Rule::existential_elimination, {e, scopes_[static_cast<std::size_t>(c)].supposition, r},
                   {c}, names_of(witness) + (witness.size() == 1 ? " a witness" : " witnesses"));
    }
    return -1;
}

// ⊥ in a subproof: directly, else from lemmas proved by reductio (each one the scope
// refutes on its way stays known there, and makes the proofs below shorter), else by
// refuting a negation in scope, by cases, or from a witness.
int ProofSearch::absurdity(int c, int depth) {
    int r = achieve(c, f::make_false(), false);
    if (r < 0) r = by_lemmas(c, depth + 1);
    if (r < 0) r = refute_negations(c);
    if (r < 0) r = by_cases(c, f::make_false(), depth + 1);
    if (r < 0) r = by_witness(c, f::make_false());
    return r;
}

int ProofSearch::by_reductio(int scope, Term const& goal, int depth) {
    Term supposed = f::negation(goal);
    if (find(scope, f::key(supposed)) >= 0 || !can_open(scope)) return -1;
    int c = open_scope(scope, supposed);
    ++subproofs_opened_;
    saturate(c);
    int r = absurdity(c, depth);
    if (r < 0 || nodes_[static_cast<std::size_t>(r)].scope != c) return -1;
    return add(scope, goal, Rule::reductio, {scopes_[static_cast<std::size_t>(c)].supposition, r}, {c});
}

// No finer rule found: the goal as a consequence of the stated lines, cut down to a
// minimal set of them, each step still checked by Z3 and counted as a fallback.
int ProofSearch::fallback(int scope, Term const& goal) {
    auto uses = minimal_citation(stated_, goal);
    if (!uses) return -1;
    limits_.max_nodes = nodes_.size() + 1;   // room for this one line
    return add(scope, goal, Rule::consequence, std::move(*uses));
}

std::vector<Step> ProofSearch::derive(std::vector<Given> const& given, Term const& goal) {
    compute_terms_in_play(given, goal);
    for (auto const& g : given) {
        auto const& st = theory_.statements[static_cast<std::size_t>(g.statement)];
        int id = add(0, st.formula, g.rule, {});
        if (id < 0 || nodes_[static_cast<std::size_t>(id)].statement >= 0) continue;
        nodes_[static_cast<std::size_t>(id)].statement = g.statement;
        stated_.push_back(id);
    }
    saturate(0);
    bool const absurd = f::is_false(goal);
    int g = achieve(0, goal, false);
    if (g < 0) g = by_cases(0, goal, 0);
    if (g < 0) g = absurd ? by_lemmas(0, 0) : by_reductio(0, goal, 0);
    if (g < 0) g = fallback(0, goal);
    if (g < 0) return {};
    return extract(g);
}

}   // namespace elenchus::explaining
