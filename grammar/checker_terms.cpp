// Names, applications, quantifiers and the walk over a formula that dispatches to them.
#include <algorithm>
#include <cstdint>

#include "grammar/checker_internal.hpp"

namespace elenchus::checking {

namespace {

using Kind = logic::Type::Kind;
using Op = logic::Term::Op;

logic::Type const boolean{Kind::boolean};

char const* where_word(Position where) { return where == Position::formula ? "formula" : "value"; }

std::string plural(std::size_t n, char const* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}   // namespace

bool Checker::refers_to_statement(ast::Name const& name) {
    Declared const* d = find_declared(name.text);
    if (d == nullptr || d->kind != NameKind::statement) return false;
    std::string const article = describe(*d);
    diagnostics_.error(name.span,
                       "'" + name.text + "' is " + article + "; formulas cannot refer to statements by name");
    return true;
}

std::optional<logic::Term> Checker::check_bool(ast::Expr const& e, char const* what) {
    auto t = check_expr(e, Position::formula);
    if (!t) return std::nullopt;
    if (t->type.kind != Kind::boolean) {
        diagnostics_.error(e.span, std::string(what) + " must be Bool, got " + type_name(t->type));
        return std::nullopt;
    }
    return t;
}

namespace {

[[gnu::noinline]] logic::Term literal(ast::Expr const& e) {
    logic::Term t;
    t.span = e.span;
    if (e.kind == ast::Expr::Kind::number) {
        bool const decimal = e.number.find('.') != std::string::npos;
        t.op = decimal ? Op::real : Op::integer;
        t.type = logic::Type{decimal ? Kind::real : Kind::integer};
        t.number = e.number;
    } else {
        t.op = e.boolean ? Op::true_ : Op::false_;
        t.type = boolean;
    }
    return t;
}

}   // namespace

// Operator chains make trees as deep as they are long, so this recursion keeps its frames
// small and gives up with an error before the stack does.
std::optional<logic::Term> Checker::check_expr(ast::Expr const& e, Position where) {
    if (!in_root_) return check_root(e, where);
    char probe = 0;
    auto const here = reinterpret_cast<std::uintptr_t>(&probe);
    auto const base = reinterpret_cast<std::uintptr_t>(stack_base_);
    bool const stack_low = base != 0 && base > here && base - here > stack_budget_;
    if (depth_ >= max_formula_depth || stack_low) {
        report_too_deep(e);
        return std::nullopt;
    }
    struct Deeper {
        int& depth;
        explicit Deeper(int& d) : depth(d) { ++depth; }
        ~Deeper() { --depth; }
    } deeper(depth_);
    switch (e.kind) {
    case ast::Expr::Kind::number:
    case ast::Expr::Kind::boolean: return literal(e);
    case ast::Expr::Kind::name: return check_name(e, where);
    case ast::Expr::Kind::apply: return check_apply(e, where);
    case ast::Expr::Kind::unary: return check_unary(e);
    case ast::Expr::Kind::binary: return check_binary(e);
    case ast::Expr::Kind::quantified: return check_quantified(e);
    }
    return std::nullopt;
}

// A whole formula (a statement's, a definition's body, an assumed one): with its
// definitions unfolded it must stay within the bounds every later stage relies on.
std::optional<logic::Term> Checker::check_root(ast::Expr const& e, Position where) {
    in_root_ = true;
    auto t = check_expr(e, where);
    in_root_ = false;
    if (!t) return t;
    // A definition's body is counted where it is called, with the arguments of the call.
    if (auto excess = unfold_bounds_.check(*t, current_define_.empty())) {
        diagnostics_.error(excess->span, std::move(excess->message));
        return std::nullopt;
    }
    return t;
}

void Checker::report_too_deep(ast::Expr const& e) {
    if (too_deep_reported_) return;
    too_deep_reported_ = true;
    diagnostics_.error(e.span, "formula is nested too deeply");
}

std::optional<logic::Term> Checker::check_name(ast::Expr const& e, Position where) {
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
        if (it->name == e.name.text) {
            logic::Term t;
            t.op = Op::variable;
            t.type = it->type;
            t.name = it->name;
            t.span = e.span;
            return t;
        }
    }
    auto found = scope_.find(e.name.text);
    if (found == scope_.end()) {
        if (!refers_to_statement(e.name)) {
            report_missing(e.name, find_declared(e.name.text) ? where_word(where) : "name",
                           {NameKind::member, NameKind::entity, NameKind::constant, NameKind::predicate,
                            NameKind::function, NameKind::define},
                           true);
        }
        return std::nullopt;
    }
    InScope const s = found->second;
    logic::Term t;
    t.span = e.span;
    switch (s.kind) {
    case NameKind::member:
    case NameKind::entity:
    case NameKind::constant:
    case NameKind::predicate:
    case NameKind::function: {
        logic::Symbol const& symbol = theory_.symbols[static_cast<std::size_t>(s.index)];
        if (!symbol.parameters.empty()) {
            std::string hint;
            if (where == Position::term && symbol.result.kind == Kind::boolean)
                hint = "; '" + e.name.text + "' is a predicate: '" + e.name.text +
                       "(...)' is a formula, true or false, and cannot stand for a value";
            diagnostics_.error(e.span, "'" + e.name.text + "' expects " + plural(symbol.parameters.size(), "argument") +
                                           ", got 0" + hint);
            return std::nullopt;
        }
        mark_used(s);
        t.op = Op::symbol;
        t.symbol = s.index;
        t.type = symbol.result;
        return t;
    }
    case NameKind::define: {
        logic::Define const& define = theory_.defines[static_cast<std::size_t>(s.index)];
        if (!define.parameters.empty()) {
            diagnostics_.error(e.span, "'" + e.name.text + "' expects " + plural(define.parameters.size(), "argument") +
                                           ", got 0");
            return std::nullopt;
        }
        mark_used(s);
        t.op = Op::define;
        t.symbol = s.index;
        t.type = define.body.type;
        return t;
    }
    default: report_missing(e.name, where_word(where), {}, false); return std::nullopt;
    }
}

// A predicate (or a definition) given where a value is wanted: beginners write
// `loves(john, happy(mary))` for "John loves Mary, who is happy".
std::string Checker::predicate_as_term(ast::Expr const& operand, logic::Type const& wanted) const {
    if (wanted.kind == Kind::boolean) return {};
    if (operand.kind != ast::Expr::Kind::name && operand.kind != ast::Expr::Kind::apply) return {};
    for (auto const& local : locals_)
        if (local.name == operand.name.text) return {};
    auto found = scope_.find(operand.name.text);
    if (found == scope_.end()) return {};
    auto const index = static_cast<std::size_t>(found->second.index);
    char const* kind = nullptr;
    if (found->second.kind == NameKind::predicate) kind = "a predicate";
    else if (found->second.kind == NameKind::define && index < theory_.defines.size() &&
             theory_.defines[index].body.type.kind == Kind::boolean)
        kind = "a definition";
    if (kind == nullptr) return {};
    return "; '" + operand.name.text + "' is " + kind + ", so this is a formula (true or false), not " +
           type_phrase(wanted) + ": write " + type_phrase(wanted) + " here and state the rest with 'and'";
}

// When the callee is wrong the arguments are still checked: their own errors are worth
// reporting, and the symbols they use count as used.
std::nullopt_t Checker::skip_operands(ast::Expr const& e) {
    for (ast::Expr const& operand : e.operands) check_expr(operand, Position::term);
    return std::nullopt;
}

std::optional<logic::Term> Checker::check_apply(ast::Expr const& e, Position where) {
    std::string const& name = e.name.text;
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
        if (it->name == name) {
            diagnostics_.error(e.name.span, "'" + name + "' is a variable and takes no arguments");
            return skip_operands(e);
        }
    }
    auto found = scope_.find(name);
    std::vector<NameKind> const callable{NameKind::predicate, NameKind::function, NameKind::define};
    if (found == scope_.end()) {
        if (!refers_to_statement(e.name)) {
            report_missing(e.name, where == Position::formula ? "predicate" : "function", callable, false);
        }
        return skip_operands(e);
    }
    InScope const s = found->second;
    std::vector<logic::Type> parameters;
    logic::Term t;
    t.span = e.span;
    t.symbol = s.index;
    switch (s.kind) {
    case NameKind::predicate:
    case NameKind::function: {
        logic::Symbol const& symbol = theory_.symbols[static_cast<std::size_t>(s.index)];
        parameters = symbol.parameters;
        t.op = Op::symbol;
        t.type = symbol.result;
        break;
    }
    case NameKind::define: {
        logic::Define const& define = theory_.defines[static_cast<std::size_t>(s.index)];
        for (logic::Variable const& v : define.parameters) parameters.push_back(v.type);
        t.op = Op::define;
        t.type = define.body.type;
        break;
    }
    case NameKind::member:
    case NameKind::entity:
    case NameKind::constant: {
        Declared const* d = find_declared(name);
        diagnostics_.error(e.name.span, "'" + name + "' is " + (d ? describe(*d) : std::string("a constant")) +
                                            " and takes no arguments");
        return skip_operands(e);
    }
    default: report_missing(e.name, "predicate or function", callable, false); return skip_operands(e);
    }
    mark_used(s);
    if (parameters.size() != e.operands.size()) {
        diagnostics_.error(e.span, "'" + name + "' expects " + plural(parameters.size(), "argument") + ", got " +
                                       std::to_string(e.operands.size()));
        return skip_operands(e);
    }
    bool ok = true;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        ast::Expr const& operand = e.operands[i];
        auto a = check_expr(operand, parameters[i].kind == Kind::boolean ? Position::formula : Position::term);
        if (!a) {
            ok = false;
            continue;
        }
        if (!coerce(*a, parameters[i])) {
            diagnostics_.error(operand.span, "argument " + std::to_string(i + 1) + " of '" + name + "' must be " +
                                                 type_phrase(parameters[i]) + ", got " + type_name(a->type) +
                                                 predicate_as_term(operand, parameters[i]));
            ok = false;
            continue;
        }
        t.args.push_back(std::move(*a));
    }
    if (!ok) return std::nullopt;
    return t;
}

