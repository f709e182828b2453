// `elenchus af` as ICCMA scripts call it: the output lines, the exit status, and a
// diagnostic with file:line:column and a hint for every kind of bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "support/af_reference.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
namespace af = elenchus::acceptability;
using elenchus::test::run;

namespace {

class AfCli : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-af-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string file(std::string const& name, std::string const& text) {
        auto const path = dir_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
    elenchus::test::RunResult af(std::string const& path, std::string const& options) {
        return run(elenchus::test::elenchus("af '" + path + "' " + options));
    }

    fs::path dir_;
};

// Nixon diamond with floating reinstatement: r <-> q, both attack p, p attacks pa.
constexpr char const* nixon = "arg(r).\narg(q).\narg(p).\narg(pa).\n"
                              "att(r,q).\natt(q,r).\natt(r,p).\natt(q,p).\natt(p,pa).\n";

std::set<std::string> lines_of(std::string const& out) {
    std::set<std::string> s;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) s.insert(line);
    return s;
}

TEST_F(AfCli, AnswersEachTaskInIccmaOutput) {
    auto const path = file("nixon.apx", nixon);
    auto r = af(path, "-p SE-GR");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "w\n");
    r = af(path, "-p SE-ST");
    EXPECT_TRUE(r.out == "w r pa\n" || r.out == "w q pa\n") << r.out;
    EXPECT_EQ(lines_of(af(path, "-p EE-PR").out), (std::set<std::string>{"w r pa", "w q pa"}));
    EXPECT_EQ(lines_of(af(path, "-p EE-CO").out), (std::set<std::string>{"w", "w r pa", "w q pa"}));
    EXPECT_EQ(af(path, "-p EE-GR").out, "w\n");
    EXPECT_EQ(af(path, "-p DS-PR -a pa").out, "YES\n");
    EXPECT_EQ(af(path, "-p DS-GR -a pa").out, "NO\n");
    EXPECT_EQ(af(path, "-p DC-ST -a p").out, "NO\n");
    EXPECT_EQ(af(path, "-p dc-co -a r").out, "YES\n");
    EXPECT_EQ(af(path, "-p DS-ST -a r").exit_code, 0);   // NO is an answer, not a failure
}

TEST_F(AfCli, I23FilesAnswerWithNumbers) {
    auto const cycle = file("cycle.af", "p af 3\n# an odd cycle\n1 2\n2 3\n3 1\n");
    EXPECT_EQ(af(cycle, "-p SE-ST").out, "NO\n");
    EXPECT_EQ(af(cycle, "-p EE-ST").out, "");
    EXPECT_EQ(af(cycle, "-p SE-PR").out, "w\n");
    EXPECT_EQ(af(cycle, "-p DS-ST -a 1").out, "YES\n");   // vacuously: no stable extension
    auto const chain = file("chain.i23", "p af 4\n1 2\n2 3\n3 4\n");
    EXPECT_EQ(af(chain, "-p SE-GR").out, "w 1 3\n");
    EXPECT_EQ(af(chain, "-p EE-ST").out, "w 1 3\n");
}

TEST_F(AfCli, FormatFromTheOptionWhenTheNameDoesNotTell) {
    auto const path = file("framework.txt", "p af 2\n1 2\n");
    auto r = af(path, "-p SE-GR");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("cannot tell the format of"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("hint: use --format apx"), std::string::npos) << r.err;
    EXPECT_EQ(af(path, "-p SE-GR --format i23").out, "w 1\n");
    EXPECT_EQ(run(elenchus::test::elenchus("af -f '" + path + "' -p SE-GR --format i23")).out, "w 1\n");
    auto const apx = file("nixon.af", nixon);
    EXPECT_EQ(af(apx, "-p SE-GR --format apx").out, "w\n");
    r = af(apx, "-p SE-GR --format tgf");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown format 'tgf'"), std::string::npos) << r.err;
}

TEST_F(AfCli, MalformedInputGivesFileLineColumnAndAHint) {
    struct Case {
        std::string name, text, expected;
    };
    std::vector<Case> const cases{
        {"unknown.apx", "arg(a).\natt(a,b).\n", ":2:7: error: argument 'b' is not declared"},
        {"twice.apx", "arg(a).\narg(a).\n", ":2:5: error: argument 'a' is declared twice"},
        {"count.af", "p af 2\n1 2\n2 5\n",
         ":3:3: error: argument 5 does not exist: the p line (line 1) says 2 arguments"},
        {"header.af", "1 2\n", ":1:1: error: expected 'p af N', found '1'"},
        {"stop.apx", "arg(a)\n", ":1:7: error: expected '.' to end arg(a), found the end of the file"},
        {"stop-next.apx", "arg(a)\natt(a,b).\n", ":1:7: error: expected '.' to end arg(a), found 'att(a,b).' on line 2"},
    };
    for (auto const& c : cases) {
        auto const path = file(c.name, c.text);
        auto const r = af(path, "-p SE-GR");
        EXPECT_EQ(r.exit_code, 2) << c.name;
        EXPECT_EQ(r.out, "") << c.name;
        EXPECT_NE(r.err.find(path + c.expected), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("  hint: "), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("^"), std::string::npos) << r.err;
    }
    // The caret stands where the '.' belongs: after `arg(a)` on line 1, not under line 2.
    auto const r = af(file("stop-next.apx", "arg(a)\natt(a,b).\n"), "-p SE-GR");
    EXPECT_NE(r.err.find("    1 | arg(a)\n      |       ^\n"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("  hint: put a full stop after arg(a)"), std::string::npos) << r.err;
}

TEST_F(AfCli, UsageErrors) {
    auto const path = file("nixon.apx", nixon);
    auto r = af(path, "-p DC-PR");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("error: task DC-PR asks about one argument"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("hint: name it with -a ARG"), std::string::npos) << r.err;
    r = af(path, "-p SE-XX");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("error: unknown task 'SE-XX'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("hint: "), std::string::npos) << r.err;
    r = af(path, "-p DS-ST -a nixon");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("there is no argument 'nixon'"), std::string::npos) << r.err;
    r = af(file("three.af", "p af 3\n"), "-p DC-GR -a 4");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("numbers 1 to 3"), std::string::npos) << r.err;
    for (char const* task : {"SE-PR", "EE-GR", "se-st", "EE-CO"}) {
        r = af(path, std::string("-p ") + task + " -a r");
        EXPECT_EQ(r.exit_code, 2) << task;
        EXPECT_EQ(r.out, "") << task;
        EXPECT_NE(r.err.find("takes no argument, but -a r was given"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("hint: -a is for DC and DS"), std::string::npos) << r.err;
    }
    r = af(path, "-p DS-CO");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("error: task DS-CO asks about one argument"), std::string::npos) << r.err;
    EXPECT_EQ(af(path, "").exit_code, 2);   // -p is required
    EXPECT_EQ(af((dir_ / "missing.apx").string(), "-p SE-GR").exit_code, 2);
    EXPECT_EQ(af(dir_.string(), "-p SE-GR --format apx").exit_code, 2);
}

