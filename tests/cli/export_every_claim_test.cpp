// `export --every-claim`: one script that the `z3` binary runs on its own, the file's check
// and then each claim in a scope of its own. The binary's answers must be `check`'s verdicts:
// unsat exactly where a claim follows (on a consistent file), for every example.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/run.hpp"
#include "support/z3_binary.hpp"

namespace {

namespace fs = std::filesystem;

std::string program(std::string const& args) { return std::string("'") + ELENCHUS_BINARY + "' " + args; }

TEST(ExportEveryClaim, TheZ3BinaryAgreesWithCheckOnEveryClaimOfEveryExample) {
    if (!elenchus::test::z3_binary_available()) GTEST_SKIP() << "no z3 binary";
    int compared = 0;
    for (auto const& e : fs::directory_iterator(fs::path(ELENCHUS_SOURCE_DIR) / "examples")) {
        if (e.path().extension() != ".arg") continue;
        std::string const file = e.path().string();
        auto checked = elenchus::test::run(program("check -q --format json '" + file + "'"));
        auto const doc = nlohmann::json::parse(checked.out);
        if (doc.value("consistent", nlohmann::json()) != true) continue;   // everything follows
        auto z3 = elenchus::test::run(program("export -q --every-claim '" + file + "'") + " | z3 -T:20 -in");
        // sat (the file), then per claim its name and the answer.
        std::istringstream lines(z3.out);
        std::string line, name;
        std::getline(lines, line);
        EXPECT_EQ(line, "sat") << file << " is consistent";
        std::map<std::string, std::string> answer;
        while (std::getline(lines, name) && std::getline(lines, line)) answer[name] = line;
        ASSERT_EQ(answer.size(), doc["claims"].size()) << file << "\n" << z3.out << z3.err;
        for (auto const& c : doc["claims"]) {
            std::string const status = c["status"], claim = c["name"];
            if (status == "unknown" || answer[claim] == "unknown" || answer[claim] == "timeout") continue;
            EXPECT_EQ(answer[claim], status == "follows" ? "unsat" : "sat") << file << ": " << claim << " " << status;
            ++compared;
        }
    }
    EXPECT_GT(compared, 20);
}

TEST(ExportEveryClaim, IsRefusedWithOneClaimAndForMaps) {
    std::string const file = std::string(ELENCHUS_SOURCE_DIR) + "/examples/syllogisms.arg";
    auto both = elenchus::test::run(program("export --every-claim --claim socrates_mortal '" + file + "'"));
    EXPECT_EQ(both.exit_code, 2);
    EXPECT_NE(both.err.find("give one or the other"), std::string::npos) << both.err;
    auto map = elenchus::test::run(program("export --every-claim --format argdown '" + file + "'"));
    EXPECT_EQ(map.exit_code, 2);
    EXPECT_TRUE(map.out.empty());
}

}   // namespace
