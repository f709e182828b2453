// ANSI colours for the text renderings (report, explain, whatif); with `on` false every
// helper returns its text unchanged.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "arguments/verdicts/report.hpp"

namespace elenchus::cli {

// How a status reads at a glance: good news green, a problem red, something to look at yellow.
enum class Tone { plain, good, bad, warn };

inline Tone tone(ClaimStatus s) {
    switch (s) {
    case ClaimStatus::follows: return Tone::good;
    case ClaimStatus::refuted:
    case ClaimStatus::unknown: return Tone::bad;
    case ClaimStatus::open:
    case ClaimStatus::vacuous: return Tone::warn;
    }
    return Tone::plain;
}

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
    std::string in(Tone tone, std::string const& s) const {
        switch (tone) {
        case Tone::good: return good(s);
        case Tone::bad: return bad(s);
        case Tone::warn: return warn(s);
        case Tone::plain: break;
        }
        return s;
    }
    // A status padded to `width` first, so colour never spoils the alignment.
    std::string status(ClaimStatus s, std::size_t width) const { return padded(to_string(s), tone(s), width); }
    std::string validity(std::optional<bool> valid, std::size_t width) const {
        return padded(valid == true    ? "valid"
                      : valid == false ? "invalid"
                                       : "unknown",
                      valid == true ? Tone::good : Tone::bad, width);
    }
    std::string padded(std::string const& word, Tone tone, std::size_t width) const {
        return in(tone, fmt::format("{:<{}}", word, width));
    }
};

}   // namespace elenchus::cli
