// Acceptance in the program: `check` (text and JSON), `--attacks`, `explain`, `whatif` and
// `map`, run as a process. The expected labels and extensions come from a brute force over
// all subsets written here, on the attacks the test reads off the file it wrote.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;

namespace {

// Three arguments attacking in an odd cycle a -> b -> c -> a: no stable extension.
constexpr char const* odd_cycle = R"(predicate x "x"
hypothesis h: x
claim k: x
argument a from h therefore k
argument b from h therefore k
argument c from h therefore k
a attacks b
b attacks c
c attacks a
)";

using Set = std::uint32_t;
using Names = std::vector<std::string>;
using Edges = std::vector<std::pair<std::string, std::string>>;

// Dung's definitions over all subsets: grounded labels, preferred and stable extensions.
struct Brute {
    Names args;
    std::vector<Set> attackers;
    Brute(Names names, Edges const& edges) : args(std::move(names)), attackers(args.size(), 0) {
        for (auto const& [a, b] : edges) attackers[index(b)] |= Set{1} << index(a);
    }
    std::size_t index(std::string const& name) const {
        return static_cast<std::size_t>(std::find(args.begin(), args.end(), name) - args.begin());
    }
    Set beaten(Set s) const {
        Set out = 0;
        for (std::size_t b = 0; b < args.size(); ++b)
            if (attackers[b] & s) out |= Set{1} << b;
        return out;
    }
    bool complete(Set s) const {
        if (beaten(s) & s) return false;
        for (std::size_t a = 0; a < args.size(); ++a) {
            bool const defended = (attackers[a] & ~beaten(s)) == 0;
            if (defended != bool((s >> a) & 1u)) return false;
        }
        return true;
    }
    std::vector<Set> completes() const {
        std::vector<Set> out;
        for (Set s = 0; s < (Set{1} << args.size()); ++s)
            if (complete(s)) out.push_back(s);
        return out;
    }
    Set grounded() const {
        auto c = completes();
        return *std::min_element(c.begin(), c.end(),
                                 [](Set x, Set y) { return __builtin_popcount(x) < __builtin_popcount(y); });
    }
    std::vector<Set> preferred() const {
        auto c = completes();
        std::vector<Set> out;
        for (Set s : c)
            if (std::none_of(c.begin(), c.end(), [&](Set t) { return t != s && (s & t) == s; })) out.push_back(s);
        return out;
    }
    std::vector<Set> stable() const {
        std::vector<Set> out;
        Set const all = (Set{1} << args.size()) - 1;
        for (Set s = 0; s <= all; ++s)
            if (!(beaten(s) & s) && (s | beaten(s)) == all) out.push_back(s);
        return out;
    }
    std::string label(std::string const& name) const {
        Set const g = grounded();
        auto const a = index(name);
        return (g >> a) & 1u ? "in" : (beaten(g) >> a) & 1u ? "out" : "undec";
    }
    std::set<std::set<std::string>> named(std::vector<Set> const& sets) const {
        std::set<std::set<std::string>> out;
        for (Set s : sets) {
            std::set<std::string> e;
            for (std::size_t a = 0; a < args.size(); ++a)
                if ((s >> a) & 1u) e.insert(args[a]);
            out.insert(e);
        }
        return out;
    }
};

std::set<std::set<std::string>> extensions_json(nlohmann::json const& list) {
    std::set<std::set<std::string>> out;
    for (auto const& e : list) out.insert(e.get<std::set<std::string>>());
    return out;
}

constexpr char const* classroom = "examples/classroom-phones.arg";
Names const classroom_arguments{"pro", "con", "rebuttal", "objection"};
// As the file declares them: pro and con attack each other, rebuttal attacks con, objection pro.
Edges const classroom_attacks{{"pro", "con"}, {"con", "pro"}, {"rebuttal", "con"}, {"objection", "pro"}};

class AcceptanceCli : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-acceptance-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string file(std::string const& name, std::string const& text) {
        auto const path = dir_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
    fs::path dir_;
};

// Two arguments that attack each other, a third attacked by both, a fourth attacked by it,
// and a practical attack on `a` that the logic does not bear out. Conclusions p / not p.
constexpr char const* nixon = R"(predicate p "p"
predicate x "x"
predicate y "y"
predicate t "t"
hypothesis hp: p
hypothesis hnp: not p
hypothesis hx: x
hypothesis hy: y
hypothesis ht: t
claim cp: p
claim cnp: not p
claim cx: x
claim cy: y
claim ct: t
argument a from hp therefore cp
argument b from hnp therefore cnp
argument c from hx therefore cx
argument d from hy therefore cy
argument e from ht therefore ct
a attacks b
a attacks c
b attacks a
b attacks c
c attacks d
e attacks a
)";

