// Byte offsets into a document and LSP positions (0-based line, column in UTF-16 code units,
// the protocol's default encoding), both ways. Lines end at LF, CR or CRLF, as for the
// parser (grammar/lexical.hpp) and as LSP 3.17 says.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "grammar/ast.hpp"

namespace elenchus::lsp {

struct Position {
    std::uint32_t line = 0;        // 0-based
    std::uint32_t character = 0;   // 0-based, UTF-16 code units
};

class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    Position position(std::uint32_t offset) const;
    // The byte offset of a position; a column past the end of its line is the line's end,
    // a line past the last is the end of the text (clients may send either).
    std::uint32_t offset(Position p) const;
    std::size_t line_count() const { return starts_.size(); }

private:
    std::string_view text_;   // the document's text, which outlives the index
    std::vector<std::uint32_t> starts_;
    std::uint32_t line_end(std::size_t line) const;   // before the line break
};

nlohmann::json to_json(Position p);
nlohmann::json range_json(LineIndex const& lines, ast::Span span);
// A position from LSP JSON (`{"line":..,"character":..}`); missing or negative fields are 0.
Position position_from_json(nlohmann::json const& j);

}   // namespace elenchus::lsp
