// `elenchus import` (Argdown in) and `elenchus export --format argdown|aif`, end to end.
// The answers come from elsewhere than the importer: Argdown's own parser (`argdown json`,
// when scripts/install-test-argdown.sh has installed it), the textbook's verdicts on the
// argument forms in tests/argdown/formalized.argdown, the original .arg file for the round
// trip, and the AIF format's own rules for the structure of an AIF graph.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
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
    auto d = fs::temp_directory_path() / ("elenchus-argdown-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

std::vector<fs::path> argdown_examples() {
    std::vector<fs::path> out;
    for (auto const& e : fs::directory_iterator(source_dir / "tests/argdown"))
        if (e.path().extension() == ".argdown") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Argdown's command line, if installed (ARGDOWN, or where the install script puts it).
std::string argdown_cli() {
    if (char const* a = std::getenv("ARGDOWN"); a && fs::exists(a)) return a;
    char const* home = std::getenv("HOME");
    fs::path p = std::getenv("ARGDOWN_DIR") ? fs::path(std::getenv("ARGDOWN_DIR"))
                                            : fs::path(home ? home : "/") / ".cache/elenchus-argdown";
    p /= "node_modules/.bin/argdown";
    return fs::exists(p) ? p.string() : std::string();
}

// `argdown json FILE`: Argdown's own reading of a file, or null when it refuses it.
nlohmann::json argdown_json(std::string const& argdown, fs::path const& file, fs::path const& dir) {
    auto r = run("'" + argdown + "' json '" + file.string() + "' '" + dir.string() + "' 2>&1");
    if (r.exit_code != 0 || r.out.find("rror") != std::string::npos) {
        ADD_FAILURE() << "argdown json " << file << ": " << r.out;
        return nullptr;
    }
    return nlohmann::json::parse(read_text(dir / (file.stem().string() + ".json")));
}

std::string trim(std::string s) {
    std::string out;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c)) && (out.empty() || out.back() == ' ')) continue;
        out += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

fs::path import_to(fs::path const& file, fs::path const& out) {
    auto r = run(elenchus("import '" + file.string() + "' -o '" + out.string() + "'"));
    EXPECT_EQ(r.exit_code, 0) << file << "\n" << r.err;
    return out;
}

TEST(ArgdownImport, DocumentationExamplesImportAndCheck) {
    auto dir = temp_dir();
    for (auto const& f : argdown_examples()) {
        auto out = import_to(f, dir / (f.stem().string() + ".arg"));
        auto c = run(elenchus("check '" + out.string() + "'"));
        EXPECT_TRUE(c.exit_code == 0 || c.exit_code == 1) << f << " check exit " << c.exit_code << "\n" << c.err;
    }
}

// Argdown's own parser on the same files: as many reconstructed arguments, each with the
// same main conclusion; every equivalence class a statement, every unreconstructed argument
// a statement (hypothesis) of its own.
TEST(ArgdownImport, AgreesWithArgdownsParser) {
    std::string argdown = argdown_cli();
    if (argdown.empty()) GTEST_SKIP() << "argdown not installed (scripts/install-test-argdown.sh)";
    auto dir = temp_dir();
    for (auto const& f : argdown_examples()) {
        nlohmann::json j = argdown_json(argdown, f, dir);
        if (j.is_null()) continue;
        auto loaded = load_file(import_to(f, dir / (f.stem().string() + ".arg")));
        ASSERT_TRUE(loaded.theory) << f;
        auto const& t = *loaded.theory;
        std::size_t reconstructed = 0;
        std::multiset<std::string> theirs, ours;
        for (auto const& [title, a] : j["arguments"].items()) {
            if (!a.contains("pcs") || a["pcs"].empty()) continue;
            ++reconstructed;
            theirs.insert(trim(a["pcs"].back().value("text", "")));
        }
        std::size_t main_arguments = 0;
        for (auto const& a : t.arguments) {
            if (std::regex_search(a.name, std::regex("_step[0-9]+$"))) continue;
            ++main_arguments;
            ours.insert(t.statements[static_cast<std::size_t>(a.conclusion)].means);
        }
        EXPECT_EQ(main_arguments, reconstructed) << f;
        // A conclusion that is only a reference ([T]) has the class's text, Argdown's member none.
        for (auto const& text : theirs)
            if (!text.empty()) {
                EXPECT_TRUE(ours.count(text)) << f << ": conclusion \"" << text << "\"";
            }
        EXPECT_EQ(t.statements.size(), j["statements"].size() + (j["arguments"].size() - reconstructed)) << f;
    }
}

