// Small pieces of text that several renderings share; see text_pieces.hpp.
#include "cli/text_pieces.hpp"

#include <algorithm>

#include "arguments/formulas/formulas.hpp"
#include "grammar/printer.hpp"

namespace elenchus::cli {

std::string join(std::vector<std::string> const& items, std::string_view sep) {
    std::string out;
    for (auto const& x : items) {
        if (!out.empty()) out += sep;
        out += x;
    }
    return out;
}

std::size_t display_width(std::string const& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string formula(logic::Theory const& theory, logic::Term const& t) {
    return formulas::is_false(t) ? "⊥" : print(theory, t, true);
}

}   // namespace elenchus::cli
