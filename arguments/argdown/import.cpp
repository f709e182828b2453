// Argdown → Elenchus (import.hpp).
#include "arguments/argdown/import.hpp"

#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include <fmt/format.h>

#include "arguments/argdown/formalization.hpp"

namespace elenchus::argdown {

namespace {

// A formula quoted in a note, shortened: a note is one line.
std::string shown(std::string const& s) {
    if (s.size() <= 80) return s;
    std::size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;   // not inside a character
    return s.substr(0, cut) + "...";
}

std::set<std::string> const& keywords() {
    static std::set<std::string> const k{
        "source",    "sort",    "entity",     "predicate", "function", "constant", "define",   "axiom",
        "premise",   "assume",  "hypothesis", "claim",     "means",    "cites",    "argument", "from",
        "therefore", "attacks", "supports",   "scenario",  "without",  "with",     "forall",   "exists",
        "not",       "and",     "or",         "xor",       "implies",  "iff",      "if",       "then",
        "true",      "false",   "Bool",       "Int",       "Real",     "Thing"};
    return k;
}

// A string literal: quotes and backslashes escaped, control characters (which the language
// refuses in strings) as spaces.
std::string quoted(std::string const& s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') out += '\\';
        if (c < 0x20 || c == 0x7F) {
            out += ' ';
            continue;
        }
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {   // U+0080-U+009F
            out += ' ';
            ++i;
            continue;
        }
        out += s[i];
    }
    return out + "\"";
}

class Importer {
public:
    Importer(Document const& doc) : doc_(doc) {}

    Imported run(std::string const& source_name) {
        formalise();
        name_everything();
        write(source_name);
        return std::move(out_);
    }

private:
    Document const& doc_;
    Imported out_;
    std::set<std::string> taken_;
    std::map<std::string, int> suffix_;
    std::map<std::string, std::string> symbol_names_;   // formal symbol -> Elenchus name
    std::map<std::string, FormalSymbol> symbols_;
    std::map<std::string, std::string> readings_;   // from `declarations`
    std::vector<Formalization> formulas_;           // per equivalence class (ok == false: none)
    std::vector<std::string> statement_names_, argument_names_, proposition_names_;
    std::vector<std::string> argument_props_;   // unreconstructed arguments: their proposition
    std::vector<bool> concluded_, premised_;

    void note(Position at, std::string message) {
        out_.notes.push_back({Diagnostic::Severity::note, at, std::move(message)});
    }

    std::string unique(std::string name) {
        std::string candidate = name;
        // The next suffix to try for each name, so that many clashes cost no more than one each.
        for (int& k = suffix_[name]; !taken_.insert(candidate).second;) candidate = fmt::format("{}_{}", name, k++ + 2);
        return candidate;
    }

    void formalise() {
        formulas_.resize(doc_.statements.size());
        for (std::size_t s = 0; s < doc_.statements.size(); ++s) {
            for (auto const& use : doc_.statements[s].uses) {
                if (!use.has_data) continue;
                if (auto const* decl = use.data.find("declarations"); decl && decl->kind == Data::Kind::map)
                    for (auto const& [k, v] : decl->entries) readings_.try_emplace(k, v.scalar);
                auto const* f = use.data.find("formalization");
                if (!f || f->kind != Data::Kind::scalar) continue;
                if (formulas_[s].ok) {
                    note(use.at, "a second formalization of this statement is not used; the first one is");
                    continue;
                }
                Formalization read = read_formalization(f->scalar);
                if (!read.ok) {
                    note(use.at, fmt::format("formalization \"{}\" not read: {} (at character {}); the statement stays "
                                             "a proposition of its own",
                                             shown(f->scalar), read.error, read.error_offset + 1));
                    continue;
                }
                bool clash = false;
                for (auto const& [name, sym] : read.symbols) {
                    auto it = symbols_.find(name);
                    if (it != symbols_.end() &&
                        (it->second.individual != sym.individual || it->second.arity != sym.arity)) {
                        note(use.at,
                             fmt::format(
                                 "formalization \"{}\" not used: '{}' is used differently in another formalization",
                                 shown(f->scalar), name));
                        clash = true;
                    }
                }
                if (clash) continue;
                symbols_.insert(read.symbols.begin(), read.symbols.end());
                formulas_[s] = std::move(read);
            }
        }
    }

