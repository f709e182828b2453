// A model of the last satisfiable query, as readable facts about the symbols that matter.
#include <functional>
#include <map>

#include "solver/session_impl.hpp"
#include "solver/world_search.hpp"

namespace elenchus::solver {

namespace {

constexpr std::size_t max_facts = 40;
constexpr std::size_t max_enumerated = 100000;

using logic::Type;
using Kind = logic::Symbol::Kind;

std::string joined(std::vector<std::string> const& items) {
    std::string s;
    for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
    return s;
}

// `f(a, b)`, or `c` for a constant: a fact's left side.
std::string applied(std::string const& symbol, std::vector<std::string> const& arguments) {
    return arguments.empty() ? symbol : symbol + "(" + joined(arguments) + ")";
}

class WorldWriter {
public:
    WorldWriter(logic::Theory const& theory, Translator const& tr, std::set<int> const& relevant,
                std::vector<z3::expr> const& focus, z3::model const& m)
        : theory_(theory), tr_(tr), relevant_(relevant), focus_(focus), m_(m) {
        for (std::size_t i = 0; i < theory.symbols.size(); ++i)
            symbol_of_.emplace(tr.decl(static_cast<int>(i)).id(), static_cast<int>(i));
    }

    // Most telling first: the ground atoms of the goal, then those of the statements, then
    // the whole extension of what quantifiers range over (a symbol that occurs only in
    // ground atoms is fully described by them).
    World write() {
        name_individuals();
        for (auto const& e : focus_) scan(e);
        for (int i : relevant_)
            if (quantified_.count(i)) describe(i);
        World w;
        w.facts = std::move(facts_);
        w.hidden = hidden_;
        return w;
    }

private:
    logic::Theory const& theory_;
    Translator const& tr_;
    std::set<int> const& relevant_;
    std::vector<z3::expr> const& focus_;
    z3::model const& m_;
    std::map<unsigned, int> symbol_of_;   // func_decl id → symbol
    std::set<unsigned> scanned_;          // AST ids already scanned
    std::map<unsigned, bool> ground_;     // AST id → free of bound variables
    std::set<int> quantified_;            // symbols applied to bound variables
    std::set<std::string> shown_;         // facts already listed, by left side
    std::vector<Fact> facts_;
    std::size_t hidden_ = 0;
    // Value AST id → readable name. Z3 reuses the id of a term nobody holds any more, so
    // every term named here is held in pinned_: a member made only to read its id (`Ann`)
    // would otherwise lend that id to the next term made, and a Student would print as
    // a Teacher.
    std::map<unsigned, std::string> names_;
    std::vector<z3::expr> pinned_;
    std::map<int, std::vector<z3::expr>> universe_;   // open sort → its individuals
    std::vector<Fact> aliases_;                       // `plato = socrates`

    logic::Theory const& theory() const { return theory_; }
    Translator const& tr() const { return tr_; }

    // Names `v` unless it has a name already; true when it had none.
    bool name(z3::expr const& v, std::string const& text) {
        if (!names_.emplace(v.id(), text).second) return false;
        pinned_.push_back(v);
        return true;
    }

    void add(Fact f) {
        if (facts_.size() < max_facts) facts_.push_back(std::move(f));
        else ++hidden_;
    }

    // The value is asked of the model only for a fact that is listed.
    template <class Value>
    void fact(logic::Symbol const& sym, std::vector<z3::expr> const& args, Value const& v) {
        Fact f{Fact::Kind::value, sym.name, {}, {}};
        for (auto const& a : args) f.arguments.push_back(value(a));
        if (!shown_.insert(applied(f.symbol, f.arguments)).second) return;
        if (facts_.size() >= max_facts) ++hidden_;
        else {
            f.value = value(v());
            facts_.push_back(std::move(f));
        }
    }

    bool ground(z3::expr const& e) {
        if (e.is_var() || e.is_quantifier()) return false;
        if (!e.is_app()) return true;
        auto it = ground_.find(e.id());
        if (it != ground_.end()) return it->second;
        bool g = true;
        for (unsigned k = 0; g && k < e.num_args(); ++k) g = ground(e.arg(k));
        ground_.emplace(e.id(), g);
        return g;
    }

    void scan(z3::expr const& e) {
        if (!scanned_.insert(e.id()).second) return;
        if (e.is_quantifier()) return scan(e.body());
        if (!e.is_app()) return;
        auto it = symbol_of_.find(e.decl().id());
        if (it != symbol_of_.end()) {
            auto const& sym = theory().symbols[static_cast<std::size_t>(it->second)];
            bool described = sym.kind != Kind::member && sym.kind != Kind::entity;
            if (described && ground(e)) {
                std::vector<z3::expr> args;
                for (unsigned k = 0; k < e.num_args(); ++k) args.push_back(eval(e.arg(k)));
                fact(sym, args, [&] { return eval(e); });
            } else if (described) {
                quantified_.insert(it->second);
            }
        }
        for (unsigned k = 0; k < e.num_args(); ++k) scan(e.arg(k));
    }

