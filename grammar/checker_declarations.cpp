// Vocabulary declarations, statements, arguments, relations and scenarios, in file order.
#include <algorithm>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include "grammar/checker_internal.hpp"

namespace elenchus::checking {

namespace {

bool asserted(ast::StatementKind k) {
    return k == ast::StatementKind::axiom || k == ast::StatementKind::premise || k == ast::StatementKind::assume;
}

}   // namespace

void Checker::check_declaration(ast::Declaration const& declaration) {
    std::visit(
        [&](auto const& d) {
            using D = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<D, ast::SourceDecl>) check_source(d);
            else if constexpr (std::is_same_v<D, ast::SortDecl>) check_sort(d);
            else if constexpr (std::is_same_v<D, ast::EntityDecl>) check_entity(d);
            else if constexpr (std::is_same_v<D, ast::PredicateDecl>) check_predicate(d);
            else if constexpr (std::is_same_v<D, ast::FunctionDecl>) check_function(d);
            else if constexpr (std::is_same_v<D, ast::ConstantDecl>) check_constant(d);
            else if constexpr (std::is_same_v<D, ast::DefineDecl>) check_define(d);
            else if constexpr (std::is_same_v<D, ast::Statement>) check_statement(d, "");
            else if constexpr (std::is_same_v<D, ast::ArgumentDecl>) check_argument(d);
            else if constexpr (std::is_same_v<D, ast::RelationDecl>) check_relation(d, false);
            else if constexpr (std::is_same_v<D, ast::ScenarioDecl>) check_scenario(d);
        },
        declaration);
}

void Checker::check_source(ast::SourceDecl const& d) {
    if (!first_declaration(d.name)) return;
    sources_.push_back(Source{d.name.text, d.name.span, false});
    introduce(d.name, NameKind::source, static_cast<int>(sources_.size() - 1));
}

void Checker::check_sort(ast::SortDecl const& d) {
    if (!first_declaration(d.name)) return;
    int const sort_index = static_cast<int>(theory_.sorts.size());
    logic::Sort sort;
    sort.name = d.name.text;
    sort.closed = d.members.has_value();
    sort.span = d.span;
    theory_.sorts.push_back(sort);
    sort_used_.push_back(0);
    introduce(d.name, NameKind::sort, sort_index);
    if (!d.members) return;
    for (ast::SortMember const& m : *d.members) {
        if (!first_declaration(m.name)) continue;
        logic::Symbol symbol;
        symbol.kind = logic::Symbol::Kind::member;
        symbol.name = m.name.text;
        symbol.display = m.display ? m.display->value : m.name.text;
        symbol.result = logic::Type{logic::Type::Kind::sort, sort_index};
        auto& members = theory_.sorts[static_cast<std::size_t>(sort_index)].members;
        symbol.member_index = static_cast<int>(members.size());
        symbol.span = m.name.span;
        int const index = static_cast<int>(theory_.symbols.size());
        theory_.symbols.push_back(std::move(symbol));
        symbol_used_.push_back(0);
        members.push_back(index);
        introduce(m.name, NameKind::member, index);
    }
}

namespace {

logic::Symbol make_symbol(logic::Symbol::Kind kind, ast::Name const& name, logic::Type result) {
    logic::Symbol s;
    s.kind = kind;
    s.name = name.text;
    s.result = result;
    s.span = name.span;
    return s;
}

}   // namespace

void Checker::check_entity(ast::EntityDecl const& d) {
    auto type = resolve_sort(d.sort, "an entity");
    for (ast::Name const& name : d.names) {
        if (!first_declaration(name)) continue;
        if (!type) {
            poison(name.text);
            continue;
        }
        int const index = static_cast<int>(theory_.symbols.size());
        theory_.symbols.push_back(make_symbol(logic::Symbol::Kind::entity, name, *type));
        symbol_used_.push_back(0);
        introduce(name, NameKind::entity, index);
    }
}

void Checker::check_predicate(ast::PredicateDecl const& d) {
    bool const first = first_declaration(d.name);
    std::vector<logic::Type> parameters;
    bool ok = true;
    for (ast::TypeRef const& p : d.parameters) {
        auto t = resolve_type(p);
        if (t) parameters.push_back(*t);
        else ok = false;
    }
    if (!first) return;
    if (!ok) {
        poison(d.name.text);
        return;
    }
    logic::Symbol s = make_symbol(logic::Symbol::Kind::predicate, d.name, logic::Type{logic::Type::Kind::boolean});
    s.parameters = std::move(parameters);
    if (d.reading) s.reading = d.reading->value;
    int const index = static_cast<int>(theory_.symbols.size());
    theory_.symbols.push_back(std::move(s));
    symbol_used_.push_back(0);
    introduce(d.name, NameKind::predicate, index);
}

