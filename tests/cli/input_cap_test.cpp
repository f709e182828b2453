// Input is read with a size cap (`--max-input`, default 64 MiB), in chunks, so that an
// endless or huge input ends with exit 2 instead of filling memory (docs/cli.md).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;

namespace {

std::string program(std::string const& arguments) { return elenchus::test::elenchus(arguments); }

TEST(InputCap, DevZeroEndsWithExitTwo) {
    auto start = std::chrono::steady_clock::now();
    auto r = run(program("check /dev/zero"));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("'/dev/zero' is larger than the input limit of 67108864 bytes"), std::string::npos) << r.err;
    EXPECT_LT(seconds, 10.0);
    r = run(program("check --format json /dev/zero --max-input 1000"));
    EXPECT_EQ(r.exit_code, 2);
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_NE(doc["diagnostics"][0]["message"].get<std::string>().find("1000 bytes"), std::string::npos) << r.out;
}

TEST(InputCap, EverySubcommandThatReadsAFileTakesTheCap) {
    auto const size = fs::file_size("examples/syllogisms.arg");
    std::string const under = std::to_string(size - 1), exact = std::to_string(size);
    for (std::string sub :
         {"check examples/syllogisms.arg", "export examples/syllogisms.arg", "fmt examples/syllogisms.arg",
          "explain examples/syllogisms.arg greeks_mortal", "whatif examples/syllogisms.arg --without humans_mortal",
          "map --no-check --format dot examples/syllogisms.arg"}) {
        auto r = run(program(sub + " --max-input " + under));
        EXPECT_EQ(r.exit_code, 2) << sub << ": " << r.err;
        EXPECT_NE(r.err.find("larger than the input limit of " + under + " bytes"), std::string::npos)
            << sub << ": " << r.err;
        r = run(program(sub + " --max-input " + exact));
        EXPECT_NE(r.exit_code, 2) << sub << ": a file of exactly the cap is read: " << r.err;
    }
}

TEST(InputCap, TheCapItselfIsValidated) {
    for (std::string value : {"0", "-1", "abc", "4294967297", "1.5"}) {
        auto r = run(program("check examples/syllogisms.arg --max-input '" + value + "'"));
        EXPECT_EQ(r.exit_code, 2) << value;
        EXPECT_NE(r.err.find("--max-input"), std::string::npos) << r.err;
    }
}

TEST(InputCap, TheDerivationOfVerifyIsCappedToo) {
    auto json = fs::temp_directory_path() / ("elenchus-cap-" + std::to_string(::getpid()) + ".json");
    auto r = run(program("explain --format json examples/syllogisms.arg greeks_mortal > '" + json.string() + "'"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = run(program("explain --verify '" + json.string() + "' --max-input 100"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("larger than the input limit of 100 bytes"), std::string::npos) << r.err;
    r = run(program("explain --verify '" + json.string() + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    fs::remove(json);
}

TEST(InputCap, AFifoIsReadToItsEnd) {
    auto fifo = fs::temp_directory_path() / ("elenchus-cap-fifo-" + std::to_string(::getpid()));
    fs::remove(fifo);
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto r = run("(cat examples/syllogisms.arg > '" + fifo.string() + "' &) ; " +
                 program("fmt --check '" + fifo.string() + "'"));
    EXPECT_NE(r.exit_code, 2) << r.err;
    r = run("(yes 'premise p: true' > '" + fifo.string() + "' 2>/dev/null &) ; " +
            program("check '" + fifo.string() + "' --max-input 100000"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("larger than the input limit"), std::string::npos) << r.err;
    fs::remove(fifo);
}

}   // namespace