TEST_F(AcceptanceCli, CheckTextShowsGroundedLabelsAndExtensions) {
    auto r = run(elenchus::test::elenchus(std::string("check --no-color ") + classroom));
    EXPECT_LT(r.exit_code, 2) << r.err;
    Brute const b(classroom_arguments, classroom_attacks);
    auto const at = r.out.find("\nAcceptance");
    ASSERT_NE(at, std::string::npos) << r.out;
    std::string const section = r.out.substr(at);
    for (auto const& name : classroom_arguments) {
        auto line = section.find("\n  " + name + " ");
        ASSERT_NE(line, std::string::npos) << name << "\n" << section;
        auto const text = section.substr(line + 3, section.find('\n', line + 1) - line - 3);
        std::istringstream words(text);
        std::string who, label;
        words >> who >> label;
        EXPECT_EQ(label, b.label(name)) << text;
    }
    EXPECT_NE(section.find("preferred extensions"), std::string::npos);
    EXPECT_NE(section.find("stable extensions"), std::string::npos);
}

// The extensions `check` prints in text: "  complete extensions (3): {a, b}  {c}  {}".
std::set<std::set<std::string>> extensions_text(std::string const& section, std::string const& heading) {
    auto const at = section.find("\n  " + heading);
    if (at == std::string::npos) return {{"(no line: " + heading + ")"}};
    std::string const line = section.substr(at, section.find('\n', at + 1) - at);
    std::set<std::set<std::string>> out;
    for (auto open = line.find('{'); open != std::string::npos; open = line.find('{', open + 1)) {
        std::istringstream members(line.substr(open + 1, line.find('}', open) - open - 1));
        std::set<std::string> e;
        for (std::string m; std::getline(members, m, ',');) {
            m.erase(0, m.find_first_not_of(' '));
            if (!m.empty()) e.insert(m);
        }
        out.insert(e);
    }
    return out;
}

TEST_F(AcceptanceCli, CheckTextListsTheExtensionsOfEverySemantics) {
    auto const path = file("nixon.arg", nixon);
    // logical: a <-> b only, so the grounded extension is {c, d, e} and there are three
    // complete extensions; declared: e decides everything, one of each.
    for (auto const& [mode, edges] : std::vector<std::pair<std::string, Edges>>{
             {"declared", {{"a", "b"}, {"a", "c"}, {"b", "a"}, {"b", "c"}, {"c", "d"}, {"e", "a"}}},
             {"logical", {{"a", "b"}, {"b", "a"}}}}) {
        auto const r = run(elenchus::test::elenchus("check --no-color --attacks " + mode + " '" + path + "'"));
        ASSERT_LT(r.exit_code, 2) << r.err;
        auto const at = r.out.find("\nAcceptance");
        ASSERT_NE(at, std::string::npos) << r.out;
        std::string const section = r.out.substr(at);
        Brute const b({"a", "b", "c", "d", "e"}, edges);
        EXPECT_EQ(extensions_text(section, "grounded extension: "), b.named({b.grounded()})) << section;
        auto const complete = b.named(b.completes());
        EXPECT_EQ(extensions_text(section, fmt::format("complete extensions ({}): ", complete.size())), complete)
            << section;
        auto const preferred = b.named(b.preferred());
        EXPECT_EQ(extensions_text(section, fmt::format("preferred extensions ({}): ", preferred.size())), preferred)
            << section;
        auto const stable = b.named(b.stable());
        EXPECT_EQ(extensions_text(section, fmt::format("stable extensions ({}): ", stable.size())), stable)
            << section;
        if (mode == "logical") {
            EXPECT_EQ(complete.size(), 3u);
        }
    }
    // An odd cycle has no stable extension, and says so.
    auto const odd = file("odd.arg", odd_cycle);
    auto const r = run(elenchus::test::elenchus("check --no-color '" + odd + "'"));
    Brute const b({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}, {"c", "a"}});
    ASSERT_TRUE(b.stable().empty());
    EXPECT_NE(r.out.find("\n  stable extensions: none\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n  complete extensions (1): {}\n"), std::string::npos) << r.out;
}

