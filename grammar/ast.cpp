#include "grammar/ast.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace elenchus::ast {

Span span_of(Declaration const& d) {
    return std::visit([](auto const& decl) { return decl.span; }, d);
}

char const* to_string(StatementKind k) {
    switch (k) {
    case StatementKind::axiom: return "axiom";
    case StatementKind::premise: return "premise";
    case StatementKind::assume: return "assume";
    case StatementKind::hypothesis: return "hypothesis";
    case StatementKind::claim: return "claim";
    }
    return "?";
}

char const* to_string(BinaryOp op) {
    switch (op) {
    case BinaryOp::iff: return "<->";
    case BinaryOp::implies: return "->";
    case BinaryOp::logical_or: return "or";
    case BinaryOp::logical_xor: return "xor";
    case BinaryOp::logical_and: return "and";
    case BinaryOp::eq: return "=";
    case BinaryOp::ne: return "!=";
    case BinaryOp::lt: return "<";
    case BinaryOp::le: return "<=";
    case BinaryOp::gt: return ">";
    case BinaryOp::ge: return ">=";
    case BinaryOp::add: return "+";
    case BinaryOp::sub: return "-";
    case BinaryOp::mul: return "*";
    case BinaryOp::div: return "/";
    }
    return "?";
}

char const* to_string(RelationKind k) { return k == RelationKind::attacks ? "attacks" : "supports"; }

namespace {

// Span-blind equality, one overload per node type; `eq` on vectors and optionals lifts it.
// Declared up front so the templates see every overload (ADL does not look into this
// unnamed namespace).
bool eq(Name const& a, Name const& b);
bool eq(StringLit const& a, StringLit const& b);
bool eq(Binder const& a, Binder const& b);
bool eq(SortMember const& a, SortMember const& b);
bool eq(Citation const& a, Citation const& b);
bool eq(RelationDecl const& a, RelationDecl const& b);
bool eq(Statement const& a, Statement const& b);
bool eq(Declaration const& a, Declaration const& b);
bool eq(Comment const& a, Comment const& b);

bool eq(Name const& a, Name const& b) { return a.text == b.text; }
bool eq(StringLit const& a, StringLit const& b) { return a.value == b.value; }
bool eq(Binder const& a, Binder const& b) { return eq(a.variable, b.variable) && eq(a.type, b.type); }

template <class T>
bool eq(std::vector<T> const& a, std::vector<T> const& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](T const& x, T const& y) { return eq(x, y); });
}

template <class T>
bool eq(std::optional<T> const& a, std::optional<T> const& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || eq(*a, *b);
}

bool eq(SortMember const& a, SortMember const& b) { return eq(a.name, b.name) && eq(a.display, b.display); }
bool eq(Citation const& a, Citation const& b) { return eq(a.source, b.source) && eq(a.quotation, b.quotation); }
bool eq(SourceDecl const& a, SourceDecl const& b) { return eq(a.name, b.name) && eq(a.title, b.title); }
bool eq(SortDecl const& a, SortDecl const& b) { return eq(a.name, b.name) && eq(a.members, b.members); }
bool eq(EntityDecl const& a, EntityDecl const& b) { return eq(a.names, b.names) && eq(a.sort, b.sort); }
bool eq(PredicateDecl const& a, PredicateDecl const& b) {
    return eq(a.name, b.name) && eq(a.parameters, b.parameters) && eq(a.reading, b.reading);
}
bool eq(FunctionDecl const& a, FunctionDecl const& b) {
    return eq(a.name, b.name) && eq(a.parameters, b.parameters) && eq(a.result, b.result) && eq(a.reading, b.reading);
}
bool eq(ConstantDecl const& a, ConstantDecl const& b) {
    return eq(a.names, b.names) && eq(a.type, b.type) && eq(a.reading, b.reading);
}
bool eq(DefineDecl const& a, DefineDecl const& b) {
    return eq(a.name, b.name) && eq(a.parameters, b.parameters) && same(a.body, b.body);
}
bool eq(Statement const& a, Statement const& b) {
    return a.kind == b.kind && eq(a.name, b.name) && same(a.formula, b.formula) && eq(a.means, b.means) &&
           eq(a.cites, b.cites);
}
bool eq(RelationDecl const& a, RelationDecl const& b) {
    return a.kind == b.kind && eq(a.from, b.from) && eq(a.to, b.to);
}
bool eq(ArgumentDecl const& a, ArgumentDecl const& b) {
    return eq(a.name, b.name) && eq(a.title, b.title) && eq(a.premises, b.premises) && eq(a.conclusion, b.conclusion) &&
           eq(a.relations, b.relations);
}
bool eq(ScenarioDecl const& a, ScenarioDecl const& b) {
    return eq(a.name, b.name) && eq(a.title, b.title) && eq(a.without, b.without) && eq(a.with, b.with) &&
           eq(a.statements, b.statements);
}
bool eq(Declaration const& a, Declaration const& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&b](auto const& x) {
            using T = std::decay_t<decltype(x)>;
            return eq(x, std::get<T>(b));
        },
        a);
}
bool eq(Comment const& a, Comment const& b) { return a.text == b.text; }

}   // namespace

namespace {
// `p()` and `p` are one thing (the printer writes `p`), so a nullary application equals a name.
bool is_bare_name(Expr const& e) {
    return e.kind == Expr::Kind::name || (e.kind == Expr::Kind::apply && e.operands.empty());
}
}   // namespace

// Iterative, because a long `a and b and c ...` chain is a left-deep tree as deep as the
// chain is long, and a file may hold a very long one.
bool same(Expr const& a, Expr const& b) {
    std::vector<std::pair<Expr const*, Expr const*>> pending{{&a, &b}};
    while (!pending.empty()) {
        auto [x, y] = pending.back();
        pending.pop_back();
        if (is_bare_name(*x) && is_bare_name(*y)) {
            if (!eq(x->name, y->name)) return false;
            continue;
        }
        if (x->kind != y->kind || x->operands.size() != y->operands.size()) return false;
        bool node_equal = true;
        switch (x->kind) {
        case Expr::Kind::name: node_equal = eq(x->name, y->name); break;
        case Expr::Kind::apply: node_equal = eq(x->name, y->name); break;
        case Expr::Kind::number: node_equal = x->number == y->number; break;
        case Expr::Kind::boolean: node_equal = x->boolean == y->boolean; break;
        case Expr::Kind::unary: node_equal = x->unary_op == y->unary_op; break;
        case Expr::Kind::binary: node_equal = x->binary_op == y->binary_op; break;
        case Expr::Kind::quantified: node_equal = x->quantifier == y->quantifier && eq(x->binders, y->binders); break;
        }
        if (!node_equal) return false;
        for (std::size_t i = 0; i < x->operands.size(); ++i) pending.emplace_back(&x->operands[i], &y->operands[i]);
    }
    return true;
}

bool same(File const& a, File const& b) { return eq(a.declarations, b.declarations) && eq(a.comments, b.comments); }

}   // namespace elenchus::ast
