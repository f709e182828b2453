#include <algorithm>

#include <fmt/format.h>

#include "cli/palette.hpp"
#include "cli/text_pieces.hpp"
#include "cli/whatif_format.hpp"
#include "grammar/printer.hpp"

namespace elenchus::cli {
namespace {

std::string braces(NameSet const& set) { return "{" + join(set) + "}"; }

// A long list of names, wrapped at `width` columns, each line indented by `indent`.
std::string wrapped(std::vector<std::string> const& names, std::size_t indent, std::size_t width = 88) {
    std::string out, line(indent, ' ');
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::string item = names[k] + (k + 1 < names.size() ? "," : "");
        if (line.size() > indent && line.size() + 1 + item.size() > width) {
            out += line + "\n";
            line = std::string(indent, ' ');
        }
        line += (line.size() > indent ? " " : "") + item;
    }
    return out + line + "\n";
}

std::string consistency_word(ConsistencyVerdict const& c) {
    return c.consistent == true ? "consistent" : c.consistent == false ? "inconsistent" : "unknown";
}

std::string header(WorldLabel const& where, std::string const& claim, ClaimStatus status, Palette const& p) {
    std::string in = where.world == "baseline" ? "in the baseline" : "in scenario " + where.world;
    return fmt::format("{}: {} {}{} {}\n", p.bold(where.path), p.bold(claim),
                       status == ClaimStatus::follows ? "" : "is ", p.status(status, 0), in);
}

std::string kind_of(logic::Theory const& theory, std::string const& name) {
    auto i = theory.find_statement(name);
    return i ? ast::to_string(theory.statements[static_cast<std::size_t>(*i)].kind) : "";
}

std::string cap_note(bool capped, std::string const& reason) {
    std::string out;
    if (capped) out += "  (the enumeration stopped at --max-sets: more sets may exist)\n";
    if (!reason.empty()) out += "  (" + reason + ")\n";
    return out;
}

// Beside the baseline, every claim's status in the scenario, changes marked.
void claims_table(std::string& out, whatif::Comparison const& c, std::size_t name_w, Palette const& p) {
    if (c.claims.empty()) return;
    std::size_t const base_w = std::string("baseline").size();
    std::size_t const scen_w = std::max<std::size_t>(c.scenario.size(), 7);
    out += fmt::format("\n{}{}  {:<{}}  {}\n", p.bold("Claims"), std::string(name_w + 2 - 6, ' '), "baseline", base_w,
                       c.scenario);
    for (auto const& cl : c.claims) {
        std::string line =
            fmt::format("  {:<{}}  {}  {}", cl.name, name_w,
                        cl.baseline ? p.status(cl.baseline->status, base_w) : "—" + std::string(base_w - 1, ' '),
                        p.status(cl.scenario.status, scen_w));
        if (cl.changed) line += "  " + p.mark("*");
        if (!cl.scenario.reason.empty()) line += "  (" + cl.scenario.reason + ")";
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    bool any = std::any_of(c.claims.begin(), c.claims.end(), [](auto const& x) { return x.changed; });
    out += any ? p.dim("  (* the status changed)") + "\n" : p.dim("  (no claim changed status)") + "\n";
}

// Only the arguments whose validity changed.
void arguments_table(std::string& out, whatif::Comparison const& c, std::size_t name_w, Palette const& p) {
    std::size_t const base_w = std::string("baseline").size();
    std::vector<whatif::ArgumentChange> changed;
    for (auto const& a : c.arguments)
        if (a.changed) changed.push_back(a);
    if (changed.empty()) {
        if (!c.arguments.empty()) out += fmt::format("\n{}  no argument changed validity\n", p.bold("Arguments"));
        return;
    }
    out += fmt::format("\n{}{}  {:<{}}  {}\n", p.bold("Arguments"),
                       name_w + 2 > 9 ? std::string(name_w + 2 - 9, ' ') : "", "baseline", base_w, c.scenario);
    for (auto const& a : changed)
        out += fmt::format("  {:<{}}  {}  {}\n", a.name, name_w, p.validity(a.baseline, base_w),
                           p.validity(a.scenario, 0));
}

}   // namespace

std::string comparison_text(WorldLabel const& where, logic::Theory const& theory, whatif::Comparison const& c,
                            bool color) {
    Palette p{color};
    std::string out = fmt::format("{}: scenario {}{}\n", p.bold(where.path), p.bold(c.scenario),
                                  c.title.empty() ? "" : " \"" + c.title + "\"");
    std::vector<std::string> changes;
    if (!c.without.empty()) changes.push_back("without " + join(c.without));
    if (!c.with.empty()) changes.push_back("with " + join(c.with));
    if (!changes.empty()) out += "  " + join(changes, "; ") + "\n";
    for (auto const& name : c.declared) {
        auto const& st = theory.statements[static_cast<std::size_t>(*theory.find_statement(name))];
        out += fmt::format("  {} {}: {}\n", ast::to_string(st.kind), name, print(theory, st.formula));
    }

    out += fmt::format("\n{}  {} → {}{}\n", p.bold("Consistency"), consistency_word(c.baseline),
                       consistency_word(c.consistency),
                       c.baseline.consistent != c.consistency.consistent ? "  " + p.mark("*") : "");
    if (!c.consistency.reason.empty()) out += "  (" + c.consistency.reason + ")\n";
    if (!c.new_inconsistent_sets.empty()) {
        out += fmt::format("  new minimal inconsistent set{}{}:\n", c.new_inconsistent_sets.size() == 1 ? "" : "s",
                           c.consistency.capped ? " (enumeration capped)" : "");
        for (auto const& s : c.new_inconsistent_sets) out += "    " + braces(s) + "\n";
    }

    // One column width for both tables, so that they line up.
    std::size_t name_w = std::string("Claims").size() - 2;
    for (auto const& cl : c.claims) name_w = std::max(name_w, cl.name.size());
    for (auto const& a : c.arguments) name_w = std::max(name_w, a.name.size());
    claims_table(out, c, name_w, p);
    arguments_table(out, c, name_w, p);
    return out;
}

std::string sweep_text(WorldLabel const& where, logic::Theory const& theory, whatif::Sweep const& s, bool color) {
    Palette p{color};
    std::string out = header(where, s.claim, s.status, p);
    if (s.status == ClaimStatus::unknown && !s.reason.empty()) out += "  (" + s.reason + ")\n";

    std::vector<whatif::Drop> bearing;
    std::vector<std::string> others;
    for (auto const& d : s.drops) {
        if (d.load_bearing) bearing.push_back(d);
        else others.push_back(d.statement);
    }
    out += fmt::format("\n{}  dropping it alone changes the status\n", p.bold("Load-bearing"));
    if (bearing.empty()) out += "  none\n";
    std::size_t name_w = 0, kind_w = 0;
    for (auto const& d : bearing) {
        name_w = std::max(name_w, d.statement.size());
        kind_w = std::max(kind_w, kind_of(theory, d.statement).size());
    }
    std::string was = to_string(s.status);
    for (auto const& d : bearing) {
        std::string line = fmt::format("  {:<{}}  {:<{}}  {} → {}", d.statement, name_w, kind_of(theory, d.statement),
                                       kind_w, was, p.status(d.status, 0));
        if (!d.reason.empty()) line += "  (" + d.reason + ")";
        out += line + "\n";
    }
    if (!others.empty()) {
        out += fmt::format("{} ({}):\n", p.bold("Not load-bearing"), others.size());
        out += wrapped(others, 2);
    }

    if (s.status == ClaimStatus::follows || s.status == ClaimStatus::refuted) {
        out += fmt::format("\n{}  every minimal set of statements {} follows from ({})\n", p.bold("Supports"),
                           s.status == ClaimStatus::follows ? "it" : "its refutation", s.supports.size());
        for (auto const& set : s.supports) out += "  " + braces(set) + "\n";
        out += cap_note(s.capped, s.status == ClaimStatus::unknown ? "" : s.reason);
        out += fmt::format("{}  in every support: {}\n", p.bold("Critical"),
                           s.critical.empty() ? "none" : join(s.critical));
    }
    return out;
}

std::string break_text(WorldLabel const& where, logic::Theory const& theory, whatif::Breaking const& b, bool color) {
    Palette p{color};
    std::string out = header(where, b.claim, b.status, p);
    switch (b.status) {
    case ClaimStatus::follows:
    case ClaimStatus::refuted: {
        out += fmt::format("\n{}  dropping any one of these sets stops {} ({}, smallest first)\n", p.bold("Break sets"),
                           b.status == ClaimStatus::follows ? "it following" : "its refutation", b.break_sets.size());
        std::size_t width = 0;
        for (auto const& set : b.break_sets) width = std::max(width, braces(set).size());
        for (auto const& set : b.break_sets) {
            std::vector<std::string> kinds;
            for (auto const& n : set) kinds.push_back(kind_of(theory, n));
            std::sort(kinds.begin(), kinds.end());
            kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
            out += fmt::format("  {:<{}}  {}\n", braces(set), width, p.dim(join(kinds)));
        }
        if (b.break_sets.empty()) out += "  none: it follows from the empty set (from nothing at all)\n";
        out += cap_note(b.capped, b.reason);
        break;
    }
    case ClaimStatus::open: out += "\nit does not follow, so there is nothing to break\n"; break;
    case ClaimStatus::vacuous:
        out += "\nthe statements are inconsistent, so everything follows from them; `elenchus check` "
               "lists the minimal inconsistent sets\n";
        break;
    case ClaimStatus::unknown:
        if (!b.reason.empty()) out += "  (" + b.reason + ")\n";
        break;
    }
    return out;
}

std::string make_text(WorldLabel const& where, whatif::Making const& m, bool color) {
    Palette p{color};
    std::string out = header(where, m.claim, m.status, p);
    switch (m.status) {
    case ClaimStatus::open:
        out += fmt::format("\n{}  adding any one of these sets of hypotheses makes it follow, "
                           "consistently ({})\n",
                           p.bold("Make sets"), m.make_sets.size());
        for (auto const& set : m.make_sets) out += "  " + braces(set) + "\n";
        if (m.make_sets.empty()) out += "  none: no consistent set of the hypotheses makes it follow\n";
        out += cap_note(m.capped, m.reason);
        out += fmt::format("{} ({}):\n", p.bold("Hypotheses considered"), m.candidates.size());
        out += m.candidates.empty() ? "  none\n" : wrapped(m.candidates, 2);
        break;
    case ClaimStatus::follows: out += "\nit follows already: no hypothesis is needed\n"; break;
    case ClaimStatus::refuted:
        out += "\nit is refuted, so no hypothesis can make it follow without an inconsistency\n";
        break;
    case ClaimStatus::vacuous:
        out += "\nthe statements are inconsistent, so everything follows from them vacuously\n";
        break;
    case ClaimStatus::unknown:
        if (!m.reason.empty()) out += "  (" + m.reason + ")\n";
        break;
    }
    return out;
}

}   // namespace elenchus::cli
