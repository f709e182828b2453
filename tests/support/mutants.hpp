// The parser's mutation corpus, shared by the mutation test (tests/grammar/mutation_test.cpp)
// and the language server's (tests/cli/lsp/lsp_robustness_test.cpp): a text with every
// construct, every .arg file of the project, and deterministic mutations of them.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace elenchus::test {

namespace fs = std::filesystem;

inline char const* const every_construct = R"(// every construct of docs/language.md
/* a block
   comment */
source abdulla "Leman Abdulla, “New geopolitical balance” — Türkiye\n\"q\" \\"
source plain
sort Country = { Azerbaijan, Turkiye "Türkiye", Russia }
sort Bloc = { NATO, CSTO }
sort Person
entity socrates, plato: Person
predicate member(Country, Bloc) "is a member of"
predicate official_policy
predicate nothing()
function spending(Country): Real "defence spending"
constant pfp_since, year: Int "years"
define aligned(c: Country) := member(c, NATO) or member(c, CSTO)
define flag := true
axiom a1: forall c: Country. member(c, NATO) -> aligned(c)
premise p1: exists p, q: Person, n: Int. p != q and n >= 2 & !(n < 1) | n <= 3 xor n > 4
  means "reading" cites abdulla "quotation" cites plain
assume u1: if official_policy then not false
hypothesis h1: spending(Azerbaijan) * 2 / 1.5 + -pfp_since - 3 = 2.5
claim c1: (a <-> b) iff (a implies b) and (b -> a)
argument g1 "title" from p1, u1 therefore c1 attacks g2 supports c1
argument g2 from a1 therefore c1
g1 attacks g2
g2 supports g1
scenario s1 "what if" {
  without p1, u1
  with h1
  premise extra: official_policy() means "m"
  claim inner: member(Azerbaijan, NATO)
}
)";

inline std::vector<std::string> corpus() {
    std::vector<std::string> texts{every_construct};
    std::vector<fs::path> paths;
    fs::path root = ELENCHUS_SOURCE_DIR;
    for (char const* dir : {"examples", "tests"}) {
        std::error_code ec;
        if (!fs::is_directory(root / dir, ec)) continue;
        for (auto it = fs::recursive_directory_iterator(root / dir, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".arg") paths.push_back(it->path());
    }
    std::sort(paths.begin(), paths.end());   // deterministic order, so deterministic mutants
    for (auto const& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        texts.push_back(buffer.str());
    }
    return texts;
}

// Fragments a mutation inserts: tokens, lexing traps, unbalanced delimiters, broken UTF-8.
inline std::vector<std::string> const fragments = {
    "forall",    "exists",      "not",        "and",       "or",
    "xor",       "->",          "<->",        "<-",        "<=",
    "!=",        "!",           "=",          "(",         ")",
    "((((",      "))))",        "{",          "}",         ",",
    ":",         ":=",          ".",          "\"",        "\\",
    "\\q",       "\"\\",        "//",         "/*",        "*/",
    "if",        "then",        "premise p:", "claim",     "scenario s {",
    "without",   "with",        "attacks",    "supports",  "argument a from",
    "therefore", "sort",        "= {",        "1.5",       "2.",
    "-",         "\n",          " ",          "\t",        "é",
    "\xC3",      "\xFF",        "\xE2\x82",   "\0",        "Int",
    "Bool",      "means",       "cites",      "f(x, y)",   "x: S.",
    "source",    "define d :=", "entity",     "predicate", "function",
    "constant"};

inline std::vector<std::pair<std::size_t, std::size_t>> tokens(std::string const& text) {
    std::vector<std::pair<std::size_t, std::size_t>> result;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        std::size_t b = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > b) result.emplace_back(b, i - b);
    }
    return result;
}

inline std::string mutate(std::string text, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    int edits = 1 + static_cast<int>(pick(4));
    for (int e = 0; e < edits; ++e) {
        std::size_t at = text.empty() ? 0 : pick(text.size() + 1);
        switch (pick(7)) {
        case 0:   // byte edit, mostly printable so the grammar (not the UTF-8 check) is exercised
            if (!text.empty() && at < text.size())
                text[at] = pick(8) == 0 ? static_cast<char>(pick(256)) : static_cast<char>(32 + pick(95));
            break;
        case 1:   // deletion of a short range
            if (!text.empty() && at < text.size())
                text.erase(at, 1 + pick(std::min<std::size_t>(40, text.size() - at)));
            break;
        case 2:   // insertion of a fragment
            text.insert(at, fragments[pick(fragments.size())]);
            break;
        case 3: {   // swap two tokens
            auto ts = tokens(text);
            if (ts.size() < 2) break;
            auto a = ts[pick(ts.size())], b = ts[pick(ts.size())];
            if (a.first > b.first) std::swap(a, b);
            if (a.first + a.second > b.first) break;
            std::string ta = text.substr(a.first, a.second), tb = text.substr(b.first, b.second);
            text.replace(b.first, b.second, ta);
            text.replace(a.first, a.second, tb);
            break;
        }
        case 4: {   // duplicate a token elsewhere
            auto ts = tokens(text);
            if (ts.empty()) break;
            auto t = ts[pick(ts.size())];
            text.insert(at, " " + text.substr(t.first, t.second) + " ");
            break;
        }
        case 5:   // truncation
            text.resize(at);
            break;
        default:   // delete one token
            if (auto ts = tokens(text); !ts.empty()) {
                auto t = ts[pick(ts.size())];
                text.erase(t.first, t.second);
            }
        }
    }
    return text;
}

}   // namespace elenchus::test
