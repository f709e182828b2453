// The formula grammar of docs/language.md (section 3), loosest first. Left-associative levels fold in
// a loop; `->`, prefix operators, quantifiers and brackets recurse, each through `nest`.
// After an operator its operand is required (`must`), so nothing backtracks far.
#pragma once

#include "grammar/expression_rule.hpp"
#include "grammar/primitives.hpp"

namespace elenchus::parser {

using ast::BinaryOp;
constexpr int op(BinaryOp o) { return static_cast<int>(o); }

inline constexpr Choice iff_spellings[] = {{"<->", op(BinaryOp::iff)}, {"iff", op(BinaryOp::iff)}};
inline constexpr Choice implies_spellings[] = {{"->", op(BinaryOp::implies)}, {"implies", op(BinaryOp::implies)}};
inline constexpr Choice or_spellings[] = {
    {"or", op(BinaryOp::logical_or)}, {"|", op(BinaryOp::logical_or)}, {"xor", op(BinaryOp::logical_xor)}};
inline constexpr Choice and_spellings[] = {{"and", op(BinaryOp::logical_and)}, {"&", op(BinaryOp::logical_and)}};
inline constexpr Choice comparison_spellings[] = {{"=", op(BinaryOp::eq)}, {"!=", op(BinaryOp::ne)},
                                                  {"<", op(BinaryOp::lt)}, {"<=", op(BinaryOp::le)},
                                                  {">", op(BinaryOp::gt)}, {">=", op(BinaryOp::ge)}};
inline constexpr Choice sum_spellings[] = {{"+", op(BinaryOp::add)}, {"-", op(BinaryOp::sub)}};
inline constexpr Choice product_spellings[] = {{"*", op(BinaryOp::mul)}, {"/", op(BinaryOp::div)}};
inline constexpr Choice not_spellings[] = {{"not", 0}, {"!", 0}};
inline constexpr Choice quantifier_spellings[] = {{"forall", static_cast<int>(ast::Quantifier::forall)},
                                                  {"exists", static_cast<int>(ast::Quantifier::exists)}};

constexpr choice_parser iff_op{iff_spellings};
constexpr choice_parser implies_op{implies_spellings};
constexpr choice_parser or_op{or_spellings};
constexpr choice_parser and_op{and_spellings};
constexpr choice_parser comparison_op{comparison_spellings};
constexpr choice_parser sum_op{sum_spellings};
constexpr choice_parser product_op{product_spellings};
constexpr choice_parser not_op{not_spellings};
constexpr choice_parser quantifier{quantifier_spellings};

// ---- semantic actions (thin: the work is in parse_support.cpp) ----
struct stash_t {
    template <typename C>
    void operator()(C& c) const {
        auto& v = x3::_val(c);
        Chosen const& t = x3::_attr(c);
        v.pending = t.code;
        v.pending_span = t.span;
    }
};
struct stash_span_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).pending_span = x3::_attr(c);
    }
};
struct fold_t {
    template <typename C>
    void operator()(C& c) const {
        fold_binary(x3::_val(c), std::move(x3::_attr(c)), state(c));
    }
};
struct not_t {
    template <typename C>
    void operator()(C& c) const {
        make_unary(x3::_val(c), std::move(x3::_attr(c)), ast::UnaryOp::logical_not, state(c));
    }
};
struct negate_t {
    template <typename C>
    void operator()(C& c) const {
        make_unary(x3::_val(c), std::move(x3::_attr(c)), ast::UnaryOp::negate, state(c));
    }
};
struct binders_t {
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).expr.binders = std::move(x3::_attr(c));
    }
};
struct quantified_t {
    template <typename C>
    void operator()(C& c) const {
        make_quantified(x3::_val(c), std::move(x3::_attr(c)), state(c));
    }
};
struct condition_t {
    template <typename C>
    void operator()(C& c) const {
        set_condition(x3::_val(c), std::move(x3::_attr(c)));
    }
};
struct if_then_t {
    template <typename C>
    void operator()(C& c) const {
        make_if_then(x3::_val(c), std::move(x3::_attr(c)), state(c));
    }
};
struct callee_t {
    template <typename C>
    void operator()(C& c) const {
        start_application(x3::_val(c), std::move(x3::_attr(c)));
    }
};
struct argument_t {
    template <typename C>
    void operator()(C& c) const {
        add_argument(x3::_val(c), std::move(x3::_attr(c)), state(c));
    }
};
struct close_call_t {
    template <typename C>
    void operator()(C& c) const {
        close_application(x3::_val(c), x3::_attr(c));
    }
};
struct close_paren_t {
    template <typename C>
    void operator()(C& c) const {
        close_parenthesis(x3::_val(c), x3::_attr(c));
    }
};
template <bool Value>
struct boolean_t {
    template <typename C>
    void operator()(C& c) const {
        make_boolean(x3::_val(c), Value, x3::_attr(c));
    }
};
struct binder_names_t {   // `x, y: S`: the names first, each gets the type after the colon
    template <typename C>
    void operator()(C& c) const {
        x3::_val(c).push_back(ast::Binder{std::move(x3::_attr(c)), {}});
    }
};
struct binder_type_t {
    template <typename C>
    void operator()(C& c) const {
        auto& binders = x3::_val(c);
        for (auto it = binders.rbegin(); it != binders.rend() && it->type.text.empty(); ++it) it->type = x3::_attr(c);
    }
};

