#include "cli/lsp/names.hpp"

#include <algorithm>
#include <set>
#include <type_traits>
#include <variant>

namespace elenchus::lsp {

char const* to_string(NameKind k) {
    switch (k) {
    case NameKind::source: return "source";
    case NameKind::sort: return "sort";
    case NameKind::member: return "member";
    case NameKind::entity: return "entity";
    case NameKind::predicate: return "predicate";
    case NameKind::function: return "function";
    case NameKind::constant: return "constant";
    case NameKind::define: return "define";
    case NameKind::statement: return "statement";
    case NameKind::argument: return "argument";
    case NameKind::scenario: return "scenario";
    }
    return "name";
}

// Walks the tree once; the bound variables in scope are a stack of names.
class IndexBuilder {
public:
    explicit IndexBuilder(NameIndex& index) : index_(index) {}

    void declare(ast::Name const& n, NameKind kind, ast::Span span, std::string container = {},
                 ast::StatementKind statement_kind = ast::StatementKind::premise) {
        if (n.text.empty()) return;
        index_.occurrences_.push_back({n.text, n.span, true});
        if (index_.by_name_.count(n.text)) return;
        index_.by_name_[n.text] = index_.declarations_.size();
        index_.declarations_.push_back({n.text, kind, statement_kind, n.span, span, std::move(container)});
    }

    void use(ast::Name const& n) {
        if (n.text.empty()) return;
        if (std::find(bound_.begin(), bound_.end(), n.text) != bound_.end()) return;
        index_.occurrences_.push_back({n.text, n.span, false});
    }

    void expr(ast::Expr const& e) {
        if (e.kind == ast::Expr::Kind::name || e.kind == ast::Expr::Kind::apply) use(e.name);
        std::size_t const depth = bound_.size();
        for (auto const& b : e.binders) {
            use(b.type);
            bound_.push_back(b.variable.text);
        }
        for (auto const& operand : e.operands) expr(operand);
        bound_.resize(depth);
    }

    void statement(ast::Statement const& s, std::string const& scenario) {
        declare(s.name, NameKind::statement, s.span, scenario, s.kind);
        expr(s.formula);
        for (auto const& c : s.cites) use(c.source);
    }

    void declaration(ast::Declaration const& d) {
        std::visit([&](auto const& x) { visit(x); }, d);
    }

private:
    void visit(ast::SourceDecl const& d) { declare(d.name, NameKind::source, d.span); }
    void visit(ast::SortDecl const& d) {
        declare(d.name, NameKind::sort, d.span);
        if (d.members)
            for (auto const& m : *d.members) declare(m.name, NameKind::member, d.span, d.name.text);
    }
    void visit(ast::EntityDecl const& d) {
        for (auto const& n : d.names) declare(n, NameKind::entity, d.span);
        use(d.sort);
    }
    void visit(ast::PredicateDecl const& d) {
        declare(d.name, NameKind::predicate, d.span);
        for (auto const& t : d.parameters) use(t);
    }
    void visit(ast::FunctionDecl const& d) {
        declare(d.name, NameKind::function, d.span);
        for (auto const& t : d.parameters) use(t);
        use(d.result);
    }
    void visit(ast::ConstantDecl const& d) {
        for (auto const& n : d.names) declare(n, NameKind::constant, d.span);
        use(d.type);
    }
    void visit(ast::DefineDecl const& d) {
        declare(d.name, NameKind::define, d.span);
        std::size_t const depth = bound_.size();
        for (auto const& p : d.parameters) {
            use(p.type);
            bound_.push_back(p.variable.text);
        }
        expr(d.body);
        bound_.resize(depth);
    }
    void visit(ast::Statement const& s) { statement(s, {}); }
    void visit(ast::ArgumentDecl const& d) {
        declare(d.name, NameKind::argument, d.span);
        for (auto const& p : d.premises) use(p);
        use(d.conclusion);
        // A clause's `from` is the argument's own name, already recorded.
        for (auto const& r : d.relations) use(r.to);
    }
    void visit(ast::RelationDecl const& d) {
        use(d.from);
        use(d.to);
    }
    void visit(ast::ScenarioDecl const& d) {
        declare(d.name, NameKind::scenario, d.span);
        for (auto const& n : d.without) use(n);
        for (auto const& n : d.with) use(n);
        for (auto const& s : d.statements) statement(s, d.name.text);
    }

    NameIndex& index_;
    std::vector<std::string> bound_;
};

NameIndex::NameIndex(ast::File const& file) {
    IndexBuilder builder(*this);
    for (auto const& d : file.declarations) builder.declaration(d);
    std::stable_sort(occurrences_.begin(), occurrences_.end(),
                     [](Occurrence const& a, Occurrence const& b) { return a.span.begin < b.span.begin; });
    // Types that are built in (Bool, Int, Real) and names nobody declared stay as uses:
    // navigation simply finds no declaration for them.
}

Declaration const* NameIndex::find(std::string const& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : &declarations_[it->second];
}

std::optional<Occurrence> NameIndex::at(std::uint32_t offset) const {
    for (auto const& o : occurrences_)
        if (o.span.begin <= offset && offset <= o.span.end && o.span.begin < o.span.end) return o;
    return std::nullopt;
}

std::vector<Occurrence> NameIndex::occurrences_of(std::string const& name) const {
    std::vector<Occurrence> result;
    for (auto const& o : occurrences_)
        if (o.name == name) result.push_back(o);
    return result;
}

}   // namespace elenchus::lsp
