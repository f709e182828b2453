// One version of an open document, analysed by the front end: parsed, name- and
// type-checked, its names indexed. Immutable once made, so the reading thread and the
// checking thread share it without locks.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "cli/lsp/names.hpp"
#include "cli/lsp/text_position.hpp"
#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"

namespace elenchus::lsp {

struct Analysis {
    std::string uri;
    std::int64_t version = 0;
    SourceFile source;   // owns the text the other members point into
    LineIndex lines;
    Diagnostics diagnostics;
    ast::File file;
    std::optional<logic::Theory> theory;   // only when there is no error
    NameIndex names;

    Analysis(std::string uri_, std::int64_t version_, std::string text);
    Analysis(Analysis const&) = delete;
    Analysis& operator=(Analysis const&) = delete;

    std::string const& text() const { return source.text(); }
    std::string_view slice(ast::Span span) const;
};

// Never throws on any text.
std::shared_ptr<Analysis const> analyse(std::string uri, std::int64_t version, std::string text);

}   // namespace elenchus::lsp
