// The names a student may give a rule: explain's own (`modus ponens`) and the textbook
// abbreviations (`MP`, `→E`, `->E`), each standing for one rule of derivation.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments/explain/derivation.hpp"

namespace elenchus::proofs {

struct RuleName {
    std::string_view spelling;
    Rule rule;
};

// Every accepted spelling, longest first (so that `modus ponens` is tried before `MP` would
// be, and `->E` before `-`); words compare without regard to case.
std::vector<RuleName> const& rule_names();

// The rule spelled at the start of `text`, and how many bytes the spelling takes; a
// spelling counts only when what follows it is not part of a word.
struct RuleMatch {
    Rule rule;
    std::size_t length;
};
std::optional<RuleMatch> match_rule(std::string_view text);

// The spellings of one rule, for docs/proofs.md and error hints: `MP, →E, ->E`.
std::string spellings(Rule rule);

}   // namespace elenchus::proofs
