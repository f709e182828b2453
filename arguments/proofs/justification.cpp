#include "arguments/proofs/justification.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "arguments/proofs/rule_names.hpp"

namespace elenchus::proofs {
namespace {

bool space(char c) { return c == ' ' || c == '\t'; }

void skip_spaces(std::string_view t, std::size_t& i) {
    while (i < t.size() && space(t[i])) ++i;
}

// A line number; one past any proof's length stands for a number too large to be a line
// (the citation is then refused as not an earlier line, not misread).
constexpr long long too_large = 1'000'001;

std::optional<int> number(std::string_view t, std::size_t& i) {
    std::size_t j = i;
    long long n = 0;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j])))
        n = std::min(too_large, n * 10 + (t[j++] - '0'));
    if (j == i) return std::nullopt;
    i = j;
    return static_cast<int>(n);
}

// `-`, `–`, `—` or `..` between the first and last line of a subproof.
bool dash(std::string_view t, std::size_t& i) {
    for (std::string_view d : {"–", "—", "..", "-"})
        if (t.substr(i, d.size()) == d) {
            i += d.size();
            return true;
        }
    return false;
}

bool citations(std::string_view t, std::size_t& i, std::vector<Citation>& out) {
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) {
        Citation c;
        c.column = i;
        auto a = number(t, i);
        if (!a) return false;
        c.first = c.last = *a;
        std::size_t k = i;
        skip_spaces(t, k);
        if (dash(t, k)) {
            skip_spaces(t, k);
            auto b = number(t, k);
            if (!b) return false;
            c.last = *b;
            c.range = true;
            i = k;
        }
        out.push_back(c);
        skip_spaces(t, i);
        if (i < t.size() && t[i] == ',') {
            std::size_t k2 = i + 1;
            skip_spaces(t, k2);
            if (k2 < t.size() && std::isdigit(static_cast<unsigned char>(t[k2]))) i = k2;
            else return true;   // `, c := Azerbaijan`: a note (explain's substitution), not read
        }
    }
    return true;
}

}   // namespace

std::optional<Justification> parse_justification(std::string_view t) {
    auto m = match_rule(t);
    if (!m) return std::nullopt;
    Justification j;
    j.rule = m->rule;
    j.rule_text = std::string(t.substr(0, m->length));
    std::size_t i = m->length;
    skip_spaces(t, i);
    if (states_statement(j.rule)) {
        std::size_t k = i;
        if (k < t.size() && (std::isalpha(static_cast<unsigned char>(t[k])) || t[k] == '_')) {
            while (k < t.size() && (std::isalnum(static_cast<unsigned char>(t[k])) || t[k] == '_')) ++k;
            j.statement = std::string(t.substr(i, k - i));
            i = k;
            skip_spaces(t, i);
        }
    }
    if (i < t.size() && t[i] == '(') {   // `(not stated in the source)`
        auto close = t.find(')', i);
        if (close == std::string_view::npos) return std::nullopt;
        i = close + 1;
        skip_spaces(t, i);
    }
    if (!citations(t, i, j.cites)) return std::nullopt;
    if (i < t.size() && t[i] != ',') return std::nullopt;
    return j;
}

std::optional<std::vector<int>> uses_of(Justification const& j, std::string& why) {
    Step probe;
    probe.rule = j.rule;
    probe.uses.assign(3, 0);   // existential elimination from a witness: the existential, then the subproof
    std::optional<std::size_t> plain = first_subproof_use(probe);
    if (j.rule == Rule::existential_elimination && j.cites.size() != 2) plain.reset();
    std::vector<int> uses;
    if (!plain) {
        for (auto const& c : j.cites) {
            if (c.range && c.first != c.last) {
                why = fmt::format("'{}' cites lines, not a subproof: write {}, {} for two lines", j.rule_text, c.first,
                                  c.last);
                return std::nullopt;
            }
            uses.push_back(c.first);
        }
        return uses;
    }
    // The first `plain` single lines are the rule's lines (the disjunction, the existential),
    // wherever they are written; every other citation is a subproof (a single line `a` is `a–a`).
    std::vector<int> subproofs;
    std::size_t taken = 0;
    for (auto const& c : j.cites) {
        if (!c.range && taken < *plain) {
            uses.push_back(c.first);
            ++taken;
        } else {
            subproofs.push_back(c.first);
            subproofs.push_back(c.last);
        }
    }
    uses.insert(uses.end(), subproofs.begin(), subproofs.end());
    return uses;
}

}   // namespace elenchus::proofs
