// The declaration grammar of docs/language.md. Every declaration but a standalone relation
// starts with its keyword, after which each part is required (`must`) with a message that
// says what was expected where.
#pragma once

#include "grammar/declaration_rule.hpp"
#include "grammar/expression_rule.hpp"
#include "grammar/primitives.hpp"

namespace elenchus::parser {

namespace declaration_grammar {

using namespace ast;

inline constexpr Choice statement_kinds[] = {{"axiom", static_cast<int>(StatementKind::axiom)},
                                             {"premise", static_cast<int>(StatementKind::premise)},
                                             {"assume", static_cast<int>(StatementKind::assume)},
                                             {"hypothesis", static_cast<int>(StatementKind::hypothesis)},
                                             {"claim", static_cast<int>(StatementKind::claim)}};
inline constexpr Choice relation_kinds[] = {{"attacks", static_cast<int>(RelationKind::attacks)},
                                            {"supports", static_cast<int>(RelationKind::supports)}};
constexpr choice_parser statement_kind{statement_kinds};
constexpr choice_parser relation_kind{relation_kinds};

// ---- semantic actions ----
struct open_members_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).members.emplace();
    }
};
struct push_member_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).members->push_back(std::move(x3::_attr(c)));
    }
};
struct formula_into_body_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).body = std::move(x3::_attr(c).expr);
    }
};
struct formula_into_statement_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).formula = std::move(x3::_attr(c).expr);
    }
};
struct statement_kind_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).kind = static_cast<StatementKind>(x3::_attr(c).code);
    }
};
struct means_t {
    template <typename C>
    void operator()(C& c) const {
        auto& statement = x3::_val(c);
        StringLit& reading = x3::_attr(c);
        if (statement.means) {
            ParseState const& st = state(c);
            raise(st.begin + reading.span.begin, st.end, "a statement has only one 'means'");
        }
        statement.means = std::move(reading);
    }
};
struct cites_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).cites.push_back(Citation{{}, {}, x3::_attr(c)});
    }
};
struct cited_source_t {
    template <typename C>
    void operator()(C& c) const {
        Citation& citation = x3::_val(c).cites.back();
        citation.span.end = x3::_attr(c).span.end;
        citation.source = std::move(x3::_attr(c));
    }
};
struct quotation_t {
    template <typename C>
    void operator()(C& c) const {
        Citation& citation = x3::_val(c).cites.back();
        citation.span.end = x3::_attr(c).span.end;
        citation.quotation = std::move(x3::_attr(c));
    }
};
struct relation_clause_t {
    template <typename C>
    void operator()(C& c) const {
        auto& argument = x3::_val(c);
        Chosen const& kind = x3::_attr(c);
        argument.relations.push_back(RelationDecl{argument.name, static_cast<RelationKind>(kind.code), {}, kind.span});
    }
};
struct relation_target_t {
    template <typename C>
    void operator()(C& c) const {
        RelationDecl& relation = x3::_val(c).relations.back();
        relation.span.end = x3::_attr(c).span.end;
        relation.to = std::move(x3::_attr(c));
    }
};
struct relation_kind_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).kind = static_cast<RelationKind>(x3::_attr(c).code);
    }
};

// ---- rules ----
x3::rule<class source_class, SourceDecl> const source = "source";
x3::rule<class sort_class, SortDecl> const sort = "sort";
x3::rule<class member_class, SortMember> const member = "member";
x3::rule<class entity_class, EntityDecl> const entity = "entity";
x3::rule<class predicate_class, PredicateDecl> const predicate = "predicate";
x3::rule<class function_class, FunctionDecl> const function = "function";
x3::rule<class constant_class, ConstantDecl> const constant = "constant";
x3::rule<class define_class, DefineDecl> const define = "define";
x3::rule<class statement_class, Statement> const statement = "statement";
x3::rule<class argument_class, ArgumentDecl> const argument = "argument";
x3::rule<class relation_class, RelationDecl> const relation = "relation";

}   // namespace declaration_grammar

declaration_type const declaration_rule = "declaration";
scenario_head_type const scenario_head_rule = "scenario";
scenario_item_type const scenario_item_rule = "scenario item";

