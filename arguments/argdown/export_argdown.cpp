// Elenchus → Argdown (export.hpp).
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "arguments/argdown/export.hpp"
#include "grammar/printer.hpp"

namespace elenchus::argdown {

namespace {

// Text as Argdown reads it back literally: the characters that would start a title, a
// mention, a tag, data, a comment or emphasis are escaped; line breaks become spaces.
std::string argdown_text(std::string const& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        bool comment = c == '/' && i + 1 < s.size() && (s[i + 1] == '/' || s[i + 1] == '*');
        if (comment || std::string_view("[]<>{}#@*_\\").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// A YAML double-quoted string.
std::string yaml_string(std::string const& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out + "\"";
}

// A propositional formula in NLTK's notation (what argdown-feedback's `formalization` holds),
// or nothing when the formula is not propositional.
std::optional<std::string> nltk(logic::Theory const& t, logic::Term const& f, std::set<int>& used) {
    using Op = logic::Term::Op;
    auto kid = [&](std::size_t k) { return nltk(t, f.args[k], used); };
    auto binary = [&](char const* op) -> std::optional<std::string> {
        auto a = kid(0), b = kid(1);
        if (!a || !b) return std::nullopt;
        return "(" + *a + " " + op + " " + *b + ")";
    };
    switch (f.op) {
    case Op::symbol:
        if (!f.args.empty() || t.symbols[static_cast<std::size_t>(f.symbol)].kind != logic::Symbol::Kind::predicate)
            return std::nullopt;
        used.insert(f.symbol);
        return t.symbols[static_cast<std::size_t>(f.symbol)].name;
    case Op::true_: return "true";
    case Op::false_: return "false";
    case Op::logical_not: {
        auto a = kid(0);
        if (!a) return std::nullopt;
        return "-" + *a;
    }
    case Op::logical_and: return binary("&");
    case Op::logical_or: return binary("|");
    case Op::implies: return binary("->");
    case Op::iff: return binary("<->");
    case Op::logical_xor: {
        auto a = kid(0), b = kid(1);
        if (!a || !b) return std::nullopt;
        return "-(" + *a + " <-> " + *b + ")";
    }
    default: return std::nullopt;
    }
}

std::string data(logic::Theory const& t, logic::Statement const& s) {
    std::string d = fmt::format("{{kind: {}, formula: {}", ast::to_string(s.kind), yaml_string(print(t, s.formula)));
    std::set<int> used;
    if (auto f = nltk(t, s.formula, used)) {
        d += ", formalization: " + yaml_string(*f);
        std::string decl;
        for (int sym : used) {
            auto const& symbol = t.symbols[static_cast<std::size_t>(sym)];
            if (symbol.reading.empty()) continue;
            decl += fmt::format("{}{}: {}", decl.empty() ? "" : ", ", symbol.name, yaml_string(symbol.reading));
        }
        if (!decl.empty()) d += ", declarations: {" + decl + "}";
    }
    return d + "}";
}

std::string member(std::string const& name, bool is_argument) {
    return is_argument ? "<" + name + ">" : "[" + name + "]";
}

}   // namespace

Exported to_argdown(logic::Theory const& t, std::string const& title) {
    Exported out;
    std::string& o = out.text;
    o += fmt::format("===\ntitle: {}\n===\n\n", yaml_string(title));
    o += "// Exported by `elenchus export --format argdown`: statements with their kind and formula\n"
         "// as data, arguments with their premise-conclusion structures, then the relations.\n\n";
    for (auto const& s : t.statements) {
        if (!s.scenario.empty()) continue;
        std::string text = s.means.empty() ? print(t, s.formula) : s.means;
        o += fmt::format("[{}]: {} {}\n\n", s.name, argdown_text(text), data(t, s));
    }
    for (auto const& a : t.arguments) {
        o += a.title.empty() ? fmt::format("<{}>\n\n", a.name)
                             : fmt::format("<{}>: {}\n\n", a.name, argdown_text(a.title));
        int n = 1;
        for (int p : a.premises) o += fmt::format("({}) [{}]\n", n++, t.statements[static_cast<std::size_t>(p)].name);
        if (a.premises.empty())
            o += fmt::format("({}) [{}]\n", n++, t.statements[static_cast<std::size_t>(a.conclusion)].name);
        o += fmt::format("----\n({}) [{}]\n\n", n, t.statements[static_cast<std::size_t>(a.conclusion)].name);
    }
    // Relations, grouped under their source in the order of the file.
    std::vector<std::string> sources;
    std::map<std::string, std::string> below;
    for (auto const& r : t.relations) {
        std::string from = member(r.from, r.from_is_argument);
        if (!below.count(from)) sources.push_back(from);
        below[from] += fmt::format("    {} {}\n", r.kind == ast::RelationKind::supports ? "+>" : "->",
                                   member(r.to, r.to_is_argument));
    }
    for (auto const& s : sources) o += s + "\n" + below[s] + "\n";
    for (auto const& sc : t.scenarios)
        out.left_out.push_back(fmt::format("scenario '{}' (Argdown has no scenarios)", sc.name));
    while (o.size() > 1 && o[o.size() - 1] == '\n' && o[o.size() - 2] == '\n') o.pop_back();
    return out;
}

}   // namespace elenchus::argdown
