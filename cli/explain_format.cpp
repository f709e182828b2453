// Text and Markdown renderings of an explanation.
#include "cli/explain_format.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cli/palette.hpp"
#include "cli/text_pieces.hpp"

namespace elenchus::cli {
namespace {

std::string pad(std::string s, std::size_t to) {
    for (std::size_t w = display_width(s); w < to; ++w) s += ' ';
    return s;
}

// `modus tollens 3, 1`; subproofs cited as ranges: `reductio 3–5`, `proof by cases 2, 3–5, 6–8`,
// `existential elimination 1, 3–9`.
std::string justification(Step const& s) {
    std::vector<std::string> cites;
    std::size_t const first_range = first_subproof_use(s).value_or(s.uses.size());
    for (std::size_t k = 0; k < s.uses.size(); ++k) {
        if (k >= first_range && k + 1 < s.uses.size()) {
            cites.push_back(fmt::format("{}–{}", s.uses[k], s.uses[k + 1]));
            ++k;
        } else {
            cites.push_back(std::to_string(s.uses[k]));
        }
    }
    std::string out = s.claim ? "claim" : to_string(s.rule);
    if (states_statement(s.rule)) out += " " + s.statement;
    if (s.rule == Rule::assumption) out += " (not stated in the source)";
    if (s.claim) out += " (not established)";
    if (!cites.empty()) out += " " + join(cites);
    if (!s.substitution.empty()) out += ", " + s.substitution;
    // After a comma, so that a proof file read from this text takes it as a note.
    if (!s.nonempty.empty()) out += ", relies on " + join(s.nonempty, " and ") + " being non-empty";
    return out;
}

std::string status_line(Palette const& p, Explanation const& e) {
    std::string what = e.kind == DerivationKind::inconsistency ? "the asserted statements" : p.bold(e.name);
    std::string const word = to_string(e.status);
    std::string s;
    switch (e.status) {
    case ExplanationStatus::follows:
    case ExplanationStatus::valid:
    case ExplanationStatus::consistent: s = p.good(word); break;
    case ExplanationStatus::open: s = p.warn(word); break;
    default: s = p.bad(word); break;
    }
    char const* noun = e.kind == DerivationKind::argument ? "argument "
                       : e.kind == DerivationKind::claim  ? "claim "
                                                          : "";
    return fmt::format("{}{}: {}\n", noun, what, s);
}

std::string describe_support(logic::Theory const& theory, Derivation const& d) {
    std::vector<std::string> parts;
    for (auto const& name : d.support) {
        auto i = theory.find_statement(name);
        bool assumed = i && theory.statements[static_cast<std::size_t>(*i)].kind == ast::StatementKind::assume;
        parts.push_back(assumed ? name + " (an unstated assumption)" : name);
    }
    return join(parts);
}

void lines_text(std::string& out, logic::Theory const& theory, Derivation const& d, ExplainStyle style,
                Palette const& p) {
    std::size_t const number_width = std::to_string(d.steps.size()).size();
    std::vector<std::string> shown;
    std::size_t column = 0;
    for (auto const& s : d.steps) {
        std::string indent;
        if (style == ExplainStyle::fitch)
            for (int k = 0; k < s.depth; ++k) indent += "│ ";
        else indent = std::string(static_cast<std::size_t>(s.depth) * 2, ' ');
        shown.push_back(indent + formula(theory, s.formula));
        column = std::max(column, std::min<std::size_t>(display_width(shown.back()), 72));
    }
    std::string const bar = style == ExplainStyle::fitch ? "│ " : "";
    std::string const gutter(number_width + 2, ' ');
    for (std::size_t i = 0; i < d.steps.size(); ++i) {
        auto const& s = d.steps[i];
        std::string number = fmt::format("{:>{}}", s.n, number_width);
        out += fmt::format("  {}  {}{}  {}\n", number, bar, pad(shown[i], column), p.dim(justification(s)));
        std::string const under =
            "  " + gutter + bar + std::string(static_cast<std::size_t>(s.depth) * 2, ' ') + "    ";
        if (!s.reading.empty()) out += fmt::format("{}“{}”\n", under, s.reading);
        for (auto const& c : s.quotations)
            if (!c.quotation.empty()) out += fmt::format("{}{}: “{}”\n", under, c.source, c.quotation);
        if (style != ExplainStyle::fitch) continue;
        bool const last_stated =
            states_statement(s.rule) && (i + 1 == d.steps.size() || !states_statement(d.steps[i + 1].rule));
        if (s.rule == Rule::supposition || last_stated) {
            std::string rule_bar = "  " + gutter + "├";
            if (s.depth > 0) {
                rule_bar = "  " + gutter + "│ ";
                for (int k = 1; k < s.depth; ++k) rule_bar += "│ ";
                rule_bar += "├";
            }
            out += rule_bar + "────\n";
        }
    }
}

void derivation_text(std::string& out, logic::Theory const& theory, Derivation const& d, ExplainStyle style,
                     Palette const& p) {
    if (d.steps.empty()) {
        out += "  no derivation was found within the search bounds\n";
        return;
    }
    lines_text(out, theory, d, style, p);
    int fallback = fallback_steps(d);
    out += "\n";
    if (d.verified)
        out += p.good(fmt::format("  verified: each of the {} lines re-checked by Z3 from the lines it cites",
                                  d.steps.size())) +
               "\n";
    else out += p.bad("  NOT verified: a line failed its re-check (please report this)") + "\n";
    if (fallback > 0)
        out += fmt::format("  note: {} line{} use{} the rule `consequence`: no finer rule was found, Z3 checked {}\n",
                           fallback, fallback == 1 ? "" : "s", fallback == 1 ? "s" : "", fallback == 1 ? "it" : "them");
}

void world_text(std::string& out, ExplainedWorld const& w, Palette const& p) {
    out += fmt::format("  {}:\n", p.bold(w.title));
    for (auto const& f : w.facts) out += fmt::format("    {}\n", f);
    if (!w.satisfies.empty()) out += fmt::format("    {}\n", p.dim("satisfies: " + join(w.satisfies)));
}

}   // namespace

std::string explanation_text(logic::Theory const& theory, Explanation const& e, ExplainStyle style, bool color) {
    Palette p{color};
    std::string out = status_line(p, e);
    if (e.kind == DerivationKind::claim || e.kind == DerivationKind::argument) {
        std::string reading;
        if (auto i = theory.find_statement(e.name)) reading = theory.statements[static_cast<std::size_t>(*i)].means;
        if (auto a = theory.find_argument(e.name)) reading = theory.arguments[static_cast<std::size_t>(*a)].title;
        if (!reading.empty()) out += fmt::format("  “{}”\n", reading);
    }
    for (auto const& n : e.notes) out += fmt::format("  note: {}\n", n);
    for (auto const& problem : e.problems) out += fmt::format("  {}: {}\n", p.bad("problem"), problem);
    if (!e.reason.empty()) out += fmt::format("  {}\n", e.reason);
    if (e.status == ExplanationStatus::open)
        out += "  neither the claim nor its negation follows from the asserted statements:\n";
    for (std::size_t k = 0; k < e.derivations.size(); ++k) {
        auto const& d = e.derivations[k];
        if (e.derivations.size() > 1 || e.kind == DerivationKind::inconsistency)
            out += fmt::format("\n  {} {} of {}: {{{}}}\n", p.bold("minimal inconsistent set"), k + 1,
                               e.derivations.size(), join(d.support));
        else out += fmt::format("  rests on: {}\n", describe_support(theory, d));
        if (e.status == ExplanationStatus::refuted) out += "  a derivation of its negation:\n";
        out += "\n";
        derivation_text(out, theory, d, style, p);
    }
    if (!e.worlds.empty()) out += "\n";
    for (auto const& w : e.worlds) world_text(out, w, p);
    if (!e.missing.empty()) {
        out += "  it would be valid with:";
        for (auto const& m : e.missing) out += " {" + join(m) + "}";
        out += "\n";
    }
    if (!e.bridging.empty()) out += fmt::format("  the bridging premise that would close the gap: {}\n", e.bridging);
    return out;
}

std::string explanation_markdown(logic::Theory const& theory, Explanation const& e, ExplainStyle style) {
    std::string out = fmt::format("## {} `{}`: {}\n\n", to_string(e.kind), e.name, to_string(e.status));
    if (auto i = theory.find_statement(e.name); i && !theory.statements[static_cast<std::size_t>(*i)].means.empty())
        out += fmt::format("> {}\n\n", theory.statements[static_cast<std::size_t>(*i)].means);
    for (auto const& n : e.notes) out += fmt::format("*Note:* {}\n\n", n);
    for (auto const& problem : e.problems) out += fmt::format("**Problem:** {}\n\n", problem);
    if (!e.reason.empty()) out += e.reason + "\n\n";
    for (std::size_t k = 0; k < e.derivations.size(); ++k) {
        auto const& d = e.derivations[k];
        if (e.kind == DerivationKind::inconsistency)
            out += fmt::format("### Minimal inconsistent set {}: {}\n\n", k + 1, join(d.support));
        else out += fmt::format("Rests on: {}\n\n", describe_support(theory, d));
        out += "| # | Formula | Rule |\n|---:|---|---|\n";
        for (auto const& s : d.steps) {
            std::string indent;
            for (int j = 0; j < s.depth; ++j) indent += style == ExplainStyle::fitch ? "│ " : "&emsp;";
            std::string f = formula(theory, s.formula);
            std::string rule = justification(s);
            if (!s.reading.empty()) rule += fmt::format("<br>*“{}”*", s.reading);
            for (auto const& c : s.quotations)
                if (!c.quotation.empty()) rule += fmt::format("<br>{}: “{}”", c.source, c.quotation);
            std::string cell = f == "⊥" ? f : "`" + f + "`";
            for (auto& ch : rule)
                if (ch == '|') ch = '/';
            out += fmt::format("| {} | {}{} | {} |\n", s.n, indent, cell, rule);
        }
        out += d.verified ? "\n✓ Every line re-checked by Z3 from the lines it cites.\n\n"
                          : "\n✗ Not verified: a line failed its re-check.\n\n";
    }
    for (auto const& w : e.worlds) {
        out += fmt::format("**{}**\n\n", w.title);
        for (auto const& f : w.facts) out += fmt::format("- `{}`\n", f);
        if (!w.satisfies.empty()) out += fmt::format("\nSatisfies: {}\n\n", join(w.satisfies));
    }
    if (!e.missing.empty()) {
        out += "Would be valid with:";
        for (auto const& m : e.missing) out += " {" + join(m) + "}";
        out += "\n\n";
    }
    if (!e.bridging.empty()) out += fmt::format("Bridging premise: `{}`\n", e.bridging);
    return out;
}

int explanation_exit_code(Explanation const& e) {
    for (auto const& d : e.derivations)
        if (!d.verified) return 1;
    // Circular, or premises that contradict each other: a problem for check, so here too.
    if (!e.problems.empty()) return 1;
    switch (e.status) {
    case ExplanationStatus::follows:
    case ExplanationStatus::open:
    case ExplanationStatus::valid:
    case ExplanationStatus::consistent: return 0;
    default: return 1;
    }
}

}   // namespace elenchus::cli
