// Where each name of a document is declared and used, read from the syntax tree alone, so
// that navigation works while the file still has errors. Elenchus has one namespace
// (grammar/checker_names.cpp): a name means one declaration, the first; variables bound by
// a quantifier or a `define`'s parameters are local and left out.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grammar/ast.hpp"

namespace elenchus::lsp {

enum class NameKind {
    source,
    sort,
    member,
    entity,
    predicate,
    function,
    constant,
    define,
    statement,
    argument,
    scenario
};
char const* to_string(NameKind k);   // "sort", "predicate", ...

struct Declaration {
    std::string name;
    NameKind kind = NameKind::statement;
    ast::StatementKind statement_kind = ast::StatementKind::premise;   // statements only
    ast::Span name_span;
    ast::Span span;          // the whole declaration (for a member: its sort's)
    std::string container;   // the scenario that declares a statement, the sort of a member
};

struct Occurrence {
    std::string name;
    ast::Span span;
    bool declaration = false;
};

class NameIndex {
public:
    explicit NameIndex(ast::File const& file);

    // Declarations in file order (each name once: the first declaration).
    std::vector<Declaration> const& declarations() const { return declarations_; }
    Declaration const* find(std::string const& name) const;
    // Every occurrence (declarations and uses), in file order.
    std::vector<Occurrence> const& occurrences() const { return occurrences_; }
    // The occurrence under a byte offset (its span contains it, or ends at it).
    std::optional<Occurrence> at(std::uint32_t offset) const;
    std::vector<Occurrence> occurrences_of(std::string const& name) const;

private:
    friend class IndexBuilder;
    std::vector<Declaration> declarations_;
    std::map<std::string, std::size_t> by_name_;
    std::vector<Occurrence> occurrences_;
};

}   // namespace elenchus::lsp