void Checker::check_function(ast::FunctionDecl const& d) {
    bool const first = first_declaration(d.name);
    std::vector<logic::Type> parameters;
    bool ok = true;
    for (ast::TypeRef const& p : d.parameters) {
        auto t = resolve_type(p);
        if (t) parameters.push_back(*t);
        else ok = false;
    }
    auto result = resolve_type(d.result);
    if (!first) return;
    if (!ok || !result) {
        poison(d.name.text);
        return;
    }
    logic::Symbol s = make_symbol(logic::Symbol::Kind::function, d.name, *result);
    s.parameters = std::move(parameters);
    if (d.reading) s.reading = d.reading->value;
    int const index = static_cast<int>(theory_.symbols.size());
    theory_.symbols.push_back(std::move(s));
    symbol_used_.push_back(0);
    introduce(d.name, NameKind::function, index);
}

void Checker::check_constant(ast::ConstantDecl const& d) {
    auto type = resolve_type(d.type);
    for (ast::Name const& name : d.names) {
        if (!first_declaration(name)) continue;
        if (!type) {
            poison(name.text);
            continue;
        }
        logic::Symbol s = make_symbol(logic::Symbol::Kind::constant, name, *type);
        if (d.reading) s.reading = d.reading->value;
        int const index = static_cast<int>(theory_.symbols.size());
        theory_.symbols.push_back(std::move(s));
        symbol_used_.push_back(0);
        introduce(name, NameKind::constant, index);
    }
}

void Checker::check_define(ast::DefineDecl const& d) {
    bool const first = first_declaration(d.name);
    auto parameters = check_binders(d.parameters);
    std::optional<logic::Term> body;
    if (parameters) {
        current_define_ = d.name.text;
        for (logic::Variable const& v : *parameters) locals_.push_back(Local{v.name, v.type});
        body = check_expr(d.body, Position::formula);
        locals_.clear();
        current_define_.clear();
    }
    if (!first) return;
    if (!parameters || !body) {
        poison(d.name.text);
        return;
    }
    logic::Define define;
    define.name = d.name.text;
    define.parameters = std::move(*parameters);
    define.body = std::move(*body);
    define.span = d.span;
    int const index = static_cast<int>(theory_.defines.size());
    theory_.defines.push_back(std::move(define));
    define_used_.push_back(0);
    introduce(d.name, NameKind::define, index);
}

void Checker::check_statement(ast::Statement const& d, std::string const& scenario) {
    bool const first = first_declaration(d.name);
    auto formula = check_bool(d.formula, "a statement's formula");
    logic::Statement s;
    s.name = d.name.text;
    s.kind = d.kind;
    if (formula) s.formula = std::move(*formula);
    if (d.means) s.means = d.means->value;
    for (ast::Citation const& c : d.cites) {
        auto it = scope_.find(c.source.text);
        if (it != scope_.end() && it->second.kind == NameKind::source) {
            mark_used(it->second);
        } else {
            report_missing(c.source, "source", {NameKind::source}, false);
        }
        s.cites.push_back(logic::Citation{c.source.text, c.quotation ? c.quotation->value : ""});
    }
    s.scenario = scenario;
    s.span = d.span;
    if (first) theory_.statements.push_back(std::move(s));
}

std::string Checker::suggest_statement(std::string const& wanted, bool (*fits)(Declared const&)) const {
    std::vector<std::string> candidates;
    for (std::string const& name : declared_order_) {
        if (fits(declared_.at(name))) candidates.push_back(name);
    }
    return closest_name(wanted, candidates);
}

std::optional<int> Checker::top_level_statement(ast::Name const& name, char const* role) {
    Declared const* d = find_declared(name.text);
    if (d == nullptr && is_poisoned(name.text)) return std::nullopt;
    if (d == nullptr) {
        std::string message = "unknown statement '" + name.text + "'";
        std::string const s = suggest_statement(
            name.text, [](Declared const& x) { return x.kind == NameKind::statement && x.scenario.empty(); });
        if (!s.empty()) message += "; did you mean '" + s + "'?";
        diagnostics_.error(name.span, std::move(message));
        return std::nullopt;
    }
    if (d->kind != NameKind::statement) {
        diagnostics_.error(name.span, "'" + name.text + "' is " + describe(*d) + ", not a statement");
        return std::nullopt;
    }
    if (!d->scenario.empty()) {
        diagnostics_.error(name.span, "'" + name.text + "' is declared inside scenario '" + d->scenario + "'; " + role +
                                          " can only name top-level statements");
        return std::nullopt;
    }
    return d->index;
}

