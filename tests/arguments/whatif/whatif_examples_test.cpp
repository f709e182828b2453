// `whatif` on the examples, through the real front end (every reported set re-verified by
// tests/support/whatif_oracle.hpp), and through the program: the JSON contract, a saved
// scenario, bad flags.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "arguments/whatif/support.hpp"
#include "arguments/whatif/whatif.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"
#include "support/whatif_oracle.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using namespace elenchus::test;

namespace {

std::optional<logic::Theory> load(fs::path const& path) { return load_file(path).theory; }

TEST(WhatifExamples, EveryReportedSetIsReverified) {
    fs::path dir = fs::path(ELENCHUS_SOURCE_DIR) / "examples";
    int files = 0;
    for (auto const& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".arg") continue;
        SCOPED_TRACE(e.path().filename().string());
        auto theory = load(e.path());
        ASSERT_TRUE(theory) << "example does not check";
        ++files;
        auto world = theory->baseline();
        for (int c : theory->claims()) verify_claim(*theory, world, theory->hypotheses(), c, world.size() <= 12);
        for (std::size_t s = 0; s < theory->scenarios.size(); ++s) {
            SCOPED_TRACE("scenario " + theory->scenarios[s].name);
            auto in = theory->asserted_in(theory->scenarios[s]);
            for (int c : theory->claims())
                verify_claim(*theory, in, whatif::open_hypotheses(*theory, in, static_cast<int>(s)), c, false);
        }
    }
    EXPECT_GT(files, 0);
}

TEST(WhatifExamples, ArticleBreaksAtTheBanOrTheUnstatedAssumption) {
    auto theory = load(fs::path(ELENCHUS_SOURCE_DIR) / "examples" / "azerbaijan-nato.arg");
    ASSERT_TRUE(theory);
    solver::Session session(*theory, {});
    int claim = *theory->find_statement("legal_barrier");
    auto br = whatif::break_claim(session, theory->baseline(), claim, {});
    EXPECT_EQ(br.status, ClaimStatus::follows);
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"base_ban"}, {"bases_required"}}));
}

// ---- the command line -----------------------------------------------------------------

namespace more {

using nlohmann::json;

json run_json(std::string const& arguments, int expected_code = 0) {
    auto r = test::run(test::elenchus("whatif --format json " + arguments));
    EXPECT_EQ(r.exit_code, expected_code) << r.err;
    return json::parse(r.out);
}

TEST(WhatifCli, JsonCarriesTheContractKeys) {
    std::string const file = "examples/azerbaijan-nato.arg";
    auto sweep = run_json(file + " --sweep legal_barrier");
    for (auto const* k : {"claim", "status", "load_bearing", "supports", "critical"})
        EXPECT_TRUE(sweep.contains(k)) << k;
    EXPECT_EQ(sweep["load_bearing"], (json{"base_ban", "bases_required"}));
    auto br = run_json(file + " --break legal_barrier");
    EXPECT_EQ(br["break_sets"], (json{{"base_ban"}, {"bases_required"}}));
    auto mk = run_json(file + " --make for_membership");
    EXPECT_TRUE(mk.contains("claim"));
    EXPECT_EQ(mk["make_sets"], (json{{"benefits_decide"}}));
    auto sc = run_json(file + " --scenario amended");
    for (auto const* k : {"scenario", "consistent", "claims"}) EXPECT_TRUE(sc.contains(k)) << k;
    bool legal_barrier_seen = false;
    for (auto const& c : sc["claims"]) {
        EXPECT_TRUE(c.contains("name") && c.contains("baseline") && c.contains("scenario"));
        if (c["name"] == "legal_barrier") {
            legal_barrier_seen = true;
            EXPECT_EQ(c["scenario"], "open");
        }
    }
    EXPECT_TRUE(legal_barrier_seen) << sc["claims"].dump();
}

// The saved block, appended to the file, is a scenario with the same verdicts as the ad hoc one.
TEST(WhatifCli, SavedScenarioReproducesTheAdHocOne) {
    std::string const flags =
        "--without base_ban --assume 'may_host_foreign_bases(Azerbaijan) and not may_accede(Turkiye)'";
    auto saved = test::run(test::elenchus("whatif examples/azerbaijan-nato.arg " + flags + " --save kept"));
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    fs::path copy = fs::temp_directory_path() / ("whatif-save-" + std::to_string(::getpid()) + ".arg");
    {
        std::ofstream out(copy, std::ios::binary);
        out << test::read_text(fs::path(ELENCHUS_SOURCE_DIR) / "examples" / "azerbaijan-nato.arg") << "\n" << saved.out;
    }
    auto adhoc = run_json("examples/azerbaijan-nato.arg " + flags);
    auto kept = run_json("'" + copy.string() + "' --scenario kept");
    fs::remove(copy);
    EXPECT_EQ(kept["scenario"], "kept");
    EXPECT_FALSE(adhoc["claims"].empty()) << "nothing to compare";
    EXPECT_EQ(kept["claims"], adhoc["claims"]);
    EXPECT_EQ(kept["consistent"], adhoc["consistent"]);
}

TEST(WhatifCli, BadFlagsAreInputErrors) {
    auto r = test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --no-color --assume 'member(Azerbaijan)'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("<--assume>:1:"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    auto j = run_json("examples/azerbaijan-nato.arg --with base_ban", 2);
    EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --save nothing")).exit_code, 2);
    EXPECT_EQ(test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --sweep a --break b")).exit_code, 2);
}

}   // namespace more

}   // namespace
