#include <algorithm>

#include <fmt/format.h>

#include "arguments/verdicts/problems.hpp"
#include "cli/palette.hpp"
#include "cli/report_format.hpp"
#include "cli/text_pieces.hpp"

namespace elenchus::cli {
namespace {

// The names, `, ` between them, each one in `marked` followed by `*`.
std::string join_marked(std::vector<std::string> const& names, std::vector<std::string> const& marked) {
    std::string out;
    for (auto const& n : names) {
        if (!out.empty()) out += ", ";
        out += n;
        if (std::find(marked.begin(), marked.end(), n) != marked.end()) out += "*";
    }
    return out;
}

std::string sets(std::vector<NameSet> const& list) {
    std::string out;
    for (auto const& s : list) {
        if (!out.empty()) out += "  ";
        out += "{" + join(s) + "}";
    }
    return out;
}

void world(std::string& out, char const* label, std::optional<solver::World> const& w, Palette const& p,
           std::size_t indent) {
    if (!w) return;
    std::string pad(indent, ' ');
    out += fmt::format("{}{}\n", pad, p.dim(label));
    for (auto const& f : solver::lines(*w)) out += fmt::format("{}  {}\n", pad, f);
}

std::size_t name_width(std::vector<ClaimVerdict> const& claims) {
    std::size_t w = 4;
    for (auto const& c : claims) w = std::max(w, c.name.size());
    return w;
}

void consistency(std::string& out, ConsistencyVerdict const& c, Palette const& p, std::size_t indent, bool worlds) {
    std::string pad(indent, ' ');
    if (c.consistent == true) {
        out += fmt::format("{}{}\n", pad, p.good("consistent"));
        if (worlds) world(out, "a world where every asserted statement holds:", c.witness, p, indent + 2);
    } else if (c.consistent == false) {
        out += fmt::format("{}{} — minimal inconsistent set{}{}:\n", pad, p.bad("inconsistent"),
                           c.inconsistent_sets.size() == 1 ? "" : "s", c.capped ? " (enumeration capped)" : "");
        for (auto const& s : c.inconsistent_sets)
            out += fmt::format("{}  {{{}}}\n", pad.empty() ? std::string(4, ' ') : pad, join(s));
    } else {
        out += fmt::format("{}{} ({})\n", pad, p.bad("consistency unknown"), c.reason);
    }
}

void claims(std::string& out, std::vector<ClaimVerdict> const& list, Palette const& p, std::size_t indent, bool worlds,
            std::vector<ClaimVerdict> const* baseline = nullptr) {
    std::string pad(indent, ' ');
    auto width = name_width(list);
    for (auto const& c : list) {
        std::string line = fmt::format("{}{:<{}}  {}", pad, c.name, width, p.status(c.status, 0));
        if (!c.support.empty())
            line += fmt::format("  {} {}", c.status == ClaimStatus::refuted ? "refuted by" : "from",
                                join_marked(c.support, c.assumptions));
        if (!c.reason.empty()) line += fmt::format("  ({})", c.reason);
        if (baseline)
            for (auto const& b : *baseline)
                if (b.name == c.name && b.status != c.status)
                    line += p.dim(fmt::format("  (baseline: {})", to_string(b.status)));
        out += line + "\n";
        if (worlds) {
            world(out, "holds in:", c.holds, p, indent + width + 2);
            world(out, "fails in:", c.fails, p, indent + width + 2);
        }
    }
}

void circularity(std::string& out, ArgumentVerdict const& a, std::string const& pad, Palette const& p) {
    if (auto const why = circularity_reason(a); !why.empty())
        out += fmt::format("{}  {}: {}\n", pad, p.bad("circular"), why);
    else if (!a.circular_unknown.empty())
        out += fmt::format("{}  {} ({})\n", pad, p.bad("circularity unknown"), a.circular_unknown);
}

void arguments(std::string& out, std::vector<ArgumentVerdict> const& list, Palette const& p, std::size_t indent,
               bool worlds, std::vector<ArgumentVerdict> const* baseline = nullptr) {
    std::string pad(indent, ' ');
    std::size_t width = 4;
    for (auto const& a : list) width = std::max(width, a.name.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto const& a = list[i];
        // In a scenario only a change of validity is news; the rest was said for the baseline.
        if (baseline && i < baseline->size() && (*baseline)[i].name == a.name && (*baseline)[i].valid == a.valid)
            continue;
        std::string verdict = a.valid == true    ? p.good("valid")
                              : a.valid == false ? p.bad("invalid")
                                                 : p.bad("unknown (" + a.reason + ")");
        out += fmt::format("{}{:<{}}  {}{}\n", pad, a.name, width, verdict,
                           baseline ? p.dim(" (changed from the baseline)") : "");
        circularity(out, a, pad, p);
        if (a.premises_inconsistent == true)
            out += fmt::format("{}  its premises are inconsistent with each other\n", pad);
        if (!a.redundant.empty()) out += fmt::format("{}  premises not needed: {}\n", pad, join(a.redundant));
        if (a.valid == false) {
            if (!a.missing.empty()) out += fmt::format("{}  would be valid with: {}\n", pad, sets(a.missing));
            if (!a.bridging.empty()) out += fmt::format("{}  bridging premise: {}\n", pad, a.bridging);
            if (worlds) world(out, "counterexample:", a.counterexample, p, indent + 2);
        }
    }
}

void relations(std::string& out, std::vector<RelationVerdict> const& list, Palette const& p) {
    for (auto const& r : list) {
        std::string const word = to_string(r.classification);
        std::string verdict = r.flagged ? p.bad("flagged: " + word) : r.declared ? p.good(word) : p.warn(word);
        out += fmt::format("  {} {} {}  {}{}{}{}\n", r.from, ast::to_string(r.kind), r.to,
                           r.declared ? "" : p.warn("undeclared, "), verdict,
                           r.premise.empty() ? "" : fmt::format(" ({})", r.premise),
                           r.given.empty() ? "" : ", given " + join(r.given));
        if (!r.note.empty()) out += fmt::format("    {}\n", p.dim(r.note));
    }
}

bool has_worlds(Report const& r) {
    for (auto const& c : r.claims)
        if (c.holds || c.fails) return true;
    for (auto const& a : r.arguments)
        if (a.counterexample) return true;
    return false;
}

}   // namespace

std::string report_text(std::string const& path, logic::Theory const& theory, Report const& report, bool color,
                        bool worlds, std::string const& acceptance) {
    Palette p{color};
    std::string out;
    out += fmt::format("{}: ", p.bold(path));
    consistency(out, report.consistency, p, 0, worlds);
    if (!report.claims.empty()) {
        out += fmt::format("\n{}  {}\n", p.bold("Claims"), p.dim("(* marks an unstated assumption)"));
        claims(out, report.claims, p, 2, worlds);
    }
    if (!report.arguments.empty()) {
        out += fmt::format("\n{}\n", p.bold("Arguments"));
        arguments(out, report.arguments, p, 2, worlds);
    }
    if (!report.relations.empty()) {
        out += fmt::format("\n{}\n", p.bold("Relations"));
        relations(out, report.relations, p);
    }
    out += acceptance;
    if (!report.scenarios.empty()) {
        out += fmt::format("\n{}\n", p.bold("Scenarios"));
        for (auto const& s : report.scenarios) {
            out += fmt::format("  {}{}: ", p.bold(s.name), s.title.empty() ? "" : " \"" + s.title + "\"");
            consistency(out, s.consistency, p, 0, false);
            claims(out, s.claims, p, 4, false, &report.claims);
            arguments(out, s.arguments, p, 4, false, &report.arguments);
        }
    }
    if (!worlds && has_worlds(report))
        out += p.dim(
            "\n(--worlds shows the witness worlds of open claims and the counterexamples of invalid arguments)\n");
    // Last, and in words: a reader without colour (or scrolling back) sees at once whether
    // anything is wrong, and it agrees with the exit status by construction.
    auto const found = problems(report);
    out += "\n" + (found.empty() ? p.good(problem_summary(found)) : p.bad(problem_summary(found))) + "\n";
    return out;
}

}   // namespace elenchus::cli