void Checker::check_argument(ast::ArgumentDecl const& d) {
    bool const first = first_declaration(d.name);
    logic::Argument argument;
    argument.name = d.name.text;
    if (d.title) argument.title = d.title->value;
    argument.span = d.span;
    for (ast::Name const& p : d.premises) {
        if (auto i = top_level_statement(p, "an argument")) argument.premises.push_back(*i);
    }
    if (auto i = top_level_statement(d.conclusion, "an argument")) {
        argument.conclusion = *i;
        concluded_.push_back(*i);
    }
    for (ast::RelationDecl const& r : d.relations) check_relation(r, true);
    if (first) theory_.arguments.push_back(std::move(argument));
}

void Checker::check_relation(ast::RelationDecl const& d, bool argument_clause) {
    logic::Relation relation;
    relation.from = d.from.text;
    relation.to = d.to.text;
    relation.kind = d.kind;
    relation.span = d.span;
    bool ok = true;
    auto resolve = [&](ast::Name const& name, bool& is_argument) {
        Declared const* x = find_declared(name.text);
        if (x == nullptr && is_poisoned(name.text)) {
            ok = false;
        } else if (x == nullptr) {
            std::string message = "unknown argument or statement '" + name.text + "'";
            std::string const s = suggest_statement(name.text, [](Declared const& y) {
                return y.kind == NameKind::argument || (y.kind == NameKind::statement && y.scenario.empty());
            });
            if (!s.empty()) message += "; did you mean '" + s + "'?";
            diagnostics_.error(name.span, std::move(message));
            ok = false;
        } else if (x->kind == NameKind::argument) {
            is_argument = true;
        } else if (x->kind == NameKind::statement && x->scenario.empty()) {
            is_argument = false;
        } else if (x->kind == NameKind::statement) {
            diagnostics_.error(name.span, "'" + name.text + "' is declared inside scenario '" + x->scenario +
                                              "'; a relation can only link top-level statements "
                                              "and arguments");
            ok = false;
        } else {
            diagnostics_.error(name.span, "'" + name.text + "' is " + describe(*x) + ", not an argument or statement");
            ok = false;
        }
    };
    if (argument_clause) relation.from_is_argument = true;
    else resolve(d.from, relation.from_is_argument);
    resolve(d.to, relation.to_is_argument);
    if (ok) theory_.relations.push_back(std::move(relation));
}

void Checker::check_scenario(ast::ScenarioDecl const& d) {
    bool const first = first_declaration(d.name);
    logic::Scenario scenario;
    scenario.name = d.name.text;
    if (d.title) scenario.title = d.title->value;
    scenario.span = d.span;
    auto add = [](std::vector<int>& to, int i) {
        if (std::find(to.begin(), to.end(), i) == to.end()) to.push_back(i);
    };
    for (ast::Name const& n : d.without) {
        auto i = top_level_statement(n, "'without'");
        if (!i) continue;
        Declared const& x = *find_declared(n.text);
        if (!asserted(x.statement_kind)) {
            diagnostics_.error(n.span, "'" + n.text + "' is " + describe(x) +
                                           "; only asserted statements (axiom, premise, "
                                           "assume) can be dropped with 'without'");
            continue;
        }
        add(scenario.without, *i);
    }
    for (ast::Name const& n : d.with) {
        auto i = top_level_statement(n, "'with'");
        if (!i) continue;
        Declared const& x = *find_declared(n.text);
        if (x.statement_kind != ast::StatementKind::hypothesis) {
            diagnostics_.error(n.span,
                               "'" + n.text + "' is " + describe(x) + "; only hypotheses can be turned on with 'with'");
            continue;
        }
        add(scenario.with, *i);
    }
    for (ast::Statement const& s : d.statements) {
        std::size_t const before = theory_.statements.size();
        check_statement(s, d.name.text);
        if (theory_.statements.size() > before) {
            scenario.statements.push_back(static_cast<int>(before));
        }
    }
    if (first) theory_.scenarios.push_back(std::move(scenario));
}

