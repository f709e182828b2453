#include "cli/truth_table_format.hpp"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/text_pieces.hpp"

namespace elenchus::cli {

using truthtable::Role;
using truthtable::Table;
using truthtable::Verdict;

namespace {

char const* letter(bool v) { return v ? "T" : "F"; }

std::size_t marked_count(Table const& t) {
    return static_cast<std::size_t>(
        std::count_if(t.rows.begin(), t.rows.end(), [](auto const& r) { return r.marked; }));
}

std::string headline(Table const& t) {
    return fmt::format("{} {}: {} (truth table: {} atom{}, {} row{})", t.argument ? "argument" : "claim", t.name,
                       truthtable::to_string(t.verdict), t.atoms.size(), t.atoms.size() == 1 ? "" : "s", t.rows.size(),
                       t.rows.size() == 1 ? "" : "s");
}

// What the marks say, and the verdict they give.
std::string conclusion(Table const& t) {
    std::size_t const n = marked_count(t);
    std::string const rows = n == 1 ? "the row" : fmt::format("the {} rows", n);
    switch (t.verdict) {
    case Verdict::valid: return "no row makes every premise true and the conclusion false: the argument is valid";
    case Verdict::invalid:
        return fmt::format("* marks {} where every premise is true and the conclusion false: the argument is invalid",
                           rows);
    case Verdict::follows: return "the claim is true in every row where the asserted statements are: it follows";
    case Verdict::refuted:
        return fmt::format("* marks {} where the asserted statements are true: the claim is false in each, so it is "
                           "refuted",
                           rows);
    case Verdict::open:
        return fmt::format("* marks {} where the asserted statements are true and the claim false; in another row "
                           "they are true with it: the claim is open",
                           rows);
    case Verdict::vacuous:
        return "no row makes the asserted statements true together: they are inconsistent, and every claim follows "
               "vacuously";
    }
    return {};
}

// Which column is which, when the header alone does not say.
std::string legend(Table const& t) {
    std::vector<std::string> premises, axioms, asserted;
    for (auto const& c : t.columns) {
        if (c.role == Role::premise) premises.push_back(c.statement);
        if (c.role == Role::axiom) axioms.push_back(c.statement);
        if (c.role == Role::asserted) asserted.push_back(c.statement);
    }
    std::string out;
    if (t.argument) {
        out += fmt::format("premises: {}", premises.empty() ? "none" : fmt::format("{}", fmt::join(premises, ", ")));
        if (!axioms.empty()) out += fmt::format("; axioms it also rests on: {}", fmt::join(axioms, ", "));
        out += "; conclusion: " + t.columns.back().statement;
    } else if (asserted.empty()) {
        out = "no asserted statement shares an atom with the claim";
    } else {
        out = fmt::format("asserted statements that share its atoms: {}; claim: {}", fmt::join(asserted, ", "),
                          t.columns.back().statement);
    }
    return out;
}

std::string padded(std::string const& s, std::size_t w) { return s + std::string(w - std::min(w, display_width(s)), ' '); }

std::string escaped_cell(std::string const& s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

}   // namespace

std::string truth_table_text(Table const& t) {
    std::vector<std::size_t> aw, cw;
    for (auto const& a : t.atoms) aw.push_back(std::max<std::size_t>(1, display_width(a)));
    for (auto const& c : t.columns) cw.push_back(std::max({std::size_t{1}, display_width(c.statement), display_width(c.formula)}));
    std::size_t const last = t.columns.size() - 1;
    // One line of the table: the mark, the atoms, the statements, the conclusion apart.
    auto line = [&](std::string const& mark, auto atom, auto column) {
        std::string s = "  " + padded(mark, 2);
        for (std::size_t i = 0; i < t.atoms.size(); ++i) s += padded(atom(i), aw[i]) + "  ";
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            if (k == 0 || k == last) s += "| ";
            s += padded(column(k), cw[k]) + (k == last ? "" : "  ");
        }
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s + "\n";
    };
    std::string out = headline(t) + "\n  " + legend(t) + "\n\n";
    out += line(
        "", [&](std::size_t i) { return t.atoms[i]; }, [&](std::size_t k) { return t.columns[k].statement; });
    out += line(
        "", [](std::size_t) { return std::string(); }, [&](std::size_t k) { return t.columns[k].formula; });
    for (auto const& r : t.rows)
        out += line(
            r.marked ? "*" : "", [&](std::size_t i) { return std::string(letter(r.atoms[i])); },
            [&](std::size_t k) { return std::string(letter(r.values[k])); });
    return out + "\n  " + conclusion(t) + "\n";
}

std::string truth_table_markdown(Table const& t) {
    std::string out = fmt::format("**{}**\n\n{}\n\n|   |", headline(t), legend(t));
    for (auto const& a : t.atoms) out += " " + escaped_cell(a) + " |";
    for (auto const& c : t.columns)
        out += fmt::format(" {}: `{}` |", escaped_cell(c.statement), escaped_cell(c.formula));
    out += "\n|---|";
    for (std::size_t i = 0; i < t.atoms.size() + t.columns.size(); ++i) out += "---|";
    out += "\n";
    for (auto const& r : t.rows) {
        out += r.marked ? "| * |" : "|   |";
        for (bool v : r.atoms) out += fmt::format(" {} |", letter(v));
        for (bool v : r.values) out += fmt::format(" {} |", letter(v));
        out += "\n";
    }
    return out + "\n" + conclusion(t) + "\n";
}

nlohmann::json truth_table_json(std::string const& file, Table const& t) {
    auto columns = nlohmann::json::array();
    for (auto const& c : t.columns)
        columns.push_back({{"name", c.statement}, {"formula", c.formula}, {"role", truthtable::to_string(c.role)}});
    auto rows = nlohmann::json::array();
    std::vector<std::size_t> marked;
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        rows.push_back({{"atoms", t.rows[k].atoms}, {"values", t.rows[k].values}, {"marked", t.rows[k].marked}});
        if (t.rows[k].marked) marked.push_back(k + 1);
    }
    return {{"file", file},
            {"name", t.name},
            {"kind", t.argument ? "argument" : "claim"},
            {"verdict", truthtable::to_string(t.verdict)},
            {"atoms", t.atoms},
            {"columns", std::move(columns)},
            {"rows", std::move(rows)},
            {"marked_rows", marked}};
}

