// The `--attacks` option, and acceptance in `check`'s text and JSON (cli/acceptance.hpp).
#include "cli/acceptance.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cli/choices.hpp"

namespace elenchus::cli {

using standing::Label;
using standing::Members;
using standing::Semantics;

void add_attacks_option(CLI::App& sub, standing::AttackSource& source) {
    static std::map<std::string, standing::AttackSource> const sources{{"declared", standing::AttackSource::declared},
                                                                       {"logical", standing::AttackSource::logical},
                                                                       {"all", standing::AttackSource::all}};
    sub.add_option("--attacks", source,
                   "The attack graph the arguments are evaluated on: declared (default: the file's `attacks` "
                   "between arguments), logical (the conflicts the checker finds: rebuttals both ways, "
                   "underminings), all (both)")
        ->transform(one_of(sources))
        ->option_text("declared|logical|all");
}

standing::Standing acceptance_of(logic::Theory const& theory, std::span<RelationVerdict const> relations,
                                 standing::AttackSource source, std::span<int const> dropped) {
    return standing::evaluate(standing::attack_graph(theory, relations, source, dropped));
}

std::string acceptance_word(standing::SemanticsStanding const& s, std::size_t argument) {
    if (s.extensions.empty() && !s.capped) return "-";   // no extension (stable only)
    if (s.sceptical[argument]) return "sceptical";
    if (s.credulous[argument]) return "credulous";
    return "rejected";
}

namespace {

std::string label_word(std::optional<Label> l) {
    return l ? std::string(acceptability::to_string(*l)) : std::string("not put forward");
}

Tone label_tone(std::optional<Label> l) {
    if (!l) return Tone::plain;
    return *l == Label::in ? Tone::good : *l == Label::out ? Tone::bad : Tone::warn;
}

std::string names(standing::Graph const& g, Members const& m) {
    std::vector<std::string> list;
    for (auto a : m) list.push_back(g.arguments[a]);
    std::sort(list.begin(), list.end());
    return "{" + fmt::format("{}", fmt::join(list, ", ")) + "}";
}

std::string extensions_line(standing::Standing const& st, Semantics s) {
    auto const& sem = st.of(s);
    std::string const word = standing::semantics_name(s);
    if (sem.extensions.empty()) return fmt::format("  {} extensions: none\n", word);
    std::string list;
    for (auto const& e : sem.extensions) list += (list.empty() ? "" : "  ") + names(st.graph, e);
    if (s == Semantics::grounded) return fmt::format("  grounded extension: {}\n", list);
    return fmt::format("  {} extensions ({}{}): {}\n", word, sem.extensions.size(), sem.capped ? "+, capped" : "",
                       list);
}

std::string attack_list(standing::Graph const& g) {
    std::string out;
    for (auto const& e : g.attacks) {
        out += out.empty() ? "" : ", ";
        out += g.arguments[e.from] + " → " + g.arguments[e.to];
        if (g.source != standing::AttackSource::declared && e.logical)
            out += fmt::format(" ({}{})", to_string(*e.logical), e.declared ? ", declared" : "");
        else if (g.source != standing::AttackSource::declared) out += " (declared, no logical conflict)";
    }
    return out;
}

}   // namespace

std::string acceptance_text(logic::Theory const& theory, standing::Standing const& st, Palette const& p) {
    auto const& g = st.graph;
    std::string out =
        fmt::format("\n{}  {}\n", p.bold("Acceptance"), p.dim(fmt::format("(attacks: {})", to_string(g.source))));
    for (auto const& i : g.ignored) out += fmt::format("  {}\n", p.dim("not between arguments, left out: " + i));
    if (g.attacks.empty()) {
        out += "  no attacks between arguments: every argument is in under every semantics\n";
        return out;
    }
    out += fmt::format("  attacks: {}\n", attack_list(g));
    std::size_t width = 8;
    for (auto const& n : g.arguments) width = std::max(width, n.size());
    out += p.dim(fmt::format("  {:<{}}  {:<9}  {:<10}  {}\n", "argument", width, "grounded", "preferred", "stable"));
    for (std::size_t a = 0; a < g.arguments.size(); ++a) {
        if (!st.grounded[a]) {
            out += fmt::format("  {:<{}}  not put forward\n", g.arguments[a], width);
            continue;
        }
        out +=
            fmt::format("  {:<{}}  {}  {:<10}  {}\n", g.arguments[a], width,
                        p.padded(label_word(st.grounded[a]), label_tone(st.grounded[a]), 9),
                        acceptance_word(st.of(Semantics::preferred), a), acceptance_word(st.of(Semantics::stable), a));
    }
    // Every semantics' extensions; no complete column in the table, since an argument's complete
    // acceptance repeats others: sceptical exactly when grounded in, credulous exactly when
    // credulous under preferred (every complete extension lies in a preferred one).
    for (auto s : standing::all_semantics) out += extensions_line(st, s);
    for (auto const& c : st.conclusions) {
        std::vector<std::string> by;
        for (auto a : c.concluded_by) by.push_back(g.arguments[a]);
        out += fmt::format("  conclusion {}: {} (from {})\n",
                           theory.statements[static_cast<std::size_t>(c.statement)].name,
                           p.in(label_tone(c.grounded), std::string(acceptability::to_string(c.grounded))),
                           by.empty() ? "no argument put forward" : fmt::format("{}", fmt::join(by, ", ")));
    }
    return out;
}

nlohmann::json conclusion_json(logic::Theory const& theory, standing::Standing const& st,
                               standing::ConclusionStanding const& c) {
    std::vector<std::string> by;
    for (auto a : c.concluded_by) by.push_back(st.graph.arguments[a]);
    nlohmann::json item{{"name", theory.statements[static_cast<std::size_t>(c.statement)].name},
                        {"concluded_by", by},
                        {"grounded", acceptability::to_string(c.grounded)}};
    nlohmann::json cred, scep;
    for (std::size_t k = 0; k < standing::all_semantics.size(); ++k) {
        auto const name = standing::semantics_name(standing::all_semantics[k]);
        cred[name] = c.credulous[k];
        scep[name] = c.sceptical[k] ? nlohmann::json(*c.sceptical[k]) : nlohmann::json(nullptr);
    }
    item["credulous"] = std::move(cred);
    item["sceptical"] = std::move(scep);
    return item;
}

nlohmann::json acceptance_json(logic::Theory const& theory, standing::Standing const& st) {
    auto const& g = st.graph;
    nlohmann::json doc{{"attacks", to_string(g.source)}};
    auto graph = nlohmann::json::array();
    for (auto const& e : g.attacks) {
        nlohmann::json item{{"from", g.arguments[e.from]}, {"to", g.arguments[e.to]}, {"declared", e.declared}};
        if (e.logical) item["logical"] = to_string(*e.logical);
        graph.push_back(std::move(item));
    }
    doc["graph"] = std::move(graph);
    doc["ignored"] = g.ignored;
    auto arguments = nlohmann::json::array();
    for (std::size_t a = 0; a < g.arguments.size(); ++a) {
        nlohmann::json item{{"name", g.arguments[a]}, {"put_forward", bool(g.present[a])}};
        item["grounded"] = st.grounded[a] ? nlohmann::json(acceptability::to_string(*st.grounded[a])) : nullptr;
        nlohmann::json cred, scep;
        for (std::size_t k = 0; k < standing::all_semantics.size(); ++k) {
            auto const name = standing::semantics_name(standing::all_semantics[k]);
            cred[name] = bool(st.semantics[k].credulous[a]);
            scep[name] = bool(st.semantics[k].sceptical[a]);
        }
        item["credulous"] = std::move(cred);
        item["sceptical"] = std::move(scep);
        arguments.push_back(std::move(item));
    }
    doc["arguments"] = std::move(arguments);
    auto conclusions = nlohmann::json::array();
    for (auto const& c : st.conclusions) conclusions.push_back(conclusion_json(theory, st, c));
    doc["conclusions"] = std::move(conclusions);
    nlohmann::json semantics;
    for (std::size_t k = 0; k < standing::all_semantics.size(); ++k) {
        auto const& sem = st.semantics[k];
        auto extensions = nlohmann::json::array();
        auto labellings = nlohmann::json::array();
        for (auto const& e : sem.extensions) {
            std::vector<std::string> members;
            for (auto a : e) members.push_back(g.arguments[a]);
            extensions.push_back(members);
            nlohmann::json labels = nlohmann::json::object();
            auto const l = st.labelling(e);
            for (std::size_t a = 0; a < l.size(); ++a)
                if (l[a]) labels[g.arguments[a]] = acceptability::to_string(*l[a]);
            labellings.push_back(std::move(labels));
        }
        semantics[standing::semantics_name(sem.semantics)] = {
            {"extensions", std::move(extensions)}, {"labellings", std::move(labellings)}, {"capped", sem.capped}};
    }
    doc["semantics"] = std::move(semantics);
    return doc;
}

}   // namespace elenchus::cli
