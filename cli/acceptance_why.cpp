// `explain FILE ARGUMENT` and `explain FILE CLAIM`: why an argument, or a claim that arguments
// conclude, stands or falls (cli/acceptance.hpp).
#include <algorithm>

#include <fmt/format.h>

#include "cli/acceptance.hpp"

namespace elenchus::cli {

using standing::Label;
using standing::Semantics;

namespace {

std::string joined(standing::Graph const& g, std::vector<std::size_t> const& list, char const* separator) {
    std::string out;
    for (auto a : list) out += (out.empty() ? "" : separator) + g.arguments[a];
    return out;
}

std::string cycle_text(standing::Graph const& g, std::vector<std::size_t> const& cycle) {
    if (cycle.empty()) return "";
    return joined(g, cycle, " → ") + " → " + g.arguments[cycle.front()];
}

// One line on why an argument concluding a claim has its grounded label.
std::string argument_reason(standing::Standing const& st, std::size_t a, Palette const& p) {
    auto const& g = st.graph;
    auto const w = standing::why(st, a);
    std::string const& name = g.arguments[a];
    if (!w.label) return fmt::format("{} is not put forward here: a premise of it is dropped", name);
    switch (*w.label) {
    case Label::in:
        if (w.attackers.empty()) return fmt::format("{} is {}: nothing attacks it", name, p.good("in"));
        {
            std::string out = fmt::format("{} is {}: every attacker of it is out", name, p.good("in"));
            for (auto [b, c] : w.defended_by)
                out += fmt::format("; {} is attacked by {}, which is in", g.arguments[b], g.arguments[c]);
            return out;
        }
    case Label::out:
        return fmt::format("{} is {}: attacked by {}, which {} in", name, p.bad("out"), joined(g, w.in_attackers, ", "),
                           w.in_attackers.size() == 1 ? "is" : "are");
    case Label::undecided:
        if (w.path.empty())
            return fmt::format("{} is {}: it sits on the attack cycle {}", name, p.warn("undecided"),
                               cycle_text(g, w.cycle));
        return fmt::format("{} is {}: the attack cycle {} leaves open {}, which leads to it: {}", name,
                           p.warn("undecided"), cycle_text(g, w.cycle), g.arguments[w.path.front()],
                           joined(g, w.path, " → "));
    }
    return {};
}

}   // namespace

std::string conclusion_why_text(logic::Theory const& theory, standing::Standing const& st,
                                standing::ConclusionStanding const& c, Palette const& p) {
    auto const& g = st.graph;
    std::string const& name = theory.statements[static_cast<std::size_t>(c.statement)].name;
    std::string out =
        fmt::format("\n{}  {}\n", p.bold("Acceptance"), p.dim(fmt::format("(attacks: {})", to_string(g.source))));
    if (c.concluded_by.empty()) {
        out += fmt::format("  grounded: {}: no argument concluding {} is put forward here\n", p.bad("out"), name);
        return out;
    }
    switch (c.grounded) {
    case Label::in:
        out += fmt::format("  grounded: {}: an argument concluding {} is in\n", p.good("in"), name);
        break;
    case Label::out:
        out += fmt::format("  grounded: {}: every argument concluding {} is out\n", p.bad("out"), name);
        break;
    case Label::undecided:
        out += fmt::format("  grounded: {}: no argument concluding {} is in, and not all are out\n",
                           p.warn("undecided"), name);
        break;
    }
    for (auto a : c.concluded_by) out += "    " + argument_reason(st, a, p) + "\n";
    for (std::size_t k = 0; k < standing::all_semantics.size(); ++k) {
        auto const s = standing::all_semantics[k];
        if (s != Semantics::preferred && s != Semantics::stable) continue;
        auto const& sem = st.semantics[k];
        std::string text;
        if (sem.extensions.empty() && !sem.capped) text = "there is no extension";
        else if (!c.credulous[k]) text = "no extension holds an argument for it (rejected)";
        else if (!c.sceptical[k])
            text = "some extension holds an argument for it (credulously accepted); whether every one does is "
                   "unknown: more than 64 extensions";
        else if (*c.sceptical[k]) {
            text = "every extension holds an argument for it (sceptically accepted)";
            bool const one_everywhere = std::any_of(c.concluded_by.begin(), c.concluded_by.end(),
                                                    [&](std::size_t a) { return bool(sem.sceptical[a]); });
            if (!one_everywhere) text += ", though no one argument for it is in all of them (a floating conclusion)";
        } else
            text = "some extensions hold an argument for it, not all (credulously accepted)";
        out += fmt::format("  {}: {}\n", standing::semantics_name(s), text);
    }
    return out;
}

nlohmann::json conclusion_why_json(logic::Theory const& theory, standing::Standing const& st,
                                   standing::ConclusionStanding const& c) {
    auto doc = conclusion_json(theory, st, c);
    doc["attacks"] = to_string(st.graph.source);
    auto arguments = nlohmann::json::array();
    for (auto a : c.concluded_by) {
        auto item = why_json(st, a);
        item.erase("attacks");
        item["name"] = st.graph.arguments[a];
        arguments.push_back(std::move(item));
    }
    doc["arguments"] = std::move(arguments);
    return doc;
}

std::string why_text(standing::Standing const& st, std::size_t argument, Palette const& p) {
    auto const& g = st.graph;
    auto const w = standing::why(st, argument);
    std::string const& name = g.arguments[argument];
    std::string out =
        fmt::format("\n{}  {}\n", p.bold("Acceptance"), p.dim(fmt::format("(attacks: {})", to_string(g.source))));
    if (!w.label) {
        out += fmt::format("  {} is not put forward here: a premise of it is dropped\n", name);
        return out;
    }
    switch (*w.label) {
    case Label::in:
        if (w.attackers.empty()) out += fmt::format("  grounded: {}: nothing attacks {}\n", p.good("in"), name);
        else {
            out += fmt::format("  grounded: {}: every attacker of {} is out\n", p.good("in"), name);
            for (auto [b, c] : w.defended_by)
                out += fmt::format("    {} is out: {} attacks it and is in\n", g.arguments[b], g.arguments[c]);
        }
        break;
    case Label::out:
        out += fmt::format("  grounded: {}: attacked by {}, which {} in\n", p.bad("out"),
                           joined(g, w.in_attackers, ", "), w.in_attackers.size() == 1 ? "is" : "are");
        break;
    case Label::undecided:
        out += fmt::format("  grounded: {}: no attacker of {} is in, and not all are out\n", p.warn("undecided"), name);
        if (w.path.empty()) out += fmt::format("    it sits on the attack cycle {}\n", cycle_text(g, w.cycle));
        else
            out += fmt::format("    the attack cycle {} leaves open {}, which leads to it: {}\n",
                               cycle_text(g, w.cycle), g.arguments[w.path.front()], joined(g, w.path, " → "));
        break;
    }
    for (auto s : {Semantics::preferred, Semantics::stable}) {
        auto const& sem = st.of(s);
        std::string const word = acceptance_word(sem, argument);
        out += fmt::format("  {}: {}\n", standing::semantics_name(s),
                           word == "-"           ? std::string("there is no extension")
                           : word == "sceptical" ? "in every extension (sceptically accepted)"
                           : word == "credulous" ? "in some extensions, not all (credulously accepted)"
                                                 : "in no extension (rejected)");
    }
    return out;
}

nlohmann::json why_json(standing::Standing const& st, std::size_t argument) {
    auto const& g = st.graph;
    auto const w = standing::why(st, argument);
    auto names = [&](std::vector<std::size_t> const& list) {
        std::vector<std::string> out;
        for (auto a : list) out.push_back(g.arguments[a]);
        return out;
    };
    nlohmann::json doc{{"attacks", to_string(g.source)},
                       {"grounded", w.label ? nlohmann::json(acceptability::to_string(*w.label)) : nullptr},
                       {"attackers", names(w.attackers)}};
    if (!w.in_attackers.empty()) doc["in_attackers"] = names(w.in_attackers);
    if (!w.cycle.empty()) doc["cycle"] = names(w.cycle);
    if (!w.path.empty()) doc["path"] = names(w.path);
    if (!w.defended_by.empty()) {
        auto list = nlohmann::json::array();
        for (auto [b, c] : w.defended_by)
            list.push_back({{"attacker", g.arguments[b]}, {"out_because_of", g.arguments[c]}});
        doc["defended_by"] = std::move(list);
    }
    nlohmann::json cred, scep;
    for (auto const& sem : st.semantics) {
        cred[standing::semantics_name(sem.semantics)] = bool(sem.credulous[argument]);
        scep[standing::semantics_name(sem.semantics)] = bool(sem.sceptical[argument]);
    }
    doc["credulous"] = std::move(cred);
    doc["sceptical"] = std::move(scep);
    return doc;
}

}   // namespace elenchus::cli
