// Negated compounds taken apart by forward chaining, each by a short derivation in the
// primitive rules (so that every line stays one the verifier and the proof checker know):
// `not (A -> B)` gives A and `not B`; `not forall x. B` gives `exists x. not B`. Valid
// formulas of the Pelletier and Kalish-Montague kind (`exists x. forall y. …`) turn on them:
// their reductio supposes `not exists x. …`, which only these rules open up.
#include <algorithm>

#include "arguments/explain/search.hpp"

namespace elenchus::explaining {

using logic::Term;
using Op = Term::Op;
namespace f = formulas;

// `not (A -> B)` (line `id`): `not B` (suppose B; then A -> B by a conditional proof whose
// last line repeats B; contradiction; reductio), and A (suppose `not A`; then A -> B, since
// inside the subproof A contradicts `not A`; contradiction; reductio).
void ProofSearch::negated_conditional(int scope, int id) {
    Term const negated = nodes_[static_cast<std::size_t>(id)].formula;
    Term const& a = negated.args[0].args[0];
    Term const& b = negated.args[0].args[1];
    auto const through_conditional = [&](Term const& supposed, bool from_consequent) {
        if (full()) return;
        int c = open_scope(scope, supposed);
        int sup = scopes_[static_cast<std::size_t>(c)].supposition;
        int c2 = open_scope(c, a);
        int sup2 = scopes_[static_cast<std::size_t>(c2)].supposition;
        int last = inside(c2, from_consequent ? sup : add(c2, b, Rule::contradiction, {sup2, sup}));
        if (last < 0 || nodes_[static_cast<std::size_t>(last)].scope != c2) return;
        int cp = add(c, negated.args[0], Rule::conditional_proof, {sup2, last}, {c2});
        int bot = add(c, f::make_false(), Rule::contradiction, {cp, id});
        if (bot < 0 || nodes_[static_cast<std::size_t>(bot)].scope != c) return;
        add(scope, f::negation(supposed), Rule::reductio, {sup, bot}, {c});
    };
    if (find(scope, f::key(f::negation(b))) < 0) through_conditional(b, true);
    if (find(scope, f::key(a)) < 0) through_conditional(f::negation(a), false);
}

// `not forall x. B` (line `id`) gives `exists x. not B`: suppose `not exists x. not B`; for
// an arbitrary x, `not B` would give `exists x. not B`, so B (reductio); so `forall x. B`
// (generalization), which contradicts the line; reductio.
void ProofSearch::negated_universal(int scope, int id) {
    Term const universal = nodes_[static_cast<std::size_t>(id)].formula.args[0];
    Term existential = universal;
    existential.op = Op::exists;
    existential.args[0] = f::negation(universal.args[0]);
    if (find(scope, f::key(existential)) >= 0 || full()) return;
    // Named in no line in scope (so in no supposition in force), nor in the universal.
    std::vector<std::string> taken;
    for (int v : visible(scope))
        for (auto const& var : f::free_variables(nodes_[static_cast<std::size_t>(v)].formula))
            taken.push_back(var.name);
    for (auto const& var : f::free_variables(universal)) taken.push_back(var.name);
    f::Binding arbitrary;
    for (auto const& binder : universal.binders) {
        std::string name = binder.name;
        for (int k = 1; std::find(taken.begin(), taken.end(), name) != taken.end(); ++k)
            name = binder.name + "_" + std::to_string(k);
        taken.push_back(name);
        Term var;
        var.op = Op::variable;
        var.type = binder.type;
        var.name = name;
        arbitrary.emplace_back(binder.name, std::move(var));
    }
    std::string names;
    for (auto const& [binder, var] : arbitrary) names += (names.empty() ? "" : ", ") + var.name;
    Term const instance = f::substitute(universal.args[0], arbitrary);
    int c = open_scope(scope, f::make_not(existential));
    int sup = scopes_[static_cast<std::size_t>(c)].supposition;
    int c2 = open_scope(c, f::negation(instance));
    int sup2 = scopes_[static_cast<std::size_t>(c2)].supposition;
    int e = add(c2, existential, Rule::existential_introduction, {sup2}, {}, f::describe(theory_, arbitrary));
    int bot2 = add(c2, f::make_false(), Rule::contradiction, {e, sup});
    if (bot2 < 0 || nodes_[static_cast<std::size_t>(bot2)].scope != c2) return;
    int b = add(c, instance, Rule::reductio, {sup2, bot2}, {c2});
    int all = add(c, universal, Rule::universal_generalization, {b}, {}, names + " arbitrary");
    int bot = add(c, f::make_false(), Rule::contradiction, {all, id});
    if (bot < 0 || nodes_[static_cast<std::size_t>(bot)].scope != c) return;
    add(scope, existential, Rule::reductio, {sup, bot}, {c});
}

}   // namespace elenchus::explaining
