// The same world from `check` and `explain` for the same claim or argument: every fact the
// explanation shows (it keeps those about the claim's vocabulary, with the universes of the
// sorts they range over) is a fact of the world `check --format json` reports, in the same
// order. Before worlds were searched in a context of their own, the two commands asked Z3
// in different orders and could print different worlds for one claim.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json run_json(std::string const& arguments) {
    auto r = elenchus::test::run(elenchus::test::elenchus(arguments));
    EXPECT_LT(r.exit_code, 2) << arguments << "\n" << r.err;
    return json::parse(r.out, nullptr, false);
}

// `part` is `whole` with some lines left out.
bool subsequence(std::vector<std::string> const& part, std::vector<std::string> const& whole) {
    std::size_t at = 0;
    for (auto const& line : part) {
        while (at < whole.size() && whole[at] != line) ++at;
        if (at == whole.size()) return false;
        ++at;
    }
    return true;
}

std::vector<std::string> facts(json const& world) { return world.get<std::vector<std::string>>(); }

int compare_file(std::string const& path) {
    json const report = run_json("check --format json '" + path + "'");
    int compared = 0;
    for (auto const& claim : report.at("claims")) {
        if (claim.at("status") != "open") continue;
        json const e = run_json("explain --format json '" + path + "' " + claim.at("name").get<std::string>());
        auto const& worlds = e.at("worlds");
        EXPECT_EQ(worlds.size(), 2u);
        if (worlds.size() != 2) continue;
        for (auto [which, k] : {std::pair{"holds_in", 0}, std::pair{"fails_in", 1}}) {
            auto const shown = facts(worlds[static_cast<std::size_t>(k)].at("facts"));
            auto const checked = facts(claim.at(which));
            EXPECT_FALSE(shown.empty()) << path << " " << claim.at("name");
            EXPECT_TRUE(subsequence(shown, checked)) << path << " " << claim.at("name") << " " << which << ":\nexplain "
                                                     << json(shown).dump(1) << "\ncheck " << json(checked).dump(1);
            ++compared;
        }
    }
    for (auto const& argument : report.at("arguments")) {
        if (argument.at("valid") != false) continue;
        json const e = run_json("explain --format json '" + path + "' " + argument.at("name").get<std::string>());
        auto const shown = facts(e.at("worlds").at(0).at("facts"));
        auto const checked = facts(argument.at("counterexample"));
        EXPECT_TRUE(subsequence(shown, checked)) << path << " " << argument.at("name") << ":\nexplain "
                                                 << json(shown).dump(1) << "\ncheck " << json(checked).dump(1);
        ++compared;
    }
    return compared;
}

}   // namespace

TEST(WorldsCli, CheckAndExplainShowTheSameWorld) {
    fs::path const root(ELENCHUS_SOURCE_DIR);
    int compared = 0;
    for (auto const* dir : {"examples", "tests/golden/worlds"})
        for (auto const& e : fs::directory_iterator(root / dir))
            if (e.path().extension() == ".arg") compared += compare_file(fs::relative(e.path(), root).string());
    EXPECT_GE(compared, 10);
}

// `check --worlds` prints the smallest world: two people for the quantifier shift.
TEST(WorldsCli, TheQuantifierShiftTakesTwoPeople) {
    json const report = run_json("check --format json tests/golden/worlds/loves.arg");
    auto const world = facts(report.at("arguments").at(0).at("counterexample"));
    ASSERT_FALSE(world.empty());
    EXPECT_EQ(world.front(), "Person = {Person#1, Person#2}");
}
