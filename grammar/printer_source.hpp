// The canonical layout with the source text at hand. `print(File)` alone cannot tell whether
// a comment sat on the same line as the end of a declaration (the AST keeps byte spans, not
// lines), so it puts every comment on a line of its own; given the text the file was parsed
// from, a comment at the end of a declaration's last line stays there. `elenchus fmt` uses
// this one.
#pragma once

#include <string>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/printer.hpp"

namespace elenchus {

std::string print(ast::File const& file, std::string_view source_text, PrintOptions options = {});

}   // namespace elenchus
