// Small pieces of text that several renderings share (explain, proof, truth table, what-if,
// report): one definition each, so that their files can be compiled together in a unity build
// (cli/CMakeLists.txt; docs/performance.md, "Build time").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::cli {

// The items with `sep` between them: `a, b, c`. An empty item at the start gets no separator
// after it (the separator is added only once the text so far is non-empty).
std::string join(std::vector<std::string> const& items, std::string_view sep = ", ");

// Display width of UTF-8 text, as a terminal shows it: one column per code point (formulas
// may hold display names).
std::size_t display_width(std::string const& s);

// A formula as the renderings show it: `⊥` for falsum, otherwise printed with display names.
std::string formula(logic::Theory const& theory, logic::Term const& t);

}   // namespace elenchus::cli