TEST_F(AcceptanceCli, CheckJsonMatchesBruteForceUnderEachAttackSource) {
    auto const path = file("nixon.arg", nixon);
    Names const args{"a", "b", "c", "d", "e"};
    Edges const declared{{"a", "b"}, {"a", "c"}, {"b", "a"}, {"b", "c"}, {"c", "d"}, {"e", "a"}};
    // logical: p / not p rebut each other both ways; the other declared attacks have no
    // logical ground (x, y, t are independent).
    Edges const logical{{"a", "b"}, {"b", "a"}};
    Edges all = declared;
    for (auto const& [mode, edges] :
         std::vector<std::pair<std::string, Edges>>{{"declared", declared}, {"logical", logical}, {"all", all}}) {
        auto r = run(elenchus::test::elenchus("check --format json --attacks " + mode + " '" + path + "'"));
        ASSERT_LT(r.exit_code, 2) << r.err;
        auto const doc = nlohmann::json::parse(r.out);
        auto const& acc = doc.at("acceptance");
        EXPECT_EQ(acc.at("attacks"), mode);
        std::set<std::pair<std::string, std::string>> graph, want(edges.begin(), edges.end());
        for (auto const& e : acc.at("graph")) graph.emplace(e.at("from"), e.at("to"));
        EXPECT_EQ(graph, want) << mode;
        Brute const b(args, edges);
        EXPECT_EQ(extensions_json(acc.at("semantics").at("grounded").at("extensions")), b.named({b.grounded()}));
        EXPECT_EQ(extensions_json(acc.at("semantics").at("complete").at("extensions")), b.named(b.completes()));
        EXPECT_EQ(extensions_json(acc.at("semantics").at("preferred").at("extensions")), b.named(b.preferred()));
        EXPECT_EQ(extensions_json(acc.at("semantics").at("stable").at("extensions")), b.named(b.stable()));
        for (auto const& item : acc.at("arguments")) {
            std::string const name = item.at("name");
            EXPECT_EQ(item.at("grounded"), b.label(name)) << mode << " " << name;
            auto const pref = b.named(b.preferred());
            bool const cred = std::any_of(pref.begin(), pref.end(), [&](auto const& e) { return e.count(name) > 0; });
            bool const scep = std::all_of(pref.begin(), pref.end(), [&](auto const& e) { return e.count(name) > 0; });
            EXPECT_EQ(item.at("credulous").at("preferred"), cred) << mode << " " << name;
            EXPECT_EQ(item.at("sceptical").at("preferred"), scep) << mode << " " << name;
        }
        // Each labelling is its extension's: members in, what they attack out.
        auto const& pref = acc.at("semantics").at("preferred");
        for (std::size_t k = 0; k < pref.at("extensions").size(); ++k) {
            auto const members = pref.at("extensions")[k].get<std::set<std::string>>();
            for (auto const& name : args) {
                bool const out = std::any_of(edges.begin(), edges.end(), [&](auto const& e) {
                    return e.second == name && members.count(e.first) > 0;
                });
                std::string const want_label = members.count(name) ? "in" : out ? "out" : "undec";
                EXPECT_EQ(pref.at("labellings")[k].at(name), want_label) << mode << " " << name;
            }
        }
    }
}

