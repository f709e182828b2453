#include "arguments/proofs/rule_names.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace elenchus::proofs {
namespace {

// Explain's names first (what `explain` prints reads back), then the abbreviations of
// textbooks (forall x, Fitch, Copi). `EI` is existential instantiation, i.e. ∃E, as in Copi.
constexpr RuleName table[] = {
    {"premise", Rule::premise},
    {"claim", Rule::premise},   // a claim listed as a premise: `claim NAME (not established)`
    {"P", Rule::premise},
    {"PR", Rule::premise},
    {"prem", Rule::premise},
    {"assumption", Rule::assumption},
    {"axiom", Rule::axiom},
    {"hypothesis", Rule::hypothesis},
    {"supposition", Rule::supposition},
    {"suppose", Rule::supposition},
    {"hyp", Rule::supposition},
    {"AS", Rule::supposition},
    {"definition", Rule::definition},
    {"def", Rule::definition},
    {"Df", Rule::definition},
    {"universal instantiation", Rule::universal_instantiation},
    {"∀E", Rule::universal_instantiation},
    {"forallE", Rule::universal_instantiation},
    {"forall E", Rule::universal_instantiation},
    {"AE", Rule::universal_instantiation},
    {"UI", Rule::universal_instantiation},
    {"existential introduction", Rule::existential_introduction},
    {"∃I", Rule::existential_introduction},
    {"existsI", Rule::existential_introduction},
    {"exists I", Rule::existential_introduction},
    {"EG", Rule::existential_introduction},
    {"existential elimination", Rule::existential_elimination},
    {"∃E", Rule::existential_elimination},
    {"existsE", Rule::existential_elimination},
    {"exists E", Rule::existential_elimination},
    {"EI", Rule::existential_elimination},
    {"identity elimination", Rule::identity_elimination},
    {"=E", Rule::identity_elimination},
    {"identity", Rule::identity},
    {"=I", Rule::identity},
    {"distinct members", Rule::distinct_members},
    {"modus ponens", Rule::modus_ponens},
    {"→E", Rule::modus_ponens},
    {"->E", Rule::modus_ponens},
    {"MP", Rule::modus_ponens},
    {"modus tollens", Rule::modus_tollens},
    {"MT", Rule::modus_tollens},
    {"hypothetical syllogism", Rule::hypothetical_syllogism},
    {"HS", Rule::hypothetical_syllogism},
    {"disjunctive syllogism", Rule::disjunctive_syllogism},
    {"DS", Rule::disjunctive_syllogism},
    {"and introduction", Rule::and_introduction},
    {"∧I", Rule::and_introduction},
    {"&I", Rule::and_introduction},
    {"^I", Rule::and_introduction},
    {"andI", Rule::and_introduction},
    {"and I", Rule::and_introduction},
    {"Conj", Rule::and_introduction},
    {"and elimination", Rule::and_elimination},
    {"∧E", Rule::and_elimination},
    {"&E", Rule::and_elimination},
    {"^E", Rule::and_elimination},
    {"andE", Rule::and_elimination},
    {"and E", Rule::and_elimination},
    {"Simp", Rule::and_elimination},
    {"or introduction", Rule::or_introduction},
    {"∨I", Rule::or_introduction},
    {"vI", Rule::or_introduction},
    {"|I", Rule::or_introduction},
    {"orI", Rule::or_introduction},
    {"or I", Rule::or_introduction},
    {"Add", Rule::or_introduction},
    {"or elimination", Rule::or_elimination},
    {"∨E", Rule::or_elimination},
    {"vE", Rule::or_elimination},
    {"|E", Rule::or_elimination},
    {"orE", Rule::or_elimination},
    {"or E", Rule::or_elimination},
    {"iff introduction", Rule::iff_introduction},
    {"↔I", Rule::iff_introduction},
    {"<->I", Rule::iff_introduction},
    {"iffI", Rule::iff_introduction},
    {"iff I", Rule::iff_introduction},
    {"iff elimination", Rule::iff_elimination},
    {"↔E", Rule::iff_elimination},
    {"<->E", Rule::iff_elimination},
    {"iffE", Rule::iff_elimination},
    {"iff E", Rule::iff_elimination},
    {"double negation", Rule::double_negation},
    {"DN", Rule::double_negation},
    {"¬¬E", Rule::double_negation},
    {"conditional proof", Rule::conditional_proof},
    {"→I", Rule::conditional_proof},
    {"->I", Rule::conditional_proof},
    {"CP", Rule::conditional_proof},
    {"universal generalization", Rule::universal_generalization},
    {"∀I", Rule::universal_generalization},
    {"forallI", Rule::universal_generalization},
    {"forall I", Rule::universal_generalization},
    {"AI", Rule::universal_generalization},
    {"UG", Rule::universal_generalization},
    {"reiteration", Rule::reiteration},
    {"reit", Rule::reiteration},
    {"R", Rule::reiteration},
    {"contradiction", Rule::contradiction},
    {"¬E", Rule::contradiction},
    {"~E", Rule::contradiction},
    {"notE", Rule::contradiction},
    {"not E", Rule::contradiction},
    {"⊥I", Rule::contradiction},
    {"reductio", Rule::reductio},
    {"¬I", Rule::reductio},
    {"~I", Rule::reductio},
    {"notI", Rule::reductio},
    {"not I", Rule::reductio},
    {"RAA", Rule::reductio},
    {"IP", Rule::reductio},
    {"proof by cases", Rule::cases},
    {"cases", Rule::cases},
    {"arithmetic", Rule::arithmetic},
    {"arith", Rule::arithmetic},
    {"ex falso", Rule::ex_falso},
    {"⊥E", Rule::ex_falso},
    {"EFQ", Rule::ex_falso},
    {"X", Rule::ex_falso},
    {"consequence (checked by Z3)", Rule::consequence},
    {"consequence", Rule::consequence},
    {"Pr", Rule::premise},
    {"A", Rule::supposition},
};

bool word_char(unsigned char c) { return std::isalnum(c) || c == '_'; }

// Short abbreviations keep their case: `A` (a supposition) is not the word `a`, `P` not `p`.
bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (b.size() <= 2) return a == b;
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}   // namespace

std::vector<RuleName> const& rule_names() {
    static std::vector<RuleName> const sorted = [] {
        std::vector<RuleName> v(std::begin(table), std::end(table));
        std::stable_sort(v.begin(), v.end(),
                         [](RuleName const& a, RuleName const& b) { return a.spelling.size() > b.spelling.size(); });
        return v;
    }();
    return sorted;
}

std::optional<RuleMatch> match_rule(std::string_view text) {
    for (auto const& r : rule_names()) {
        auto const n = r.spelling.size();
        if (text.size() < n || !equal_ignoring_case(text.substr(0, n), r.spelling)) continue;
        // `P` must not be read from `Prem…` nor `R` from `R(x)`; `MP1` is `MP 1`.
        bool const ends_in_word = word_char(static_cast<unsigned char>(r.spelling.back()));
        if (n < text.size() && ends_in_word && (std::isalpha(static_cast<unsigned char>(text[n])) || text[n] == '_'))
            continue;
        if (n < text.size() && text[n] == '(' && r.rule != Rule::consequence) continue;
        return RuleMatch{r.rule, n};
    }
    return std::nullopt;
}

std::string spellings(Rule rule) {
    std::string out;
    for (auto const& r : table)
        if (r.rule == rule) out += (out.empty() ? "" : ", ") + std::string(r.spelling);
    return out;
}

}   // namespace elenchus::proofs
