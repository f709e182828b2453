// An Argdown document as `elenchus import` reads it: the subset of Argdown
// (https://argdown.org/syntax/) that can become an Elenchus file. Statements are grouped into
// equivalence classes by title, arguments are named by title, premise-conclusion structures
// (pcs) list their statements and inferences, and relations link any two of them. Positions
// are 1-based line and column (columns count characters) in the Argdown text.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace elenchus::argdown {

struct Position {
    int line = 1;
    int column = 1;
};

// One message about the input: an error (the document cannot be read) or a note (something
// read that Elenchus cannot say, left out or changed on the way).
struct Diagnostic {
    enum class Severity { error, note };
    Severity severity = Severity::note;
    Position at;
    std::string message;
};

// YAML data attached to an element (`{formalization: "p -> q", declarations: {p: "..."}}`),
// read in YAML's flow style; a value is a scalar, a list or a map.
struct Data {
    enum class Kind { scalar, list, map };
    Kind kind = Kind::scalar;
    std::string scalar;
    std::vector<Data> items;
    std::vector<std::pair<std::string, Data>> entries;   // in the written order
    Data const* find(std::string_view key) const;        // map entries only; null if absent
};

// A use of a statement: a definition (`[T]: text`, or text alone: an anonymous statement) or
// a reference (`[T]`).
struct StatementUse {
    std::string title;   // empty: anonymous
    std::string text;    // empty for a reference
    Data data;           // empty map when none
    bool has_data = false;
    Position at;
};

enum class RelationKind { support, attack, undercut, contradiction };

struct Member {
    bool is_argument = false;
    int index = -1;   // Document::statements (equivalence classes) or Document::arguments
};

struct Relation {
    RelationKind kind = RelationKind::support;
    Member from;
    Member to;
    Position at;   // the relation symbol
};

struct PcsStep {
    std::string label;    // "(1)": "1"; "(P1)": "P1"
    int statement = -1;   // Document::statements index
    bool is_conclusion = false;
    // For a conclusion: the labels its inference says it uses (`uses` or `from`), if given.
    std::vector<std::string> uses;
    std::string rule;   // the inference's rule text, if any
    Position at;
};

struct Argument {
    std::string title;   // empty: an anonymous argument (a pcs with no title before it)
    std::vector<std::string> descriptions;
    std::vector<PcsStep> pcs;   // empty: not reconstructed
    Position at;                // where it is first written
    Position pcs_at;
};

struct EquivalenceClass {
    std::string title;   // empty: an anonymous statement
    std::vector<StatementUse> uses;
    Position at;
};

struct Document {
    std::vector<EquivalenceClass> statements;
    std::vector<Argument> arguments;
    std::vector<Relation> relations;   // in the order written
    std::vector<Diagnostic> diagnostics;
    bool has_errors() const;
};

// Reads Argdown text (UTF-8). Never throws on bad input: errors are diagnostics with a
// position, and what was read up to them is kept.
Document read_document(std::string_view text);

// Reads flow-style YAML `{...}` starting at text[pos] == '{'; on success sets `end` past the
// closing brace. On failure returns false and sets `error` and `end` (where it failed).
bool read_data(std::string_view text, std::size_t pos, Data& out, std::size_t& end, std::string& error);

}   // namespace elenchus::argdown
