// One declaration in canonical layout, as the lines it prints on (no comments, no indent).
#include <string>
#include <vector>

#include "grammar/printer.hpp"
#include "grammar/printer_detail.hpp"

namespace elenchus::printing {

using namespace ast;

namespace {

std::string types(std::vector<TypeRef> const& list) { return names(list); }

}   // namespace

std::string names(std::vector<Name> const& list) {
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out += ", ";
        out += list[i].text;
    }
    return out;
}

std::string with_string(std::string line, std::optional<StringLit> const& s) {
    if (s) line += ' ' + quote(s->value);
    return line;
}

Lines lines_of(SourceDecl const& d) { return {with_string("source " + d.name.text, d.title)}; }

Lines lines_of(SortDecl const& d) {
    std::string line = "sort " + d.name.text;
    if (d.members) {
        line += " = {";
        for (std::size_t i = 0; i < d.members->size(); ++i) {
            auto const& m = (*d.members)[i];
            line += i > 0 ? ", " : " ";
            line += with_string(m.name.text, m.display);
        }
        line += " }";
    }
    return {line};
}

Lines lines_of(EntityDecl const& d) { return {"entity " + names(d.names) + ": " + d.sort.text}; }

Lines lines_of(PredicateDecl const& d) {
    std::string line = "predicate " + d.name.text;
    if (!d.parameters.empty()) line += '(' + types(d.parameters) + ')';
    return {with_string(line, d.reading)};
}

Lines lines_of(FunctionDecl const& d) {
    std::string line = "function " + d.name.text + '(' + types(d.parameters) + "): " + d.result.text;
    return {with_string(line, d.reading)};
}

Lines lines_of(ConstantDecl const& d) {
    return {with_string("constant " + names(d.names) + ": " + d.type.text, d.reading)};
}

Lines lines_of(DefineDecl const& d, PrintOptions options) {
    std::string line = "define " + d.name.text;
    if (!d.parameters.empty()) line += '(' + binders(d.parameters) + ')';
    return {line + " := " + print(d.body, options)};
}

Lines lines_of(Statement const& d, PrintOptions options) {
    Lines lines{std::string(to_string(d.kind)) + ' ' + d.name.text + ": " + print(d.formula, options)};
    if (d.means) lines.push_back("  means " + quote(d.means->value));
    for (auto const& c : d.cites) lines.push_back(with_string("  cites " + c.source.text, c.quotation));
    return lines;
}

Lines lines_of(RelationDecl const& d) { return {d.from.text + ' ' + to_string(d.kind) + ' ' + d.to.text}; }

Lines lines_of(ArgumentDecl const& d) {
    Lines lines{with_string("argument " + d.name.text, d.title)};
    lines.push_back("  from " + names(d.premises));
    lines.push_back("  therefore " + d.conclusion.text);
    for (auto const& r : d.relations) lines.push_back("  " + std::string(to_string(r.kind)) + ' ' + r.to.text);
    return lines;
}

}   // namespace elenchus::printing
