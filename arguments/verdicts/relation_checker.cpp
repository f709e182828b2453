#include "arguments/verdicts/relation_checker.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace elenchus::verdicts {

using solver::Answer;
using solver::Outcome;

std::string describe(End const& e) {
    return e.is_argument ? fmt::format("the conclusion of '{}'", e.name) : fmt::format("'{}'", e.name);
}

std::string given_clause(std::vector<std::string> const& given) {
    if (given.empty()) return {};
    std::string out = ", given ";
    for (std::size_t i = 0; i < given.size(); ++i) out += (i ? ", " : "") + given[i];
    return out;
}

RelationChecker::RelationChecker(solver::Session& session, logic::Theory const& theory, std::span<int const> asserted)
    : session_(session), theory_(theory) {
    for (int i : asserted)
        (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::axiom ? axioms_ : others_)
            .push_back(i);
}

std::optional<End> RelationChecker::end(std::string const& name, bool is_argument) const {
    End e;
    e.name = name;
    e.is_argument = is_argument;
    if (is_argument) {
        auto a = theory_.find_argument(name);
        if (!a) return std::nullopt;
        auto const& arg = theory_.arguments[static_cast<std::size_t>(*a)];
        e.content = arg.conclusion;
        e.premises = arg.premises;
    } else {
        auto s = theory_.find_statement(name);
        if (!s) return std::nullopt;
        e.content = *s;
    }
    return e;
}

Outcome RelationChecker::together(std::span<int const> more, std::initializer_list<int> statements) {
    std::vector<int> all = axioms_;
    all.insert(all.end(), more.begin(), more.end());
    all.insert(all.end(), statements.begin(), statements.end());
    return session_.satisfiable(all);
}

Outcome RelationChecker::consistent(std::vector<int> statements, std::span<int const> more) {
    statements.insert(statements.end(), axioms_.begin(), axioms_.end());
    statements.insert(statements.end(), more.begin(), more.end());
    return session_.satisfiable(statements);
}

Outcome RelationChecker::entail(std::vector<int> context, int goal, std::span<int const> more) {
    context.insert(context.end(), axioms_.begin(), axioms_.end());
    context.insert(context.end(), more.begin(), more.end());
    return session_.entails(context, theory_.statements[static_cast<std::size_t>(goal)].formula);
}

Outcome RelationChecker::alone(int statement) {
    auto it = alone_.find(statement);
    if (it != alone_.end()) return it->second;
    auto o = together({statement});
    alone_.emplace(statement, o);
    return o;
}

std::vector<int> RelationChecker::candidates(End const& a, End const& b, std::vector<int> const& seeds) {
    auto excluded = [&](int s) {
        auto in = [s](std::vector<int> const& v) { return std::find(v.begin(), v.end(), s) != v.end(); };
        return s == a.content || s == b.content || in(a.premises) || in(b.premises);
    };
    std::vector<int> out;
    for (int s : others_)
        if (!excluded(s)) out.push_back(s);
    return relevant(seeds, out);
}

namespace {

// The vocabulary of a formula, as keys: a symbol by its index, a sort by the number of
// symbols plus its index. Sorts count, as statements about one open sort constrain its size
// together (`forall x, y: S. x = y` and `a != b` share only S); a `define` call counts with
// its body.
void collect(logic::Theory const& theory, logic::Term const& t, std::set<int>& out, std::set<int>& defines) {
    int const sorts_from = static_cast<int>(theory.symbols.size());
    auto sort = [&](logic::Type const& type) {
        if (type.kind == logic::Type::Kind::sort && type.sort >= 0) out.insert(sorts_from + type.sort);
    };
    sort(t.type);
    for (auto const& v : t.binders) sort(v.type);
    if (t.op == logic::Term::Op::symbol && t.symbol >= 0) {
        out.insert(t.symbol);
        auto const& symbol = theory.symbols[static_cast<std::size_t>(t.symbol)];
        for (auto const& type : symbol.parameters) sort(type);
        sort(symbol.result);
    }
    if (t.op == logic::Term::Op::define && t.symbol >= 0 && defines.insert(t.symbol).second)
        collect(theory, theory.defines[static_cast<std::size_t>(t.symbol)].body, out, defines);
    for (auto const& a : t.args) collect(theory, a, out, defines);
}

}   // namespace

