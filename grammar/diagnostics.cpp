#include "grammar/diagnostics.hpp"

#include <algorithm>
#include <cstdint>

#include "grammar/lexical.hpp"

namespace elenchus {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// ANSI sequences as clang emits them.
constexpr char const* reset = "\033[0m";
constexpr char const* bold = "\033[1m";
constexpr char const* caret_colour = "\033[0;1;32m";

char const* severity_colour(Severity s) {
    switch (s) {
    case Severity::error: return "\033[0;1;31m";
    case Severity::warning: return "\033[0;1;35m";
    case Severity::note: return "\033[0;1;36m";
    }
    return "";
}

void render_one(std::string& out, SourceFile const& source, Severity severity, ast::Span span,
                std::string const& message, bool color) {
    auto const text_size = static_cast<std::uint32_t>(source.text().size());
    std::uint32_t const begin = std::min(span.begin, text_size);
    std::uint32_t const end = std::clamp(span.end, begin, text_size);
    auto const pos = source.position(begin);

    std::string location = lexical::escape_invisible(source.path()) + ":" + std::to_string(pos.line) + ":" +
                           std::to_string(pos.column) + ": ";
    if (color) {
        out += bold;
        out += location;
        out += reset;
        out += severity_colour(severity);
        out += to_string(severity);
        out += ": ";
        out += reset;
        out += bold;
        out += lexical::escape_invisible(message);
        out += reset;
    } else {
        out += location;
        out += to_string(severity);
        out += ": ";
        out += lexical::escape_invisible(message);
    }
    out += '\n';

    // Characters that could act on the terminal are shown escaped, and take in the marker as
    // many columns as their escape; tabs are copied so the caret lines up whatever their width.
    std::string_view const line = source.line_text(pos.line);
    std::size_t const line_start = static_cast<std::size_t>(line.data() - source.text().data());
    std::size_t const caret_byte = std::max<std::size_t>(begin, line_start) - line_start;
    std::size_t const end_byte = std::max<std::size_t>(end, line_start) - line_start;
    std::string marker;
    bool caret_placed = false;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 0;
        std::string const piece = lexical::escaped_prefix(line.substr(i), length);
        std::size_t const width = piece == line.substr(i, length) ? 1 : piece.size();
        out += piece;
        if (i + length <= caret_byte) {
            marker += piece == "\t" ? std::string("\t") : std::string(width, ' ');
        } else if (!caret_placed) {
            marker += '^';
            marker.append(width - 1, '~');
            caret_placed = true;
        } else if (i < end_byte) {
            marker.append(width, '~');
        }
        i += length;
    }
    out += '\n';
    if (!caret_placed) marker += '^';
    if (color) {
        out += caret_colour;
        out += marker;
        out += reset;
    } else {
        out += marker;
    }
    out += '\n';
}

}   // namespace

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    // A byte-order mark is no part of line 1: columns count from after it.
    line_starts_.push_back(static_cast<std::uint32_t>(lexical::bom_length(text_)));
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
        if (lexical::is_line_break(text_[i])) line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
}

SourceFile::Position SourceFile::position(std::uint32_t offset) const {
    offset = std::clamp<std::uint32_t>(offset, line_starts_.front(), static_cast<std::uint32_t>(text_.size()));
    auto const it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t const line = static_cast<std::size_t>(it - line_starts_.begin());
    std::uint32_t const start = line_starts_[line - 1];
    std::size_t column = 1;
    for (std::uint32_t i = start; i < offset; ++i) {
        if (!is_continuation(text_[i])) ++column;
    }
    return {line, column};
}

std::string_view SourceFile::line_text(std::size_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t const start = line_starts_[line - 1];
    std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
    if (line < line_starts_.size()) {   // drop the line's own break: LF, CR or CRLF
        if (text_[end - 1] == '\n') --end;
        if (end > start && text_[end - 1] == '\r') --end;
    }
    return std::string_view(text_).substr(start, end - start);
}

char const* to_string(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "error";
}

void Diagnostics::error(ast::Span span, std::string message, std::vector<Note> notes) {
    add({Severity::error, span, std::move(message), std::move(notes), {}});
}

void Diagnostics::warning(ast::Span span, std::string message, std::vector<Note> notes) {
    add({Severity::warning, span, std::move(message), std::move(notes), {}});
}

void Diagnostics::warning(std::string flag, ast::Span span, std::string message) {
    add({Severity::warning, span, std::move(message), {}, std::move(flag)});
}

void Diagnostics::add(Diagnostic d) {
    // Once the cap is reached the output is incomplete anyway; warnings are dropped too so
    // that a huge broken file cannot flood the report, but only errors are counted, since
    // the count is reported as "N more errors".
    if (at_limit()) {
        if (d.severity == Severity::error) {
            ++errors_;
            ++dropped_;
        }
        return;
    }
    if (d.severity == Severity::error) ++errors_;
    items_.push_back(std::move(d));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> result = items_;
    std::stable_sort(result.begin(), result.end(),
                     [](Diagnostic const& a, Diagnostic const& b) { return a.span.begin < b.span.begin; });
    return result;
}

std::string render(SourceFile const& source, Diagnostic const& d, bool color) {
    std::string out;
    render_one(out, source, d.severity, d.span, d.flag.empty() ? d.message : d.message + " [-W" + d.flag + "]", color);
    for (Note const& note : d.notes) {
        render_one(out, source, Severity::note, note.span, note.message, color);
    }
    return out;
}

std::string render(SourceFile const& source, std::vector<Diagnostic> const& ds, bool color) {
    std::string out;
    for (Diagnostic const& d : ds) out += render(source, d, color);
    return out;
}

std::string closest_name(std::string_view wanted, std::vector<std::string> const& candidates) {
    // Edit distance is quadratic in the names' length: long names get no suggestion, and
    // the search stops after a fixed number of table cells however many names there are.
    if (wanted.size() > max_suggested_name) return {};
    std::size_t cells = 0;
    // Two edits (`rian` for `rain` is one: a swap of neighbours counts once), more for long
    // names; one for names of one or two letters, which two edits would rewrite whole
    // (`zz` is no typo of `p1`).
    std::size_t const limit = wanted.size() <= 2 ? 1 : std::max<std::size_t>(2, wanted.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    std::vector<std::size_t> before(wanted.size() + 1), previous(wanted.size() + 1), row(wanted.size() + 1);
    for (std::string const& candidate : candidates) {
        if (candidate == wanted) continue;
        if (cells > max_suggestion_cells) break;
        std::size_t const length_gap =
            candidate.size() > wanted.size() ? candidate.size() - wanted.size() : wanted.size() - candidate.size();
        if (length_gap >= best_distance) continue;
        cells += (candidate.size() + 1) * (wanted.size() + 1);
        for (std::size_t j = 0; j <= wanted.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= candidate.size(); ++i) {
            before.swap(previous);
            previous.swap(row);
            row[0] = i;
            for (std::size_t j = 1; j <= wanted.size(); ++j) {
                std::size_t const substitution = previous[j - 1] + (candidate[i - 1] == wanted[j - 1] ? 0 : 1);
                row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
                if (i > 1 && j > 1 && candidate[i - 1] == wanted[j - 2] && candidate[i - 2] == wanted[j - 1])
                    row[j] = std::min(row[j], before[j - 2] + 1);
            }
        }
        if (row[wanted.size()] < best_distance) {
            best_distance = row[wanted.size()];
            best = candidate;
        }
    }
    return best;
}

}   // namespace elenchus
