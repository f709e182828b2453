// Reading a proof file: which lines are steps, their numbers and depths (Fitch bars or
// indentation), and each step's formula and justification, split where the justification
// reads whole.
#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "arguments/explain/saved.hpp"
#include "arguments/proofs/justification.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "arguments/proofs/rule_names.hpp"

namespace elenchus::proofs {
namespace {

using Offset = std::uint32_t;

// A numbered line before its depth is known.
struct RawLine {
    int n = 0;
    std::size_t source_line = 0;
    Offset number_offset = 0;
    int bars = 0;             // Fitch bars before the formula
    std::size_t gap = 0;      // columns between the number and the formula
    std::size_t column = 0;   // columns before the formula (with the gap: the indentation)
    int fixed_depth = -1;     // markdown: the depth its cell shows
    Offset body = 0;          // where the formula starts
    std::string text;         // formula and justification (plain), or the formula (markdown)
    Offset justification_offset = 0;
    std::string justification;   // markdown only: the rule cell
};

struct Reader {
    logic::Theory const& theory;
    SourceFile const& source;
    Diagnostics& diagnostics;
    ProofText out;
    std::vector<RawLine> raw;
    std::map<std::string, logic::Type> arbitrary;

    void error(Offset at, Offset end, std::string message) {
        diagnostics.error(ast::Span{at, std::max(end, at + 1)}, std::move(message));
    }
};

bool space(char c) { return c == ' ' || c == '\t'; }
bool starts(std::string_view t, std::size_t i, std::string_view what) { return t.substr(i, what.size()) == what; }

std::size_t columns(std::string_view t) {
    std::size_t n = 0;
    for (char c : t)
        if (c == '\t') n += 4;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view trimmed_right(std::string_view t) {
    while (!t.empty() && (space(t.back()) || t.back() == '\r')) t.remove_suffix(1);
    return t;
}

// `claim NAME: follows`, `argument NAME`, `## claim `NAME`: follows`,
// `the asserted statements: inconsistent`: the goal the proof is for.
bool header(Reader& r, std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && space(t[i])) ++i;
    if (starts(t, i, "## ")) i += 3;
    std::string_view rest = t.substr(i);
    auto status_after = [&](std::size_t k) {
        auto colon = rest.find(':', k);
        if (colon == std::string_view::npos) return std::string{};
        std::size_t b = colon + 1;
        while (b < rest.size() && space(rest[b])) ++b;
        std::size_t e = b;
        while (e < rest.size() && std::isalpha(static_cast<unsigned char>(rest[e]))) ++e;
        return std::string(rest.substr(b, e - b));
    };
    if (starts(rest, 0, "the asserted statements:") || starts(rest, 0, "inconsistency `inconsistency`:")) {
        r.out.goal = "inconsistency";
        r.out.status = status_after(0);
        return true;
    }
    for (std::string_view kind : {"claim ", "argument "}) {
        if (!starts(rest, 0, kind)) continue;
        std::size_t k = kind.size();
        if (k < rest.size() && rest[k] == '`') ++k;
        std::size_t e = k;
        while (e < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[e])) || rest[e] == '_')) ++e;
        if (e == k) return false;
        std::size_t after = e;
        if (after < rest.size() && rest[after] == '`') ++after;
        while (after < rest.size() && space(rest[after])) ++after;
        if (after < rest.size() && rest[after] != ':') return false;
        r.out.goal = std::string(rest.substr(k, e - k));
        r.out.status = status_after(after);
        return true;
    }
    return false;
}

