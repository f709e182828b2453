// The typed IR printed in the language's own syntax: the term becomes a syntax tree again and
// goes through the formula printer, so both share one set of precedence rules.
#include <string>
#include <utility>

#include "grammar/printer.hpp"
#include "grammar/printer_detail.hpp"

namespace elenchus {
namespace {

using ast::Expr;
using logic::Term;

class Unchecker {
public:
    Unchecker(logic::Theory const& theory, bool display_names) : theory_(theory), display_names_(display_names) {}

    Expr expr(Term const& t) const {
        using Op = Term::Op;
        switch (t.op) {
        case Op::variable: return named(t.name);
        case Op::symbol: return application(symbol_name(t.symbol), t);
        case Op::define: return application(define_name(t.symbol), t);
        case Op::integer:
        case Op::real: {
            Expr e;
            e.kind = Expr::Kind::number;
            e.number = t.number;
            return e;
        }
        case Op::true_: return boolean(true);
        case Op::false_: return boolean(false);
        case Op::logical_not: return unary(ast::UnaryOp::logical_not, t);
        case Op::negate: return unary(ast::UnaryOp::negate, t);
        case Op::logical_and: return chain(ast::BinaryOp::logical_and, t, boolean(true));
        case Op::logical_or: return chain(ast::BinaryOp::logical_or, t, boolean(false));
        case Op::logical_xor: return chain(ast::BinaryOp::logical_xor, t, boolean(false));
        case Op::implies: return implication(t, 0);
        case Op::iff: return chain(ast::BinaryOp::iff, t, boolean(true));
        case Op::eq: return chain(ast::BinaryOp::eq, t, boolean(true));
        case Op::ne: return chain(ast::BinaryOp::ne, t, boolean(true));
        case Op::lt: return chain(ast::BinaryOp::lt, t, boolean(true));
        case Op::le: return chain(ast::BinaryOp::le, t, boolean(true));
        case Op::gt: return chain(ast::BinaryOp::gt, t, boolean(true));
        case Op::ge: return chain(ast::BinaryOp::ge, t, boolean(true));
        case Op::add: return chain(ast::BinaryOp::add, t, number("0"));
        case Op::sub: return chain(ast::BinaryOp::sub, t, number("0"));
        case Op::mul: return chain(ast::BinaryOp::mul, t, number("1"));
        case Op::div: return chain(ast::BinaryOp::div, t, number("1"));
        case Op::forall: return quantified(ast::Quantifier::forall, t);
        case Op::exists: return quantified(ast::Quantifier::exists, t);
        }
        return boolean(false);
    }

private:
    // A display name is for a human reading an explanation or a witness world, not for the
    // parser: `Türkiye` beats `Turkiye` there. It is printed bare when it reads as a name,
    // and quoted otherwise, so "Nagorno-Karabakh" or "United States" cannot be misread as
    // a subtraction or as two names next to each other.
    std::string symbol_name(int index) const {
        if (index < 0 || static_cast<std::size_t>(index) >= theory_.symbols.size()) return "?";
        auto const& s = theory_.symbols[static_cast<std::size_t>(index)];
        if (!display_names_ || s.kind != logic::Symbol::Kind::member || s.display.empty()) return s.name;
        return printing::is_identifier(s.display) ? s.display : printing::quote(s.display);
    }

    std::string define_name(int index) const {
        if (index < 0 || static_cast<std::size_t>(index) >= theory_.defines.size()) return "?";
        return theory_.defines[static_cast<std::size_t>(index)].name;
    }

    std::string type_name(logic::Type const& type) const {
        switch (type.kind) {
        case logic::Type::Kind::boolean: return "Bool";
        case logic::Type::Kind::integer: return "Int";
        case logic::Type::Kind::real: return "Real";
        case logic::Type::Kind::sort: break;
        }
        if (type.sort < 0 || static_cast<std::size_t>(type.sort) >= theory_.sorts.size()) return "?";
        return theory_.sorts[static_cast<std::size_t>(type.sort)].name;
    }

    static Expr named(std::string text) {
        Expr e;
        e.kind = Expr::Kind::name;
        e.name.text = std::move(text);
        return e;
    }

    static Expr boolean(bool value) {
        Expr e;
        e.kind = Expr::Kind::boolean;
        e.boolean = value;
        return e;
    }

    static Expr number(std::string text) {
        Expr e;
        e.kind = Expr::Kind::number;
        e.number = std::move(text);
        return e;
    }

    Expr application(std::string name, Term const& t) const {
        Expr e = named(std::move(name));
        if (t.args.empty()) return e;
        e.kind = Expr::Kind::apply;
        for (auto const& a : t.args) e.operands.push_back(expr(a));
        return e;
    }

    Expr unary(ast::UnaryOp op, Term const& t) const {
        Expr e;
        e.kind = Expr::Kind::unary;
        e.unary_op = op;
        for (auto const& a : t.args) e.operands.push_back(expr(a));
        return e;
    }

    static Expr binary(ast::BinaryOp op, Expr lhs, Expr rhs) {
        Expr e;
        e.kind = Expr::Kind::binary;
        e.binary_op = op;
        e.operands.push_back(std::move(lhs));
        e.operands.push_back(std::move(rhs));
        return e;
    }

    // The IR may hold n-ary conjunctions and the like; they read left to right.
    Expr chain(ast::BinaryOp op, Term const& t, Expr empty) const {
        if (t.args.empty()) return empty;
        Expr acc = expr(t.args[0]);
        for (std::size_t i = 1; i < t.args.size(); ++i) acc = binary(op, std::move(acc), expr(t.args[i]));
        return acc;
    }

    Expr implication(Term const& t, std::size_t from) const {
        if (from >= t.args.size()) return boolean(true);
        if (from + 1 == t.args.size()) return expr(t.args[from]);
        return binary(ast::BinaryOp::implies, expr(t.args[from]), implication(t, from + 1));
    }

    Expr quantified(ast::Quantifier q, Term const& t) const {
        Expr e;
        e.kind = Expr::Kind::quantified;
        e.quantifier = q;
        for (auto const& v : t.binders) {
            ast::Binder b;
            b.variable.text = v.name;
            b.type.text = type_name(v.type);
            e.binders.push_back(std::move(b));
        }
        e.operands.push_back(t.args.empty() ? boolean(true) : expr(t.args[0]));
        return e;
    }

    logic::Theory const& theory_;
    bool display_names_;
};

}   // namespace

std::string print(logic::Theory const& theory, logic::Term const& term, bool display_names) {
    return print(Unchecker(theory, display_names).expr(term));
}

}   // namespace elenchus
