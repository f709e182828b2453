// What the two readers share: a cursor that knows its line and column, and how names and
// stray bytes are shown in messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "arguments/acceptability/iccma.hpp"

namespace elenchus::acceptability::detail {

struct Cursor {
    std::string_view text;
    std::size_t at = 0;
    std::size_t line = 1;
    std::size_t line_start = 0;

    bool done() const { return at >= text.size(); }
    char peek() const { return done() ? '\0' : text[at]; }
    std::size_t column() const { return at - line_start + 1; }
    void advance() {
        if (text[at] == '\n') {
            ++line;
            line_start = at + 1;
        }
        ++at;
    }
    FormatError error(std::string message, std::string hint) const {
        return {line, column(), std::move(message), std::move(hint)};
    }
};

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// A name or token as it may appear in a message: control characters and bytes above 0x7e
// escaped, long ones cut, so a diagnostic is one readable line whatever the input holds.
std::string shown(std::string_view token);
// The token starting at the cursor (up to a blank or line end), for "found X" messages.
std::string_view token_at(Cursor const& c);

ParsedFramework parse_apx(std::string_view text);
ParsedFramework parse_i23(std::string_view text);

}   // namespace elenchus::acceptability::detail
