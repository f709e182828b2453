// Connectives, comparisons and arithmetic: Bool, Int and Real, and where an integer literal
// may stand for a Real.
#include <algorithm>

#include "grammar/checker_internal.hpp"

namespace elenchus::checking {

namespace {

using Kind = logic::Type::Kind;
using Op = logic::Term::Op;

logic::Type const boolean{Kind::boolean};

bool is_number(logic::Type const& t) { return t.kind == Kind::integer || t.kind == Kind::real; }

// Terms made only of integer literals may stand for Reals: `x / 2`, `r >= 1 + 1`.
bool numeral_only(logic::Term const& t) {
    switch (t.op) {
    case Op::integer: return true;
    case Op::negate:
    case Op::add:
    case Op::sub:
    case Op::mul: return std::all_of(t.args.begin(), t.args.end(), numeral_only);
    default: return false;
    }
}

void widen_to_real(logic::Term& t) {
    if (t.op == Op::integer) t.op = Op::real;
    t.type = logic::Type{Kind::real};
    for (logic::Term& a : t.args) widen_to_real(a);
}

std::string quoted(char const* s) { return std::string("'") + s + "'"; }

}   // namespace

bool Checker::coerce(logic::Term& t, logic::Type const& wanted) {
    if (t.type == wanted) return true;
    if (wanted.kind == Kind::real && t.type.kind == Kind::integer && numeral_only(t)) {
        widen_to_real(t);
        return true;
    }
    return false;
}

std::optional<logic::Term> Checker::check_unary(ast::Expr const& e) {
    bool const negate = e.unary_op == ast::UnaryOp::negate;
    if (e.operands.size() != 1) return std::nullopt;
    auto operand = check_expr(e.operands[0], negate ? Position::term : Position::formula);
    if (!operand) return std::nullopt;
    logic::Term t;
    t.span = e.span;
    if (negate) {
        if (!is_number(operand->type)) {
            diagnostics_.error(e.operands[0].span,
                               "operand of '-' must be Int or Real, got " + type_name(operand->type));
            return std::nullopt;
        }
        t.op = Op::negate;
        t.type = operand->type;
    } else {
        if (operand->type.kind != Kind::boolean) {
            diagnostics_.error(e.operands[0].span, "operand of 'not' must be Bool, got " + type_name(operand->type));
            return std::nullopt;
        }
        t.op = Op::logical_not;
        t.type = boolean;
    }
    t.args.push_back(std::move(*operand));
    return t;
}

namespace {

bool is_logical(ast::BinaryOp op) {
    using B = ast::BinaryOp;
    return op == B::iff || op == B::implies || op == B::logical_or || op == B::logical_xor || op == B::logical_and;
}

}   // namespace

std::optional<logic::Term> Checker::check_binary(ast::Expr const& e) {
    if (e.operands.size() != 2) return std::nullopt;
    Position const where = is_logical(e.binary_op) ? Position::formula : Position::term;
    auto lhs = check_expr(e.operands[0], where);
    auto rhs = check_expr(e.operands[1], where);
    return combine_binary(e, lhs, rhs);
}

std::optional<logic::Term> Checker::combine_binary(ast::Expr const& e, std::optional<logic::Term>& lhs,
                                                   std::optional<logic::Term>& rhs) {
    using B = ast::BinaryOp;
    B const op = e.binary_op;
    bool const logical = is_logical(op);
    bool const equality = op == B::eq || op == B::ne;
    bool const ordering = op == B::lt || op == B::le || op == B::gt || op == B::ge;
    std::string const spelled = quoted(ast::to_string(op));
    if (!lhs || !rhs) {
        // The side that did type still gets its own complaint: `x and q` with x an Int.
        std::optional<logic::Term> const& side = lhs ? lhs : rhs;
        ast::Expr const& operand = lhs ? e.operands[0] : e.operands[1];
        if (side && logical && side->type.kind != Kind::boolean) {
            diagnostics_.error(operand.span, "operands of " + spelled + " must be Bool, got " + type_name(side->type));
        } else if (side && !logical && !equality && !is_number(side->type)) {
            diagnostics_.error(operand.span,
                               "operands of " + spelled + " must be Int or Real, got " + type_name(side->type));
        }
        return std::nullopt;
    }

    logic::Term t;
    t.span = e.span;
    switch (op) {
    case B::iff: t.op = Op::iff; break;
    case B::implies: t.op = Op::implies; break;
    case B::logical_or: t.op = Op::logical_or; break;
    case B::logical_xor: t.op = Op::logical_xor; break;
    case B::logical_and: t.op = Op::logical_and; break;
    case B::eq: t.op = Op::eq; break;
    case B::ne: t.op = Op::ne; break;
    case B::lt: t.op = Op::lt; break;
    case B::le: t.op = Op::le; break;
    case B::gt: t.op = Op::gt; break;
    case B::ge: t.op = Op::ge; break;
    case B::add: t.op = Op::add; break;
    case B::sub: t.op = Op::sub; break;
    case B::mul: t.op = Op::mul; break;
    case B::div: t.op = Op::div; break;
    }

    if (logical) {
        bool ok = true;
        for (std::size_t i = 0; i < 2; ++i) {
            logic::Term const& side = i == 0 ? *lhs : *rhs;
            if (side.type.kind != Kind::boolean) {
                diagnostics_.error(e.operands[i].span,
                                   "operands of " + spelled + " must be Bool, got " + type_name(side.type));
                ok = false;
            }
        }
        if (!ok) return std::nullopt;
        t.type = boolean;
    } else {
        if (!equality) {
            bool ok = true;
            for (std::size_t i = 0; i < 2; ++i) {
                logic::Term const& side = i == 0 ? *lhs : *rhs;
                if (!is_number(side.type)) {
                    diagnostics_.error(e.operands[i].span,
                                       "operands of " + spelled + " must be Int or Real, got " + type_name(side.type));
                    ok = false;
                }
            }
            if (!ok) return std::nullopt;
        }
        if (op == B::div) {
            coerce(*lhs, logic::Type{Kind::real});
            coerce(*rhs, logic::Type{Kind::real});
            for (std::size_t i = 0; i < 2; ++i) {
                logic::Term const& side = i == 0 ? *lhs : *rhs;
                if (side.type.kind != Kind::real) {
                    diagnostics_.error(e.operands[i].span, "operands of '/' must be Real, got " + type_name(side.type));
                    return std::nullopt;
                }
            }
        }
        if (!coerce(*lhs, rhs->type) && !coerce(*rhs, lhs->type)) {
            diagnostics_.error(e.span, "operands of " + spelled + " must have the same type, got " +
                                           type_name(lhs->type) + " and " + type_name(rhs->type));
            return std::nullopt;
        }
        t.type = equality || ordering ? boolean : lhs->type;
    }
    t.args.push_back(std::move(*lhs));
    t.args.push_back(std::move(*rhs));
    return t;
}

}   // namespace elenchus::checking
