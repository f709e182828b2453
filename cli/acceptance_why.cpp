// `explain FILE ARGUMENT`: why the argument stands or falls (cli/acceptance.hpp).
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

}   // namespace

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
