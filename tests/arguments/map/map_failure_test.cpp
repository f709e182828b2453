// A failure inside Graphviz is an error with its reason, never a signal: render_graphviz runs
// Graphviz in a child process, and `elenchus map` reports what happened there with exit 3
// and writes nothing. The failures are real ones inside Graphviz: a plugin directory
// (GVBINDIR, Graphviz's own setting) whose only dot layout is a plugin that aborts, crashes
// or exits (failing_graphviz_plugin.cpp), and a directory with no layout plugin at all.
#include <gtest/gtest.h>

#include <chrono>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "arguments/map/render.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;

namespace {

// A plugin directory whose config names only the failing plugin (or nothing at all).
fs::path plugin_directory(bool with_failing_plugin) {
    auto dir = fs::temp_directory_path() /
               ("elenchus-gvplugins-" + std::to_string(::getpid()) + (with_failing_plugin ? "-failing" : "-empty"));
    fs::create_directories(dir);
    std::ofstream config(dir / "config6a");
    if (with_failing_plugin) config << FAILING_GRAPHVIZ_PLUGIN " failing {\n\tlayout {\n\t\tdot 0\n\t}\n}\n";
    return dir;
}

struct Outcome {
    elenchus::test::RunResult run;
    std::string output;   // what OUT holds afterwards
};

// `elenchus map` of an example with Graphviz failing as `how` says; OUT held "before".
Outcome map_with(fs::path const& plugins, std::string const& how, std::string const& format,
                 std::string const& options = "") {
    auto out = fs::temp_directory_path() / ("elenchus-failure-" + std::to_string(::getpid()) + "." + format);
    std::ofstream(out) << "before";
    Outcome o;
    o.run = elenchus::test::run("GVBINDIR='" + plugins.string() + "' ELENCHUS_TEST_GRAPHVIZ_FAILURE=" + how + " " +
                                elenchus::test::elenchus("map " + options + "--format " + format + " -o '" +
                                                         out.string() + "' examples/syllogisms.arg"));
    o.output = elenchus::test::read_text(out);
    fs::remove(out);
    return o;
}

}   // namespace

TEST(MapFailure, AbortInsideGraphvizIsExit3WithTheSignalAndNothingWritten) {
    auto plugins = plugin_directory(true);
    for (char const* format : {"svg", "html"}) {
        auto o = map_with(plugins, "abort", format);
        EXPECT_EQ(o.run.exit_code, 3) << format << ": " << o.run.err;
        EXPECT_NE(o.run.err.find("elenchus: Graphviz failed: its process was killed by signal 6 (Aborted)"),
                  std::string::npos)
            << o.run.err;
        EXPECT_EQ(o.output, "before") << format;
        EXPECT_TRUE(o.run.out.empty());
    }
    fs::remove_all(plugins);
}

TEST(MapFailure, CrashInsideGraphvizIsExit3) {
    auto plugins = plugin_directory(true);
    auto o = map_with(plugins, "segv", "svg");
    EXPECT_EQ(o.run.exit_code, 3) << o.run.err;
    // Plainly the signal; under AddressSanitizer its handler reports the SEGV and exits 1.
    bool const explained =
        o.run.err.find("killed by signal 11 (Segmentation fault)") != std::string::npos ||
        (o.run.err.find("exited with status 1") != std::string::npos && o.run.err.find("SEGV") != std::string::npos);
    EXPECT_TRUE(explained) << o.run.err;
    EXPECT_EQ(o.output, "before");
    fs::remove_all(plugins);
}

TEST(MapFailure, GraphvizExitingIsExit3) {
    auto plugins = plugin_directory(true);
    auto o = map_with(plugins, "exit", "svg");
    EXPECT_EQ(o.run.exit_code, 3) << o.run.err;
    EXPECT_NE(o.run.err.find("Graphviz failed: its process exited with status 1 before finishing the map"),
              std::string::npos)
        << o.run.err;
    EXPECT_EQ(o.output, "before");
    fs::remove_all(plugins);
}

// A layout that never ends is stopped at the run's --timeout: exit 3, not a hang.
TEST(MapFailure, GraphvizHangingIsStoppedAtTheTimeout) {
    auto plugins = plugin_directory(true);
    auto const start = std::chrono::steady_clock::now();
    auto o = map_with(plugins, "hang", "svg", "--timeout 2 ");
    auto const took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(o.run.exit_code, 3) << o.run.err;
    EXPECT_NE(o.run.err.find("Graphviz failed: it did not finish the map within the run's time limit"),
              std::string::npos)
        << o.run.err;
    EXPECT_EQ(o.output, "before");
    // Two seconds of limit; the bound is loose so that a loaded machine does not fail it,
    // but a hang (the child left running) would never return at all.
    EXPECT_LT(took, std::chrono::seconds(60));
    fs::remove_all(plugins);
}

TEST(MapFailure, NoLayoutPluginIsExit3WithGraphvizsMessage) {
    auto plugins = plugin_directory(false);
    auto o = map_with(plugins, "none", "svg");
    EXPECT_EQ(o.run.exit_code, 3) << o.run.err;
    EXPECT_NE(o.run.err.find("Graphviz failed: its dot engine could not lay out"), std::string::npos) << o.run.err;
    EXPECT_NE(o.run.err.find("\"dot\" not recognized"), std::string::npos) << o.run.err;
    EXPECT_EQ(o.output, "before");
    fs::remove_all(plugins);
}

// The library itself: the caller survives an abort inside Graphviz and gets the reason.
// (Graphviz reads GVBINDIR when its context is made, which here happens in the child.)
TEST(MapFailure, RenderGraphvizReturnsAnErrorWhenGraphvizAborts) {
    auto plugins = plugin_directory(true);
    ::setenv("GVBINDIR", plugins.c_str(), 1);
    ::setenv("ELENCHUS_TEST_GRAPHVIZ_FAILURE", "abort", 1);
    auto r = elenchus::map::render_graphviz("digraph { a -> b }", "svg");
    ::unsetenv("GVBINDIR");
    EXPECT_TRUE(r.data.empty());
    EXPECT_NE(r.error.find("killed by signal 6"), std::string::npos) << r.error;
    fs::remove_all(plugins);
}
