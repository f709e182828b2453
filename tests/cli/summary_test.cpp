// The summary line that ends `check`'s text output, counted again from the JSON output of
// the same file: the two outputs are written by different code (report_text, report_json),
// so a kind of problem the summary forgets, or counts twice, shows here. The exit status
// must say the same: 1 exactly when the summary names a problem.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
namespace test = elenchus::test;

namespace {

std::vector<std::string> checked_files() {
    std::vector<std::string> files;
    for (char const* dir : {"examples", "tests/golden"})
        for (auto const& e : fs::recursive_directory_iterator(fs::path(ELENCHUS_SOURCE_DIR) / dir))
            if (e.path().extension() == ".arg") files.push_back(fs::relative(e.path(), ELENCHUS_SOURCE_DIR).string());
    std::sort(files.begin(), files.end());
    return files;
}

// The problems as docs/cli.md lists them, from the JSON document.
std::map<std::string, std::size_t> count_from_json(nlohmann::json const& doc) {
    std::map<std::string, std::size_t> n;
    if (doc["consistent"].is_null()) ++n["undecided consistency"];
    else if (doc["consistent"] == false) ++n["inconsistent baseline"];
    for (auto const& c : doc["claims"]) {
        if (c["status"] == "refuted") ++n["refuted claim"];
        if (c["status"] == "unknown") ++n["undecided claim"];
    }
    for (auto const& a : doc["arguments"]) {
        if (a["valid"] == false) ++n["invalid argument"];
        if (a["valid"].is_null()) ++n["undecided argument"];
        if (a["circular"] == true) ++n["circular argument"];
        if (a["circular"].is_null()) ++n["argument of undecided circularity"];
        if (a["premises_inconsistent"] == true) ++n["argument with contradictory premises"];
    }
    for (auto const& r : doc["relations"])
        if (r["flagged"] == true) ++n["flagged relation"];
    for (auto const& s : doc["scenarios"]) {
        bool undecided = s["consistent"].is_null();
        for (auto const& c : s["claims"]) undecided |= c["status"] == "unknown";
        if (undecided) ++n["undecided scenario"];
    }
    return n;
}

// Parses `no problems` or `N problems: 1 invalid argument, 2 refuted claims`.
std::map<std::string, std::size_t> count_from_summary(std::string const& line, std::size_t& total) {
    std::map<std::string, std::size_t> n;
    total = 0;
    if (line == "no problems") return n;
    auto colon = line.find(':');
    EXPECT_NE(colon, std::string::npos) << line;
    total = std::stoul(line.substr(0, colon));
    std::string rest = line.substr(colon + 1);
    for (std::size_t at = 0; at < rest.size();) {
        auto comma = rest.find(',', at);
        std::string part = rest.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        part.erase(0, part.find_first_not_of(' '));
        auto space = part.find(' ');
        std::size_t count = std::stoul(part.substr(0, space));
        std::string kind = part.substr(space + 1);
        // Plurals back to the singular the JSON count uses.
        for (auto [plural, singular] : std::vector<std::pair<std::string, std::string>>{
                 {"inconsistent baselines", "inconsistent baseline"},
                 {"undecided consistencies", "undecided consistency"},
                 {"arguments of undecided circularity", "argument of undecided circularity"},
                 {"arguments with contradictory premises", "argument with contradictory premises"}})
            if (kind == plural) kind = singular;
        if (count > 1 && kind.ends_with('s') && !kind.ends_with("circularity")) kind.pop_back();
        n[kind] += count;
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    return n;
}

std::string last_line(std::string const& text) {
    auto end = text.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    auto begin = text.rfind('\n', end);
    return text.substr(begin == std::string::npos ? 0 : begin + 1,
                       end - (begin == std::string::npos ? 0 : begin + 1) + 1);
}

}   // namespace

TEST(Summary, AgreesWithTheJsonAndTheExitStatusOnEveryFile) {
    std::size_t checked = 0, with_problems = 0;
    for (auto const& file : checked_files()) {
        auto json = test::run(test::elenchus("check --format json --timeout 60 '" + file + "'"));
        if (json.exit_code == 2) continue;   // input errors: no verdicts, no summary
        auto text = test::run(test::elenchus("check --no-color --timeout 60 '" + file + "'"));
        ASSERT_EQ(text.exit_code, json.exit_code) << file;
        auto doc = nlohmann::json::parse(json.out);
        std::size_t total = 0;
        auto const summary = count_from_summary(last_line(text.out), total);
        auto const expected = count_from_json(doc);
        std::size_t expected_total = 0;
        for (auto const& [_, k] : expected) expected_total += k;
        EXPECT_EQ(summary, expected) << file << ": " << last_line(text.out);
        EXPECT_EQ(total, expected_total) << file;
        EXPECT_EQ(text.exit_code, expected_total == 0 ? 0 : 1) << file << ": " << last_line(text.out);
        ++checked;
        with_problems += expected_total > 0;
    }
    // The corpus (examples and golden files without input errors) must exercise both sides,
    // or the comparison proves little.
    EXPECT_GE(checked, 15u);
    EXPECT_GE(with_problems, 3u);
    EXPECT_LT(with_problems, checked);
}

TEST(Summary, IsTheLastLineWithoutColourAndWithIt) {
    auto plain = test::run(test::elenchus("check --no-color tests/golden/summary/problems.arg"));
    EXPECT_EQ(last_line(plain.out), "5 problems: 2 refuted claims, 2 invalid arguments, 1 flagged relation");
    // With colour forced on (a terminal is not needed: the palette is what colours), the words
    // are the same once the escapes are removed.
    auto coloured =
        test::run("script -qec \"" + test::elenchus("check tests/golden/summary/problems.arg") + "\" /dev/null");
    std::string stripped;
    for (std::size_t i = 0; i < coloured.out.size(); ++i) {
        if (coloured.out[i] == '\033') {
            while (i < coloured.out.size() && coloured.out[i] != 'm') ++i;
            continue;
        }
        if (coloured.out[i] != '\r') stripped += coloured.out[i];
    }
    EXPECT_NE(stripped.find("5 problems: 2 refuted claims, 2 invalid arguments, 1 flagged relation"), std::string::npos)
        << stripped;
    EXPECT_NE(stripped.find("flagged: none"), std::string::npos);
}