    void name_everything() {
        for (auto const& [name, sym] : symbols_) symbol_names_[name] = unique(identifier(name, "p"));
        concluded_.assign(doc_.statements.size(), false);
        premised_.assign(doc_.statements.size(), false);
        for (auto const& a : doc_.arguments)
            for (auto const& step : a.pcs)
                (step.is_conclusion ? concluded_ : premised_)[static_cast<std::size_t>(step.statement)] = true;
        for (std::size_t a = 0; a < doc_.arguments.size(); ++a)
            argument_names_.push_back(unique(identifier(doc_.arguments[a].title, fmt::format("argument{}", a + 1))));
        // Anonymous statements in a pcs are named after their argument and label.
        std::vector<std::string> hint(doc_.statements.size());
        for (std::size_t a = 0; a < doc_.arguments.size(); ++a)
            for (auto const& step : doc_.arguments[a].pcs)
                if (hint[static_cast<std::size_t>(step.statement)].empty())
                    hint[static_cast<std::size_t>(step.statement)] =
                        identifier(argument_names_[a] + "_" + step.label, "s");
        for (std::size_t s = 0; s < doc_.statements.size(); ++s) {
            std::string fallback = hint[s].empty() ? fmt::format("s{}", s + 1) : hint[s];
            statement_names_.push_back(unique(identifier(doc_.statements[s].title, fallback)));
        }
        for (std::size_t s = 0; s < doc_.statements.size(); ++s)
            proposition_names_.push_back(formulas_[s].ok ? std::string() : unique(statement_names_[s] + "_p"));
        for (std::size_t a = 0; a < doc_.arguments.size(); ++a)
            argument_props_.push_back(doc_.arguments[a].pcs.empty() ? unique(argument_names_[a] + "_p")
                                                                    : std::string());
    }

    std::string means(EquivalenceClass const& c) {
        std::string first;
        std::size_t texts = 0;
        for (auto const& u : c.uses)
            if (!u.text.empty()) {
                if (first.empty()) first = u.text;
                else if (u.text != first) ++texts;
            }
        if (texts > 0)
            note(c.at, fmt::format("statement [{}] has {} more text(s) than its first; the first is its 'means'",
                                   c.title, texts));
        return first.empty() ? c.title : first;
    }

    std::string member_name(Member m) const {
        auto i = static_cast<std::size_t>(m.index);
        return m.is_argument ? argument_names_[i] : statement_names_[i];
    }

