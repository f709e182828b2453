// A proof as a student types it: one numbered line per step, the formula in the language's
// syntax (ASCII or Unicode), the rule (`MP`, `→E`, `modus ponens`) and the lines it cites,
// subproofs shown by Fitch bars (`|`, `│`) or by indentation. What `explain` prints (text,
// Fitch or markdown) reads as such a proof. docs/proofs.md is the reference.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "arguments/explain/derivation.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"

namespace elenchus::proofs {

struct ProofLine {
    Step step;                     // number, formula, rule, citations, statement named, depth
    std::string rule_text;         // the rule as written (`MP`)
    std::size_t source_line = 0;   // where it is in the proof file (1-based)
};

struct Proof {
    std::vector<ProofLine> lines;
};

struct ProofText {
    // Usually one; a proof that starts again at line 1 is another proof of the same goal (as
    // `explain inconsistency` prints one per minimal inconsistent set).
    std::vector<Proof> proofs;
    std::string goal;     // named by a header line (`claim NAME: follows`, `argument NAME`), or empty
    std::string status;   // the header's status word (`follows`, `refuted`, ...), or empty
};

// Reads the proof file `source` against the checked theory. Every error goes to
// `diagnostics` with its line and column and a hint; the result is meaningful only when
// there is none.
ProofText read_proof(logic::Theory const& theory, SourceFile const& source, Diagnostics& diagnostics);

// One formula at byte `offset` of `source` (errors located there). A name the file does not
// declare, used where an individual stands, is read as an arbitrary individual (a free
// variable) of the type the formula gives it; `arbitrary` holds the types such names have
// had on earlier lines and is extended.
std::optional<logic::Term> read_formula(logic::Theory const& theory, std::string const& text, std::uint32_t offset,
                                        std::map<std::string, logic::Type>& arbitrary, Diagnostics* diagnostics);

}   // namespace elenchus::proofs
