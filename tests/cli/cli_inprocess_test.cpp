// The CLI as a library: subcommands run in-process through cli::run give the same output
// and exit status as the program (the golden files are the program's).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

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

// explain and check agree on which arguments are problems: explain exits 1 exactly for the
// arguments check's own report (its JSON) calls invalid, circular or of contradictory
// premises, and names the problem in words. `circ` (its conclusion among its premises) and
// `contra` (premises `cold` and `not cold`) are valid and problems by the textbook definitions.
TEST(CliInProcess, ExplainCallsAnArgumentAProblemWhereCheckDoes) {
    Cwd here;
    char const* file = "tests/golden/explain/argument-problems.arg";
    auto checked = run_in_process({"check", "--format", "json", file});
    ASSERT_EQ(checked.exit_code, 1) << checked.err;
    auto const report = nlohmann::json::parse(checked.out);
    std::size_t seen = 0;
    for (auto const& a : report.at("arguments")) {
        std::string const name = a.at("name");
        bool const problem =
            a.at("valid") != true || a.at("circular") != false || a.at("premises_inconsistent") == true;
        auto explained = run_in_process({"explain", "--no-color", file, name.c_str()});
        EXPECT_EQ(explained.exit_code, problem ? 1 : 0) << name << '\n' << explained.out << explained.err;
        if (a.at("circular") == true) {
            EXPECT_NE(explained.out.find("circular"), std::string::npos) << explained.out;
        }
        if (a.at("premises_inconsistent") == true) {
            EXPECT_NE(explained.out.find("premises contradict each other"), std::string::npos) << explained.out;
        }
        // --table says the same, and its rows confirm contradictory premises on their own: no
        // row makes every column before the conclusion true.
        auto table = run_in_process({"explain", "--table", "--format", "json", file, name.c_str()});
        EXPECT_EQ(table.exit_code, problem ? 1 : 0) << name << '\n' << table.out;
        auto const rows = nlohmann::json::parse(table.out);
        bool premises_hold_somewhere = false;
        for (auto const& row : rows.at("rows")) {
            auto const& values = row.at("values");
            premises_hold_somewhere |=
                std::all_of(values.begin(), values.end() - 1, [](auto const& v) { return v == true; });
        }
        EXPECT_EQ(!premises_hold_somewhere, a.at("premises_inconsistent") == true) << name;
        ++seen;
    }
    EXPECT_EQ(seen, 5u);
    for (char const* textbook : {"circ", "contra"})
        EXPECT_EQ(run_in_process({"explain", file, textbook}).exit_code, 1) << textbook;
}

// CLI11's own wording never reaches the user: every kind of command-line mistake is an
// `error:` line, a hint, exit 2 (and with --format json, a JSON document on stdout).
TEST(CliInProcess, CommandLineMistakesAreSaidInTheProjectsWords) {
    Cwd here;
    std::vector<std::vector<char const*>> mistakes{
        {},
        {"chek", "examples/syllogisms.arg"},
        {"--bogus"},
        {"check"},
        {"check", "--bogus", "examples/syllogisms.arg"},
        {"check", "-j", "abc", "examples/syllogisms.arg"},
        {"check", "-j", "2000", "examples/syllogisms.arg"},
        {"whatif", "examples/syllogisms.arg", "--without"},
        {"proof", "examples/syllogisms.arg"},
        {"af"},
        {"explain", "examples/syllogisms.arg", "a", "b", "c"},
        {"fmt", "--check", "--in-place", "examples/syllogisms.arg"},
    };
    for (auto const& args : mistakes) {
        auto r = run_in_process(args);
        std::string said;
        for (auto const* a : args) said += std::string(a) + ' ';
        EXPECT_EQ(r.exit_code, 2) << said;
        EXPECT_TRUE(r.err.starts_with("error: ")) << said << r.err;
        EXPECT_NE(r.err.find("\n  hint: "), std::string::npos) << said << r.err;
        for (char const* cli11 : {"Run with --help", "not expected", "is required", "required TEXT", "not in range",
                                  "Could not convert", "excludes", "A subcommand"})
            EXPECT_EQ(r.err.find(cli11), std::string::npos) << said << r.err;
    }
    auto json = run_in_process({"check", "--format", "json", "--bogus", "examples/syllogisms.arg"});
    EXPECT_EQ(json.exit_code, 2);
    auto const doc = nlohmann::json::parse(json.out);
    EXPECT_EQ(doc.at("diagnostics").at(0).at("message"), "unknown option '--bogus'");
}
