// ANSI colours for the text renderings (report, explain, whatif); with `on` false every
// helper returns its text unchanged.
#pragma once

#include <cstddef>
#include <string>

#include <fmt/format.h>

namespace elenchus::cli {

struct Palette {
    bool on;
    std::string paint(std::string const& s, char const* code) const {
        return on ? fmt::format("\033[{}m{}\033[0m", code, s) : s;
    }
    std::string bold(std::string const& s) const { return paint(s, "1"); }
    std::string good(std::string const& s) const { return paint(s, "32"); }
    std::string bad(std::string const& s) const { return paint(s, "31"); }
    std::string warn(std::string const& s) const { return paint(s, "33"); }
    std::string dim(std::string const& s) const { return paint(s, "2"); }
    std::string mark(std::string const& s) const { return paint(s, "1;33"); }
    // A status padded to `width` first, so colour never spoils the alignment.
    std::string status(std::string const& word, std::size_t width) const {
        std::string padded = fmt::format("{:<{}}", word, width);
        if (word == "follows" || word == "valid") return good(padded);
        if (word == "refuted" || word == "unknown" || word == "invalid") return bad(padded);
        if (word == "open" || word == "vacuous") return warn(padded);
        return padded;
    }
};

}  // namespace elenchus::cli
