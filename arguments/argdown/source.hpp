// The Argdown text as lines, with comments blanked out and positions kept: what read.cpp
// parses. Internal to the argdown capability.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "arguments/argdown/document.hpp"

namespace elenchus::argdown::detail {

struct SourceLine {
    int number = 1;                        // 1-based
    std::string original;                  // as written (without the line break)
    std::string text;                      // comments replaced by spaces, so byte offsets match `original`
    bool blank() const;                    // nothing but spaces and tabs in `text`
    int indent() const;                    // leading spaces (a tab counts as 4)
    Position at(std::size_t byte) const;   // column in characters, as an editor counts them
};

// Splits into lines (LF, CRLF or CR), skips a UTF-8 byte-order mark and a frontmatter
// (`===` ... `===` at the start), blanks out `//`, `/* */` and `<!-- -->` comments (not
// inside data `{...}` or a link `[text](url)`). Invalid UTF-8 and an unterminated comment
// are errors in `diagnostics`.
std::vector<SourceLine> split_source(std::string_view text, std::vector<Diagnostic>& diagnostics);

// Text joined from several lines, each piece remembering where it came from, so that a
// position inside the joined text can be reported in the file.
struct Joined {
    std::string text;
    struct Piece {
        std::size_t offset;   // into text
        SourceLine const* line;
        std::size_t byte;   // into line->original
    };
    std::vector<Piece> pieces;
    void append(SourceLine const& line, std::size_t byte);   // line->text from byte on
    Position at(std::size_t offset) const;
};

}   // namespace elenchus::argdown::detail
