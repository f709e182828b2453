// The syntax tree of an Elenchus file, as written (names unresolved, types unchecked).
// Plain value types with no Spirit dependency: the parser fills them, the printer and the
// checker read them. Every node carries the byte range it was parsed from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace elenchus::ast {

// Byte offsets into the source text, [begin, end).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Name {
    std::string text;
    Span span;
};

// A string literal: `value` is decoded (escapes resolved), UTF-8.
struct StringLit {
    std::string value;
    Span span;
};

// A type written in a declaration: `Bool`, `Int`, `Real` or a sort name.
using TypeRef = Name;

struct Binder {
    Name variable;
    TypeRef type;
};

enum class UnaryOp { logical_not, negate };
enum class BinaryOp {
    iff,
    implies,   // `<->` `iff`, `->` `implies` `if A then B`
    logical_or,
    logical_xor,
    logical_and,
    eq,
    ne,
    lt,
    le,
    gt,
    ge,
    add,
    sub,
    mul,
    div,
};
enum class Quantifier { forall, exists };

// One tree for formulas and terms: the parser cannot tell `member(c, NATO)` (a predicate)
// from `spending(c)` (a function) or `pfp_since` (a constant) from a proposition; the
// checker decides, with the declarations in hand.
struct Expr {
    enum class Kind { name, apply, number, boolean, unary, binary, quantified };
    Kind kind = Kind::boolean;
    Span span;
    Name name;              // name, apply: the symbol or variable
    std::string number;     // number: the literal as written, `2`, `2.5`
    bool boolean = false;   // boolean: `true` / `false`
    UnaryOp unary_op = UnaryOp::logical_not;
    BinaryOp binary_op = BinaryOp::logical_and;
    Quantifier quantifier = Quantifier::forall;
    std::vector<Binder> binders;   // quantified
    // apply: the arguments; unary: [operand]; binary: [lhs, rhs]; quantified: [body]
    std::vector<Expr> operands;
};

// ---- declarations --------------------------------------------------------------------

struct SourceDecl {
    Name name;
    std::optional<StringLit> title;
    Span span;
};

struct SortMember {
    Name name;
    std::optional<StringLit> display;   // `Turkiye "Türkiye"`
};

struct SortDecl {
    Name name;
    std::optional<std::vector<SortMember>> members;   // empty optional: an open sort
    Span span;
};

struct EntityDecl {
    std::vector<Name> names;
    TypeRef sort;
    Span span;
};

struct PredicateDecl {
    Name name;
    std::vector<TypeRef> parameters;    // `predicate p` and `predicate p()` both: none
    std::optional<StringLit> reading;   // `"is a member of"`
    Span span;
};

struct FunctionDecl {
    Name name;
    std::vector<TypeRef> parameters;
    TypeRef result;
    std::optional<StringLit> reading;
    Span span;
};

struct ConstantDecl {
    std::vector<Name> names;   // `constant a, b: Int`
    TypeRef type;
    std::optional<StringLit> reading;
    Span span;
};

struct DefineDecl {
    Name name;
    std::vector<Binder> parameters;
    Expr body;
    Span span;
};

enum class StatementKind { axiom, premise, assume, hypothesis, claim };

struct Citation {
    Name source;
    std::optional<StringLit> quotation;
    Span span;
};

struct Statement {
    StatementKind kind = StatementKind::premise;
    Name name;
    Expr formula;
    std::optional<StringLit> means;
    std::vector<Citation> cites;
    Span span;
};

enum class RelationKind { attacks, supports };

// `risk attacks benefit`, standing alone or as a clause of an argument.
struct RelationDecl {
    Name from;
    RelationKind kind = RelationKind::attacks;
    Name to;
    Span span;
};

struct ArgumentDecl {
    Name name;
    std::optional<StringLit> title;
    std::vector<Name> premises;
    Name conclusion;
    std::vector<RelationDecl> relations;   // clauses; `from` is the argument's own name
    Span span;
};

struct ScenarioDecl {
    Name name;
    std::optional<StringLit> title;
    std::vector<Name> without;   // every `without` clause, in order
    std::vector<Name> with;      // every `with` clause, in order
    std::vector<Statement> statements;
    Span span;
};

using Declaration = std::variant<SourceDecl, SortDecl, EntityDecl, PredicateDecl, FunctionDecl, ConstantDecl,
                                 DefineDecl, Statement, ArgumentDecl, RelationDecl, ScenarioDecl>;

struct Comment {
    std::string text;   // as written, delimiters included: `// x` or `/* x */`
    Span span;
};

struct File {
    std::vector<Declaration> declarations;
    std::vector<Comment> comments;   // in source order; the printer keeps them
    // Names that declarations with a syntax error were declaring: the checker says nothing
    // about their uses, which the file's author wrote correctly.
    std::vector<Name> unparsed;
};

Span span_of(Declaration const& d);
char const* to_string(StatementKind k);   // "axiom", "premise", ...
char const* to_string(BinaryOp op);       // canonical spelling: "<->", "->", "or", "xor", "and", "=", ...
char const* to_string(RelationKind k);    // "attacks", "supports"

// Structural equality with spans ignored: what the printer's round trip must preserve.
bool same(Expr const& a, Expr const& b);
bool same(File const& a, File const& b);

}   // namespace elenchus::ast
