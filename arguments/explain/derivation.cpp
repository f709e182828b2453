#include "arguments/explain/derivation.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace elenchus {
namespace {

struct RuleNames {
    Rule rule;
    char const* text;
    char const* json;
};

constexpr std::array<RuleNames, 32> rule_names{{
    {Rule::premise, "premise", "premise"},
    {Rule::assumption, "assumption", "assumption"},
    {Rule::axiom, "axiom", "axiom"},
    {Rule::hypothesis, "hypothesis", "hypothesis"},
    {Rule::supposition, "supposition", "supposition"},
    {Rule::definition, "definition", "definition"},
    {Rule::universal_instantiation, "universal instantiation", "universal_instantiation"},
    {Rule::existential_introduction, "existential introduction", "existential_introduction"},
    {Rule::existential_elimination, "existential elimination", "existential_elimination"},
    {Rule::identity, "identity", "identity"},
    {Rule::distinct_members, "distinct members", "distinct_members"},
    {Rule::modus_ponens, "modus ponens", "modus_ponens"},
    {Rule::modus_tollens, "modus tollens", "modus_tollens"},
    {Rule::hypothetical_syllogism, "hypothetical syllogism", "hypothetical_syllogism"},
    {Rule::disjunctive_syllogism, "disjunctive syllogism", "disjunctive_syllogism"},
    {Rule::and_introduction, "and introduction", "and_introduction"},
    {Rule::and_elimination, "and elimination", "and_elimination"},
    {Rule::or_introduction, "or introduction", "or_introduction"},
    {Rule::or_elimination, "or elimination", "or_elimination"},
    {Rule::iff_introduction, "iff introduction", "iff_introduction"},
    {Rule::iff_elimination, "iff elimination", "iff_elimination"},
    {Rule::double_negation, "double negation", "double_negation"},
    {Rule::conditional_proof, "conditional proof", "conditional_proof"},
    {Rule::universal_generalization, "universal generalization", "universal_generalization"},
    {Rule::reiteration, "reiteration", "reiteration"},
    {Rule::contradiction, "contradiction", "contradiction"},
    {Rule::reductio, "reductio", "reductio"},
    {Rule::cases, "proof by cases", "cases"},
    {Rule::arithmetic, "arithmetic", "arithmetic"},
    {Rule::identity_elimination, "identity elimination", "identity_elimination"},
    {Rule::ex_falso, "ex falso", "ex_falso"},
    {Rule::consequence, "consequence (checked by Z3)", "consequence"},
}};

}   // namespace

char const* to_string(Rule rule) {
    for (auto const& r : rule_names)
        if (r.rule == rule) return r.text;
    return "?";
}

char const* json_name(Rule rule) {
    for (auto const& r : rule_names)
        if (r.rule == rule) return r.json;
    return "?";
}

std::optional<Rule> rule_from_json(std::string const& name) {
    for (auto const& r : rule_names)
        if (name == r.json) return r.rule;
    return std::nullopt;
}

bool states_statement(Rule rule) {
    return rule == Rule::premise || rule == Rule::assumption || rule == Rule::axiom || rule == Rule::hypothesis;
}

char const* to_string(DerivationKind kind) {
    switch (kind) {
    case DerivationKind::claim: return "claim";
    case DerivationKind::argument: return "argument";
    case DerivationKind::inconsistency: return "inconsistency";
    }
    return "?";
}

std::optional<std::size_t> first_subproof_use(Step const& s) {
    switch (s.rule) {
    case Rule::reductio:
    case Rule::conditional_proof: return 0;
    case Rule::cases:
    case Rule::or_elimination: return 1;
    case Rule::existential_elimination:
        if (s.uses.size() == 3) return 1;
        return std::nullopt;
    default: return std::nullopt;
    }
}

int fallback_steps(Derivation const& d) {
    return static_cast<int>(
        std::count_if(d.steps.begin(), d.steps.end(), [](Step const& s) { return s.rule == Rule::consequence; }));
}

}   // namespace elenchus
