// `elenchus export --format argdown` and `--format aif` on the bundled examples. The answers:
// the original file (a round trip through Argdown keeps every argument, its premises and
// conclusion, every relation, every statement's kind and meaning, and for propositional files
// every argument's verdict), Argdown's own parser (the map must parse with `argdown json`),
// and the rules of an AIF graph (every edge between existing nodes; RA and CA nodes between
// I-nodes), counted against the original file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/loaded.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
namespace elenchus::test {
namespace {

fs::path const source_dir = ELENCHUS_SOURCE_DIR;

fs::path temp_dir() {
    auto d = fs::temp_directory_path() / ("elenchus-argdown-export-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

std::vector<fs::path> examples() {
    std::vector<fs::path> out;
    for (auto const& e : fs::directory_iterator(source_dir / "examples"))
        if (e.path().extension() == ".arg") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string argdown_cli() {
    if (char const* a = std::getenv("ARGDOWN"); a && fs::exists(a)) return a;
    char const* home = std::getenv("HOME");
    fs::path p = std::getenv("ARGDOWN_DIR") ? fs::path(std::getenv("ARGDOWN_DIR"))
                                            : fs::path(home ? home : "/") / ".cache/elenchus-argdown";
    p /= "node_modules/.bin/argdown";
    return fs::exists(p) ? p.string() : std::string();
}

fs::path export_to(fs::path const& file, char const* format, fs::path const& out) {
    auto r = run(elenchus("export '" + file.string() + "' --format " + format + " -o '" + out.string() + "'"));
    EXPECT_EQ(r.exit_code, 0) << file << "\n" << r.err;
    return out;
}

using Arguments = std::set<std::tuple<std::string, std::set<std::string>, std::string>>;
using Relations = std::set<std::tuple<std::string, int, std::string>>;

Arguments arguments(logic::Theory const& t) {
    Arguments out;
    for (auto const& a : t.arguments) {
        std::set<std::string> premises;
        for (int p : a.premises) premises.insert(t.statements[static_cast<std::size_t>(p)].name);
        out.insert({a.name, premises, t.statements[static_cast<std::size_t>(a.conclusion)].name});
    }
    return out;
}

Relations relations(logic::Theory const& t) {
    Relations out;
    for (auto const& r : t.relations) out.insert({r.from, static_cast<int>(r.kind), r.to});
    return out;
}

TEST(ArgdownExport, RoundTripKeepsArgumentsRelationsAndStatements) {
    auto dir = temp_dir();
    for (auto const& f : examples()) {
        auto ad = export_to(f, "argdown", dir / (f.stem().string() + ".argdown"));
        auto back = dir / (f.stem().string() + ".arg");
        auto r = run(elenchus("import '" + ad.string() + "' -o '" + back.string() + "'"));
        ASSERT_EQ(r.exit_code, 0) << f << "\n" << r.err;
        auto original = load_file(f), again = load_file(back);
        ASSERT_TRUE(original.theory && again.theory) << f;
        EXPECT_EQ(arguments(*again.theory), arguments(*original.theory)) << f;
        EXPECT_EQ(relations(*again.theory), relations(*original.theory)) << f;
        std::map<std::string, std::pair<int, std::string>> before, after;
        for (auto const& s : original.theory->statements)
            if (s.scenario.empty()) before[s.name] = {static_cast<int>(s.kind), s.means};
        for (auto const& s : again.theory->statements)
            after[s.name] = {static_cast<int>(s.kind), s.means.empty() ? std::string() : s.means};
        for (auto const& [name, v] : before) {
            ASSERT_TRUE(after.count(name)) << f << ": " << name;
            EXPECT_EQ(after[name].first, v.first) << f << ": kind of " << name;
            if (!v.second.empty()) {
                EXPECT_EQ(after[name].second, v.second) << f << ": means of " << name;
            }
        }
    }
}

// propositional-forms.arg is propositional: its formulas travel as `formalization`, so the
// verdicts on its arguments survive the round trip.
TEST(ArgdownExport, PropositionalVerdictsSurviveTheRoundTrip) {
    auto dir = temp_dir();
    auto f = source_dir / "examples/propositional-forms.arg";
    auto ad = export_to(f, "argdown", dir / "pf.argdown");
    auto back = dir / "pf.arg";
    ASSERT_EQ(run(elenchus("import '" + ad.string() + "' -o '" + back.string() + "'")).exit_code, 0);
    auto verdicts = [](fs::path const& p) {
        std::map<std::string, nlohmann::json> out;
        auto r = run(elenchus("check --format json '" + p.string() + "'"));
        auto j = nlohmann::json::parse(r.out);   // kept: a loop over a temporary's member would dangle
        for (auto const& a : j["arguments"]) out[a["name"]] = a["valid"];
        return out;
    };
    auto before = verdicts(f);
    EXPECT_FALSE(before.empty());
    EXPECT_EQ(verdicts(back), before);
}

TEST(ArgdownExport, ArgdownParsesTheExport) {
    std::string argdown = argdown_cli();
    if (argdown.empty()) GTEST_SKIP() << "argdown not installed (scripts/install-test-argdown.sh)";
    auto dir = temp_dir();
    for (auto const& f : examples()) {
        auto ad = export_to(f, "argdown", dir / (f.stem().string() + ".argdown"));
        auto r = run("'" + argdown + "' json '" + ad.string() + "' '" + dir.string() + "' 2>&1");
        ASSERT_EQ(r.exit_code, 0) << f << "\n" << r.out;
        EXPECT_EQ(r.out.find("rror"), std::string::npos) << f << "\n" << r.out;
        auto j = nlohmann::json::parse(read_text(dir / (f.stem().string() + ".json")));
        auto loaded = load_file(f);
        ASSERT_TRUE(loaded.theory);
        std::size_t baseline = 0;
        for (auto const& s : loaded.theory->statements) baseline += s.scenario.empty();
        EXPECT_EQ(j["statements"].size(), baseline) << f;
        std::size_t reconstructed = 0;
        for (auto const& [title, a] : j["arguments"].items()) reconstructed += a.contains("pcs") && !a["pcs"].empty();
        EXPECT_EQ(reconstructed, loaded.theory->arguments.size()) << f;
        EXPECT_EQ(j["arguments"].size(), loaded.theory->arguments.size()) << f;
    }
}

// Text with every character Argdown gives a meaning to: Argdown reads back exactly the
// `means` and the title (the escapes are Argdown's business, not the text's).
TEST(ArgdownExport, ArgdownReadsTheTextAsWritten) {
    std::string argdown = argdown_cli();
    if (argdown.empty()) GTEST_SKIP() << "argdown not installed (scripts/install-test-argdown.sh)";
    auto dir = temp_dir();
    std::string means = "Text with // slashes, /* stars */, [brackets] <angles> #hash @at *star* _under_ {braces}, "
                        "\\\\ a backslash, (1) -> +> <- \\\"quoted\\\" https://x.org/a and \u00dcml\u00e4ut";
    std::string title = "A title with [brackets], <angles> and // slashes";
    std::ofstream(dir / "text.arg") << "predicate p\npremise a: p\n  means \"" << means << "\"\nclaim b: p\n"
                                    << "argument x \"" << title << "\" from a therefore b\n";
    auto loaded = load_file(dir / "text.arg");
    ASSERT_TRUE(loaded.theory);
    auto ad = export_to(dir / "text.arg", "argdown", dir / "text.argdown");
    auto r = run("'" + argdown + "' json '" + ad.string() + "' '" + dir.string() + "' 2>&1");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    auto j = nlohmann::json::parse(read_text(dir / "text.json"));
    auto strip = [](std::string s) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s;
    };
    EXPECT_EQ(strip(j["statements"]["a"]["members"][0]["text"]), loaded.theory->statements[0].means);
    EXPECT_EQ(strip(j["arguments"]["x"]["members"][0]["text"]), loaded.theory->arguments[0].title);
}

TEST(AifExport, GraphIsWellFormedAndComplete) {
    auto dir = temp_dir();
    for (auto const& f : examples()) {
        auto j = nlohmann::json::parse(read_text(export_to(f, "aif", dir / (f.stem().string() + ".json"))));
        auto loaded = load_file(f);
        ASSERT_TRUE(loaded.theory);
        std::map<std::string, std::string> type;
        std::map<std::string, int> count;
        for (auto const& n : j["nodes"]) {
            std::string id = n["nodeID"], t = n["type"];
            EXPECT_TRUE(type.emplace(id, t).second) << f << ": duplicate node " << id;
            EXPECT_TRUE(t == "I" || t == "RA" || t == "CA") << t;
            EXPECT_FALSE(n["text"].get<std::string>().empty());
            ++count[t];
        }
        std::map<std::string, int> in, out;
        std::set<std::string> edge_ids;
        for (auto const& e : j["edges"]) {
            std::string from = e["fromID"], to = e["toID"];
            EXPECT_TRUE(edge_ids.insert(e["edgeID"].get<std::string>()).second);
            ASSERT_TRUE(type.count(from) && type.count(to)) << f << ": edge " << from << " -> " << to;
            // Information is linked only through scheme nodes, and scheme nodes only to information.
            EXPECT_NE(type[from] == "I", type[to] == "I") << f << ": " << type[from] << " -> " << type[to];
            ++out[from];
            ++in[to];
        }
        for (auto const& [id, t] : type) {
            if (t == "RA") {
                EXPECT_TRUE(in[id] >= 1 && out[id] == 1) << f << ": RA " << id;
            } else if (t == "CA") {
                EXPECT_TRUE(in[id] == 1 && out[id] == 1) << f << ": CA " << id;
            }
        }
        std::size_t statements = 0, supports = 0, attacks = 0;
        for (auto const& s : loaded.theory->statements) statements += s.scenario.empty();
        for (auto const& r : loaded.theory->relations)
            (r.kind == ast::RelationKind::supports ? supports : attacks) += 1;
        EXPECT_EQ(static_cast<std::size_t>(count["I"]), statements) << f;
        EXPECT_EQ(static_cast<std::size_t>(count["RA"]), loaded.theory->arguments.size() + supports) << f;
        EXPECT_EQ(static_cast<std::size_t>(count["CA"]), attacks) << f;
    }
}

}   // namespace
}   // namespace elenchus::test
