// Golden end-to-end tests: each tests/golden/**/NAME.arg is run through the elenchus binary
// and its stdout, stderr and exit status compared with NAME.out, NAME.err and NAME.code.
// NAME.args, if present, holds the command's arguments with `{}` for the file (default:
// `check --no-color {}`); a NAME.args alone runs a command on files elsewhere (the
// examples). After a deliberate change: scripts/regen-golden.sh.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::read_text;

namespace {

std::vector<std::string> golden_cases() {
    std::vector<std::string> cases;
    fs::path root = fs::path(ELENCHUS_SOURCE_DIR) / "tests" / "golden";
    if (!fs::exists(root)) return cases;
    for (auto const& e : fs::recursive_directory_iterator(root))
        if (e.path().extension() == ".arg" || e.path().extension() == ".args")
            cases.push_back(fs::relative(e.path(), ELENCHUS_SOURCE_DIR).replace_extension().string());
    std::sort(cases.begin(), cases.end());
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    return cases;
}

std::string trim_newline(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedOutput) {
    fs::path base = fs::path(ELENCHUS_SOURCE_DIR) / GetParam();
    std::string args = "check --no-color {}";
    if (fs::exists(base.string() + ".args")) args = trim_newline(read_text(base.string() + ".args"));
    std::string const file = GetParam() + ".arg";
    for (std::size_t at; (at = args.find("{}")) != std::string::npos;) args.replace(at, 2, "'" + file + "'");

    auto r = elenchus::test::run(elenchus::test::elenchus(args));

    if (std::getenv("ELENCHUS_REGENERATE")) {
        std::ofstream(base.string() + ".out", std::ios::binary) << r.out;
        std::ofstream(base.string() + ".err", std::ios::binary) << r.err;
        std::ofstream(base.string() + ".code") << r.exit_code << '\n';
        GTEST_SKIP() << "regenerated " << GetParam();
    }
    ASSERT_TRUE(fs::exists(base.string() + ".code"))
        << "no expected output for " << GetParam() << "; run scripts/regen-golden.sh";
    EXPECT_EQ(r.exit_code, std::stoi(read_text(base.string() + ".code")));
    EXPECT_EQ(r.out, read_text(base.string() + ".out"));
    EXPECT_EQ(r.err, read_text(base.string() + ".err"));
    EXPECT_LT(r.exit_code, 3) << "internal error or crash";
}

std::string case_name(testing::TestParamInfo<std::string> const& info) {
    std::string n = info.param;
    for (auto& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, testing::ValuesIn(golden_cases()), case_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}   // namespace