// `| 3 | &emsp;`p -> q` | modus ponens 1, 2<br>… |`: a row of explain's markdown table.
bool markdown_row(RawLine& line, std::string_view t, Offset at) {
    std::size_t i = 0;
    while (i < t.size() && space(t[i])) ++i;
    if (i >= t.size() || t[i] != '|') return false;
    std::vector<std::pair<std::size_t, std::size_t>> cells;   // [begin, end) between the bars
    for (std::size_t b = i + 1; b < t.size();) {
        auto e = t.find('|', b);
        if (e == std::string_view::npos) break;
        cells.emplace_back(b, e);
        b = e + 1;
    }
    if (cells.size() < 3) return false;
    auto cell = [&](std::size_t k, std::size_t& b, std::size_t& e) {
        b = cells[k].first, e = cells[k].second;
        while (b < e && space(t[b])) ++b;
        while (e > b && space(t[e - 1])) --e;
    };
    std::size_t b, e;
    cell(0, b, e);
    if (b == e || !std::all_of(t.begin() + static_cast<long>(b), t.begin() + static_cast<long>(e),
                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return false;
    line.n = std::stoi(std::string(t.substr(b, std::min<std::size_t>(e - b, 7))));
    line.number_offset = at + static_cast<Offset>(b);
    cell(1, b, e);
    line.fixed_depth = 0;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view indent : {"&emsp;", "│ "})
            if (starts(t, b, indent)) {
                b += indent.size();
                ++line.fixed_depth;
                more = true;
            }
    }
    if (b < e && t[b] == '`' && e - b >= 2 && t[e - 1] == '`') ++b, --e;
    line.body = at + static_cast<Offset>(b);
    line.text = std::string(t.substr(b, e - b));
    cell(2, b, e);
    auto br = t.substr(b, e - b).find("<br>");
    if (br != std::string_view::npos) e = b + br;
    line.justification_offset = at + static_cast<Offset>(b);
    line.justification = std::string(t.substr(b, e - b));
    return true;
}

// `  3  │ │ p -> q   MP 1, 2`: the number, the bars, then the rest.
bool plain_row(RawLine& line, std::string_view t, Offset at) {
    std::size_t i = 0;
    while (i < t.size() && space(t[i])) ++i;
    std::size_t const digits = i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && i - digits < 7) ++i;
    if (i == digits) return false;
    line.n = std::stoi(std::string(t.substr(digits, i - digits)));
    line.number_offset = at + static_cast<Offset>(digits);
    if (i < t.size() && (t[i] == '.' || t[i] == ')' || t[i] == ':')) ++i;
    std::size_t const after_number = i;
    if (i < t.size() && !space(t[i]) && !starts(t, i, "│") && t[i] != '|') return false;
    for (;;) {
        while (i < t.size() && space(t[i])) ++i;
        if (starts(t, i, "│")) i += std::string_view("│").size();
        else if (i < t.size() && t[i] == '|') ++i;
        else break;
        ++line.bars;
    }
    line.gap = columns(t.substr(after_number, i - after_number));
    line.column = columns(t.substr(0, i));
    line.body = at + static_cast<Offset>(i);
    line.text = std::string(trimmed_right(t.substr(i)));
    return true;
}

