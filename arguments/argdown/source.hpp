// The Argdown text as lines, with comments blanked out and positions kept: what read.cpp
// parses. Internal to the argdown capability.
#pragma once

#include <array>
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

// Searches one text forward, from positions that never decrease, in linear time overall:
// each search for a character resumes where the last one for it ended. (A fresh `find` from
// every `[` would make a long line of them quadratic.)
class Forward {
public:
    explicit Forward(std::string_view s) : s_(s) { found_.fill(unknown); }
    // The first position >= from holding c, or npos.
    std::size_t next(char c, std::size_t from) {
        std::size_t& f = found_[static_cast<unsigned char>(c)];
        if (f == unknown || (f != std::string_view::npos && f < from)) f = s_.find(c, from);
        return f;
    }

private:
    static constexpr std::size_t unknown = std::string_view::npos - 1;
    std::string_view s_;
    std::array<std::size_t, 256> found_{};
};

// `[text](url)` at s[i] == '[' (Argdown's pattern: the first ']' followed by '(', text and
// url not empty): the position of its ')', or npos when it is no link.
inline std::size_t link_end(std::string_view s, std::size_t i, Forward& f) {
    std::size_t close = f.next(']', i + 1);
    if (close == std::string_view::npos || close == i + 1 || close + 2 >= s.size() || s[close + 1] != '(')
        return std::string_view::npos;
    std::size_t end = f.next(')', close + 2);
    return end == close + 2 ? std::string_view::npos : end;
}

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
