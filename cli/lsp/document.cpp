#include "cli/lsp/document.hpp"

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::lsp {
namespace {

ast::File parse_into(SourceFile const& source, Diagnostics& diagnostics) { return parse(source, diagnostics); }

}   // namespace

// Members are initialised in declaration order: the source first, then what reads it.
Analysis::Analysis(std::string uri_, std::int64_t version_, std::string text)
    : uri(std::move(uri_)), version(version_), source(uri, std::move(text)), lines(source.text()),
      file(parse_into(source, diagnostics)), theory(check(file, diagnostics)), names(file) {}

std::string_view Analysis::slice(ast::Span span) const {
    std::string_view t = text();
    if (span.begin > t.size() || span.end < span.begin) return {};
    return t.substr(span.begin, std::min<std::size_t>(span.end, t.size()) - span.begin);
}

std::shared_ptr<Analysis const> analyse(std::string uri, std::int64_t version, std::string text) {
    return std::make_shared<Analysis const>(std::move(uri), version, std::move(text));
}

}   // namespace elenchus::lsp