void Checker::warn_unused() {
    for (std::string const& name : declared_order_) {
        Declared const& d = declared_.at(name);
        if (d.kind == NameKind::statement) {
            if (d.statement_kind == ast::StatementKind::claim && d.scenario.empty() &&
                std::find(concluded_.begin(), concluded_.end(), d.index) == concluded_.end()) {
                diagnostics_.warning("unconcluded-claim", d.span,
                                     "claim '" + name + "' is not the conclusion of any argument");
            }
            continue;
        }
        auto it = scope_.find(name);
        if (it == scope_.end()) continue;
        auto const i = static_cast<std::size_t>(it->second.index);
        char const* what = nullptr;
        switch (it->second.kind) {
        case NameKind::source:
            if (!sources_[i].cited)
                diagnostics_.warning("uncited-source", d.span, "source '" + name + "' is never cited");
            continue;
        case NameKind::sort:
            if (!sort_used_[i]) what = "sort";
            break;
        case NameKind::define:
            if (!define_used_[i]) what = "definition";
            break;
        case NameKind::entity: what = symbol_used_[i] ? nullptr : "entity"; break;
        case NameKind::predicate: what = symbol_used_[i] ? nullptr : "predicate"; break;
        case NameKind::function: what = symbol_used_[i] ? nullptr : "function"; break;
        case NameKind::constant: what = symbol_used_[i] ? nullptr : "constant"; break;
        default: break;
        }
        if (what) diagnostics_.warning("unused", d.span, std::string(what) + " '" + name + "' is never used");
    }
}

}   // namespace elenchus::checking

namespace elenchus::checking {

namespace {

// Every variable the file binds (quantifiers, definition parameters), first binding kept.
// Iterative: formulas may nest deeper than the stack would like.
std::unordered_map<std::string, ast::Span> bound_variables(ast::File const& file) {
    std::unordered_map<std::string, ast::Span> bound;
    std::vector<ast::Expr const*> pending;
    auto bind = [&](std::vector<ast::Binder> const& binders) {
        for (ast::Binder const& b : binders) bound.emplace(b.variable.text, b.variable.span);
    };
    auto statement = [&](ast::Statement const& s) { pending.push_back(&s.formula); };
    for (ast::Declaration const& d : file.declarations) {
        if (auto const* s = std::get_if<ast::Statement>(&d)) statement(*s);
        if (auto const* def = std::get_if<ast::DefineDecl>(&d)) {
            bind(def->parameters);
            pending.push_back(&def->body);
        }
        if (auto const* sc = std::get_if<ast::ScenarioDecl>(&d))
            for (ast::Statement const& s : sc->statements) statement(s);
    }
    while (!pending.empty()) {
        ast::Expr const* e = pending.back();
        pending.pop_back();
        bind(e->binders);
        for (ast::Expr const& operand : e->operands) pending.push_back(&operand);
    }
    return bound;
}

}   // namespace

// Explanations and witness worlds print a member by its display name, and `explain --verify`
// reads those formulas back; a display name that is also another name, or another member's
// display name, would read back as the wrong thing.
void Checker::check_display_names(ast::File const& file) {
    static constexpr char const* why =
        "; display names must differ from every other name so that printed formulas read back";
    auto const variables = bound_variables(file);
    std::unordered_map<std::string, ast::SortMember const*> displays;
    for (ast::Declaration const& d : file.declarations) {
        auto const* sort = std::get_if<ast::SortDecl>(&d);
        if (!sort || !sort->members) continue;
        for (ast::SortMember const& m : *sort->members) {
            if (!m.display || m.display->value == m.name.text) continue;
            std::string const& shown = m.display->value;
            std::string const head = "display name \"" + shown + "\" of '" + m.name.text + "' ";
            if (Declared const* other = find_declared(shown)) {
                diagnostics_.error(m.display->span, head + "is also the name of " + describe(*other) + why,
                                   {{other->span, "'" + shown + "' is declared here"}});
            } else if (auto v = variables.find(shown); v != variables.end()) {
                diagnostics_.error(m.display->span, head + "is also the name of a variable" + why,
                                   {{v->second, "'" + shown + "' is bound here"}});
            } else if (auto [it, fresh] = displays.emplace(shown, &m); !fresh) {
                diagnostics_.error(m.display->span,
                                   head + "is also the display name of '" + it->second->name.text + "'" + why,
                                   {{it->second->display->span, "the other display name is here"}});
            }
        }
    }
}

}   // namespace elenchus::checking