int print_truth_table(SourceFile const& source, logic::Theory const& theory, std::string const& name,
                      ExplainFormat format, std::function<std::vector<std::string>()> const& problems) {
    std::string const& file = source.path();
    auto result = truthtable::truth_table(theory, name);
    if (!result.table) {
        SourceFile::Position at{0, 0};
        if (result.where) at = source.position(result.where->begin);
        if (format == ExplainFormat::json) {
            nlohmann::json doc{{"file", file},
                               {"diagnostics",
                                {{{"severity", "error"},
                                  {"line", at.line},
                                  {"column", at.column},
                                  {"message", result.error},
                                  {"hint", result.hint}}}}};
            std::cout << doc.dump(2) << '\n';
        } else {
            if (at.line > 0) std::cerr << fmt::format("{}:{}:{}: ", file, at.line, at.column);
            std::cerr << "error: " << result.error << "\n  hint: " << result.hint << '\n';
        }
        return 2;
    }
    auto const& t = *result.table;
    auto const found = problems();
    switch (format) {
    case ExplainFormat::json: {
        auto doc = truth_table_json(file, t);
        if (!found.empty()) doc["problems"] = found;
        std::cout << doc.dump(2) << '\n';
        break;
    }
    case ExplainFormat::markdown:
        std::cout << truth_table_markdown(t);
        for (auto const& p : found) std::cout << "\n**Problem:** " << p << '\n';
        break;
    case ExplainFormat::text:
        std::cout << truth_table_text(t);
        for (auto const& p : found) std::cout << "  problem: " << p << '\n';
        break;
    }
    if (!found.empty()) return 1;
    switch (t.verdict) {
    case Verdict::valid:
    case Verdict::follows:
    case Verdict::open: return 0;
    default: return 1;
    }
}

}   // namespace elenchus::cli