std::vector<int> const& RelationChecker::vocabulary(int statement) {
    auto const k = static_cast<std::size_t>(statement);
    if (vocabulary_.empty()) vocabulary_.resize(theory_.statements.size());
    if (auto const& known = vocabulary_[k]) return *known;
    std::set<int> keys, defines;
    collect(theory_, theory_.statements[k].formula, keys, defines);
    return vocabulary_[k].emplace(keys.begin(), keys.end());
}

// The candidates that can take part in a minimal background. Statements whose vocabularies
// are disjoint have models that combine, so an unsatisfiable query has an unsatisfiable part
// connected through shared vocabulary; a background that leaves each side possible needs
// both sides in that part, and a minimal one lies inside it. So only the candidates reached
// from the sides (`seeds`) through the axioms and the candidates can be needed: the others
// are left out, which keeps the queries of a large file small. Called for every pair of
// arguments, so marks in flat arrays rather than sets: a file of 3,000 statements spent
// three quarters of its check here when they were sets.
std::vector<int> RelationChecker::relevant(std::vector<int> const& seeds, std::vector<int> const& candidates) {
    std::size_t const keys_count = theory_.symbols.size() + theory_.sorts.size();
    if (!indexed_) {
        mentioning_.resize(keys_count);
        for (auto const* list : {&axioms_, &others_})
            for (int s : *list)
                for (int key : vocabulary(s)) mentioning_[static_cast<std::size_t>(key)].push_back(s);
        indexed_ = true;
    }
    std::vector<char> usable(theory_.statements.size(), 0), reached(theory_.statements.size(), 0),
        key_seen(keys_count, 0);
    for (int s : candidates) usable[static_cast<std::size_t>(s)] = 1;
    std::vector<int> keys;
    auto reach = [&](int s) {
        auto const k = static_cast<std::size_t>(s);
        if (reached[k]) return;
        reached[k] = 1;
        for (int key : vocabulary(s))
            if (!key_seen[static_cast<std::size_t>(key)]) {
                key_seen[static_cast<std::size_t>(key)] = 1;
                keys.push_back(key);
            }
    };
    for (int s : seeds) reach(s);
    while (!keys.empty()) {
        auto const key = static_cast<std::size_t>(keys.back());
        keys.pop_back();
        for (int s : mentioning_[key]) {
            bool const axiom = theory_.statements[static_cast<std::size_t>(s)].kind == ast::StatementKind::axiom;
            if (axiom || usable[static_cast<std::size_t>(s)]) reach(s);
        }
    }
    std::vector<int> out;
    for (int s : candidates)
        if (reached[static_cast<std::size_t>(s)]) out.push_back(s);
    return out;
}

Background RelationChecker::conflict(End const& a, End const& b, int x, int t) {
    solver::SetQuery holds = [&](std::span<int const> g) { return together(g, {x, t}); };
    // Both sides possible with g: sat only when each is, unsat when either is not.
    solver::SetQuery acceptable = [&](std::span<int const> g) {
        auto first = together(g, {x});
        return first.answer == Answer::sat ? together(g, {t}) : first;
    };
    return smallest_background(session_, candidates(a, b, {x, t}), holds, acceptable);
}

std::string const& RelationChecker::name(int statement) const {
    return theory_.statements[static_cast<std::size_t>(statement)].name;
}

std::vector<std::string> RelationChecker::names(std::vector<int> const& statements) const {
    std::vector<std::string> out;
    for (int s : statements) out.push_back(name(s));
    std::sort(out.begin(), out.end());
    return out;
}

}   // namespace elenchus::verdicts
