// Negated compounds taken apart by forward chaining, each by a short derivation in the
// primitive rules (so that every line stays one the verifier and the proof checker know):
// `not (A -> B)` gives A and `not B` (a reductio of `exists x. A -> B` meets it as the
// refuted instance `not (A[t] -> B[t])`).
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

}   // namespace elenchus::explaining