    z3::expr eval(z3::expr const& e) const { return m_.eval(e, true); }

    static std::string shown(logic::Symbol const& sym) { return sym.display.empty() ? sym.name : sym.display; }

    bool uses_sort(int symbol, int sort) const {
        auto const& sym = theory().symbols[static_cast<std::size_t>(symbol)];
        if (sym.result.kind == Type::Kind::sort && sym.result.sort == sort) return true;
        for (auto const& p : sym.parameters)
            if (p.kind == Type::Kind::sort && p.sort == sort) return true;
        return false;
    }

    // Members by display name; individuals of open sorts by the entities they equal, in
    // declaration order (entities are not assumed distinct), else `Sort#k`.
    void name_individuals() {
        z3::context& ctx = m_.ctx();
        for (std::size_t i = 0; i < theory().symbols.size(); ++i) {
            auto const& sym = theory().symbols[i];
            if (sym.kind == Kind::member) name(tr().decl(int(i))(), shown(sym));
        }
        for (std::size_t k = 0; k < theory().sorts.size(); ++k) {
            int sort = static_cast<int>(k);
            if (tr().enumerated(sort)) continue;
            bool used = false;
            for (int i : relevant_) used = used || uses_sort(i, sort);
            if (!used) continue;
            std::vector<z3::expr> individuals;
            try {   // a sort the model never needed has no universe
                Z3_ast_vector u = Z3_model_get_sort_universe(ctx, m_, tr().sort(sort));
                ctx.check_error();
                if (u) {
                    z3::expr_vector v(ctx, u);
                    for (unsigned j = 0; j < v.size(); ++j) individuals.push_back(v[static_cast<int>(j)]);
                }
            } catch (z3::exception const&) {
            }
            for (std::size_t i = 0; i < theory().symbols.size(); ++i) {
                auto const& sym = theory().symbols[i];
                if (sym.kind != Kind::entity || sym.result.sort != sort) continue;
                z3::expr v = eval(tr().decl(int(i))());
                bool const fresh = name(v, sym.name);
                if (!fresh && relevant_.count(int(i)))
                    aliases_.push_back(Fact{Fact::Kind::value, sym.name, {}, names_[v.id()]});
                if (fresh) {
                    bool known = false;
                    for (auto const& x : individuals) known = known || x.id() == v.id();
                    if (!known) individuals.push_back(v);
                }
            }
            int unnamed = 0;
            for (auto const& x : individuals)
                if (!names_.count(x.id())) name(x, theory().sorts[k].name + "#" + std::to_string(++unnamed));
            Fact line{Fact::Kind::universe, theory().sorts[k].name, {}, {}};
            for (auto const& x : individuals) line.arguments.push_back(names_[x.id()]);
            add(std::move(line));
            for (auto& alias : aliases_) add(std::move(alias));
            aliases_.clear();
            universe_[sort] = std::move(individuals);
        }
    }

    std::string value(z3::expr const& v) const {
        auto it = names_.find(v.id());
        if (it != names_.end()) return it->second;
        if (v.is_true()) return "true";
        if (v.is_false()) return "false";
        if (v.is_algebraic()) return "≈" + v.get_decimal_string(6);
        std::string number;
        if (v.is_numeral(number)) return number;
        return v.to_string();
    }

    // The values a parameter ranges over, when there are finitely many.
    std::optional<std::vector<z3::expr>> domain(Type const& t) const {
        z3::context& ctx = m_.ctx();
        switch (t.kind) {
        case Type::Kind::boolean: return std::vector<z3::expr>{ctx.bool_val(false), ctx.bool_val(true)};
        case Type::Kind::integer:
        case Type::Kind::real: return std::nullopt;
        case Type::Kind::sort: break;
        }
        if (tr().enumerated(t.sort)) {
            std::vector<z3::expr> xs;
            for (int m : theory().sorts[static_cast<std::size_t>(t.sort)].members) xs.push_back(tr().decl(m)());
            return xs;
        }
        auto it = universe_.find(t.sort);
        if (it == universe_.end()) return std::nullopt;
        return it->second;
    }

