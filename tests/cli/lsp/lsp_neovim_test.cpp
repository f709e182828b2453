// Neovim's built-in LSP client against `elenchus lsp`, headless: the editor, not our own
// client, decides whether the server speaks the protocol. Opens a file with two minimal
// inconsistent sets (tests/golden/explain/inconsistent.arg, whose sets explain derives and
// verifies), waits for the logical diagnostics and checks their lines, asks a hover, and
// formats the buffer, which must then read as `elenchus fmt` prints the file.
// Skipped, saying so, where nvim is not installed (scripts/install-test-editor.sh installs it;
// CI runs that script).
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "support/run.hpp"

namespace elenchus {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool have_nvim() { return test::run("command -v nvim >/dev/null").exit_code == 0; }

TEST(LspNeovim, DiagnosticsHoverAndFormattingInTheRealClient) {
    if (!have_nvim())
        GTEST_SKIP() << "nvim is not installed, so Neovim's LSP client cannot be tried here: "
                        "scripts/install-test-editor.sh installs it (CI does)";
    fs::path const dir = fs::temp_directory_path() / ("elenchus-nvim-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    // The file as written, with its first premise laid out badly, so formatting has work.
    std::string text = test::read_text(fs::path(ELENCHUS_SOURCE_DIR) / "tests/golden/explain/inconsistent.arg");
    std::string const rule = "premise rule: p -> q";
    ASSERT_NE(text.find(rule), std::string::npos);
    text.replace(text.find(rule), rule.size(), "premise   rule :p->q");
    fs::path const file = dir / "inconsistent.arg";
    std::ofstream(file, std::ios::binary) << text;
    fs::path const result_path = dir / "result.json";

    auto canonical = test::run(std::string("'") + ELENCHUS_BINARY + "' fmt '" + file.string() + "'");
    ASSERT_EQ(canonical.exit_code, 0) << canonical.err;

    // Hover on `rule` (line 5 of the file, 0-based 4; the name starts at column 10).
    std::string const command =
        "ELENCHUS_BINARY='" ELENCHUS_BINARY "' LSP_FILE='" + file.string() + "' LSP_RESULT='" + result_path.string() +
        "' LSP_HOVER_LINE=4 LSP_HOVER_CHARACTER=11 timeout 120 nvim --headless --clean -n "
        "-i NONE -u NONE -c 'luafile " ELENCHUS_SOURCE_DIR "/tests/cli/lsp/neovim_client.lua' </dev/null";
    auto r = test::run(command);
    json result = fs::exists(result_path) ? json::parse(test::read_text(result_path)) : json::object();
    ASSERT_EQ(r.exit_code, 0) << result.dump(2) << "\n" << r.out << r.err;
    ASSERT_FALSE(result.contains("error")) << result.dump(2);

    // {rule, fact, denial} on lines 5-7 and {sunny_today, not_sunny} on lines 8-9 (0-based
    // 4-8); the claim c on line 10 follows only vacuously.
    std::set<int> inconsistent, vacuous;
    for (auto const& d : result["diagnostics"]) {
        if (d["code"] == "inconsistent-set") inconsistent.insert(d["lnum"].get<int>());
        if (d["code"] == "claim-vacuous") vacuous.insert(d["lnum"].get<int>());
    }
    EXPECT_EQ(inconsistent, (std::set<int>{4, 5, 6, 7, 8})) << result["diagnostics"].dump(2);
    EXPECT_EQ(vacuous, std::set<int>{9});

    std::string const hover = result["hover"];
    EXPECT_NE(hover.find("**premise** `rule`"), std::string::npos) << hover;
    EXPECT_NE(hover.find("**inconsistent** with the rest of `{denial, fact, rule}`"), std::string::npos) << hover;

    EXPECT_EQ(result["formatted"], canonical.out);
    EXPECT_NE(canonical.out, text);
    fs::remove_all(dir);
}

}   // namespace
}   // namespace elenchus
