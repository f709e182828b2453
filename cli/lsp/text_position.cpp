#include "cli/lsp/text_position.hpp"

#include <algorithm>

namespace elenchus::lsp {
namespace {

// UTF-16 code units of the UTF-8 sequence starting with `lead`: a four-byte sequence is a
// surrogate pair; a byte that starts no sequence counts as one unit (an editor shows it as
// one replacement character).
std::uint32_t utf16_units(unsigned char lead) { return lead >= 0xF0 && lead <= 0xF4 ? 2 : 1; }

std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 1;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the (possibly invalid) sequence at `i`, never past `end` and never over a
// byte that is not a continuation byte.
std::size_t step(std::string_view text, std::size_t i, std::size_t end) {
    std::size_t const want = sequence_length(static_cast<unsigned char>(text[i]));
    std::size_t n = 1;
    while (n < want && i + n < end && is_continuation(static_cast<unsigned char>(text[i + n]))) ++n;
    return n == want ? n : 1;
}

}   // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (text[i] == '\n' || text[i] == '\r') starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
}

std::uint32_t LineIndex::line_end(std::size_t line) const {
    std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
    while (end > starts_[line] && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
    return static_cast<std::uint32_t>(end);
}

Position LineIndex::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t const line = static_cast<std::size_t>(it - starts_.begin()) - 1;
    std::uint32_t units = 0;
    std::size_t i = starts_[line];
    while (i < offset) {
        std::size_t const n = step(text_, i, offset);
        units += n == 1 ? 1 : utf16_units(static_cast<unsigned char>(text_[i]));
        i += n;
    }
    return {static_cast<std::uint32_t>(line), units};
}

std::uint32_t LineIndex::offset(Position p) const {
    if (p.line >= starts_.size()) return static_cast<std::uint32_t>(text_.size());
    std::size_t i = starts_[p.line];
    std::size_t const end = line_end(p.line);
    std::uint32_t units = 0;
    while (i < end && units < p.character) {
        std::size_t const n = step(text_, i, end);
        units += n == 1 ? 1 : utf16_units(static_cast<unsigned char>(text_[i]));
        i += n;
    }
    return static_cast<std::uint32_t>(i);
}

nlohmann::json to_json(Position p) { return {{"line", p.line}, {"character", p.character}}; }

nlohmann::json range_json(LineIndex const& lines, ast::Span span) {
    return {{"start", to_json(lines.position(span.begin))}, {"end", to_json(lines.position(span.end))}};
}

Position position_from_json(nlohmann::json const& j) {
    auto field = [&](char const* name) -> std::uint32_t {
        if (!j.is_object() || !j.contains(name) || !j[name].is_number_integer()) return 0;
        auto v = j[name].get<std::int64_t>();
        return v < 0 ? 0 : static_cast<std::uint32_t>(std::min<std::int64_t>(v, UINT32_MAX));
    };
    return {field("line"), field("character")};
}

}   // namespace elenchus::lsp
