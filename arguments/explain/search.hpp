// The search for a natural-deduction derivation over one minimal support set: state the
// support, unfold definitions, instantiate universals with the terms in play, chain forward
// with the elimination rules until nothing new follows (bounded), then reach the goal with
// the introduction rules; failing that, proof by cases, then reductio (with lemmas proved by
// reductio inside it), and last an honest `consequence` step that Z3 checks.
// Internal to the explainer: explain.cpp is its only client.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "arguments/explain/derivation.hpp"
#include "arguments/formulas/formulas.hpp"
#include "solver/step_checker.hpp"

namespace elenchus::explaining {

struct SearchLimits {
    std::size_t max_nodes = 6000;      // formulas derived in all scopes together
    std::size_t max_instances = 300;   // instances of one quantified formula
    std::size_t max_subproofs = 40;    // case and lemma subproofs opened
    int max_depth = 5;                 // nesting of subproofs
    // Closed sorts of at most this many members are reasoned about member by member:
    // universals instantiated with every member, `exists` split into a disjunction, and
    // `forall` proved by proving each instance.
    std::size_t max_members = 12;
};

// A statement that may be stated as a line, and the rule that states it.
struct Given {
    int statement = -1;
    Rule rule = Rule::premise;
};

class ProofSearch {
public:
    ProofSearch(logic::Theory const& theory, solver::StepChecker& checker, SearchLimits limits);

    // The lines of a derivation of `goal` (⊥: `false`) from the given statements, numbered,
    // with only the lines the last one depends on.
    std::vector<Step> derive(std::vector<Given> const& given, logic::Term const& goal);

private:
    struct Node {
        logic::Term formula;
        std::string key;
        Rule rule = Rule::premise;
        std::vector<int> uses;        // node ids
        std::vector<int> subproofs;   // scope ids, for reductio and cases
        int statement = -1;
        std::string substitution;
        int scope = 0;
    };
    struct Scope {
        int parent = -1;
        int supposition = -1;   // node id
        int depth = 0;
        int witness_for = -1;   // existential elimination: the existential line it names a witness of
    };

    // nodes and scopes (search.cpp)
    int find(int scope, std::string const& key) const;
    int add(int scope, logic::Term formula, Rule rule, std::vector<int> uses, std::vector<int> subproofs = {},
            std::string substitution = {});
    int open_scope(int parent, logic::Term supposition);
    bool full() const { return nodes_.size() >= limits_.max_nodes; }
    std::vector<int> visible(int scope) const;
    bool within(int scope, int ancestor) const;

    // forward chaining (search.cpp)
    struct ChainIndex;
    void saturate(int scope);
    bool forward_step(int scope, int id, ChainIndex& index);
    void backward_pass(int scope);
    void disjunctive_syllogism(int scope, int disjunction, std::size_t disjunct, int negated);
    void eliminate(int scope, int id);
    std::vector<formulas::Binding> instances(logic::Term const& quantified);
    void refute_instances(int scope, int id);
    // negated compounds taken apart (negations.cpp)
    void negated_conditional(int scope, int id);
    void compute_terms_in_play(std::vector<Given> const& given, logic::Term const& goal);

    // reaching a goal (goal.cpp)
    int achieve(int scope, logic::Term const& goal, bool cheap);
    std::optional<int> introduce_connective(int scope, logic::Term const& goal, bool cheap);
    std::optional<int> introduce_quantifier_or_identity(int scope, logic::Term const& goal, bool cheap);
    int achieve_otherwise(int scope, logic::Term const& goal, bool cheap);
    int bottom(int scope);
    int arithmetic(int scope, logic::Term const& goal);
    int chain(int scope, logic::Term const& goal);
    bool can_open(int scope) const;
    int inside(int scope, int node);
    int conditional(int scope, logic::Term const& goal);
    int generalize(int scope, logic::Term const& goal);
    int refute_negations(int scope);
    int by_cases(int scope, logic::Term const& goal, int depth);
    int by_lemmas(int scope, int depth);
    int by_reductio(int scope, logic::Term const& goal, int depth);
    int prove(int scope, logic::Term const& goal);
    int by_witness(int scope, logic::Term const& goal);
    int absurdity(int scope, int depth);
    int indirectly(int scope, logic::Term const& goal);
    int fallback(int scope, logic::Term const& goal);
    // `lines` cut down by deletion to a minimal set from which Z3 finds `goal` follows (⊥:
    // that is inconsistent); nullopt when the whole set does not suffice.
    std::optional<std::vector<int>> minimal_citation(std::vector<int> lines, logic::Term const& goal);

    // the derivation the goal depends on (extract.cpp)
    std::vector<Step> extract(int goal) const;

    logic::Theory const& theory_;
    solver::StepChecker& checker_;
    SearchLimits limits_;
    std::vector<Node> nodes_;
    std::vector<Scope> scopes_;
    std::vector<std::unordered_map<std::string, int>> known_;   // per scope
    std::map<std::string, std::vector<logic::Term>> in_play_;   // ground terms by type
    std::vector<int> stated_;                                   // nodes that state the support
    std::size_t subproofs_opened_ = 0;
};

}   // namespace elenchus::explaining
