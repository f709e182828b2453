// Syntactic operations on typed formulas that natural deduction needs: identity up to
// source positions, negation, substitution, unfolding `define`s, matching an instance
// against a quantifier, and the ground terms a formula mentions.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::formulas {

using logic::Term;

// Equal keys ⇔ the same formula, source positions aside.
std::string key(Term const& t);

Term make_false();
// The negation a student would write: `not A` becomes `A`, anything else `not A`
// (make_not builds the plain `not A`).
Term negation(Term const& t);
// `not t`, as it stands: the one plain negation (refutations, counterexamples, goals).
Term make_not(Term const& t);
Term make_and(std::vector<Term> parts);
Term make_or(std::vector<Term> parts);
Term make_implies(Term a, Term b);

bool is_false(Term const& t);
bool is_not(Term const& t);
bool has_define(Term const& t);

// The variables free in `t` (each once, in order of first occurrence), with their types.
std::vector<logic::Variable> free_variables(Term const& t);

// Replaces free occurrences of the named variables; a binder that would capture a variable
// of a replacement is renamed.
using Binding = std::vector<std::pair<std::string, Term>>;
Term substitute(Term const& t, Binding const& binding);

// Every `define` call replaced by its body, with the arguments put in for the parameters,
// while the nodes the unfolding adds stay within `budget` and the formula within
// `unfold_depth` levels (or its own depth); calls past that stay folded (the result is
// equivalent either way). Definitions calling each other can otherwise unfold to a tree
// exponentially larger than the file, or too deep to print and read back (nesting 256).
inline constexpr std::size_t unfold_budget = 4096;
inline constexpr std::size_t unfold_depth = 200;
Term unfold(logic::Theory const& theory, Term const& t, std::size_t budget = unfold_budget);
// unfold(t) when no call is left folded: what a `definition` step may state, since the
// verifier unfolds the cited line again and must arrive at the same formula.
std::optional<Term> unfold_fully(logic::Theory const& theory, Term const& t);

// The quantifier's body with its binders replaced so that it equals `instance`, if some
// replacement does. `quantified` is a forall or exists term.
std::optional<Binding> match_instance(Term const& quantified, Term const& instance);

// `c := Azerbaijan, b := NATO`, with display names.
std::string describe(logic::Theory const& theory, Binding const& binding);

// Closed terms of a sort (or Int/Real) that occur in `t`, keyed by a type key.
std::string type_key(logic::Type const& type);
void collect_ground_terms(Term const& t, std::map<std::string, std::vector<Term>>& out);

// The members of a closed sort, as terms in declaration order (the first `limit` of them);
// empty for any other type.
std::vector<Term> members(logic::Theory const& theory, logic::Type const& type,
                          std::size_t limit = static_cast<std::size_t>(-1));
// How many members a closed sort has; 0 for any other type.
std::size_t member_count(logic::Theory const& theory, logic::Type const& type);
// Every binding of the quantifier's binders to members of their closed sorts (the first
// binder varying slowest); empty when a binder's type is not a closed sort or when there
// would be more than `cap` of them. Over a closed sort, `forall x. B` is the conjunction and
// `exists x. B` the disjunction of these instances.
std::vector<Binding> member_bindings(logic::Theory const& theory, Term const& quantified, std::size_t cap);
// `A = B` or `A != B` between two different members of a closed sort (members are distinct).
bool distinct_members(logic::Theory const& theory, Term const& equation);
// `x over Islander = {A, B, C}`: what a step over every member names.
std::string describe_members(logic::Theory const& theory, Term const& quantified);

// Comparisons of numbers, `pfp_since = 1994`: where the `arithmetic` rule applies.
bool is_arithmetic(Term const& t);
// The conjuncts of nested `and`s, the disjuncts of nested `or`s.
void flatten(Term const& t, Term::Op op, std::vector<Term const*>& out);

}   // namespace elenchus::formulas
