// The CLI as a library: subcommands run in-process through cli::run give the same output
// and exit status as the program (the golden files are the program's).
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <vector>

#include "cli/app.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;

namespace {

struct Captured {
    int exit_code;
    std::string out, err;
};

Captured run_in_process(std::vector<char const*> args) {
    args.insert(args.begin(), "elenchus");
    std::ostringstream out, err;
    auto* old_out = std::cout.rdbuf(out.rdbuf());
    auto* old_err = std::cerr.rdbuf(err.rdbuf());
    int const code = elenchus::cli::run(static_cast<int>(args.size()), args.data());
    std::cout.rdbuf(old_out);
    std::cerr.rdbuf(old_err);
    return {code, out.str(), err.str()};
}

struct Cwd {   // the golden arguments name files from the project root
    fs::path old = fs::current_path();
    Cwd() { fs::current_path(ELENCHUS_SOURCE_DIR); }
    ~Cwd() { fs::current_path(old); }
};

}   // namespace

TEST(CliInProcess, CheckMatchesTheGoldenOutput) {
    Cwd here;
    auto r = run_in_process({"check", "--no-color", "examples/syllogisms.arg"});
    auto const base = fs::path("tests/golden/examples/syllogisms");
    EXPECT_EQ(r.exit_code, std::stoi(elenchus::test::read_text(base.string() + ".code")));
    EXPECT_EQ(r.out, elenchus::test::read_text(base.string() + ".out"));
}

TEST(CliInProcess, ExitStatusesFollowTheContract) {
    Cwd here;
    using elenchus::cli::Exit;
    EXPECT_EQ(run_in_process({"fmt", "--check", "examples/syllogisms.arg"}).exit_code, code(Exit::ok));
    EXPECT_EQ(run_in_process({"check", "no-such-file.arg"}).exit_code, code(Exit::bad_input));
    EXPECT_EQ(run_in_process({"frobnicate"}).exit_code, code(Exit::bad_input));
    auto v = run_in_process({"--version"});
    EXPECT_EQ(v.exit_code, code(Exit::ok));
    EXPECT_NE(v.out.find("elenchus 0."), std::string::npos) << v.out;
}
