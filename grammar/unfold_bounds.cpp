#include "grammar/unfold_bounds.hpp"

#include <algorithm>

namespace elenchus::checking {

namespace {

using Op = logic::Term::Op;

void put(std::string& key, std::uint64_t v) { key.append(reinterpret_cast<char const*>(&v), sizeof v); }

void put_type(std::string& key, logic::Type const& t) {
    key += static_cast<char>(t.kind);
    put(key, static_cast<std::uint64_t>(static_cast<std::int64_t>(t.sort)));
}

void put_text(std::string& key, std::string const& s) {
    put(key, s.size());
    key += s;
}

}   // namespace

std::optional<UnfoldExcess> UnfoldBounds::check(logic::Term const& formula, bool count_size) {
    UnfoldExcess slot;
    UnfoldExcess* excess = nullptr;
    depth(formula, excess, slot);
    if (excess) return slot;
    if (!count_size || over()) return std::nullopt;
    count_calls(formula);
    if (!over()) return std::nullopt;
    UnfoldExcess e;
    e.span = over_at_ ? over_at_->span : formula.span;
    e.message = "definitions unfold to more than " + std::to_string(max_unfolded_nodes) +
                " distinct sub-formulas in this file (declare some of them as predicates "
                "with an axiom instead)";
    return e;
}

// Definitions only call earlier ones, so computing them in order never recurses from one
// definition into another.
std::size_t UnfoldBounds::define_depth(int index) {
    auto const wanted = static_cast<std::size_t>(index);
    while (define_depth_.size() <= wanted && define_depth_.size() < theory_.defines.size()) {
        UnfoldExcess slot;
        UnfoldExcess* ignored = nullptr;
        // Reserve the entry first: a body cannot call its own definition, and a broken
        // one must not loop.
        define_depth_.push_back(1);
        std::size_t const i = define_depth_.size() - 1;
        define_depth_[i] = depth(theory_.defines[i].body, ignored, slot);
    }
    return wanted < define_depth_.size() ? define_depth_[wanted] : 1;
}

// An upper bound on the depth after unfolding: a call is as deep as its definition's body
// plus its deepest argument (which takes a parameter's place, one level).
std::size_t UnfoldBounds::depth(logic::Term const& t, UnfoldExcess*& excess, UnfoldExcess& slot) {
    std::size_t deepest = 0;
    for (auto const& a : t.args) deepest = std::max(deepest, depth(a, excess, slot));
    std::size_t d = deepest + 1;
    if (t.op == Op::define && t.symbol >= 0) d = define_depth(t.symbol) + deepest;
    if (d > max_unfolded_depth && !excess && t.op == Op::define) {
        std::string const& name = theory_.defines[static_cast<std::size_t>(t.symbol)].name;
        slot.span = t.span;
        slot.message = "definitions nested too deeply: unfolding '" + name + "' here nests the formula more than " +
                       std::to_string(max_unfolded_depth) +
                       " levels deep (declare some of the definitions it calls as predicates "
                       "with an axiom instead)";
        excess = &slot;
    }
    return std::min(d, max_unfolded_depth + 1);
}

void UnfoldBounds::count_calls(logic::Term const& t) {
    if (over()) return;
    if (t.op == Op::define) {
        Env env;
        intern(t, env);
        if (over() && !over_at_) over_at_ = &t;
        return;
    }
    for (auto const& a : t.args) count_calls(a);
}

UnfoldBounds::Id UnfoldBounds::node(std::string const& key) {
    auto [it, added] = nodes_.try_emplace(key, nodes_.size());
    return it->second;
}

// Hash-consing, as the solver's translation shares identical terms: each distinct call is
// unfolded once, so `d(b) := e(b) and e(not b)` costs its distinct instances, not 2^depth.
UnfoldBounds::Id UnfoldBounds::intern(logic::Term const& t, Env& env) {
    if (++work_ > max_unfolding_work || nodes_.size() > max_unfolded_nodes) return 0;
    std::string key;
    key += static_cast<char>(t.op);
    put_type(key, t.type);
    switch (t.op) {
    case Op::variable:
        for (auto it = env.rbegin(); it != env.rend(); ++it)
            if (it->first == t.name) return it->second;
        put_text(key, t.name);
        return node(key);
    case Op::define: {
        put(key, static_cast<std::uint64_t>(t.symbol));
        std::vector<Id> args;
        for (auto const& a : t.args) args.push_back(intern(a, env));
        for (Id a : args) put(key, a);
        if (auto it = calls_.find(key); it != calls_.end()) return it->second;
        auto const& d = theory_.defines.at(static_cast<std::size_t>(t.symbol));
        Env inner;
        for (std::size_t i = 0; i < d.parameters.size() && i < args.size(); ++i)
            inner.emplace_back(d.parameters[i].name, args[i]);
        Id const id = intern(d.body, inner);
        calls_.emplace(std::move(key), id);
        return id;
    }
    case Op::forall:
    case Op::exists: {
        std::size_t const mark = env.size();
        for (auto const& b : t.binders) {
            std::string v;
            v += static_cast<char>(Op::variable);
            put_type(v, b.type);
            put_text(v, b.name);
            env.emplace_back(b.name, node(v));
            put_text(key, b.name);
            put_type(key, b.type);
        }
        Id const body = t.args.empty() ? 0 : intern(t.args[0], env);
        env.resize(mark);
        put(key, body);
        return node(key);
    }
    default: break;
    }
    put(key, static_cast<std::uint64_t>(static_cast<std::int64_t>(t.symbol)));
    put_text(key, t.number);
    for (auto const& a : t.args) put(key, intern(a, env));
    return node(key);
}

}   // namespace elenchus::checking