    void write(std::string const& source_name);
    void write_argument(std::string& o, std::size_t a);
};

void Importer::write_argument(std::string& o, std::size_t a) {
    auto const& arg = doc_.arguments[a];
    std::string title = arg.descriptions.empty() ? arg.title : arg.descriptions.front();
    if (arg.descriptions.size() > 1)
        note(arg.at, fmt::format("argument <{}> has {} descriptions; the first is its title", arg.title,
                                 arg.descriptions.size()));
    if (arg.pcs.empty()) {
        o += fmt::format("hypothesis {}: {}\n  means {}\n", argument_names_[a], argument_props_[a], quoted(title));
        return;
    }
    std::map<std::string, int> labels;   // built once, when an inference names what it uses
    auto premises_of = [&](std::size_t from, std::size_t to, PcsStep const& conclusion) {
        std::vector<std::string> names;
        std::set<int> seen;
        auto add = [&](int s) {
            if (seen.insert(s).second) names.push_back(statement_names_[static_cast<std::size_t>(s)]);
        };
        if (!conclusion.uses.empty()) {
            if (labels.empty())
                for (auto const& step : arg.pcs) labels.try_emplace(step.label, step.statement);
            for (auto const& label : conclusion.uses) {
                auto it = labels.find(label);
                if (it == labels.end()) {
                    note(conclusion.at,
                         fmt::format("the inference uses ({}), which this argument does not have; it is left out",
                                     label));
                    continue;
                }
                add(it->second);
            }
            if (!names.empty()) return names;
        }
        for (std::size_t k = from; k < to; ++k) add(arg.pcs[k].statement);
        return names;
    };
    auto emit = [&](std::string const& name, std::string const& t, std::vector<std::string> const& from,
                    int conclusion) {
        std::string list;
        for (auto const& p : from) list += (list.empty() ? "" : ", ") + p;
        if (list.empty())
            list =
                statement_names_[static_cast<std::size_t>(conclusion)];   // nothing before it: an argument from itself
        o += fmt::format("argument {} {}\n  from {}\n  therefore {}\n", name, quoted(t), list,
                         statement_names_[static_cast<std::size_t>(conclusion)]);
    };
    std::vector<std::size_t> conclusions;
    for (std::size_t k = 0; k < arg.pcs.size(); ++k)
        if (arg.pcs[k].is_conclusion) conclusions.push_back(k);
    auto const& main = arg.pcs.back();
    // The whole argument: its premises (not the intermediate conclusions) to the main conclusion.
    std::vector<std::string> all;
    std::set<int> in_all;
    for (auto const& step : arg.pcs)
        if (!step.is_conclusion && in_all.insert(step.statement).second)
            all.push_back(statement_names_[static_cast<std::size_t>(step.statement)]);
    if (conclusions.size() == 1) all = premises_of(0, arg.pcs.size() - 1, main);
    emit(argument_names_[a], title, all, main.statement);
    if (conclusions.size() > 1) {
        std::size_t from = 0;
        for (std::size_t c = 0; c < conclusions.size(); ++c) {
            auto const& step = arg.pcs[conclusions[c]];
            std::string name = unique(fmt::format("{}_step{}", argument_names_[a], c + 1));
            emit(name, fmt::format("{}, step {}", title, c + 1), premises_of(from, conclusions[c], step),
                 step.statement);
            from = conclusions[c];
        }
    }
}

void Importer::write(std::string const& source_name) {
    std::string& o = out_.text;
    o += fmt::format("// Imported from {} by `elenchus import` (Argdown).\n\n", source_name);
    bool individuals = false;
    for (auto const& [name, sym] : symbols_) individuals = individuals || sym.individual || sym.arity > 0;
    bool quantified = false;
    for (auto const& f : formulas_)
        quantified = quantified || (f.ok && f.print({}).find(": Thing.") != std::string::npos);
    if (individuals || quantified) o += "sort Thing\n";
    for (auto const& [name, sym] : symbols_)
        if (sym.individual) o += fmt::format("entity {}: Thing\n", symbol_names_[name]);
    for (auto const& [name, sym] : symbols_) {
        if (sym.individual) continue;
        std::string params;
        for (std::size_t k = 0; k < sym.arity; ++k) params += k ? ", Thing" : "(Thing";
        if (!params.empty()) params += ")";
        auto r = readings_.find(name);
        o += fmt::format("predicate {}{}{}\n", symbol_names_[name], params,
                         r == readings_.end() ? "" : " " + quoted(r->second));
    }
    for (std::size_t s = 0; s < doc_.statements.size(); ++s)
        if (!formulas_[s].ok) o += fmt::format("predicate {}\n", proposition_names_[s]);
    for (std::size_t a = 0; a < doc_.arguments.size(); ++a)
        if (doc_.arguments[a].pcs.empty()) o += fmt::format("predicate {}\n", argument_props_[a]);
    o += '\n';
    for (std::size_t s = 0; s < doc_.statements.size(); ++s) {
        auto const& c = doc_.statements[s];
        std::string kind = concluded_[s] ? "claim" : premised_[s] ? "premise" : "hypothesis";
        // `{kind: axiom}` (as `elenchus export --format argdown` writes it) chooses the kind.
        for (auto const& u : c.uses)
            if (auto const* k = u.has_data ? u.data.find("kind") : nullptr; k && k->kind == Data::Kind::scalar) {
                static std::set<std::string> const kinds{"axiom", "premise", "assume", "hypothesis", "claim"};
                if (kinds.count(k->scalar)) kind = k->scalar;
                else note(u.at, fmt::format("kind '{}' is not a kind of statement; '{}' is used", k->scalar, kind));
                break;
            }
        std::string formula = formulas_[s].ok ? formulas_[s].print(symbol_names_) : proposition_names_[s];
        o += fmt::format("{} {}: {}\n  means {}\n", kind, statement_names_[s], formula, quoted(means(c)));
    }
    o += '\n';
    for (std::size_t a = 0; a < doc_.arguments.size(); ++a) {
        if (doc_.arguments[a].pcs.empty())
            note(doc_.arguments[a].at,
                 fmt::format("argument <{}> has no premise-conclusion structure: imported as the hypothesis '{}'",
                             doc_.arguments[a].title, argument_names_[a]));
        write_argument(o, a);
    }
    std::set<std::string> written;
    for (auto const& r : doc_.relations) {
        std::string from = member_name(r.from), to = member_name(r.to);
        if (from == to) {
            note(r.at, fmt::format("a relation of '{}' with itself is left out", from));
            continue;
        }
        auto add = [&](std::string const& a, char const* verb, std::string const& b) {
            std::string line = fmt::format("{} {} {}\n", a, verb, b);
            if (written.insert(line).second) o += line;
        };
        switch (r.kind) {
        case RelationKind::support: add(from, "supports", to); break;
        case RelationKind::attack: add(from, "attacks", to); break;
        case RelationKind::undercut:
            note(r.at,
                 fmt::format("undercut of '{}' by '{}' imported as 'attacks' (Elenchus has no undercut)", to, from));
            add(from, "attacks", to);
            break;
        case RelationKind::contradiction:
            note(r.at, fmt::format("contradiction between '{}' and '{}' imported as 'attacks' both ways", from, to));
            add(from, "attacks", to);
            add(to, "attacks", from);
            break;
        }
    }
}

}   // namespace

