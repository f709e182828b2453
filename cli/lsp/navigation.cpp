// Definition, references, the outline and rename: all from the name index.
#include <type_traits>
#include <variant>

#include "cli/lsp/features.hpp"
#include "grammar/lexical.hpp"

namespace elenchus::lsp {
namespace {

using nlohmann::json;

json location(Analysis const& a, ast::Span span) { return {{"uri", a.uri}, {"range", range_json(a.lines, span)}}; }

// LSP SymbolKind for each kind of name.
int symbol_kind(NameKind k) {
    switch (k) {
    case NameKind::source: return 2;       // Module
    case NameKind::sort: return 10;        // Enum
    case NameKind::member: return 22;      // EnumMember
    case NameKind::entity: return 19;      // Object
    case NameKind::predicate: return 12;   // Function
    case NameKind::function: return 12;    // Function
    case NameKind::constant: return 14;    // Constant
    case NameKind::define: return 12;      // Function
    case NameKind::statement: return 17;   // Boolean: a proposition
    case NameKind::argument: return 23;    // Struct
    case NameKind::scenario: return 3;     // Namespace
    }
    return 13;
}

json symbol(Analysis const& a, std::string const& name, std::string const& detail, NameKind kind, ast::Span name_span,
            ast::Span span) {
    return {{"name", name.empty() ? std::string("?") : name},
            {"detail", detail},
            {"kind", symbol_kind(kind)},
            {"range", range_json(a.lines, span)},
            {"selectionRange", range_json(a.lines, name_span)}};
}

json statement_symbol(Analysis const& a, ast::Statement const& s) {
    return symbol(a, s.name.text, ast::to_string(s.kind), NameKind::statement, s.name.span, s.span);
}

struct Outline {
    Analysis const& a;
    json out = json::array();

    void add(ast::Name const& n, char const* detail, NameKind kind, ast::Span span) {
        out.push_back(symbol(a, n.text, detail, kind, n.span, span));
    }
    void operator()(ast::SourceDecl const& d) { add(d.name, "source", NameKind::source, d.span); }
    void operator()(ast::SortDecl const& d) {
        add(d.name, "sort", NameKind::sort, d.span);
        auto children = json::array();
        if (d.members)
            for (auto const& m : *d.members)
                children.push_back(symbol(a, m.name.text, "member", NameKind::member, m.name.span, m.name.span));
        if (!children.empty()) out.back()["children"] = std::move(children);
    }
    void operator()(ast::EntityDecl const& d) {
        for (auto const& n : d.names) add(n, "entity", NameKind::entity, d.span);
    }
    void operator()(ast::PredicateDecl const& d) { add(d.name, "predicate", NameKind::predicate, d.span); }
    void operator()(ast::FunctionDecl const& d) { add(d.name, "function", NameKind::function, d.span); }
    void operator()(ast::ConstantDecl const& d) {
        for (auto const& n : d.names) add(n, "constant", NameKind::constant, d.span);
    }
    void operator()(ast::DefineDecl const& d) { add(d.name, "define", NameKind::define, d.span); }
    void operator()(ast::Statement const& s) { out.push_back(statement_symbol(a, s)); }
    void operator()(ast::ArgumentDecl const& d) { add(d.name, "argument", NameKind::argument, d.span); }
    void operator()(ast::RelationDecl const& d) {
        std::string const name = d.from.text + " " + ast::to_string(d.kind) + " " + d.to.text;
        out.push_back(symbol(a, name, "relation", NameKind::argument, d.span, d.span));
        out.back()["kind"] = 25;   // Operator
    }
    void operator()(ast::ScenarioDecl const& d) {
        add(d.name, "scenario", NameKind::scenario, d.span);
        auto children = json::array();
        for (auto const& s : d.statements) children.push_back(statement_symbol(a, s));
        if (!children.empty()) out.back()["children"] = std::move(children);
    }
};

// The declared name under the cursor, or a RequestError.
Declaration const& declared_at(Analysis const& a, json const& params) {
    auto occurrence = a.names.at(offset_of(a, params));
    Declaration const* d = occurrence ? a.names.find(occurrence->name) : nullptr;
    if (!d) throw RequestError(request_failed, "there is no declared name at this position");
    return *d;
}

}   // namespace

std::uint32_t offset_of(Analysis const& a, json const& params) {
    if (!params.is_object() || !params.contains("position")) throw RequestError(invalid_params, "no position given");
    return a.lines.offset(position_from_json(params["position"]));
}

json definition(Analysis const& a, json const& params) {
    auto occurrence = a.names.at(offset_of(a, params));
    if (!occurrence) return nullptr;
    Declaration const* d = a.names.find(occurrence->name);
    if (!d) return nullptr;
    return location(a, d->name_span);
}

json references(Analysis const& a, json const& params) {
    auto occurrence = a.names.at(offset_of(a, params));
    if (!occurrence) return nullptr;
    bool const with_declaration = params.value("/context/includeDeclaration"_json_pointer, true);
    auto out = json::array();
    for (auto const& o : a.names.occurrences_of(occurrence->name))
        if (with_declaration || !o.declaration) out.push_back(location(a, o.span));
    return out;
}

json document_symbols(Analysis const& a) {
    Outline outline{a};
    for (auto const& d : a.file.declarations) std::visit(outline, d);
    return outline.out;
}

json prepare_rename(Analysis const& a, json const& params) {
    auto occurrence = a.names.at(offset_of(a, params));
    if (!occurrence || !a.names.find(occurrence->name)) return nullptr;
    return {{"range", range_json(a.lines, occurrence->span)}, {"placeholder", occurrence->name}};
}

json rename(Analysis const& a, json const& params) {
    Declaration const& d = declared_at(a, params);
    std::string const wanted = params.value("newName", std::string{});
    char const* const begin = wanted.data();
    if (wanted.empty() || !lexical::is_identifier_start(wanted[0]) ||
        lexical::scan_word(begin, begin + wanted.size()) != begin + wanted.size())
        throw RequestError(request_failed, "'" + wanted + "' is not a name: letters, digits and _, not first a digit");
    if (lexical::is_reserved(wanted)) throw RequestError(request_failed, "'" + wanted + "' is a keyword");
    if (wanted != d.name && a.names.find(wanted))
        throw RequestError(request_failed, "'" + wanted + "' is already declared");
    auto edits = json::array();
    for (auto const& o : a.names.occurrences_of(d.name))
        edits.push_back({{"range", range_json(a.lines, o.span)}, {"newText", wanted}});
    return {{"changes", {{a.uri, std::move(edits)}}}};
}

}   // namespace elenchus::lsp
