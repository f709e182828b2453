// Conformance with the TPTP library: each problem of tests/conformance/tptp-syn states its
// answer on its `% Status` line (decided by the TPTP's provers, independently of Elenchus).
// Each is converted to Elenchus, run through the whole pipeline (parse, check,
// check_theory) and the verdict compared: Theorem -> the conjecture follows;
// CounterSatisfiable -> it does not (open or refuted); ContradictoryAxioms -> the axioms
// are inconsistent. `unknown` within the time budget is allowed but counted; a wrong
// verdict fails. Running the binary directly prints the counts (docs/conformance.md).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "arguments/verdicts/report.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "tptp/tptp_to_arg.hpp"

namespace {

namespace fs = std::filesystem;

fs::path problem_dir() { return fs::path(ELENCHUS_SOURCE_DIR) / "tests" / "conformance" / "tptp-syn"; }

// File names, sorted; one empty name when the folder is missing, so that the test fails
// rather than vanish.
std::vector<std::string> problems() {
    std::vector<std::string> names;
    if (fs::is_directory(problem_dir()))
        for (auto const& entry : fs::directory_iterator(problem_dir()))
            if (entry.path().extension() == ".p") names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    if (names.empty()) names.push_back("");
    return names;
}

enum class Outcome { right, unknown, wrong };

// Tallied per status across the tests of one process; printed at the end.
std::map<std::string, std::map<Outcome, int>>& tally() {
    static std::map<std::string, std::map<Outcome, int>> counts;
    return counts;
}

class Summary : public ::testing::Environment {
public:
    void TearDown() override {
        if (tally().empty()) return;
        int right = 0, unknown = 0, wrong = 0;
        std::cout << "TPTP conformance (status: right / unknown / wrong):\n";
        for (auto& [status, counts] : tally()) {
            std::cout << "  " << status << ": " << counts[Outcome::right] << " / " << counts[Outcome::unknown] << " / "
                      << counts[Outcome::wrong] << '\n';
            right += counts[Outcome::right];
            unknown += counts[Outcome::unknown];
            wrong += counts[Outcome::wrong];
        }
        std::cout << "  total: " << right << " / " << unknown << " / " << wrong << '\n';
    }
};
auto* const summary = ::testing::AddGlobalTestEnvironment(new Summary);

std::string read(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

// Z3's resource limit, not the clock, bounds each query, so the counts are the same on a
// busy machine as on an idle one: 4 million units is about one second of an idle core
// (measured with `z3 -st`). The timeout is only a safety net. A problem Z3 cannot settle
// spends the whole budget on each of its few queries, and those dominate the run time.
// ELENCHUS_CONFORMANCE_RLIMIT overrides the limit.
elenchus::CheckOptions budget() {
    elenchus::CheckOptions options;
    options.limits.rlimit = 4'000'000;
    if (char const* units = std::getenv("ELENCHUS_CONFORMANCE_RLIMIT"); units && *units)
        options.limits.rlimit = static_cast<unsigned>(std::strtoul(units, nullptr, 10));
    options.limits.timeout_ms = 30'000;
    options.max_inconsistent_sets = 1;   // one is enough to know it is inconsistent
    options.max_missing_sets = 0;
    return options;
}

class Conformance : public ::testing::TestWithParam<std::string> {};

TEST_P(Conformance, VerdictMatchesStatus) {
    if (GetParam().empty()) FAIL() << "no TPTP problems at " << problem_dir() << " (tests/conformance/README.md)";
    auto const path = problem_dir() / GetParam();
    auto const problem = read(path);
    auto const status = elenchus::tptp::status_of(problem);
    ASSERT_TRUE(status == "Theorem" || status == "CounterSatisfiable" || status == "ContradictoryAxioms")
        << "unexpected status '" << status << "'";

    auto const conversion = elenchus::tptp::to_arg(problem);
    ASSERT_EQ(conversion.error, "");
    elenchus::SourceFile source(GetParam() + ".arg", conversion.text);
    elenchus::Diagnostics diagnostics;
    // TPTP formulas nest up to 150 connectives deep here; the converter adds parentheses.
    auto const file = elenchus::parse(source, diagnostics, elenchus::ParseLimits{.max_nesting = 1024});
    ASSERT_FALSE(diagnostics.has_errors()) << render(source, diagnostics.sorted(), false);
    auto const theory = elenchus::check(file, diagnostics);
    ASSERT_TRUE(theory.has_value()) << render(source, diagnostics.sorted(), false);

    auto const report = elenchus::check_theory(*theory, budget());
    auto const conj =
        std::find_if(report.claims.begin(), report.claims.end(), [](auto const& c) { return c.name == "conj"; });
    ASSERT_NE(conj, report.claims.end());
    auto const claim = conj->status;
    using elenchus::ClaimStatus;

    Outcome outcome = Outcome::wrong;
    std::string verdict = elenchus::to_string(claim);
    if (status == "Theorem") {
        outcome = claim == ClaimStatus::follows   ? Outcome::right
                  : claim == ClaimStatus::unknown ? Outcome::unknown
                                                  : Outcome::wrong;
    } else if (status == "CounterSatisfiable") {
        outcome = claim == ClaimStatus::open || claim == ClaimStatus::refuted ? Outcome::right
                  : claim == ClaimStatus::unknown                             ? Outcome::unknown
                                                                              : Outcome::wrong;
    } else {
        auto const consistent = report.consistency.consistent;
        verdict = !consistent ? "consistency unknown" : *consistent ? "consistent" : "inconsistent";
        outcome = !consistent ? Outcome::unknown : *consistent ? Outcome::wrong : Outcome::right;
    }
    ++tally()[status][outcome];
    EXPECT_NE(outcome, Outcome::wrong) << GetParam() << ": TPTP says " << status << ", Elenchus says " << verdict
                                       << "\n--- converted:\n"
                                       << conversion.text;
    if (outcome == Outcome::unknown)
        std::cout << GetParam() << ": unknown (" << status << "): " << conj->reason << report.consistency.reason
                  << '\n';
}

std::string test_name(::testing::TestParamInfo<std::string> const& info) {
    if (info.param.empty()) return "absent";
    std::string name = fs::path(info.param).stem().string();
    for (auto& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(TptpSyn, Conformance, ::testing::ValuesIn(problems()), test_name);

}   // namespace
