// The checker's working state, shared by checker*.cpp; not part of the public interface.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"
#include "grammar/unfold_bounds.hpp"

namespace elenchus::checking {

// Everything that can own a name in the file's one namespace.
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
    scenario,
};

// A name as first declared anywhere in the file (pass 1), so statements, arguments and
// scenarios can be referred to before their declaration, and "used before its
// declaration" can be told apart from "unknown".
struct Declared {
    NameKind kind = NameKind::sort;
    ast::Span span;
    ast::StatementKind statement_kind = ast::StatementKind::premise;   // statements
    std::string scenario;                                              // statements declared inside a scenario
    std::string sort;                                                  // members: the sort that lists them
    int index = -1;   // statements: Theory::statements; arguments: Theory::arguments
};

// A symbol usable from here on (pass 2): declared before this point.
struct InScope {
    NameKind kind = NameKind::sort;
    int index = -1;   // Theory::sorts, ::symbols, ::defines, or Checker::sources
};

struct Local {
    std::string name;
    logic::Type type;
};

// Where an expression sits, for the wording of "unknown ..." messages only.
enum class Position { formula, term };

class Checker {
public:
    Checker(logic::Theory& theory, Diagnostics& diagnostics) : theory_(theory), diagnostics_(diagnostics) {}

    // checker_names.cpp
    void declare_all(ast::File const& file);
    void declare_vocabulary_of(logic::Theory const& checked);   // for check_formula
    bool first_declaration(ast::Name const& name);
    void introduce(ast::Name const& name, NameKind kind, int index);
    std::optional<logic::Type> resolve_type(ast::TypeRef const& type);
    std::optional<logic::Type> resolve_sort(ast::TypeRef const& type, char const* what);
    Declared const* find_declared(std::string const& name) const;
    void poison(std::string const& name) { poisoned_.insert(name); }
    bool is_poisoned(std::string const& name) const { return poisoned_.count(name) != 0; }
    std::string type_name(logic::Type const& t) const;
    std::string type_phrase(logic::Type const& t) const;   // "a Bloc", "Int"
    std::string describe(Declared const& d) const;         // "a hypothesis", "a sort"
    // Reports a name that is not a usable symbol here; `wanted` is "predicate", "source"...
    void report_missing(ast::Name const& name, char const* wanted, std::vector<NameKind> const& kinds,
                        bool with_locals);

    // checker_terms.cpp
    std::optional<logic::Term> check_expr(ast::Expr const& e, Position where);
    std::optional<logic::Term> check_bool(ast::Expr const& e, char const* what);

    // checker_declarations.cpp
    void check_declaration(ast::Declaration const& d);
    void check_display_names(ast::File const& file);
    void warn_unused();

    // Where checking starts and how many bytes of stack below it the recursion may use.
    void set_stack(char const* base, std::size_t budget) {
        stack_base_ = base;
        stack_budget_ = budget;
    }

private:
    [[gnu::noinline]] std::optional<logic::Term> check_root(ast::Expr const& e, Position where);
    std::optional<logic::Term> check_name(ast::Expr const& e, Position where);
    std::optional<logic::Term> check_apply(ast::Expr const& e, Position where);
    std::nullopt_t skip_operands(ast::Expr const& e);
    std::string predicate_as_term(ast::Expr const& operand, logic::Type const& wanted) const;
    std::optional<logic::Term> check_unary(ast::Expr const& e);
    std::optional<logic::Term> check_binary(ast::Expr const& e);
    [[gnu::noinline]] std::optional<logic::Term> combine_binary(ast::Expr const& e, std::optional<logic::Term>& lhs,
                                                                std::optional<logic::Term>& rhs);
    [[gnu::noinline]] void report_too_deep(ast::Expr const& e);
    std::optional<logic::Term> check_quantified(ast::Expr const& e);
    bool refers_to_statement(ast::Name const& name);
    bool coerce(logic::Term& t, logic::Type const& wanted);
    std::optional<std::vector<logic::Variable>> check_binders(std::vector<ast::Binder> const& binders);
    void mark_used(InScope const& s);

    void check_source(ast::SourceDecl const& d);
    void check_sort(ast::SortDecl const& d);
    void check_entity(ast::EntityDecl const& d);
    void check_predicate(ast::PredicateDecl const& d);
    void check_function(ast::FunctionDecl const& d);
    void check_constant(ast::ConstantDecl const& d);
    void check_define(ast::DefineDecl const& d);
    void check_statement(ast::Statement const& d, std::string const& scenario);
    void check_argument(ast::ArgumentDecl const& d);
    void check_relation(ast::RelationDecl const& d, bool from_is_argument_clause);
    void check_scenario(ast::ScenarioDecl const& d);
    std::optional<int> top_level_statement(ast::Name const& name, char const* role);
    std::string suggest_statement(std::string const& wanted, bool (*fits)(Declared const&)) const;

    logic::Theory& theory_;
    Diagnostics& diagnostics_;
    UnfoldBounds unfold_bounds_{theory_};
    bool in_root_ = false;   // checking below a whole formula's root

    std::unordered_map<std::string, Declared> declared_;
    std::vector<std::string> declared_order_;
    std::unordered_map<std::string, InScope> scope_;
    std::vector<std::string> scope_order_;
    std::unordered_set<std::string> poisoned_;   // declarations that failed: no cascade
    std::vector<Local> locals_;
    std::string current_define_;
    int depth_ = 0;
    bool too_deep_reported_ = false;
    char const* stack_base_ = nullptr;   // set where checking starts; bounds the recursion
    std::size_t stack_budget_ = 0;

    struct Source {
        std::string name;
        ast::Span span;
        bool cited = false;
    };
    std::vector<Source> sources_;
    std::vector<char> sort_used_, symbol_used_, define_used_;
    std::vector<int> concluded_;   // Theory::statements indices some argument concludes
};

// The deepest formula the checker walks; deeper input gets an error, never a stack overflow.
inline constexpr int max_formula_depth = 10000;
// Variables bound at one place of a formula (docs/language.md, "Limits").
inline constexpr std::size_t max_variables_in_scope = 256;

}   // namespace elenchus::checking
