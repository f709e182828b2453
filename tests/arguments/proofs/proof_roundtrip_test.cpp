// What `explain` prints is a proof: every golden explanation with a derivation (text, Fitch,
// markdown, JSON) is read as a proof file and graded correct against its file and goal, each
// line right. The independent answer is explain's own verifier having accepted the same
// derivation (the golden says "verified"), and the golden's status (a derivation exists).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "proof_support.hpp"

namespace fs = std::filesystem;
using namespace elenchus;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;

struct Case {
    std::string name;
    fs::path arg;
    std::string goal;
    fs::path out;
};

// The golden explanations that contain a derivation: `explain [options] FILE NAME`, FILE
// `{}` for the .arg beside the golden.
std::vector<Case> explanations() {
    std::vector<Case> cases;
    for (auto const& e : fs::directory_iterator(root / "tests/golden/explain")) {
        if (e.path().extension() != ".args") continue;
        std::istringstream words(test::read_text(e.path()));
        std::vector<std::string> positional;
        std::string w, previous;
        bool verify = false;
        while (words >> w) {
            if (w == "--verify") verify = true;
            if (w.rfind("--", 0) != 0 && previous != "--style" && previous != "--format" && w != "explain")
                positional.push_back(w);
            previous = w;
        }
        if (verify || positional.size() != 2) continue;
        auto base = e.path();
        base.replace_extension();
        std::string const out = test::read_text(base.string() + ".out");
        bool const derived =
            out.find("verified") != std::string::npos || out.find("Every line re-checked") != std::string::npos;
        if (!derived) continue;
        fs::path arg = positional[0] == "{}" ? fs::path(base.string() + ".arg") : root / positional[0];
        cases.push_back({base.filename().string(), arg, positional[1], base.string() + ".out"});
    }
    std::sort(cases.begin(), cases.end(), [](Case const& a, Case const& b) { return a.name < b.name; });
    return cases;
}

TEST(ProofRoundTrip, EveryGoldenExplanationChecksAsACorrectProof) {
    auto const cases = explanations();
    ASSERT_GE(cases.size(), 20u) << "the golden explanations were not found";
    std::size_t json = 0, markdown = 0, fitch = 0;
    for (auto const& c : cases) {
        SCOPED_TRACE(c.name);
        auto file = test::load_file(c.arg);
        ASSERT_TRUE(file.theory);
        std::string const text = test::read_text(c.out);
        json += text.front() == '{';
        markdown += text.rfind("## ", 0) == 0;
        fitch += text.find("├") != std::string::npos;
        auto g = test::grade_text(*file.theory, text, c.goal);
        ASSERT_EQ(g.errors, "");
        ASSERT_TRUE(g.grade) << g.grade_error;
        EXPECT_EQ(g.grade->status, proofs::ProofStatus::correct);
        ASSERT_FALSE(g.grade->proofs.empty());
        for (auto const& p : g.grade->proofs)
            for (auto const& l : p.lines) EXPECT_EQ(l.fault, proofs::Fault::none) << "line " << l.n << ": " << l.reason;
    }
    // Each rendering is among them.
    EXPECT_GE(json, 3u);
    EXPECT_GE(markdown, 1u);
    EXPECT_GE(fitch, 2u);
}

// Fresh explanations of every claim and argument of the examples that has a derivation, in
// both styles, read back as proofs: the round trip is not limited to the goldens.
TEST(ProofRoundTrip, FreshExplanationsOfTheExamplesCheck) {
    std::size_t checked = 0;
    for (auto const* example : {"propositional-forms", "syllogisms", "knights-and-knaves", "azerbaijan-nato"}) {
        fs::path const arg = root / "examples" / fmt::format("{}.arg", example);
        auto file = test::load_file(arg);
        ASSERT_TRUE(file.theory);
        std::vector<std::string> goals;
        for (auto const& s : file.theory->statements)
            if (s.kind == ast::StatementKind::claim) goals.push_back(s.name);
        for (auto const& a : file.theory->arguments) goals.push_back(a.name);
        for (auto const& goal : goals)
            for (auto const* style : {"flat", "fitch"}) {
                auto r = test::run(fmt::format("'{}' explain --no-color --style {} '{}' {}", ELENCHUS_BINARY, style,
                                               arg.string(), goal));
                if (r.out.find("verified:") == std::string::npos) continue;
                SCOPED_TRACE(fmt::format("{} {} {}", example, goal, style));
                auto g = test::grade_text(*file.theory, r.out, goal);
                ASSERT_EQ(g.errors, "");
                ASSERT_TRUE(g.grade) << g.grade_error;
                EXPECT_EQ(g.grade->status, proofs::ProofStatus::correct);
                ++checked;
            }
    }
    EXPECT_GE(checked, 20u);
}

}   // namespace