constexpr stash_t stash{};
constexpr stash_span_t stash_span{};
constexpr fold_t fold{};
constexpr not_t make_not{};
constexpr negate_t make_negate{};
constexpr binders_t take_binders{};
constexpr quantified_t make_quant{};
constexpr condition_t condition{};
constexpr if_then_t make_if{};
constexpr callee_t callee{};
constexpr argument_t argument{};
constexpr close_call_t close_call{};
constexpr close_paren_t close_paren{};

char const* const expected_formula = "expected a formula";
char const* const expected_term = "expected a term";

// ---- rules ----
x3::rule<class iff_class, Term> const iff_level = "iff";
x3::rule<class implies_class, Term> const implies_level = "implies";
x3::rule<class or_class, Term> const or_level = "or";
x3::rule<class and_class, Term> const and_level = "and";
x3::rule<class not_class, Term> const not_level = "not";
x3::rule<class quantified_class, Term> const quantified = "quantified";
x3::rule<class if_then_class, Term> const if_then = "if";
x3::rule<class comparison_class, Term> const comparison = "comparison";
x3::rule<class sum_class, Term> const sum = "sum";
x3::rule<class product_class, Term> const product = "product";
x3::rule<class unary_class, Term> const unary = "unary";
x3::rule<class primary_class, Term> const primary = "primary";
x3::rule<class application_class, Term> const application = "application";
x3::rule<class parenthesized_class, Term> const parenthesized = "parenthesized";

formula_type const formula_rule = "formula";
binders_type const binders_rule = "binders";

auto const formula_rule_def = nest[iff_level[set_val]];

auto const iff_level_def = implies_level[set_val] >> *(iff_op[stash] >> must(expected_formula)[implies_level][fold]);

auto const implies_level_def = or_level[set_val] >>
                               -(implies_op[stash] >> must(expected_formula)[nest[implies_level]][fold]);

auto const or_level_def = and_level[set_val] >> *(or_op[stash] >> must(expected_formula)[and_level][fold]);

auto const and_level_def = not_level[set_val] >> *(and_op[stash] >> must(expected_formula)[not_level][fold]);

auto const not_level_def = (not_op[stash] >> must(expected_formula)[nest[not_level]][make_not]) | quantified[set_val] |
                           if_then[set_val] | comparison[set_val];

auto const quantified_def = quantifier[stash] >>
                            must("expected a variable after the quantifier")[binders_rule][take_binders] >>
                            must("expected '.' after the quantifier's variables")[tok(".")] >>
                            must(expected_formula)[formula_rule][make_quant];

auto const if_then_def = kw("if")[stash_span] >> must(expected_formula)[formula_rule][condition] >>
                         must("expected 'then' after the condition of 'if'")[kw("then")] >>
                         must(expected_formula)[formula_rule][make_if];

auto const comparison_def = sum[set_val] >> -(comparison_op[stash] >> must(expected_term)[sum][fold] >>
                                              reject("comparisons do not chain; join them with 'and'")[comparison_op]);

auto const sum_def = product[set_val] >> *(sum_op[stash] >> must(expected_term)[product][fold]);

auto const product_def = unary[set_val] >> *(product_op[stash] >> must(expected_term)[unary][fold]);

auto const unary_def = (tok("-")[stash_span] >> must(expected_term)[nest[unary]][make_negate]) | primary[set_val];

auto const primary_def = number[set_val] | kw("true")[boolean_t<true>{}] | kw("false")[boolean_t<false>{}] |
                         application[set_val] | parenthesized[set_val];

auto const application_def = name[callee] >>
                             -(tok("(") >> -(formula_rule[argument] >>
                                             *(tok(",") >> must(expected_formula)[formula_rule][argument])) >>
                               must("expected ',' or ')' in the argument list")[tok(")")][close_call]);

auto const parenthesized_def = tok("(")[stash_span] >> must(expected_formula)[formula_rule][condition] >>
                               must("expected ')'")[tok(")")][close_paren];

auto const binders_rule_def =
    (strict_name[binder_names_t{}] % tok(",") >> must("expected ':' and a type after the variable")[tok(":")] >>
     must("expected a type")[type_ref][binder_type_t{}]) %
    tok(",");

BOOST_SPIRIT_DEFINE(formula_rule, iff_level, implies_level, or_level, and_level, not_level, quantified, if_then,
                    comparison, sum, product, unary, primary, application, parenthesized, binders_rule)

}   // namespace elenchus::parser
