// A checked file: every name resolved, every formula typed. The checker builds it from the
// AST; the solver, the explainer and the map read it and never see unresolved names.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "grammar/ast.hpp"

namespace elenchus::logic {

struct Type {
    enum class Kind { boolean, integer, real, sort };
    Kind kind = Kind::boolean;
    int sort = -1;   // index into Theory::sorts when kind == sort
    friend bool operator==(Type const&, Type const&) = default;
};

struct Sort {
    std::string name;
    bool closed = false;
    std::vector<int> members;   // symbol indices of its members, in declaration order
    ast::Span span;
};

struct Symbol {
    enum class Kind { member, entity, predicate, function, constant };
    Kind kind = Kind::constant;
    std::string name;
    std::string display;            // display name of a member, else empty
    std::string reading;            // `predicate member(Country, Bloc) "is a member of"`
    std::vector<Type> parameters;   // predicate, function
    Type result;                    // predicate: Bool; member, entity: its sort
    int member_index = -1;          // position within its closed sort
    ast::Span span;
};

struct Variable {
    std::string name;
    Type type;
};

// A typed term or formula. Variables are referred to by name; a quantifier's binders
// shadow outer ones of the same name.
struct Term {
    enum class Op {
        variable,
        symbol,   // symbol: a member, entity, constant, or an application
        define,   // a call of a `define`, kept so explanations can unfold it
        integer,
        real,   // numerals: `number` holds the literal text
        true_,
        false_,
        logical_not,
        logical_and,
        logical_or,
        logical_xor,
        implies,
        iff,
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
        negate,
        forall,
        exists,
    };
    Op op = Op::true_;
    Type type;
    int symbol = -1;                 // symbol: Theory::symbols index; define: Theory::defines index
    std::string name;                // variable: its name
    std::string number;              // integer, real
    std::vector<Variable> binders;   // forall, exists
    std::vector<Term> args;          // operands; quantifiers: [body]
    ast::Span span;
};

struct Define {
    std::string name;
    std::vector<Variable> parameters;
    Term body;
    ast::Span span;
};

struct Citation {
    std::string source;
    std::string quotation;   // empty if none
};

struct Statement {
    std::string name;
    ast::StatementKind kind = ast::StatementKind::premise;
    Term formula;
    std::string means;
    std::vector<Citation> cites;
    std::string scenario;   // the scenario that declares it; empty for the baseline
    ast::Span span;
};

bool asserted_in_baseline(Statement const& s);   // axiom, premise, assume (not in a scenario)

struct Argument {
    std::string name;
    std::string title;
    std::vector<int> premises;   // Theory::statements indices
    int conclusion = -1;
    ast::Span span;
};

struct Relation {
    std::string from;
    std::string to;
    ast::RelationKind kind = ast::RelationKind::attacks;
    bool from_is_argument = true;
    bool to_is_argument = true;
    ast::Span span;
};

struct Scenario {
    std::string name;
    std::string title;
    std::vector<int> without;      // asserted statements dropped
    std::vector<int> with;         // hypotheses turned on
    std::vector<int> statements;   // declared inside it (indices into Theory::statements)
    ast::Span span;
};

struct Theory {
    std::vector<Sort> sorts;
    std::vector<Symbol> symbols;
    std::vector<Define> defines;
    std::vector<Statement> statements;   // baseline and scenario statements alike
    std::vector<Argument> arguments;
    std::vector<Relation> relations;
    std::vector<Scenario> scenarios;

    std::optional<int> find_statement(std::string const& name) const;
    std::optional<int> find_argument(std::string const& name) const;
    std::optional<int> find_scenario(std::string const& name) const;
    std::vector<int> baseline() const;     // asserted statements of the baseline
    std::vector<int> claims() const;       // baseline claims, in declaration order
    std::vector<int> hypotheses() const;   // baseline hypotheses
    // The asserted statements of a scenario: baseline minus `without`, plus its own
    // asserted statements and the hypotheses it names with `with`.
    std::vector<int> asserted_in(Scenario const& s) const;
};

}   // namespace elenchus::logic
