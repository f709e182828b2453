// How `explain` shows an Explanation: a flat chain or Fitch-style nested subproofs in text,
// Markdown, or the JSON that `explain --verify` reads back.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "arguments/explain/explain.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

enum class ExplainStyle { flat, fitch };
enum class ExplainFormat { text, markdown, json };

std::string explanation_text(logic::Theory const& theory, Explanation const& e, ExplainStyle style, bool color);
std::string explanation_markdown(logic::Theory const& theory, Explanation const& e, ExplainStyle style);
nlohmann::ordered_json explanation_json(std::string const& file, logic::Theory const& theory, Explanation const& e);

// The exit status: 1 when what was explained is a problem (refuted, unknown, vacuous,
// invalid, inconsistent) or a derivation failed its own check.
int explanation_exit_code(Explanation const& e);

// Reading an explanation back for `--verify`: one derivation per entry, the formulas
// re-parsed and re-checked against `theory`. A line that cannot be read is reported
// as the first bad line.
struct ReadBack {
    std::vector<Derivation> derivations;
    int bad_line = 0;          // > 0: this line could not be read
    std::string message;       // why (also for a malformed document, with bad_line == 0)
};
ReadBack read_explanation(logic::Theory const& theory, nlohmann::json const& doc);

}  // namespace elenchus::cli
