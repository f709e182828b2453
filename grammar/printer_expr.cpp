// Formulas in canonical spelling with the fewest parentheses that re-parse to the same tree.
#include <string>
#include <vector>

#include "grammar/lexical.hpp"
#include "grammar/printer.hpp"
#include "grammar/printer_detail.hpp"

namespace elenchus {
namespace printing {

BinaryInfo binary_info(ast::BinaryOp op) {
    using ast::BinaryOp;
    switch (op) {
    case BinaryOp::iff: return {iff, iff, implies};
    // Right-associative: `a -> b -> c` is `a -> (b -> c)`.
    case BinaryOp::implies: return {implies, disjunction, implies};
    case BinaryOp::logical_or:
    case BinaryOp::logical_xor: return {disjunction, disjunction, conjunction};
    case BinaryOp::logical_and: return {conjunction, conjunction, negation};
    // Non-associative: `a = b = c` does not parse, so both sides sit one level up.
    case BinaryOp::eq:
    case BinaryOp::ne:
    case BinaryOp::lt:
    case BinaryOp::le:
    case BinaryOp::gt:
    case BinaryOp::ge: return {comparison, sum, sum};
    case BinaryOp::add:
    case BinaryOp::sub: return {sum, sum, product};
    case BinaryOp::mul:
    case BinaryOp::div: return {product, product, unary};
    }
    return {primary, primary, primary};
}

std::string quote(std::string_view value) {
    std::string out;
    out.reserve(value.size() + 2);
    out += '"';
    for (char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    out += '"';
    return out;
}

bool is_identifier(std::string_view text) {
    static constexpr std::string_view reserved[] = {
        "source",    "sort",    "entity",     "predicate", "function", "constant", "define",   "axiom",
        "premise",   "assume",  "hypothesis", "claim",     "means",    "cites",    "argument", "from",
        "therefore", "attacks", "supports",   "scenario",  "without",  "with",     "forall",   "exists",
        "not",       "and",     "or",         "xor",       "implies",  "iff",      "if",       "then",
        "true",      "false",   "Bool",       "Int",       "Real"};
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.empty() || !letter(text[0])) return false;
    for (char c : text)
        if (!letter(c) && !digit(c)) return false;
    for (auto word : reserved)
        if (word == text) return false;
    return true;
}

std::string binders(std::vector<ast::Binder> const& list) {
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out += ", ";
        out += list[i].variable.text;
        bool const last_of_group = i + 1 == list.size() || list[i + 1].type.text != list[i].type.text;
        if (last_of_group) out += ": " + list[i].type.text;
    }
    return out;
}

namespace {

using ast::Expr;

int level_of(Expr const& e) {
    switch (e.kind) {
    case Expr::Kind::unary: return e.unary_op == ast::UnaryOp::logical_not ? negation : unary;
    case Expr::Kind::binary: return binary_info(e.binary_op).level;
    case Expr::Kind::quantified: return negation;
    default: return primary;
    }
}

class FormulaPrinter {
public:
    FormulaPrinter(std::string& out, PrintOptions options) : out_(out), options_(options) {}

    // `min_level`: what the position admits bare. `followed`: more text comes after this
    // operand inside the same parentheses, so a quantifier here would swallow it.
    void operand(Expr const& e, int min_level, bool followed) {
        bool const parens = level_of(e) < min_level || (e.kind == Expr::Kind::quantified && followed);
        if (parens) out_ += '(';
        bare(e, parens ? false : followed);
        if (parens) out_ += ')';
    }

private:
    void bare(Expr const& e, bool followed) {
        switch (e.kind) {
        case Expr::Kind::name: out_ += e.name.text; return;
        case Expr::Kind::apply: return apply(e);
        case Expr::Kind::number: out_ += e.number; return;
        case Expr::Kind::boolean: out_ += spelled(e.boolean ? "true" : "false"); return;
        case Expr::Kind::unary: return unary_op(e, followed);
        case Expr::Kind::binary: return binary_chain(e, followed);
        case Expr::Kind::quantified: return quantified(e);
        }
    }

    void apply(Expr const& e) {
        out_ += e.name.text;
        if (e.operands.empty()) return;   // `p()` prints as `p`
        out_ += '(';
        for (std::size_t i = 0; i < e.operands.size(); ++i) {
            if (i > 0) out_ += ", ";
            operand(e.operands[i], formula, false);
        }
        out_ += ')';
    }

    void unary_op(Expr const& e, bool followed) {
        if (e.operands.empty()) return;
        if (e.unary_op == ast::UnaryOp::logical_not) {
            out_ += options_.unicode ? "¬" : "not ";   // a symbol needs no space after it
            operand(e.operands[0], negation, followed);
            return;
        }
        out_ += '-';
        // `- -x`, not `--x`: keep the two minus signs apart for the reader.
        Expr const& inner = e.operands[0];
        if (inner.kind == Expr::Kind::unary && inner.unary_op == ast::UnaryOp::negate) out_ += ' ';
        operand(inner, unary, followed);
    }

    // A left-associative chain `a and b and c` is a left-deep tree as deep as the chain is
    // long; walking its left spine in a loop keeps long chains off the call stack.
    void binary_chain(Expr const& top, bool followed) {
        BinaryInfo const info = binary_info(top.binary_op);
        std::vector<Expr const*> spine{&top};
        if (info.lhs == info.level) {
            for (;;) {
                Expr const& lhs = spine.back()->operands.at(0);
                if (lhs.kind != Expr::Kind::binary || binary_info(lhs.binary_op).level != info.level) break;
                spine.push_back(&lhs);
            }
        }
        operand(spine.back()->operands.at(0), info.lhs, true);
        for (std::size_t k = spine.size(); k-- > 0;) {
            Expr const& node = *spine[k];
            out_ += ' ';
            out_ += spelled(to_string(node.binary_op));
            out_ += ' ';
            operand(node.operands.at(1), info.rhs, k == 0 ? followed : true);
        }
    }

    void quantified(Expr const& e) {
        std::string_view const word = e.quantifier == ast::Quantifier::forall ? "forall" : "exists";
        out_ += spelled(word);
        if (!options_.unicode) out_ += ' ';   // `∀x: S.`, as textbooks print it
        out_ += binders(e.binders);
        out_ += ". ";
        if (!e.operands.empty()) operand(e.operands[0], formula, false);
    }

    std::string_view spelled(std::string_view ascii) const {
        return options_.unicode ? lexical::unicode_spelling(ascii) : ascii;
    }

    std::string& out_;
    PrintOptions options_;
};

}   // namespace
}   // namespace printing

std::string print(ast::Expr const& formula, PrintOptions options) {
    std::string out;
    printing::FormulaPrinter(out, options).operand(formula, printing::formula, false);
    return out;
}

}   // namespace elenchus