// A line with no number that still ends in a justification: a step whose number was left out.
bool looks_like_step(std::string_view t) {
    t = trimmed_right(t);
    for (std::size_t i = 1; i < t.size(); ++i)
        if (space(t[i - 1]) && !space(t[i]) && parse_justification(t.substr(i))) {
            std::string_view head = t.substr(0, i);
            return std::any_of(head.begin(), head.end(),
                               [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        }
    return false;
}

void scan_lines(Reader& r) {
    std::string const& text = r.source.text();
    std::size_t line_no = 0;
    std::size_t const bom = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (std::size_t start = bom; start <= text.size();) {
        std::size_t end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
        ++line_no;
        std::string_view t(text.data() + start, end - start);
        auto const at = static_cast<Offset>(start);
        RawLine line;
        line.source_line = line_no;
        if (markdown_row(line, t, at) || plain_row(line, t, at)) r.raw.push_back(std::move(line));
        else if (!header(r, t) && looks_like_step(t)) {
            std::size_t i = 0;
            while (i < t.size() && space(t[i])) ++i;
            r.error(at + static_cast<Offset>(i), at + static_cast<Offset>(t.size()),
                    "this step has no line number; write it first, as in `3  p -> q    MP 1, 2` (a line "
                    "that does not start with a number is a comment)");
        }
        if (end == text.size()) break;
        start = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
    }
}

// Depths: from the markdown cell, else from Fitch bars (when every line has one, the first
// bar is the main proof's own), else from indentation. A line is at an open level when its
// formula starts in the same column, or as far after its number (numbers differ in width:
// `9  p` and `10  q` are alike, and so are formulas aligned in one column); further right
// than the innermost level it opens one level deeper.
void assign_depths(Reader& r, std::vector<int>& depths) {
    bool const any_bars = std::any_of(r.raw.begin(), r.raw.end(), [](RawLine const& l) { return l.bars > 0; });
    bool const all_bars = std::all_of(r.raw.begin(), r.raw.end(), [](RawLine const& l) { return l.bars > 0; });
    std::vector<RawLine const*> levels;
    auto at_level = [](RawLine const& l, RawLine const& level) {
        return l.column == level.column || l.gap == level.gap;
    };
    for (auto const& l : r.raw) {
        if (l.fixed_depth >= 0) depths.push_back(l.fixed_depth);
        else if (any_bars) depths.push_back(all_bars ? l.bars - 1 : l.bars);
        else {
            if (l.n == 1) levels.clear();
            if (levels.empty() || (!at_level(l, *levels.back()) && l.column > levels.back()->column))
                levels.push_back(&l);
            while (levels.size() > 1 && !at_level(l, *levels.back())) levels.pop_back();
            // Left of the main proof is the main proof (`1  p` then `2 q`); between two levels, an error.
            if (!at_level(l, *levels.back()) && !(levels.size() == 1 && l.column < levels.back()->column))
                r.error(l.body, l.body + 1,
                        "this line's indentation matches no open subproof; indent a subproof's lines alike "
                        "(or mark subproofs with '|' bars)");
            depths.push_back(static_cast<int>(levels.size()) - 1);
        }
    }
}

// Where the justification starts in `text` (a plain line): the first gap, wide ones (two
// spaces or a tab, as `explain` prints) before single spaces, after which a whole
// justification reads and before which the formula does; failing the formula, the first
// gap the justification reads after.
std::optional<std::size_t> split_point(Reader& r, std::string const& text) {
    std::vector<std::size_t> wide, narrow;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (!space(text[i - 1]) || space(text[i])) continue;
        std::size_t b = i - 1;
        while (b > 0 && space(text[b - 1])) --b;
        if (b == 0) continue;
        bool const is_wide = i - b >= 2 || text.find('\t', b) < i;
        if (parse_justification(std::string_view(text).substr(i))) (is_wide ? wide : narrow).push_back(i);
    }
    std::vector<std::size_t> all = wide;
    all.insert(all.end(), narrow.begin(), narrow.end());
    for (auto i : all) {
        auto arbitrary = r.arbitrary;
        if (read_formula(r.theory, std::string(trimmed_right(std::string_view(text).substr(0, i))), 0, arbitrary,
                         nullptr))
            return i;
    }
    if (!all.empty()) return all.front();
    return std::nullopt;
}

// The last word of a line whose justification does not read: an unknown rule, said so with
// the nearest spelling.
void no_justification(Reader& r, RawLine const& l) {
    std::string_view t = l.text;
    std::size_t b = t.size();
    while (b > 0 && !space(t[b - 1])) --b;
    while (b > 0 && (space(t[b - 1]) || std::isdigit(static_cast<unsigned char>(t[b - 1])) || t[b - 1] == ',')) --b;
    while (b > 0 && !space(t[b - 1])) --b;
    std::string word(t.substr(b));
    std::vector<std::string> names;
    for (auto const& n : rule_names()) names.emplace_back(n.spelling);
    std::string const first_word = word.substr(0, word.find(' '));
    std::string near = closest_name(first_word, names);
    r.error(l.body + static_cast<Offset>(b), l.body + static_cast<Offset>(t.size()),
            fmt::format("expected a rule and the lines it cites after the formula, as in `p -> q    MP 1, 2`{}; "
                        "docs/proofs.md lists the rules",
                        near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near)));
}