TEST_F(AcceptanceCli, FileWithoutArgumentsHasNoAcceptance) {
    auto const path = file("plain.arg", "predicate p \"p\"\npremise s: p\nclaim c: p\n");
    auto r = run(elenchus::test::elenchus("check --format json '" + path + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(nlohmann::json::parse(r.out).contains("acceptance"));
    r = run(elenchus::test::elenchus("check --no-color '" + path + "'"));
    EXPECT_EQ(r.out.find("Acceptance"), std::string::npos);
}

TEST_F(AcceptanceCli, InvalidAttacksValueIsAUsageError) {
    for (std::string const sub : {"check", "explain", "whatif", "map"}) {
        auto r =
            run(elenchus::test::elenchus(sub + " --attacks bogus " + classroom + (sub == "explain" ? " pro" : "")));
        EXPECT_EQ(r.exit_code, 2) << sub;
        EXPECT_EQ(r.out, "") << sub;
        for (char const* allowed : {"declared", "logical", "all"})
            EXPECT_NE(r.err.find(allowed), std::string::npos) << sub << ": " << r.err;
    }
}

TEST_F(AcceptanceCli, ExplainSaysWhyOutOrUndecided) {
    // pro is out in the classroom debate: the brute force says which attacker is in.
    Brute const b(classroom_arguments, classroom_attacks);
    ASSERT_EQ(b.label("pro"), "out");
    ASSERT_EQ(b.label("objection"), "in");
    auto r = run(elenchus::test::elenchus(std::string("explain --no-color ") + classroom + " pro"));
    EXPECT_NE(r.out.find("grounded: out: attacked by objection, which is in"), std::string::npos) << r.out;

    // In the Nixon file, a and b attack each other and e attacks a: e in, a out, b in.
    // Under logical attacks only a <-> b remain: both undecided, on the cycle a -> b -> a.
    auto const path = file("nixon.arg", nixon);
    Brute const logical({"a", "b", "c", "d", "e"}, {{"a", "b"}, {"b", "a"}});
    ASSERT_EQ(logical.label("b"), "undec");
    r = run(elenchus::test::elenchus("explain --no-color --attacks logical '" + path + "' b"));
    EXPECT_NE(r.out.find("undecided"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("b → a → b"), std::string::npos) << r.out;
    r = run(elenchus::test::elenchus("explain --format json --attacks logical '" + path + "' b"));
    auto const doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc.at("acceptance").at("grounded"), "undec");
    EXPECT_EQ(doc.at("acceptance").at("cycle"), (Names{"b", "a"}));
}

// A claim stands as the arguments that conclude it: grounded in when one of them is in, out
// when all are out; credulously (sceptically) accepted when some (every) extension holds one
// of them. Checked against the brute force, including a floating conclusion (k: a and b
// attack each other and both conclude it, so every preferred extension holds one).
TEST_F(AcceptanceCli, ExplainClaimFollowsTheArgumentsThatConcludeIt) {
    auto const path = file("float.arg", R"(predicate x "x"
predicate y "y"
hypothesis h: x
hypothesis hy: y
claim k: x
claim m: y
argument a from h therefore k
argument b from h therefore k
argument c from hy therefore m
a attacks b
b attacks a
a attacks c
)");
    Brute const b({"a", "b", "c"}, {{"a", "b"}, {"b", "a"}, {"a", "c"}});
    std::map<std::string, Names> const concluding{{"k", {"a", "b"}}, {"m", {"c"}}};
    auto const checked = run(elenchus::test::elenchus("check --format json '" + path + "'"));
    ASSERT_LT(checked.exit_code, 2) << checked.err;
    auto const conclusions = nlohmann::json::parse(checked.out).at("acceptance").at("conclusions");
    for (auto const& [claim, by] : concluding) {
        auto const r = run(elenchus::test::elenchus("explain --format json '" + path + "' " + claim));
        ASSERT_LT(r.exit_code, 2) << r.err;
        auto const acc = nlohmann::json::parse(r.out).at("acceptance");
        // check's entry for the claim, word for word, plus the attack graph and the reasons.
        auto same = acc;
        same.erase("attacks");
        same.erase("arguments");
        auto const entry = std::find_if(conclusions.begin(), conclusions.end(),
                                        [&](auto const& c) { return c.at("name") == claim; });
        ASSERT_NE(entry, conclusions.end()) << claim;
        EXPECT_EQ(same, *entry) << claim;
        EXPECT_EQ(acc.at("name"), claim);
        EXPECT_EQ(acc.at("concluded_by").get<Names>(), by);
        auto const labels = [&] {
            std::set<std::string> out;
            for (auto const& a : by) out.insert(b.label(a));
            return out;
        }();
        std::string const grounded = labels.contains("in") ? "in" : labels == std::set<std::string>{"out"} ? "out" : "undec";
        EXPECT_EQ(acc.at("grounded"), grounded) << claim;
        for (auto const& [semantics, extensions] :
             std::vector<std::pair<std::string, std::vector<Set>>>{{"preferred", b.preferred()}, {"stable", b.stable()}}) {
            auto const holds = [&](Set e) {
                return std::any_of(by.begin(), by.end(), [&](auto const& a) { return (e >> b.index(a)) & 1u; });
            };
            EXPECT_EQ(acc.at("credulous").at(semantics), std::any_of(extensions.begin(), extensions.end(), holds))
                << claim << " " << semantics;
            EXPECT_EQ(acc.at("sceptical").at(semantics), std::all_of(extensions.begin(), extensions.end(), holds))
                << claim << " " << semantics;
        }
        EXPECT_EQ(acc.at("arguments").size(), by.size());
        for (auto const& item : acc.at("arguments")) EXPECT_EQ(item.at("grounded"), b.label(item.at("name"))) << claim;
    }
    // The brute force agrees that k floats: sceptical under preferred with neither a nor b
    // in every preferred extension. The text says so and why each argument is undecided.
    ASSERT_EQ(b.named(b.preferred()), (std::set<std::set<std::string>>{{"a"}, {"b", "c"}}));
    auto const r = run(elenchus::test::elenchus("explain --no-color '" + path + "' k"));
    EXPECT_NE(r.out.find("grounded: undecided: no argument concluding k is in"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("a is undecided: it sits on the attack cycle a → b → a"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("preferred: every extension holds an argument for it (sceptically accepted), though no one "
                         "argument for it is in all of them (a floating conclusion)"),
              std::string::npos)
        << r.out;
    auto const m = run(elenchus::test::elenchus("explain --no-color '" + path + "' m"));
    EXPECT_NE(m.out.find("stable: some extensions hold an argument for it, not all (credulously accepted)"),
              std::string::npos)
        << m.out;
}

TEST_F(AcceptanceCli, WhatifShowsChangesOfAcceptance) {
    // Without office_line, rebuttal is not put forward: con is attacked by pro alone, and pro
    // is out (objection), so con is in.
    Brute const before(classroom_arguments, classroom_attacks);
    Brute const after({"pro", "con", "objection"}, {{"pro", "con"}, {"con", "pro"}, {"objection", "pro"}});
    auto r = run(elenchus::test::elenchus(std::string("whatif --format json ") + classroom + " --without office_line"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto const doc = nlohmann::json::parse(r.out);
    for (auto const& item : doc.at("acceptance").at("arguments")) {
        std::string const name = item.at("name");
        EXPECT_EQ(item.at("baseline").at("grounded"), before.label(name)) << name;
        EXPECT_EQ(item.at("scenario").at("grounded"), name == "rebuttal" ? "absent" : after.label(name)) << name;
    }
    r = run(elenchus::test::elenchus(std::string("whatif --no-color ") + classroom + " --without office_line"));
    auto const line = r.out.find("\n  con ");
    ASSERT_NE(line, std::string::npos) << r.out;
    EXPECT_NE(r.out.substr(line, r.out.find('\n', line + 1) - line).find("grounded out → in"), std::string::npos)
        << r.out;
}

TEST_F(AcceptanceCli, MapColoursArgumentsAndOffersEachSemantics) {
    Brute const b(classroom_arguments, classroom_attacks);
    auto r = run(elenchus::test::elenchus(std::string("map --format dot ") + classroom));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, std::string> const fill{{"in", "#c8e6c9"}, {"out", "#ffcdd2"}, {"undec", "#fff3c4"}};
    for (auto const& name : classroom_arguments) {
        auto const at = r.out.find("  \"" + name + "\" [");
        ASSERT_NE(at, std::string::npos) << name;
        auto const line = r.out.substr(at, r.out.find('\n', at) - at);
        EXPECT_NE(line.find("grounded-" + b.label(name)), std::string::npos) << line;
        EXPECT_NE(line.find("fillcolor=\"" + fill.at(b.label(name)) + "\""), std::string::npos) << line;
    }
    for (char const* format : {"svg", "html"}) {
        r = run(elenchus::test::elenchus(std::string("map --format ") + format + " " + classroom));
        ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
        EXPECT_NE(r.out.find("</svg>"), std::string::npos) << format;
    }
    // One option per labelling: grounded, then every complete, preferred and stable extension.
    std::size_t const views = 1 + b.completes().size() + b.preferred().size() + b.stable().size();
    std::size_t options = 0;
    for (auto at = r.out.find("<option"); at != std::string::npos; at = r.out.find("<option", at + 1)) ++options;
    EXPECT_NE(r.out.find("<select id=\"semantics\">"), std::string::npos);
    EXPECT_EQ(options, views);
    ASSERT_FALSE(b.stable().empty());
    EXPECT_EQ(r.out.find("no stable extension"), std::string::npos);
}

TEST_F(AcceptanceCli, MapPageSaysWhenASemanticsHasNoExtension) {
    // An odd cycle a -> b -> c -> a: the brute force finds no stable extension, one complete
    // (empty) and one preferred (empty).
    Brute const b({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}, {"c", "a"}});
    ASSERT_TRUE(b.stable().empty());
    auto const odd = file("odd.arg", odd_cycle);
    auto const r = run(elenchus::test::elenchus("map --format html '" + odd + "'"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto const select_end = r.out.find("</select>");
    ASSERT_NE(select_end, std::string::npos);
    // Visible on the page (outside the drop-down), before the map.
    auto const said = r.out.find("<strong class=\"no-extension\">no stable extension</strong>");
    EXPECT_NE(said, std::string::npos);
    EXPECT_GT(said, select_end);
    EXPECT_LT(said, r.out.find("<section id=\"map\""));
    EXPECT_EQ(r.out.find("no preferred extension"), std::string::npos);   // there is one: {}
    EXPECT_EQ(r.out.find("no complete extension"), std::string::npos);
    std::size_t options = 0;
    for (auto at = r.out.find("<option"); at != std::string::npos; at = r.out.find("<option", at + 1)) ++options;
    EXPECT_EQ(options, 1 + b.completes().size() + b.preferred().size());
}

}   // namespace