    void describe(int i) {
        auto const& sym = theory().symbols[static_cast<std::size_t>(i)];
        auto const& d = tr().decl(i);
        if (sym.kind == Kind::member) return;
        if (sym.kind == Kind::entity) return;   // shown in its sort's universe
        if (sym.parameters.empty()) {
            fact(sym, {}, [&] { return eval(d()); });
            return;
        }
        std::vector<std::vector<z3::expr>> domains;
        for (auto const& p : sym.parameters) {
            auto dom = domain(p);
            if (!dom) return interpretation(sym, d);
            domains.push_back(std::move(*dom));
        }
        std::size_t total = 1;
        for (auto const& dom : domains) total *= dom.size();
        if (total > max_enumerated) {   // too many to name one by one
            hidden_ += total;
            return;
        }
        std::vector<z3::expr> args;
        std::function<void(std::size_t)> each = [&](std::size_t k) {
            if (k == domains.size()) {
                z3::expr_vector xs(d.ctx());
                for (auto const& a : args) xs.push_back(a);
                fact(sym, args, [&] { return eval(d(xs)); });
                return;
            }
            for (auto const& x : domains[k]) {
                args.push_back(x);
                each(k + 1);
                args.pop_back();
            }
        };
        each(0);
    }

    // Over Int or Real arguments: the finitely many points the model fixes, then the rest.
    void interpretation(logic::Symbol const& sym, z3::func_decl const& d) {
        if (!m_.has_interp(d)) {
            add(Fact{Fact::Kind::anything, sym.name, {}, {}});
            return;
        }
        z3::func_interp f = m_.get_func_interp(d);
        for (unsigned e = 0; e < f.num_entries(); ++e) {
            z3::func_entry entry = f.entry(e);
            std::vector<z3::expr> args;
            for (unsigned a = 0; a < entry.num_args(); ++a) args.push_back(entry.arg(a));
            fact(sym, args, [&] { return entry.value(); });
        }
        if (shown_.insert(sym.name + "(…)").second)
            add(Fact{
                f.num_entries() ? Fact::Kind::elsewhere : Fact::Kind::everywhere, sym.name, {}, value(f.else_value())});
    }
};

World unavailable(std::string why) {
    World w;
    w.unavailable = std::move(why);
    return w;
}

}   // namespace

std::string to_string(Fact const& fact) {
    switch (fact.kind) {
    case Fact::Kind::value: return applied(fact.symbol, fact.arguments) + " = " + fact.value;
    case Fact::Kind::universe: return fact.symbol + " = {" + joined(fact.arguments) + "}";
    case Fact::Kind::everywhere: return fact.symbol + "(…) = " + fact.value;
    case Fact::Kind::elsewhere: return fact.symbol + "(…) = " + fact.value + " otherwise";
    case Fact::Kind::anything: return fact.symbol + "(…) = anything";
    }
    return {};
}

std::vector<std::string> lines(World const& world) {
    if (!world.unavailable.empty()) return {world.unavailable};
    std::vector<std::string> out;
    out.reserve(world.facts.size() + 1);
    for (auto const& f : world.facts) out.push_back(to_string(f));
    if (world.hidden) out.push_back("… " + std::to_string(world.hidden) + " more");
    return out;
}

World Session::Impl::world() {
    if (!satisfied) return {};
    try {
        std::set<int> relevant = formula_symbols;
        for (int i : asked) {
            auto k = static_cast<std::size_t>(i);
            relevant.insert(symbols_of[k].begin(), symbols_of[k].end());
        }
        if (smallest_worlds()) {
            WorldSearch search(theory, limits, theory.statements.size() > expand_from ? expansion_nodes : 0);
            if (search.run(asked, asked_term ? &*asked_term : nullptr, asked_negated))
                return WorldWriter(theory, search.translator(), relevant, search.focus(), search.model()).write();
            // Z3 found no model in the search's own context within its limits: the Session's.
        }
        if (model_pending) {
            // The answer came from a set proved satisfiable before: ask Z3 for a model now.
            if (check_large(asked, pending_goal) != z3::sat) {
                if (auto why = run_exhausted(limits.run); !why.empty()) return unavailable("(no world: " + why + ")");
                return unavailable("(no world: Z3 did not find the model again within the limits)");
            }
            model_pending = false;
        }
        if (!model) model = solver->get_model();
        std::vector<z3::expr> focus;
        if (asked_formula) focus.push_back(*asked_formula);
        for (int i : asked) focus.push_back(formula[static_cast<std::size_t>(i)]);
        return WorldWriter(theory, *translator, relevant, focus, *model).write();
    } catch (z3::exception const& e) {
        return unavailable("(no world: " + failure_reason(e, limits.run) + ")");
    }
}

}   // namespace elenchus::solver
