// Text, markdown, JSON and CSV renderings of a graded proof.
#include "cli/proof_format.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cli/palette.hpp"
#include "cli/text_pieces.hpp"

namespace elenchus::cli {
namespace {

using proofs::Fault;
using proofs::LineResult;
using proofs::ProofStatus;

std::string numbers(std::vector<int> const& xs) {
    std::vector<std::string> s;
    for (int x : xs) s.push_back(std::to_string(x));
    return join(s);
}

// `lines 1, 2 are true and line 4 is false`
std::string world_title(proofs::Countermodel const& c) {
    std::string cited;
    if (c.true_lines.empty()) cited = "nothing is cited";
    else if (c.true_lines.size() == 1) cited = fmt::format("line {} is true", c.true_lines.front());
    else cited = fmt::format("lines {} are true", join(c.true_lines));
    std::string const some =
        c.arbitrary.empty() ? std::string{} : fmt::format(", for some value of {}", join(c.arbitrary));
    return fmt::format("countermodel: {} and line {} is false in this world{}", cited, c.false_line, some);
}

std::string verdict_word(LineResult const& r) {
    if (r.fault == Fault::none) return r.rests_on.empty() ? "right" : "right, given the lines it rests on";
    return fmt::format("wrong ({})", to_string(r.fault));
}

std::string rests(LineResult const& r) {
    if (r.rests_on.empty()) return {};
    return fmt::format("rests on line{} {}", r.rests_on.size() == 1 ? "" : "s", numbers(r.rests_on));
}

std::string status_word(ProofStatus s) {
    switch (s) {
    case ProofStatus::correct: return "correct";
    case ProofStatus::wrong: return "wrong";
    case ProofStatus::incomplete: return "incomplete (open goal)";
    }
    return "?";
}

std::size_t wrong_count(proofs::Grade const& g) {
    std::size_t n = 0;
    for (auto const& p : g.proofs)
        n += static_cast<std::size_t>(
            std::count_if(p.lines.begin(), p.lines.end(), [](LineResult const& r) { return r.fault != Fault::none; }));
    return n;
}

}   // namespace

std::string graded_text(logic::Theory const& theory, GradedProof const& g, bool color) {
    Palette p{color};
    auto const& grade = g.grade;
    std::string status = status_word(grade.status);
    status = grade.status == ProofStatus::correct ? p.good(status) : p.bad(status);
    std::string out =
        fmt::format("{}: a proof of {} ({}): {}\n", g.path, p.bold(grade.goal), grade.goal_formula, status);
    for (std::size_t k = 0; k < grade.proofs.size(); ++k) {
        auto const& proof = grade.proofs[k];
        auto const& lines = g.text.proofs[k].lines;
        if (grade.proofs.size() > 1)
            out += fmt::format("\n  proof {} of {}: {}\n", k + 1, grade.proofs.size(), status_word(proof.status));
        std::size_t const width = std::to_string(lines.size()).size();
        for (std::size_t i = 0; i < proof.lines.size(); ++i) {
            auto const& r = proof.lines[i];
            auto const& s = lines[i].step;
            std::string const mark = r.fault == Fault::none ? p.good("✓") : p.bad("✗");
            std::string indent(static_cast<std::size_t>(s.depth) * 2, ' ');
            out += fmt::format("  {:>{}}  {} {}{}\n", r.n, width, mark, indent, formula(theory, s.formula));
            std::string const under(width + 6, ' ');
            if (r.fault != Fault::none) out += fmt::format("{}{}: {}\n", under, p.bad(verdict_word(r)), r.reason);
            if (r.countermodel) {
                out += fmt::format("{}{}:\n", under, world_title(*r.countermodel));
                for (auto const& f : r.countermodel->facts) out += fmt::format("{}  {}\n", under, f);
            }
            if (!r.rests_on.empty()) out += fmt::format("{}{}\n", under, p.dim(rests(r)));
        }
        if (!proof.open_goal.empty()) out += fmt::format("  open goal: {} ({})\n", grade.goal_formula, proof.open_goal);
    }
    if (!grade.hint.empty()) out += fmt::format("  hint: next, {}\n", grade.hint);
    return out;
}

std::string graded_markdown(logic::Theory const& theory, GradedProof const& g) {
    auto const& grade = g.grade;
    std::string out = fmt::format("## Proof of `{}`: {}\n\nGoal: `{}`\n\n", grade.goal, status_word(grade.status),
                                  grade.goal_formula);
    for (std::size_t k = 0; k < grade.proofs.size(); ++k) {
        auto const& proof = grade.proofs[k];
        auto const& lines = g.text.proofs[k].lines;
        if (grade.proofs.size() > 1)
            out += fmt::format("### Proof {} of {}: {}\n\n", k + 1, grade.proofs.size(), status_word(proof.status));
        out += "| # | Formula | Verdict |\n|---:|---|---|\n";
        for (std::size_t i = 0; i < proof.lines.size(); ++i) {
            auto const& r = proof.lines[i];
            std::string indent;
            for (int d = 0; d < lines[i].step.depth; ++d) indent += "&emsp;";
            std::string verdict =
                r.fault == Fault::none ? "✓ " + verdict_word(r) : "✗ " + verdict_word(r) + ": " + r.reason;
            if (r.countermodel)
                verdict += "<br>" + world_title(*r.countermodel) + ": `" + join(r.countermodel->facts, "`, `") + "`";
            if (!r.rests_on.empty() && r.fault != Fault::none) verdict += "<br>" + rests(r);
            for (auto& ch : verdict)
                if (ch == '|') ch = '/';
            out += fmt::format("| {} | {}`{}` | {} |\n", r.n, indent, formula(theory, lines[i].step.formula), verdict);
        }
        if (!proof.open_goal.empty())
            out += fmt::format("\n**Open goal:** `{}` ({})\n", grade.goal_formula, proof.open_goal);
        out += "\n";
    }
    if (!grade.hint.empty()) out += fmt::format("**Hint:** next, `{}`\n", grade.hint);
    return out;
}

nlohmann::ordered_json graded_json(GradedProof const& g) {
    using json = nlohmann::ordered_json;
    auto const& grade = g.grade;
    json doc{{"proof", g.path},
             {"goal", grade.goal},
             {"goal_formula", grade.goal_formula},
             {"status", to_string(grade.status)}};
    auto proofs_json = json::array();
    for (auto const& proof : grade.proofs) {
        auto lines = json::array();
        for (auto const& r : proof.lines) {
            json line{{"n", r.n},
                      {"status", r.fault == Fault::none ? "right" : "wrong"},
                      {"fault", r.fault == Fault::none ? json(nullptr) : json(to_string(r.fault))},
                      {"reason", r.reason.empty() ? json(nullptr) : json(r.reason)},
                      {"countermodel", nullptr},
                      {"rests_on", r.rests_on},
                      {"source_line", r.source_line}};
            if (r.countermodel)
                line["countermodel"] = {{"true_lines", r.countermodel->true_lines},
                                        {"false_line", r.countermodel->false_line},
                                        {"facts", r.countermodel->facts},
                                        {"arbitrary", r.countermodel->arbitrary}};
            lines.push_back(std::move(line));
        }
        proofs_json.push_back({{"status", to_string(proof.status)},
                               {"lines", std::move(lines)},
                               {"open_goal", proof.open_goal.empty() ? json(nullptr) : json(proof.open_goal)}});
    }
    doc["proofs"] = std::move(proofs_json);
    doc["hint"] = grade.hint.empty() ? json(nullptr) : json(grade.hint);
    return doc;
}

namespace {

std::string csv_field(std::string const& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}   // namespace

std::string csv_header() { return "proof,status,lines,right,wrong,first_wrong_line,reason\n"; }

std::string csv_row(GradedProof const& g) {
    std::size_t lines = 0;
    LineResult const* first = nullptr;
    std::string open;
    for (auto const& p : g.grade.proofs) {
        lines += p.lines.size();
        for (auto const& r : p.lines)
            if (!first && r.fault != Fault::none) first = &r;
        if (open.empty() && !p.open_goal.empty()) open = "open goal: " + p.open_goal;
    }
    std::size_t const wrong = wrong_count(g.grade);
    std::string reason = first ? fmt::format("{}: {}", to_string(first->fault), first->reason) : open;
    return fmt::format("{},{},{},{},{},{},{}\n", csv_field(g.path), to_string(g.grade.status), lines, lines - wrong,
                       wrong, first ? std::to_string(first->n) : std::string{}, csv_field(reason));
}

std::string csv_unreadable(std::string const& path, std::string const& error) {
    return fmt::format("{},unreadable,,,,,{}\n", csv_field(path), csv_field(error));
}

}   // namespace elenchus::cli
