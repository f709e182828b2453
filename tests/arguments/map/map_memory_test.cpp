// The map must never corrupt memory inside Graphviz. Relation edges joining arguments of one
// rank once went through Graphviz 2.42's flat-edge labelling, which frees a stale block
// (malloc_consolidate aborted some runs, others exited 0 with a corrupt heap), so an exit
// status alone proves nothing: every rendering here runs under valgrind's memcheck, which
// reports any invalid read, write or free inside the uninstrumented Graphviz libraries.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/run.hpp"

namespace fs = std::filesystem;

namespace {

bool have_valgrind() { return std::system("command -v valgrind >/dev/null 2>&1") == 0; }

// n arguments a0..a(n-1), each concluding its own claim from its own premise.
std::string arguments(int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += "predicate c" + std::to_string(i) + "\n";
    for (int i = 0; i < n; ++i) {
        auto k = std::to_string(i);
        text += "premise p" + k + ": c" + k + " or not c" + k + "\n";
        text += "claim k" + k + ": c" + k + "\n";
        text += "argument a" + k + " \"Argument " + k + "\" from p" + k + " therefore k" + k + "\n";
    }
    return text;
}

struct Shape {
    char const* name;
    std::string text;
};

std::vector<Shape> shapes() {
    std::vector<Shape> out;
    out.push_back({"mutual", arguments(2) + "a0 attacks a1\na1 attacks a0\n"});
    out.push_back({"cycle", arguments(4) + "a0 attacks a1\na1 attacks a2\na2 attacks a3\na3 attacks a0\n"});
    out.push_back({"one-attacks-many",
                   arguments(6) + "a0 attacks a1\na0 attacks a2\na0 attacks a3\na0 attacks a4\na0 attacks a5\n"});
    out.push_back(
        {"supports-into-attacked", arguments(4) + "a0 supports a1\na2 attacks a1\na3 attacks a0\na1 attacks a2\n"});
    // The classroom debate of issue 13: pro and con attack each other, a rebuttal of con,
    // a practical objection to pro.
    out.push_back({"debate",
                   "predicate distraction\npredicate grades_rise\npredicate ban\npredicate safety_need\n"
                   "predicate enforceable\n"
                   "premise distracts: distraction\npremise link: distraction -> (ban -> grades_rise)\n"
                   "premise parents: safety_need\npremise safety_rule: safety_need -> not ban\n"
                   "hypothesis no_enforce: not enforceable\npremise enforce_rule: not enforceable -> not ban\n"
                   "premise landlines: not safety_need or enforceable\n"
                   "claim do_ban: ban\nclaim dont_ban: not ban\n"
                   "argument pro \"Ban phones\" from distracts, link therefore do_ban\n"
                   "argument con \"Keep phones for safety\" from parents, safety_rule therefore dont_ban\n"
                   "argument rebuttal from landlines, parents therefore dont_ban\n"
                   "argument practical from no_enforce, enforce_rule therefore dont_ban\n"
                   "pro attacks con\ncon attacks pro\nrebuttal attacks con\npractical attacks pro\n"});
    return out;
}

}   // namespace

TEST(MapMemory, EveryShapeRendersWithoutAMemoryError) {
#if defined(__SANITIZE_ADDRESS__)
    // Valgrind cannot run a program built with AddressSanitizer; there map_render_test draws
    // the same shapes and ASan itself catches an invalid free inside Graphviz.
    GTEST_SKIP() << "an AddressSanitizer build: map_render_test covers this";
#endif
    if (!have_valgrind()) GTEST_SKIP() << "valgrind is not installed (scripts/install-deps.sh installs it)";
    auto dir = fs::temp_directory_path() / ("elenchus-map-memory-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (auto const& shape : shapes()) {
        auto file = dir / (std::string(shape.name) + ".arg");
        std::ofstream(file) << shape.text;
        for (char const* format : {"svg", "png", "html"}) {
            auto out = dir / (std::string(shape.name) + "." + format);
            auto r = elenchus::test::run("valgrind -q --error-exitcode=97 " +
                                         elenchus::test::elenchus("map --format " + std::string(format) + " -o '" +
                                                                  out.string() + "' '" + file.string() + "'"));
            EXPECT_EQ(r.exit_code, 0) << shape.name << " as " << format << ":\n" << r.err;
            EXPECT_GT(fs::file_size(out), 100u) << shape.name << " as " << format;
        }
    }
    fs::remove_all(dir);
}