std::optional<std::vector<logic::Variable>> Checker::check_binders(std::vector<ast::Binder> const& binders) {
    // Every use of a variable is looked up among those in scope, here and in every later
    // stage: their number is bounded, which keeps the lookups (and the duplicate test
    // below) from growing with the file.
    if (locals_.size() + binders.size() > max_variables_in_scope) {
        std::size_t const first = max_variables_in_scope > locals_.size() ? max_variables_in_scope - locals_.size() : 0;
        diagnostics_.error(binders[std::min(first, binders.size() - 1)].variable.span,
                           "too many variables in scope: more than " + std::to_string(max_variables_in_scope) +
                               " (a quantifier's or definition's own and those of the quantifiers around it)");
        return std::nullopt;
    }
    std::vector<logic::Variable> variables;
    bool ok = true;
    for (std::size_t i = 0; i < binders.size(); ++i) {
        ast::Binder const& b = binders[i];
        for (std::size_t j = 0; j < i; ++j) {
            if (binders[j].variable.text == b.variable.text) {
                diagnostics_.error(b.variable.span, "duplicate variable '" + b.variable.text + "'",
                                   {{binders[j].variable.span, "previous declaration is here"}});
                ok = false;
                break;
            }
        }
        auto type = resolve_type(b.type);
        if (!type) {
            ok = false;
            continue;
        }
        variables.push_back(logic::Variable{b.variable.text, *type});
    }
    if (!ok) return std::nullopt;
    return variables;
}

std::optional<logic::Term> Checker::check_quantified(ast::Expr const& e) {
    if (e.operands.size() != 1) return std::nullopt;
    auto variables = check_binders(e.binders);
    if (!variables) return std::nullopt;
    std::size_t const outer = locals_.size();
    for (logic::Variable const& v : *variables) locals_.push_back(Local{v.name, v.type});
    char const* what = e.quantifier == ast::Quantifier::forall ? "the body of 'forall'" : "the body of 'exists'";
    auto body = check_bool(e.operands[0], what);
    locals_.resize(outer);
    if (!body) return std::nullopt;
    logic::Term t;
    t.op = e.quantifier == ast::Quantifier::forall ? Op::forall : Op::exists;
    t.type = boolean;
    t.binders = std::move(*variables);
    t.args.push_back(std::move(*body));
    t.span = e.span;
    return t;
}

}   // namespace elenchus::checking
