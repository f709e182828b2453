// A fully parenthesised rendering of parse trees, so tests can state the expected tree
// (precedence, associativity, scope) as text derived by hand from docs/language.md.
#pragma once

#include <string>

#include "grammar/ast.hpp"

namespace elenchus::testing {

inline std::string dump(ast::Expr const& e) {
    using K = ast::Expr::Kind;
    switch (e.kind) {
    case K::name: return e.name.text;
    case K::number: return e.number;
    case K::boolean: return e.boolean ? "true" : "false";
    case K::apply: {
        std::string s = e.name.text + "(";
        for (std::size_t i = 0; i < e.operands.size(); ++i) s += (i ? ", " : "") + dump(e.operands[i]);
        return s + ")";
    }
    case K::unary:
        return std::string(e.unary_op == ast::UnaryOp::logical_not ? "(not " : "(- ") + dump(e.operands.at(0)) + ")";
    case K::binary:
        return "(" + dump(e.operands.at(0)) + " " + ast::to_string(e.binary_op) + " " + dump(e.operands.at(1)) + ")";
    case K::quantified: {
        std::string s = e.quantifier == ast::Quantifier::forall ? "(forall" : "(exists";
        for (auto const& b : e.binders) s += " " + b.variable.text + ":" + b.type.text;
        return s + ". " + dump(e.operands.at(0)) + ")";
    }
    }
    return "?";
}

}   // namespace elenchus::testing
