// A proof-style explanation: numbered lines, each licensed by a named rule of natural
// deduction and citing the earlier lines it uses. Built by the explainer, re-checked line by
// line (verify.hpp), printed by the CLI.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus {

enum class Rule {
    // lines that state a statement of the file
    premise,      // a `premise` (or a listed premise of an argument that is a claim)
    assumption,   // an `assume`: not stated in the source
    axiom,
    hypothesis,   // a `hypothesis` listed as a premise of an argument
    // the opening line of a subproof (for reductio or proof by cases)
    supposition,
    definition,                // unfolding (or folding) a `define`
    universal_instantiation,   // names the substitution
    existential_introduction,
    // Over a closed sort: `exists x. B` gives the disjunction of B for every member.
    existential_elimination,
    identity,           // `t = t`
    distinct_members,   // `not (A = B)` for two members of a closed sort: they are distinct
    modus_ponens,
    modus_tollens,
    hypothetical_syllogism,
    disjunctive_syllogism,
    and_introduction,
    and_elimination,
    or_introduction,
    or_elimination,
    iff_introduction,
    iff_elimination,
    double_negation,
    conditional_proof,          // A -> B from a subproof: supposition A … B
    universal_generalization,   // forall x. B from B with x arbitrary (free in no open supposition),
                                // or, over a closed sort, from B for every member
    reiteration,                // an earlier line repeated inside a subproof (Fitch's R)
    contradiction,              // from a formula and its negation: ⊥ (or, inside a subproof, anything)
    reductio,                   // from a subproof: supposition … ⊥
    cases,                      // from a disjunction and one subproof per disjunct
    arithmetic,                 // linear arithmetic over the facts cited
    identity_elimination,       // from t = s and a line about t, the line with s for some of the t (=E)
    ex_falso,                   // from ⊥, anything (⊥E, ex falso quodlibet)
    consequence,                // the honest fallback: Z3 checks it from the lines cited, no finer rule found
};

char const* to_string(Rule rule);   // "modus tollens"
char const* json_name(Rule rule);   // "modus_tollens"
std::optional<Rule> rule_from_json(std::string const& name);
bool states_statement(Rule rule);   // premise, assumption, axiom, hypothesis

struct Step {
    int n = 0;   // 1-based line number
    logic::Term formula;
    Rule rule = Rule::premise;
    // Lines cited. For reductio and conditional proof: [first, last] of the subproof; for cases: the disjunction,
    // then [first, last] of each subproof in the order of the disjuncts.
    std::vector<int> uses;
    std::string statement;   // the statement's name, for a line that states one
    // A claim listed as a premise (rule `premise`): stated for the argument, not established;
    // printed as `claim NAME (not established)`, never as `premise`.
    bool claim = false;
    std::string reading;                       // its `means`
    std::vector<logic::Citation> quotations;   // its `cites`
    int depth = 0;                             // subproof nesting (0: the main proof)
    std::string substitution;                  // universal instantiation / existential introduction: `c := Azerbaijan`
    // The open sorts this line needs to have an individual (`forall x. P(x)` gives `exists
    // x. P(x)` only then): by name, in declaration order; see mark_nonempty.
    std::vector<std::string> nonempty;
};

enum class DerivationKind { claim, argument, inconsistency };
char const* to_string(DerivationKind kind);

struct Derivation {
    std::string name;   // the claim or argument; "inconsistency"
    DerivationKind kind = DerivationKind::claim;
    // follows, refuted, vacuous, valid, inconsistent: a string, not ExplanationStatus, since
    // a saved derivation's is whatever its JSON says until target_of (verify.hpp) checks it.
    std::string status;
    std::vector<Step> steps;
    bool verified = false;              // every line re-checked (verify.hpp)
    std::vector<std::string> support;   // the statements of the minimal set it rests on
};

// For a line whose rule cites subproofs, where they begin in its `uses` (each cited as its
// first and last line): 0 for reductio and conditional proof; 1 for proof by cases (after
// the disjunction) and for existential elimination from a witness (after the existential,
// which over a closed sort is cited alone). nullopt for the other rules.
std::optional<std::size_t> first_subproof_use(Step const& s);

// How many lines use the fallback rule `consequence` (counted and reported, never hidden).
int fallback_steps(Derivation const& d);

// Sets each step's `nonempty`. A line about an arbitrary individual (a free variable) holds
// when it holds for every individual, which an empty sort makes true of anything; a line
// that leaves such an individual behind (`exists x. P(x)` from `P(x)`, `q` from `P(x)` and
// `P(x) -> q`, `⊥` from `P(x)` and `not P(x)`) therefore holds only if the sort has an
// individual. Not when the rule binds it (universal generalization, the witness of
// existential elimination), nor inside a subproof whose supposition is about it (the
// supposition picks one out), nor for a sort the file names an individual of (an entity)
// or that is closed (its members). A `consequence` line is checked by Z3, which assumes
// every sort non-empty; this marks only what the cited lines show.
void mark_nonempty(logic::Theory const& theory, std::vector<Step>& steps);

}   // namespace elenchus
