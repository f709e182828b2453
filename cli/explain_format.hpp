// How `explain` shows an Explanation: a flat chain or Fitch-style nested subproofs in text,
// or Markdown. (The JSON, which `explain --verify` reads back, is arguments/explain/saved.hpp.)
#pragma once

#include <string>

#include "arguments/explain/explain.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

enum class ExplainStyle { flat, fitch };
enum class ExplainFormat { text, markdown, json };

std::string explanation_text(logic::Theory const& theory, Explanation const& e, ExplainStyle style, bool color);
std::string explanation_markdown(logic::Theory const& theory, Explanation const& e, ExplainStyle style);

// The exit status: 1 when what was explained is a problem (refuted, unknown, vacuous,
// invalid, inconsistent) or a derivation failed its own check.
int explanation_exit_code(Explanation const& e);

}   // namespace elenchus::cli