std::string identifier(std::string const& title, std::string const& fallback) {
    // Common accented letters as their ASCII spelling, so that `Küche` becomes `Kueche`.
    static constexpr std::pair<char const*, char const*> letters[] = {
        {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"}, {"ß", "ss"},
        {"é", "e"},  {"è", "e"},  {"ê", "e"},  {"á", "a"},  {"à", "a"},  {"â", "a"},  {"ç", "c"},
        {"ñ", "n"},  {"ó", "o"},  {"ô", "o"},  {"í", "i"},  {"ú", "u"},  {"É", "E"}};
    std::string ascii;
    for (std::size_t i = 0; i < title.size();) {
        bool replaced = false;
        for (auto const& [from, to] : letters)
            if (title.compare(i, std::strlen(from), from) == 0) {
                ascii += to;
                i += std::strlen(from);
                replaced = true;
                break;
            }
        if (!replaced) ascii += title[i++];
    }
    std::string out;
    bool gap = false;   // characters that cannot be in a name, written as one '_'
    for (char c : ascii) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && (std::isalnum(u) || c == '_')) {
            if (gap && !out.empty()) out += '_';
            gap = false;
            out += c;
        } else gap = true;
    }
    if (out.empty()) return fallback;
    if (std::isdigit(static_cast<unsigned char>(out[0]))) out = "n" + out;
    if (keywords().count(out)) out += "_";
    return out;
}

Imported to_elenchus(Document const& doc, std::string const& source_name) { return Importer(doc).run(source_name); }

}   // namespace elenchus::argdown