// The textbook's verdicts: modus ponens, De Morgan, Barbara, instantiation and a chain of two
// modus ponens are valid; affirming the consequent and the undistributed middle are not.
TEST(ArgdownImport, FormalizationsGiveTheTextbookVerdicts) {
    auto out = import_to(source_dir / "tests/argdown/formalized.argdown", temp_dir() / "formalized.arg");
    auto r = run(elenchus("check --format json '" + out.string() + "'"));
    ASSERT_NE(r.exit_code, 2) << r.err;
    std::map<std::string, bool> valid;
    auto j = nlohmann::json::parse(r.out);   // kept: a loop over a temporary's member would dangle
    for (auto const& a : j["arguments"]) valid[a["name"]] = a["valid"].get<bool>();
    std::map<std::string, bool> expected{
        {"Modus_Ponens", true},  {"Affirming_the_Consequent", false}, {"De_Morgan", true}, {"Barbara", true},
        {"Instantiation", true}, {"Undistributed_Middle", false},     {"Chain", true},     {"Chain_step1", true},
        {"Chain_step2", true}};
    EXPECT_EQ(valid, expected);
}

TEST(ArgdownImport, MalformedInputIsExit2WithLineAndColumn) {
    auto dir = temp_dir();
    auto bad = dir / "bad.argdown";
    std::ofstream(bad) << "<a>\n\n(1) s1\n(2) s2\n";
    auto r = run(elenchus("import '" + bad.string() + "' -o '" + (dir / "bad.arg").string() + "'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("bad.argdown:4:1: error:"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "bad.arg"));
    // A directory as the output: exit 2, nothing written.
    auto good = dir / "good.argdown";
    std::ofstream(good) << "[a]: A.\n";
    EXPECT_EQ(run(elenchus("import '" + good.string() + "' -o '" + dir.string() + "'")).exit_code, 2);
    // What cannot be carried over is a note with its Argdown position.
    std::ofstream(good) << "[a]: A.\n  _ <b>: B.\n";
    auto n = run(elenchus("import '" + good.string() + "'"));
    EXPECT_EQ(n.exit_code, 0);
    EXPECT_NE(n.err.find("good.argdown:2:5: note: argument <b> has no premise-conclusion structure"), std::string::npos)
        << n.err;
    EXPECT_NE(n.err.find("good.argdown:2:3: note: undercut"), std::string::npos) << n.err;
    // -q silences the notes, and only them: the same file is written, and errors still show.
    auto q = run(elenchus("import -q '" + good.string() + "'"));
    EXPECT_EQ(q.exit_code, 0);
    EXPECT_EQ(q.err, "");
    EXPECT_EQ(q.out, n.out);
    auto qbad = run(elenchus("import -q '" + bad.string() + "'"));
    EXPECT_EQ(qbad.exit_code, 2);
    EXPECT_NE(qbad.err.find("bad.argdown:4:1: error:"), std::string::npos) << qbad.err;
}

// 10,000 statements in 2,500 reconstructed arguments (each a chain of two modus ponens, so
// each valid) with attacks and supports among them: imported in a few seconds and checked.
TEST(ArgdownImport, LargeMap) {
    auto dir = temp_dir();
    std::string ad;
    int const groups = 2500;
    for (int g = 0; g < groups; ++g) {
        ad += "<Argument " + std::to_string(g) + ">: Argument number " + std::to_string(g) + "\n";
        if (g % 10 == 9) ad += "  -> <Argument " + std::to_string(g - 1) + ">\n";
        else if (g % 7 == 6) ad += "  +> <Argument " + std::to_string(g - 1) + ">\n";
        std::string n = std::to_string(g);
        ad += "\n<Argument " + n + ">\n\n(1) [f" + n + "]: Fact " + n + " holds. {formalization: \"a" + n + "\"}\n" +
              "(2) [r" + n + "]: Fact " + n + " brings the second. {formalization: \"a" + n + " -> b" + n + "\"}\n" +
              "(3) [u" + n + "]: The second brings the third. {formalization: \"b" + n + " -> c" + n + "\"}\n----\n" +
              "(4) [k" + n + "]: Group " + n + " concludes. {formalization: \"c" + n + "\"}\n\n";
    }
    std::ofstream(dir / "large.argdown") << ad;
    auto start = std::chrono::steady_clock::now();
    auto out = import_to(dir / "large.argdown", dir / "large.arg");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20) << "import of 10,000 statements took " << seconds << " s";
    auto loaded = load_file(out);
    ASSERT_TRUE(loaded.theory);
    EXPECT_EQ(loaded.theory->statements.size(), 10000u);
    EXPECT_EQ(loaded.theory->arguments.size(), 2500u);
    auto r = run(elenchus("check --format json '" + out.string() + "'"));
    ASSERT_NE(r.exit_code, 2) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["consistent"], true);
    std::size_t valid = 0;
    for (auto const& a : j["arguments"]) valid += a["valid"] == true;
    EXPECT_EQ(valid, 2500u);
}

}   // namespace
}   // namespace elenchus::test
