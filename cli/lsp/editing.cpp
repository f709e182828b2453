// Edits the server offers: the canonical layout and completion.
#include <set>

#include "cli/lsp/features.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer_source.hpp"

namespace elenchus::lsp {
namespace {

using nlohmann::json;

// LSP CompletionItemKind for each kind of name.
int completion_kind(NameKind k) {
    switch (k) {
    case NameKind::source: return 17;     // File
    case NameKind::sort: return 7;        // Class
    case NameKind::member: return 20;     // EnumMember
    case NameKind::entity: return 12;     // Value
    case NameKind::predicate: return 3;   // Function
    case NameKind::function: return 3;    // Function
    case NameKind::constant: return 21;   // Constant
    case NameKind::define: return 3;      // Function
    case NameKind::statement: return 6;   // Variable
    case NameKind::argument: return 22;   // Struct
    case NameKind::scenario: return 9;    // Module
    }
    return 1;
}

}   // namespace

json formatting(Analysis const& a) {
    // The checker's errors do not matter to the layout (as for `elenchus fmt`); the parser's do.
    Diagnostics syntax;
    ast::File parsed = parse(a.source, syntax);
    if (syntax.has_errors())
        throw RequestError(request_failed, "the file has syntax errors; it is formatted once they are fixed");
    std::string text = print(parsed, a.text());
    // As `fmt` does: the layout must never change what the file says.
    SourceFile again(a.uri, text);
    Diagnostics d;
    if (ast::File reparsed = parse(again, d); d.has_errors() || !ast::same(reparsed, parsed))
        throw RequestError(request_failed, "internal error: the canonical text would not parse back to the same file");
    if (text == a.text()) return json::array();
    ast::Span whole{0, static_cast<std::uint32_t>(a.text().size())};
    return json::array({{{"range", range_json(a.lines, whole)}, {"newText", std::move(text)}}});
}

json completion(Analysis const& a, json const&) {
    auto items = json::array();
    std::set<std::string> seen;
    for (auto const& d : a.names.declarations()) {
        if (!seen.insert(d.name).second) continue;
        std::string detail = d.kind == NameKind::statement ? ast::to_string(d.statement_kind) : to_string(d.kind);
        items.push_back({{"label", d.name}, {"kind", completion_kind(d.kind)}, {"detail", detail}});
    }
    for (auto word : lexical::reserved_words()) {
        std::string w(word);
        if (!seen.insert(w).second) continue;
        items.push_back({{"label", w}, {"kind", 14}, {"detail", "keyword"}});   // Keyword
    }
    return {{"isIncomplete", false}, {"items", std::move(items)}};
}

}   // namespace elenchus::lsp