namespace declaration_grammar {

auto const source_def =
    spanned[kw("source") >> must("expected a source name after 'source'")[strict_name][set<&SourceDecl::name>] >>
            -string_lit[set<&SourceDecl::title>]];

auto const member_def = strict_name[set<&SortMember::name>] >> -string_lit[set<&SortMember::display>];

auto const sort_def =
    spanned[kw("sort") >> must("expected a sort name after 'sort'")[strict_name][set<&SortDecl::name>] >>
            -(tok("=")[open_members_t{}] >> must("expected '{' and the sort's members after '='")[tok("{")] >>
              must("expected a member name")[member][push_member_t{}] >>
              *(tok(",") >> must("expected a member name after ','")[member][push_member_t{}]) >>
              must("expected ',' or '}' in the member list")[tok("}")])];

auto const entity_def =
    spanned[kw("entity") >> must("expected an entity name after 'entity'")[strict_name][push<&EntityDecl::names>] >>
            *(tok(",") >> must("expected an entity name after ','")[strict_name][push<&EntityDecl::names>]) >>
            must("expected ':' and a sort after the entity names")[tok(":")] >>
            must("expected a sort")[type_ref][set<&EntityDecl::sort>]];

auto const predicate_def =
    spanned[kw("predicate") >>
            must("expected a predicate name after 'predicate'")[strict_name][set<&PredicateDecl::name>] >>
            -(tok("(") >>
              -(type_ref[push<&PredicateDecl::parameters>] >>
                *(tok(",") >> must("expected a type after ','")[type_ref][push<&PredicateDecl::parameters>])) >>
              must("expected ',' or ')' in the parameter types")[tok(")")]) >>
            -string_lit[set<&PredicateDecl::reading>]];

auto const function_def =
    spanned[kw("function") >>
            must("expected a function name after 'function'")[strict_name][set<&FunctionDecl::name>] >>
            must("expected '(' and the parameter types after the function name")[tok("(")] >>
            must("expected a type")[type_ref][push<&FunctionDecl::parameters>] >>
            *(tok(",") >> must("expected a type after ','")[type_ref][push<&FunctionDecl::parameters>]) >>
            must("expected ',' or ')' in the parameter types")[tok(")")] >>
            must("expected ':' and the result type after the parameters")[tok(":")] >>
            must("expected a type")[type_ref][set<&FunctionDecl::result>] >> -string_lit[set<&FunctionDecl::reading>]];

auto const constant_def =
    spanned[kw("constant") >>
            must("expected a constant name after 'constant'")[strict_name][push<&ConstantDecl::names>] >>
            *(tok(",") >> must("expected a constant name after ','")[strict_name][push<&ConstantDecl::names>]) >>
            must("expected ':' and a type after the constant names")[tok(":")] >>
            must("expected a type")[type_ref][set<&ConstantDecl::type>] >> -string_lit[set<&ConstantDecl::reading>]];

auto const define_def =
    spanned[kw("define") >> must("expected a name after 'define'")[strict_name][set<&DefineDecl::name>] >>
            -(tok("(") >> must("expected a parameter")[binders()][set<&DefineDecl::parameters>] >>
              must("expected ',' or ')' after the parameters")[tok(")")]) >>
            must("expected ':=' after the definition's name")[tok(":=")] >>
            must("expected a formula")[formula()][formula_into_body_t{}]];

auto const statement_def =
    spanned[statement_kind[statement_kind_t{}] >>
            must("expected a statement name")[strict_name][set<&Statement::name>] >>
            must("expected ':' after the statement name")[tok(":")] >>
            must("expected a formula")[formula()][formula_into_statement_t{}] >>
            *((kw("means") >> must("expected a string after 'means'")[string_lit][means_t{}]) |
              (kw("cites")[cites_t{}] >> must("expected a source name after 'cites'")[strict_name][cited_source_t{}] >>
               -string_lit[quotation_t{}]))];

auto const argument_def =
    spanned[kw("argument") >>
            must("expected an argument name after 'argument'")[strict_name][set<&ArgumentDecl::name>] >>
            -string_lit[set<&ArgumentDecl::title>] >> must("expected 'from' and the argument's premises")[kw("from")] >>
            must("expected a premise name after 'from'")[strict_name][push<&ArgumentDecl::premises>] >>
            *(tok(",") >> must("expected a premise name after ','")[strict_name][push<&ArgumentDecl::premises>]) >>
            no_missing_comma("premises") >>
            must("expected 'therefore' and the conclusion after the premises")[kw("therefore")] >>
            must("expected the conclusion's name after 'therefore'")[strict_name][set<&ArgumentDecl::conclusion>] >>
            *(relation_kind[relation_clause_t{}] >>
              must("expected a name after 'attacks' or 'supports'")[strict_name][relation_target_t{}])];

auto const relation_def =
    spanned[name[set<&RelationDecl::from>] >> relation_kind[relation_kind_t{}] >>
            must("expected a name after 'attacks' or 'supports'")[strict_name][set<&RelationDecl::to>]];

}   // namespace declaration_grammar

using namespace declaration_grammar;

auto const declaration_rule_def = source[set_val] | sort[set_val] | entity[set_val] | predicate[set_val] |
                                  function[set_val] | constant[set_val] | define[set_val] | statement[set_val] |
                                  argument[set_val] | relation[set_val];

auto const scenario_head_rule_def =
    spanned[kw("scenario") >>
            must("expected a scenario name after 'scenario'")[strict_name][set<&ast::ScenarioDecl::name>] >>
            -string_lit[set<&ast::ScenarioDecl::title>] >> must("expected '{' after the scenario's name")[tok("{")]];

auto const scenario_item_rule_def =
    (kw("without") >>
     must("expected a statement name after 'without'")[strict_name][push<&ast::ScenarioDecl::without>] >>
     *(tok(",") >> must("expected a statement name after ','")[strict_name][push<&ast::ScenarioDecl::without>]) >>
     no_missing_comma("statements")) |
    (kw("with") >> must("expected a hypothesis name after 'with'")[strict_name][push<&ast::ScenarioDecl::with>] >>
     *(tok(",") >> must("expected a hypothesis name after ','")[strict_name][push<&ast::ScenarioDecl::with>]) >>
     no_missing_comma("hypotheses")) |
    statement[push<&ast::ScenarioDecl::statements>];

namespace declaration_grammar {
BOOST_SPIRIT_DEFINE(source, sort, member, entity, predicate, function, constant, define, statement, argument, relation)
}
BOOST_SPIRIT_DEFINE(declaration_rule, scenario_head_rule, scenario_item_rule)

}   // namespace elenchus::parser
