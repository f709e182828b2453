// The Elenchus parser (Boost.Spirit X3 underneath; nothing here needs Spirit).
#pragma once

#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"

namespace elenchus {

struct ParseLimits {
    std::size_t max_nesting = 256;   // formula nesting depth; deeper is an error, not a crash
};

// Parses the whole file. Syntax errors go to `diagnostics` (all of them, in source order,
// up to the diagnostics' cap): after an error the parser skips to the next declaration
// keyword and goes on. The returned file holds every declaration that parsed.
// Invalid UTF-8 is reported with its position. Never throws on any input.
ast::File parse(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits = {});

// Parses one formula (for `whatif --assume`), with positions relative to `source`.
std::optional<ast::Expr> parse_formula(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits = {});

}   // namespace elenchus
