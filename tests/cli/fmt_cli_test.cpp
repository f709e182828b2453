// `elenchus fmt` end to end, through the built binary: what it prints, its exit codes, and
// that --in-place rewrites only files that parse, keeping their permissions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::read_text;
using elenchus::test::run;

namespace {

std::string program(std::string const& arguments) { return elenchus::test::elenchus(arguments); }

std::string const messy = "sort S={a,b}   predicate p(S)\n"
                          "premise one : p(a)&!p(b) // why\n"
                          "claim two: if p(a) then (p(b) | p(a))\n";

std::string const canonical = "sort S = { a, b }\n"
                              "\n"
                              "predicate p(S)\n"
                              "\n"
                              "premise one: p(a) and not p(b)  // why\n"
                              "\n"
                              "claim two: p(a) -> p(b) or p(a)\n";

std::string const broken = "sort S = { a, b }\npremise one: p(a) and\nclaim two: p(\n";

class FmtCli : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-fmt-" + std::to_string(::getpid()) + "-" +
                                            testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string file(std::string const& name, std::string const& text) {
        fs::path p = dir_ / name;
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }

    fs::path dir_;
};

TEST_F(FmtCli, PrintsTheCanonicalText) {
    auto r = run(program("fmt '" + file("m.arg", messy) + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, canonical);
    EXPECT_EQ(r.err, "");
}

TEST_F(FmtCli, CheckExitCodes) {
    auto good = file("good.arg", canonical);
    auto r = run(program("fmt --check '" + good + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");

    auto bad = file("messy.arg", messy);
    r = run(program("fmt --check '" + good + "' '" + bad + "'"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("messy.arg"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("good.arg"), std::string::npos) << r.err;
    EXPECT_EQ(read_text(bad), messy) << "--check never writes";

    r = run(program("fmt --check --format json '" + bad + "'"));
    EXPECT_EQ(r.exit_code, 1);
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["canonical"], false);
}

TEST_F(FmtCli, InPlaceRewritesAtomicallyAndKeepsTheMode) {
    auto path = file("m.arg", messy);
    ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
    auto r = run(program("fmt --in-place '" + path + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(read_text(path), canonical);
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    EXPECT_EQ(entries(), 1u) << "no temporary file is left behind";

    // Formatting twice changes nothing, and an already canonical file is not rewritten.
    auto before = fs::last_write_time(path);
    r = run(program("fmt -i '" + path + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(path), canonical);
    EXPECT_EQ(fs::last_write_time(path), before);
}

TEST_F(FmtCli, NeverTouchesAFileThatDoesNotParse) {
    auto path = file("broken.arg", broken);
    auto before = fs::last_write_time(path);
    auto r = run(program("fmt --in-place --no-color '" + path + "'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(read_text(path), broken) << "byte-identical";
    EXPECT_EQ(fs::last_write_time(path), before);
    EXPECT_EQ(entries(), 1u);
    // clang style: path:line:col: error: ...; the operand missing after `and` is reported on
    // its own line, not on the correct line after it.
    EXPECT_NE(r.err.find("broken.arg:2:22:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("error:"), std::string::npos) << r.err;

    r = run(program("fmt --format json '" + path + "'"));
    EXPECT_EQ(r.exit_code, 2);
    auto doc = nlohmann::json::parse(r.out);
    ASSERT_TRUE(doc["diagnostics"].is_array());
    ASSERT_FALSE(doc["diagnostics"].empty());
    EXPECT_EQ(doc["diagnostics"][0]["severity"], "error");
    EXPECT_GE(doc["diagnostics"][0]["line"].get<int>(), 2);
}

TEST_F(FmtCli, CheckAndInPlaceTogetherIsAUsageError) {
    auto path = file("m.arg", messy);
    auto r = run(program("fmt --check --in-place '" + path + "'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(read_text(path), messy);
}

TEST_F(FmtCli, HelpShowsExamples) {
    auto r = run(program("fmt --help"));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("--in-place"), std::string::npos);
    EXPECT_NE(r.out.find("Examples:"), std::string::npos);
}

}   // namespace
