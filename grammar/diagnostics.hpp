// Source text and diagnostics, rendered as clang renders them. The libraries only collect
// diagnostics; the CLI decides where they go.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace elenchus {

// A file's text with its line starts, so byte offsets become 1-based line:column.
// Columns count Unicode code points (what an editor shows), not bytes.
class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    std::string const& path() const { return path_; }
    std::string const& text() const { return text_; }

    struct Position {
        std::size_t line;     // 1-based
        std::size_t column;   // 1-based, in code points
    };
    Position position(std::uint32_t offset) const;
    std::string_view line_text(std::size_t line) const;   // without the newline

private:
    std::string path_;
    std::string text_;
    std::vector<std::uint32_t> line_starts_;
};

enum class Severity { error, warning, note };
char const* to_string(Severity s);

struct Note {
    ast::Span span;
    std::string message;
};

struct Diagnostic {
    Severity severity = Severity::error;
    ast::Span span;
    std::string message;
    std::vector<Note> notes;   // e.g. "previous declaration is here"
    std::string flag = {};     // a warning's name, for `-W no-<flag>` ("unconcluded-claim"); shown as [-W<flag>]
};

// The warnings the checker gives, by the name `-W` switches them off with.
inline constexpr char const* warning_flags[] = {"unconcluded-claim", "uncited-source", "unused"};

// Collects diagnostics in the order found; `sorted()` orders them by position so output is
// deterministic. After `error_limit` errors further ones are counted but not kept.
class Diagnostics {
public:
    explicit Diagnostics(std::size_t error_limit = 50) : error_limit_(error_limit) {}

    void error(ast::Span span, std::string message, std::vector<Note> notes = {});
    void warning(ast::Span span, std::string message, std::vector<Note> notes = {});
    void warning(std::string flag, ast::Span span, std::string message);
    void add(Diagnostic d);

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    std::size_t dropped() const { return dropped_; }
    bool at_limit() const { return errors_ >= error_limit_; }
    std::vector<Diagnostic> sorted() const;
    std::vector<Diagnostic> const& all() const { return items_; }

private:
    std::size_t error_limit_;
    std::size_t errors_ = 0;
    std::size_t dropped_ = 0;
    std::vector<Diagnostic> items_;
};

// clang style: `path:line:col: error: message`, the source line, a caret and tildes under
// the span; notes likewise. Colour (ANSI) only when asked.
std::string render(SourceFile const& source, Diagnostic const& d, bool color);
std::string render(SourceFile const& source, std::vector<Diagnostic> const& ds, bool color);

// The nearest candidate within edit distance 2 (more for long names; a swap of neighbours is
// one edit), for "did you mean 'x'?"; empty if none.
// Only names of at most max_suggested_name bytes get one, and the search gives up after
// max_suggestion_cells cells of the distance table (docs/language.md, "Limits").
inline constexpr std::size_t max_suggested_name = 64;
inline constexpr std::size_t max_suggestion_cells = 20'000'000;
std::string closest_name(std::string_view wanted, std::vector<std::string> const& candidates);

}   // namespace elenchus
