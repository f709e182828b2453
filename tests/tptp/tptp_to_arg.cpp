#include "tptp_to_arg.hpp"

#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "tptp_syntax.hpp"

namespace elenchus::tptp {
namespace {

using namespace syntax;

// Any TPTP name becomes an identifier: letters, digits and `_` stay, anything else (only
// possible in a 'quoted name') becomes `_xHH`.
std::string identifier(std::string_view name) {
    static char const hex[] = "0123456789abcdef";
    std::string out;
    for (char c : name) {
        if (is_alnum(c)) {
            out += c;
        } else {
            auto const byte = static_cast<unsigned char>(c);
            out += "_x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

class Printer {
public:
    explicit Printer(std::vector<Annotated> const& formulas) {
        for (auto const& a : formulas) collect(a.formula);
    }

    std::string declarations() const {
        std::string out;
        if (universe_) out += "sort U\n";
        std::vector<std::string> constants;
        for (auto const& [name, arities] : functions_)
            if (arities.count(0)) constants.push_back(function(name, 0));
        if (!constants.empty()) {
            out += "entity ";
            for (std::size_t i = 0; i < constants.size(); ++i) out += (i ? ", " : "") + constants[i];
            out += ": U\n";
        }
        for (auto const& [name, arities] : functions_)
            for (int n : arities)
                if (n > 0) {
                    out += "function ";
                    out += function(name, n);
                    out += parameters(n);
                    out += ": U\n";
                }
        for (auto const& [name, arities] : predicates_)
            for (int n : arities) {
                out += "predicate ";
                out += predicate(name, n);
                if (n > 0) out += parameters(n);
                out += '\n';
            }
        return out;
    }

    std::string formula(Formula const& f, int line) {
        bound_.clear();
        line_ = line;
        return print(f, false);
    }

private:
    std::map<std::string, std::set<int>> predicates_, functions_;
    bool universe_ = false;
    std::vector<std::string> bound_;   // variables in scope, innermost last
    int line_ = 0;

    void collect(Term const& t) {
        universe_ = true;
        if (!t.variable) functions_[t.name].insert(static_cast<int>(t.args.size()));
        for (auto const& a : t.args) collect(a);
    }
    void collect(Formula const& f) {
        if (f.kind == Formula::atom) {
            predicates_[f.applied.name].insert(static_cast<int>(f.applied.args.size()));
            for (auto const& a : f.applied.args) collect(a);
        }
        if (f.kind == Formula::forall || f.kind == Formula::exists) universe_ = true;
        for (auto const& s : f.sides) collect(s);
        for (auto const& p : f.parts) collect(p);
    }

    static std::string parameters(int n) {
        std::string out = "(";
        for (int i = 0; i < n; ++i) out += i ? ", U" : "U";
        out += ')';
        return out;
    }
    // A name used with several arities is several symbols in TPTP: the arity tells them apart.
    std::string predicate(std::string const& name, int arity) const {
        return symbol("p_", name, arity, predicates_.at(name));
    }
    std::string function(std::string const& name, int arity) const {
        return symbol(arity == 0 ? "c_" : "f_", name, arity, functions_.at(name));
    }
    static std::string symbol(char const* prefix, std::string const& name, int arity, std::set<int> const& arities) {
        std::string out = prefix;
        out += identifier(name);
        if (arities.size() > 1) {
            out += '_';
            out += std::to_string(arity);
        }
        return out;
    }

    std::string term(Term const& t) const {
        if (t.variable) {
            for (auto const& v : bound_)
                if (v == t.name) return "v" + t.name;
            throw Failure{t.line, "free variable " + t.name + " (fof formulas must be closed)"};
        }
        std::string out = function(t.name, static_cast<int>(t.args.size()));
        if (!t.args.empty()) out += "(" + list(t.args) + ")";
        return out;
    }
    std::string list(std::vector<Term> const& ts) const {
        std::string out;
        for (std::size_t i = 0; i < ts.size(); ++i) out += (i ? ", " : "") + term(ts[i]);
        return out;
    }

    // `operand`: the formula is an operand of a connective, so anything looser than an
    // atom gets parentheses (every binary connective and quantifier; TPTP's own nesting
    // is kept instead of relying on Elenchus precedence).
    std::string print(Formula const& f, bool operand) {
        auto wrap = [&](std::string s) { return operand ? "(" + s + ")" : s; };
        auto join = [&](char const* op) {
            std::string out;
            for (std::size_t i = 0; i < f.parts.size(); ++i) out += (i ? op : "") + print(f.parts[i], true);
            return out;
        };
        switch (f.kind) {
        case Formula::truth: return "true";
        case Formula::falsity: return "false";
        case Formula::atom: {
            auto const arity = static_cast<int>(f.applied.args.size());
            std::string out = predicate(f.applied.name, arity);
            if (arity > 0) out += "(" + list(f.applied.args) + ")";
            return out;
        }
        case Formula::equal: return term(f.sides[0]) + " = " + term(f.sides[1]);
        case Formula::not_equal: return term(f.sides[0]) + " != " + term(f.sides[1]);
        case Formula::negation: {
            // `not a = b` would parse as intended, but reads as `(not a) = b`.
            auto const& operand_formula = f.parts[0];
            bool const comparison =
                operand_formula.kind == Formula::equal || operand_formula.kind == Formula::not_equal;
            return comparison ? "not (" + print(operand_formula, false) + ")" : "not " + print(operand_formula, true);
        }
        case Formula::conjunction: return wrap(join(" and "));
        case Formula::disjunction: return wrap(join(" or "));
        case Formula::implication: return wrap(join(" -> "));
        case Formula::equivalence: return wrap(join(" <-> "));
        case Formula::exclusive: return wrap(join(" xor "));
        case Formula::nor: return "not (" + join(" or ") + ")";
        case Formula::nand: return "not (" + join(" and ") + ")";
        case Formula::forall:
        case Formula::exists: {
            std::string out = f.kind == Formula::forall ? "forall " : "exists ";
            for (std::size_t i = 0; i < f.variables.size(); ++i) out += (i ? ", v" : "v") + f.variables[i];
            out += ": U. ";
            auto const depth = bound_.size();
            bound_.insert(bound_.end(), f.variables.begin(), f.variables.end());
            out += print(f.parts[0], false);
            bound_.resize(depth);
            return wrap(out);
        }
        }
        throw Failure{line_, "unknown formula kind"};
    }
};

bool asserted_role(std::string const& role) {
    static std::set<std::string> const roles{"axiom",   "hypothesis", "definition",         "assumption", "lemma",
                                             "theorem", "corollary",  "negated_conjecture", "plain"};
    return roles.count(role) > 0;
}

}   // namespace

std::string status_of(std::string_view problem) {
    std::size_t at = 0;
    while (at < problem.size()) {
        auto end = problem.find('\n', at);
        if (end == std::string_view::npos) end = problem.size();
        std::string_view line = problem.substr(at, end - at);
        at = end + 1;
        if (line.substr(0, 1) != "%") continue;
        line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.substr(0, 6) != "Status") continue;
        line.remove_prefix(6);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.substr(0, 1) != ":") continue;
        line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        std::size_t n = 0;
        while (n < line.size() && is_alnum(line[n])) ++n;
        return std::string(line.substr(0, n));
    }
    return {};
}

Conversion to_arg(std::string_view problem) {
    Conversion result;
    try {
        auto formulas = syntax::parse(problem);
        Printer printer(formulas);
        std::string statements;
        std::vector<std::string> conjectures;
        std::set<std::string> names;
        for (auto const& a : formulas) {
            std::string const body = printer.formula(a.formula, a.line);
            if (a.role == "conjecture") {
                conjectures.push_back(body);
                continue;
            }
            if (!asserted_role(a.role)) throw Failure{a.line, "unsupported role " + a.role};
            std::string name = "ax_" + identifier(a.name);
            for (int i = 2; names.count(name); ++i) name = "ax_" + identifier(a.name) + "_" + std::to_string(i);
            names.insert(name);
            statements += "axiom " + name + ": " + body + "\n";
        }
        result.text = "// Converted from TPTP: one open sort U, TPTP names prefixed (p_ predicate,\n"
                      "// f_ function, c_ constant, v variable, ax_ formula).\n";
        result.text += printer.declarations();
        if (!statements.empty()) result.text += "\n" + statements;
        if (!conjectures.empty()) {
            std::string claim;
            for (std::size_t i = 0; i < conjectures.size(); ++i)
                claim += conjectures.size() > 1 ? (i ? " and (" : "(") + conjectures[i] + ")" : conjectures[i];
            result.text += "\nclaim conj: " + claim + "\n";
            result.has_conjecture = true;
        }
    } catch (Failure const& f) {
        result.text.clear();
        result.error = "line " + std::to_string(f.line) + ": " + f.message;
    }
    return result;
}

}   // namespace elenchus::tptp
