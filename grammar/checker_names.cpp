// The one namespace: who declared what, where, and what a reader is told about a name that
// cannot be used where it stands.
#include <algorithm>
#include <type_traits>

#include "grammar/checker_internal.hpp"
#include "grammar/spelling_hints.hpp"

namespace elenchus::checking {

namespace {

bool starts_with_vowel(std::string const& s) {
    return !s.empty() && std::string_view("AEIOUaeiou").find(s[0]) != std::string_view::npos;
}

bool is_symbol_kind(NameKind k) {
    return k != NameKind::statement && k != NameKind::argument && k != NameKind::scenario;
}

}   // namespace

void Checker::declare_all(ast::File const& file) {
    int statements = 0;
    int arguments = 0;
    auto note = [&](ast::Name const& name, NameKind kind) -> Declared* {
        auto [it, fresh] = declared_.try_emplace(name.text);
        if (!fresh) return nullptr;
        it->second.kind = kind;
        it->second.span = name.span;
        declared_order_.push_back(name.text);
        return &it->second;
    };
    auto note_statement = [&](ast::Statement const& s, std::string const& scenario) {
        if (Declared* d = note(s.name, NameKind::statement)) {
            d->statement_kind = s.kind;
            d->scenario = scenario;
            d->index = statements++;
        }
    };
    for (ast::Declaration const& declaration : file.declarations) {
        std::visit(
            [&](auto const& d) {
                using D = std::decay_t<decltype(d)>;
                if constexpr (std::is_same_v<D, ast::SourceDecl>) {
                    note(d.name, NameKind::source);
                } else if constexpr (std::is_same_v<D, ast::SortDecl>) {
                    note(d.name, NameKind::sort);
                    if (d.members) {
                        for (ast::SortMember const& m : *d.members) {
                            if (Declared* x = note(m.name, NameKind::member)) x->sort = d.name.text;
                        }
                    }
                } else if constexpr (std::is_same_v<D, ast::EntityDecl>) {
                    for (ast::Name const& n : d.names) note(n, NameKind::entity);
                } else if constexpr (std::is_same_v<D, ast::PredicateDecl>) {
                    note(d.name, NameKind::predicate);
                } else if constexpr (std::is_same_v<D, ast::FunctionDecl>) {
                    note(d.name, NameKind::function);
                } else if constexpr (std::is_same_v<D, ast::ConstantDecl>) {
                    for (ast::Name const& n : d.names) note(n, NameKind::constant);
                } else if constexpr (std::is_same_v<D, ast::DefineDecl>) {
                    note(d.name, NameKind::define);
                } else if constexpr (std::is_same_v<D, ast::Statement>) {
                    note_statement(d, "");
                } else if constexpr (std::is_same_v<D, ast::ArgumentDecl>) {
                    if (Declared* a = note(d.name, NameKind::argument)) a->index = arguments++;
                } else if constexpr (std::is_same_v<D, ast::ScenarioDecl>) {
                    note(d.name, NameKind::scenario);
                    for (ast::Statement const& s : d.statements) note_statement(s, d.name.text);
                }
            },
            declaration);
    }
}

void Checker::declare_vocabulary_of(logic::Theory const& checked) {
    auto remember = [&](std::string const& name, NameKind kind, ast::Span span, int index) {
        Declared& d = declared_[name];
        d.kind = kind;
        d.span = span;
        d.index = index;
        declared_order_.push_back(name);
        if (is_symbol_kind(kind)) {
            scope_[name] = InScope{kind, index};
            scope_order_.push_back(name);
        }
    };
    theory_.sorts = checked.sorts;
    theory_.symbols = checked.symbols;
    theory_.defines = checked.defines;
    for (std::size_t i = 0; i < checked.sorts.size(); ++i) {
        remember(checked.sorts[i].name, NameKind::sort, checked.sorts[i].span, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < checked.symbols.size(); ++i) {
        logic::Symbol const& s = checked.symbols[i];
        NameKind kind = NameKind::constant;
        switch (s.kind) {
        case logic::Symbol::Kind::member: kind = NameKind::member; break;
        case logic::Symbol::Kind::entity: kind = NameKind::entity; break;
        case logic::Symbol::Kind::predicate: kind = NameKind::predicate; break;
        case logic::Symbol::Kind::function: kind = NameKind::function; break;
        case logic::Symbol::Kind::constant: kind = NameKind::constant; break;
        }
        remember(s.name, kind, s.span, static_cast<int>(i));
        if (kind == NameKind::member) declared_[s.name].sort = type_name(s.result);
    }
    for (std::size_t i = 0; i < checked.defines.size(); ++i) {
        remember(checked.defines[i].name, NameKind::define, checked.defines[i].span, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < checked.statements.size(); ++i) {
        logic::Statement const& s = checked.statements[i];
        remember(s.name, NameKind::statement, s.span, static_cast<int>(i));
        declared_[s.name].statement_kind = s.kind;
        declared_[s.name].scenario = s.scenario;
    }
    for (std::size_t i = 0; i < checked.arguments.size(); ++i) {
        remember(checked.arguments[i].name, NameKind::argument, checked.arguments[i].span, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < checked.scenarios.size(); ++i) {
        remember(checked.scenarios[i].name, NameKind::scenario, checked.scenarios[i].span, static_cast<int>(i));
    }
    sort_used_.assign(theory_.sorts.size(), 1);
    symbol_used_.assign(theory_.symbols.size(), 1);
    define_used_.assign(theory_.defines.size(), 1);
}

bool Checker::first_declaration(ast::Name const& name) {
    Declared const* d = find_declared(name.text);
    if (d == nullptr || (d->span.begin == name.span.begin && d->span.end == name.span.end)) {
        return true;
    }
    diagnostics_.error(name.span, "duplicate declaration of '" + name.text + "'",
                       {{d->span, "previous declaration is here"}});
    return false;
}

void Checker::introduce(ast::Name const& name, NameKind kind, int index) {
    scope_[name.text] = InScope{kind, index};
    scope_order_.push_back(name.text);
}

Declared const* Checker::find_declared(std::string const& name) const {
    auto it = declared_.find(name);
    return it == declared_.end() ? nullptr : &it->second;
}

std::optional<logic::Type> Checker::resolve_type(ast::TypeRef const& type) {
    if (type.text == "Bool") return logic::Type{logic::Type::Kind::boolean};
    if (type.text == "Int") return logic::Type{logic::Type::Kind::integer};
    if (type.text == "Real") return logic::Type{logic::Type::Kind::real};
    auto it = scope_.find(type.text);
    if (it != scope_.end() && it->second.kind == NameKind::sort) {
        mark_used(it->second);
        return logic::Type{logic::Type::Kind::sort, it->second.index};
    }
    report_missing(type, "type", {NameKind::sort}, false);
    return std::nullopt;
}

std::optional<logic::Type> Checker::resolve_sort(ast::TypeRef const& type, char const* what) {
    auto t = resolve_type(type);
    if (t && t->kind != logic::Type::Kind::sort) {
        diagnostics_.error(type.span, std::string(what) + " must belong to a sort, got " + type_name(*t));
        return std::nullopt;
    }
    return t;
}

std::string Checker::type_name(logic::Type const& t) const {
    switch (t.kind) {
    case logic::Type::Kind::boolean: return "Bool";
    case logic::Type::Kind::integer: return "Int";
    case logic::Type::Kind::real: return "Real";
    case logic::Type::Kind::sort: break;
    }
    if (t.sort >= 0 && static_cast<std::size_t>(t.sort) < theory_.sorts.size()) {
        return theory_.sorts[static_cast<std::size_t>(t.sort)].name;
    }
    return "?";
}

std::string Checker::type_phrase(logic::Type const& t) const {
    std::string const name = type_name(t);
    if (t.kind != logic::Type::Kind::sort) return name;
    return (starts_with_vowel(name) ? "an " : "a ") + name;
}

std::string Checker::describe(Declared const& d) const {
    switch (d.kind) {
    case NameKind::source: return "a source";
    case NameKind::sort: return "a sort";
    case NameKind::member: return "a member of sort '" + d.sort + "'";
    case NameKind::entity: return "an entity";
    case NameKind::predicate: return "a predicate";
    case NameKind::function: return "a function";
    case NameKind::constant: return "a constant";
    case NameKind::define: return "a definition";
    case NameKind::argument: return "an argument";
    case NameKind::scenario: return "a scenario";
    case NameKind::statement: break;
    }
    switch (d.statement_kind) {
    case ast::StatementKind::axiom: return "an axiom";
    case ast::StatementKind::premise: return "a premise";
    case ast::StatementKind::assume: return "an assumption";
    case ast::StatementKind::hypothesis: return "a hypothesis";
    case ast::StatementKind::claim: return "a claim";
    }
    return "a statement";
}

void Checker::report_missing(ast::Name const& name, char const* wanted, std::vector<NameKind> const& kinds,
                             bool with_locals) {
    if (poisoned_.count(name.text) != 0) return;
    Declared const* d = find_declared(name.text);
    if (d != nullptr) {
        if (scope_.count(name.text) != 0 || !is_symbol_kind(d->kind)) {
            diagnostics_.error(name.span, "'" + name.text + "' is " + describe(*d) + ", not " +
                                              (starts_with_vowel(wanted) ? "an " : "a ") + wanted);
        } else if (name.text == current_define_) {
            diagnostics_.error(name.span, "'" + name.text + "' cannot be used in its own definition");
        } else if (d->span.begin > name.span.begin) {
            diagnostics_.error(name.span, "'" + name.text + "' is used before its declaration",
                               {{d->span, "'" + name.text + "' is declared here"}});
        }
        // Otherwise its declaration failed and was reported already.
        return;
    }
    std::vector<std::string> candidates;
    if (with_locals) {
        for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) candidates.push_back(it->name);
    }
    for (std::string const& s : scope_order_) {
        NameKind const k = scope_.at(s).kind;
        if (std::find(kinds.begin(), kinds.end(), k) != kinds.end()) candidates.push_back(s);
    }
    if (std::string_view(wanted) == "type") {
        for (char const* builtin : {"Bool", "Int", "Real"}) candidates.emplace_back(builtin);
    }
    std::string message = std::string("unknown ") + wanted + " '" + name.text + "'";
    std::string const suggestion = closest_name(name.text, candidates);
    if (!suggestion.empty()) {
        message += "; did you mean '" + suggestion + "'?";
    } else if (lexical::is_capitalised_keyword(name.text)) {   // `TRUE`, `Forall`
        std::string lower = name.text;
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        message += "; keywords are lower case: write '" + lower + "'";
    }
    diagnostics_.error(name.span, std::move(message));
}

void Checker::mark_used(InScope const& s) {
    auto const i = static_cast<std::size_t>(s.index);
    switch (s.kind) {
    case NameKind::sort:
        if (i < sort_used_.size()) sort_used_[i] = 1;
        break;
    case NameKind::member:
    case NameKind::entity:
    case NameKind::predicate:
    case NameKind::function:
    case NameKind::constant:
        if (i < symbol_used_.size()) symbol_used_[i] = 1;
        if (s.kind == NameKind::member && i < theory_.symbols.size()) {
            auto const sort = static_cast<std::size_t>(theory_.symbols[i].result.sort);
            if (sort < sort_used_.size()) sort_used_[sort] = 1;
        }
        break;
    case NameKind::define:
        if (i < define_used_.size()) define_used_[i] = 1;
        break;
    case NameKind::source:
        if (i < sources_.size()) sources_[i].cited = true;
        break;
    default: break;
    }
}

}   // namespace elenchus::checking
