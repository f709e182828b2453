// The right-hand part of a proof line: the rule, a statement's name for a line that states
// one, and the lines and subproofs cited (`MP 1, 2`, `→I 3–5`, `premise base_ban`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments/explain/derivation.hpp"

namespace elenchus::proofs {

struct Citation {
    int first = 0;
    int last = 0;
    bool range = false;       // written `a–b` (or `a-b`)
    std::size_t column = 0;   // byte offset in the justification, for messages
};

struct Justification {
    Rule rule = Rule::premise;
    std::string rule_text;
    std::string statement;   // `premise base_ban`
    std::vector<Citation> cites;
};

// nullopt when `text` is not a whole justification: no rule at its start, or something
// after the citations that is neither the end nor a note after a comma (`, c := Azerbaijan`).
std::optional<Justification> parse_justification(std::string_view text);

// The citations as the verifier reads them (`Step::uses`): plain lines first, then each
// subproof as its first and last line. Empty, with `why`, when a subproof is cited where the
// rule takes lines.
std::optional<std::vector<int>> uses_of(Justification const& j, std::string& why);

}   // namespace elenchus::proofs
