// `whatif`: how the arguments' acceptance changes between the baseline and a scenario
// (cli/acceptance.hpp).
#include <algorithm>

#include <fmt/format.h>

#include "cli/acceptance.hpp"

namespace elenchus::cli {

using standing::Semantics;

namespace {

// One argument's standing in one world: its grounded label ("absent": not put forward) and
// its acceptance under preferred and stable semantics.
struct ArgumentWords {
    std::string grounded, preferred, stable;
    bool operator==(ArgumentWords const&) const = default;
};

ArgumentWords words(standing::Standing const& st, std::size_t a) {
    if (!st.grounded[a]) return {"absent", "absent", "absent"};
    return {std::string(acceptability::to_string(*st.grounded[a])), acceptance_word(st.of(Semantics::preferred), a),
            acceptance_word(st.of(Semantics::stable), a)};
}

nlohmann::json words_json(ArgumentWords const& w) {
    return {{"grounded", w.grounded}, {"preferred", w.preferred}, {"stable", w.stable}};
}

std::string change(char const* what, std::string const& before, std::string const& after) {
    return before == after ? "" : fmt::format("{} {} → {}", what, before, after);
}

}   // namespace

std::string acceptance_change_text(logic::Theory const& theory, standing::Standing const& base,
                                   standing::Standing const& scenario, Palette const& p) {
    auto const& g = base.graph;
    std::size_t width = 0;
    for (auto const& c : base.conclusions)
        width = std::max(width, theory.statements[static_cast<std::size_t>(c.statement)].name.size() + 11);
    for (auto const& n : g.arguments) width = std::max(width, n.size());
    std::string lines;
    for (std::size_t a = 0; a < g.arguments.size(); ++a) {
        auto const b = words(base, a), s = words(scenario, a);
        if (b == s) continue;
        std::string list;
        if (s.grounded == "absent")
            list = fmt::format("not put forward: a premise is dropped (baseline: {})", b.grounded);
        else if (b.grounded == "absent") list = fmt::format("put forward (grounded {})", s.grounded);
        else
            for (auto const& c : {change("grounded", b.grounded, s.grounded),
                                  change("preferred", b.preferred, s.preferred), change("stable", b.stable, s.stable)})
                if (!c.empty()) list += (list.empty() ? "" : ", ") + c;
        lines += fmt::format("  {:<{}}  {}\n", g.arguments[a], width, list);
    }
    for (std::size_t k = 0; k < base.conclusions.size() && k < scenario.conclusions.size(); ++k) {
        auto const before = acceptability::to_string(base.conclusions[k].grounded);
        auto const after = acceptability::to_string(scenario.conclusions[k].grounded);
        if (before != after)
            lines += fmt::format("  {:<{}}  grounded {} → {}\n",
                                 "conclusion " +
                                     theory.statements[static_cast<std::size_t>(base.conclusions[k].statement)].name,
                                 width, before, after);
    }
    std::string const head =
        fmt::format("\n{}  {}", p.bold("Acceptance"), p.dim(fmt::format("(attacks: {})", to_string(g.source))));
    if (lines.empty()) return head + "  no argument changed acceptance\n";
    return head + "\n" + lines;
}

nlohmann::json acceptance_change_json(logic::Theory const& theory, standing::Standing const& base,
                                      standing::Standing const& scenario) {
    auto const& g = base.graph;
    auto arguments = nlohmann::json::array();
    for (std::size_t a = 0; a < g.arguments.size(); ++a) {
        auto const b = words(base, a), s = words(scenario, a);
        arguments.push_back({{"name", g.arguments[a]},
                             {"baseline", words_json(b)},
                             {"scenario", words_json(s)},
                             {"changed", !(b == s)}});
    }
    auto conclusions = nlohmann::json::array();
    for (std::size_t k = 0; k < base.conclusions.size() && k < scenario.conclusions.size(); ++k) {
        std::string const before(acceptability::to_string(base.conclusions[k].grounded));
        std::string const after(acceptability::to_string(scenario.conclusions[k].grounded));
        conclusions.push_back(
            {{"name", theory.statements[static_cast<std::size_t>(base.conclusions[k].statement)].name},
             {"baseline", before},
             {"scenario", after},
             {"changed", before != after}});
    }
    return {{"attacks", to_string(g.source)}, {"arguments", arguments}, {"conclusions", conclusions}};
}

}   // namespace elenchus::cli