void read_line(Reader& r, RawLine const& l, int depth) {
    std::string formula_text, justification_text;
    Offset formula_at = l.body, justification_at = l.justification_offset;
    if (l.fixed_depth >= 0) {
        formula_text = l.text;
        justification_text = std::string(trimmed_right(l.justification));
    } else {
        auto split = split_point(r, l.text);
        if (!split) return no_justification(r, l);
        formula_text = std::string(trimmed_right(std::string_view(l.text).substr(0, *split)));
        justification_text = l.text.substr(*split);
        justification_at = l.body + static_cast<Offset>(*split);
    }
    auto j = parse_justification(justification_text);
    if (!j) return no_justification(r, l);
    std::string why;
    auto uses = uses_of(*j, why);
    if (!uses) return r.error(justification_at, justification_at + static_cast<Offset>(justification_text.size()), why);
    if (formula_text.empty()) return r.error(l.body, l.body + 1, "expected a formula before the rule");
    auto formula = read_formula(r.theory, formula_text, formula_at, r.arbitrary, &r.diagnostics);
    if (!formula) return;
    ProofLine line;
    line.step.n = l.n;
    line.step.formula = std::move(*formula);
    line.step.rule = j->rule;
    // A subproof's opening line is a supposition, whatever a textbook calls it.
    if (depth > 0 && (j->rule == Rule::assumption || j->rule == Rule::hypothesis)) line.step.rule = Rule::supposition;
    line.step.uses = std::move(*uses);
    line.step.statement = j->statement;
    line.step.depth = depth;
    line.rule_text = j->rule_text;
    line.source_line = l.source_line;
    if (l.n == 1 || r.out.proofs.empty()) r.out.proofs.emplace_back();
    r.out.proofs.back().lines.push_back(std::move(line));
}

// What `explain --format json` writes: its derivations, read back as explain --verify does.
ProofText saved_proof(Reader& r) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(r.source.text());
    } catch (nlohmann::json::parse_error const& e) {
        auto const at = static_cast<Offset>(std::min<std::size_t>(e.byte ? e.byte - 1 : 0, r.source.text().size()));
        r.error(at, at + 1,
                fmt::format("not JSON ({}); a proof in JSON is what `explain --format json` writes", e.what()));
        return std::move(r.out);
    }
    auto back = read_explanation(r.theory, doc);
    if (!back.message.empty()) {
        r.error(0, 1, back.bad_line > 0 ? fmt::format("step {}: {}", back.bad_line, back.message) : back.message);
        return std::move(r.out);
    }
    if (doc.contains("name") && doc["name"].is_string()) r.out.goal = doc["name"].get<std::string>();
    if (doc.contains("status") && doc["status"].is_string()) r.out.status = doc["status"].get<std::string>();
    for (auto const& d : back.derivations) {
        Proof p;
        for (auto const& s : d.steps) p.lines.push_back(ProofLine{s, to_string(s.rule), 0});
        r.out.proofs.push_back(std::move(p));
    }
    return std::move(r.out);
}

}   // namespace

ProofText read_proof(logic::Theory const& theory, SourceFile const& source, Diagnostics& diagnostics) {
    Reader r{theory, source, diagnostics, {}, {}, {}};
    auto const first = source.text().find_first_not_of(" \t\r\n");
    if (first != std::string::npos && source.text()[first] == '{') return saved_proof(r);
    scan_lines(r);
    std::vector<int> depths;
    assign_depths(r, depths);
    int expected = 1;
    for (std::size_t k = 0; k < r.raw.size(); ++k) {
        auto const& l = r.raw[k];
        if (l.n != expected && l.n != 1) {
            r.error(l.number_offset, l.number_offset + static_cast<Offset>(std::to_string(l.n).size()),
                    fmt::format("expected line {} here, found {}; number the lines 1, 2, 3, ... in order "
                                "(a new proof starts again at 1)",
                                expected, l.n));
        }
        expected = l.n + 1;
        read_line(r, l, depths[k]);
    }
    if (r.raw.empty())
        r.error(0, 0, "the proof has no numbered lines; write one step per line, as in `1  p -> q    premise`");
    return std::move(r.out);
}

}   // namespace elenchus::proofs