TEST_F(AfCli, InputCapApplies) {
    auto const path = file("nixon.apx", nixon);
    auto r = af(path, "-p SE-GR --max-input 10");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("larger than the input limit of 10 bytes"), std::string::npos) << r.err;
    r = run(elenchus::test::elenchus("af /dev/zero --format i23 -p SE-GR --max-input 100000"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("larger than the input limit"), std::string::npos) << r.err;
}

TEST_F(AfCli, TimeoutGivesNoAnswerAndExitOne) {
    // 20,000 arguments, 3 random attacks each: reading alone takes longer than 1 ms, so the
    // limit has passed before the first SAT call, on any machine.
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> any(1, 20000);
    std::string text = "p af 20000\n";
    for (int i = 0; i < 60000; ++i) text += std::to_string(any(rng)) + " " + std::to_string(any(rng)) + "\n";
    auto const big = file("big.af", text);
    for (char const* task : {"SE-ST", "SE-PR", "EE-PR", "DC-ST -a 2"}) {
        auto const r = af(big, std::string("-p ") + task + " --timeout 0.001");
        EXPECT_EQ(r.exit_code, 1) << task << r.err;
        EXPECT_EQ(r.out, "") << task;
        EXPECT_NE(r.err.find("no answer: the time limit of 0.001 s was reached"), std::string::npos) << r.err;
    }
    auto const ee = af(big, "-p EE-CO --timeout 0.001");
    EXPECT_EQ(ee.exit_code, 1);
    EXPECT_NE(ee.err.find("the enumeration is incomplete"), std::string::npos) << ee.err;
    // Grounded needs no solver: answered within any limit.
    EXPECT_EQ(af(big, "-p SE-GR --timeout 0.001").exit_code, 0);
    // A limit that is not reached changes nothing.
    auto const nixon_path = file("nixon.apx", nixon);
    auto const r = af(nixon_path, "-p EE-ST --timeout 60");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines_of(r.out), (std::set<std::string>{"w r pa", "w q pa"}));
    for (char const* bad : {"0", "0.0001", "-1", "nan", "inf", "abc", "86401"}) {
        auto const refused = af(nixon_path, std::string("-p SE-ST --timeout ") + bad);
        EXPECT_EQ(refused.exit_code, 2) << bad;
        EXPECT_EQ(refused.out, "") << bad;
        EXPECT_NE(refused.err.find("--timeout"), std::string::npos) << refused.err;
    }
}

TEST_F(AfCli, BinaryGarbageIsAnErrorNotACrash) {
    std::string junk;
    std::mt19937 rng(3);
    for (int i = 0; i < 4000; ++i) junk += static_cast<char>(rng() & 0xff);
    for (char const* name : {"junk.apx", "junk.af"}) {
        auto const r = af(file(name, junk), "-p EE-PR");
        EXPECT_EQ(r.exit_code, 2) << r.err;
    }
}

// The program's EE output, read back, equals the brute-force extensions.
TEST_F(AfCli, EnumerationMatchesTheReferenceThroughTheProgram) {
    std::mt19937 rng(11);
    for (int round = 0; round < 12; ++round) {
        std::size_t const n = 3 + static_cast<std::size_t>(round % 8);
        auto const f = elenchus::test::random_framework(rng, n, 0.25, 0.05);
        std::string text = "p af " + std::to_string(n) + "\n";
        for (af::ArgumentId a = 0; a < n; ++a)
            for (af::ArgumentId b : f.attacked_by(a))
                text += std::to_string(a + 1) + " " + std::to_string(b + 1) + "\n";
        auto const path = file("random.af", text);
        auto const ref = elenchus::test::reference_semantics(f);
        for (auto s :
             {af::Semantics::grounded, af::Semantics::complete, af::Semantics::preferred, af::Semantics::stable}) {
            std::set<std::string> expected;
            for (auto m : ref.of(s)) {
                std::string line = "w";
                for (std::size_t i = 0; i < n; ++i)
                    if (m >> i & 1) line += " " + std::to_string(i + 1);
                expected.insert(line);
            }
            auto const r = af(path, std::string("-p EE-") + std::string(af::abbreviation(s)));
            EXPECT_EQ(r.exit_code, 0) << r.err;
            EXPECT_EQ(lines_of(r.out), expected) << text;
        }
    }
}

}   // namespace
