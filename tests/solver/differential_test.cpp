// Differential test: every verdict we reach on the example and test files is re-decided by
// Debian's `z3` binary on our SMT-LIB export, an independent parser and solver run.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "arguments/verdicts/report.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "support/z3_binary.hpp"

using namespace elenchus;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> argument_files() {
    std::vector<std::string> files;
    fs::path root = ELENCHUS_SOURCE_DIR;
    for (auto dir : {"examples", "tests"}) {
        if (!fs::exists(root / dir)) continue;
        for (auto const& e : fs::recursive_directory_iterator(root / dir)) {
            auto rel = fs::relative(e.path(), root).generic_string();
            if (e.path().extension() != ".arg" || rel.rfind("tests/golden/errors", 0) == 0) continue;
            files.push_back(rel);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<logic::Theory> load(std::string const& rel) {
    std::ifstream in(fs::path(ELENCHUS_SOURCE_DIR) / rel, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    SourceFile source(rel, text);
    Diagnostics diagnostics;
    auto file = parse(source, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
    return check(file, diagnostics);
}

class Judge {
public:
    Judge(logic::Theory const& theory, std::string tag) : theory_(theory), tag_(std::move(tag)) {}

    // `expected` is "sat" or "unsat"; a binary that times out or gives up proves nothing.
    void expect(std::vector<int> const& statements, logic::Term const* goal, std::string const& expected,
                std::string const& what) {
        auto text = solver::export_smtlib(theory_, statements, goal);
        auto answer = test::run_z3(text, tag_);
        if (answer == "unknown" || answer == "timeout") {
            ++inconclusive;
            return;
        }
        ++compared;
        EXPECT_EQ(answer, expected) << what << "\n" << text;
    }
    std::vector<int> indices(NameSet const& names) const {
        std::vector<int> r;
        for (auto const& n : names) r.push_back(*theory_.find_statement(n));
        return r;
    }
    int compared = 0;
    int inconclusive = 0;

private:
    logic::Theory const& theory_;
    std::string tag_;
};

logic::Term negation(logic::Term const& t) {
    logic::Term n;
    n.op = logic::Term::Op::logical_not;
    n.type = {logic::Type::Kind::boolean, -1};
    n.args.push_back(t);
    return n;
}

void judge_consistency(Judge& judge, std::vector<int> const& asserted, ConsistencyVerdict const& v,
                       std::string const& where) {
    if (!v.consistent) return;
    judge.expect(asserted, nullptr, *v.consistent ? "sat" : "unsat", where + ": consistency");
    for (auto const& set : v.inconsistent_sets) {
        auto members = judge.indices(set);
        judge.expect(members, nullptr, "unsat", where + ": inconsistent set");
        for (int drop : members) {
            std::vector<int> rest;
            for (int m : members)
                if (m != drop) rest.push_back(m);
            judge.expect(rest, nullptr, "sat", where + ": inconsistent set not minimal");
        }
    }
}

void judge_claims(Judge& judge, logic::Theory const& theory, std::vector<int> const& asserted,
                  std::vector<ClaimVerdict> const& claims, std::string const& where) {
    for (auto const& c : claims) {
        auto const& formula = theory.statements[static_cast<std::size_t>(*theory.find_statement(c.name))].formula;
        auto negated = negation(formula);
        std::string what = where + ": claim " + c.name + " " + to_string(c.status);
        switch (c.status) {
        case ClaimStatus::follows:
            judge.expect(asserted, &formula, "unsat", what);
            judge.expect(judge.indices(c.support), &formula, "unsat", what + " (support)");
            break;
        case ClaimStatus::refuted:
            judge.expect(asserted, &negated, "unsat", what);
            judge.expect(judge.indices(c.support), &negated, "unsat", what + " (support)");
            break;
        case ClaimStatus::open:
            judge.expect(asserted, &formula, "sat", what);
            judge.expect(asserted, &negated, "sat", what);
            break;
        case ClaimStatus::vacuous: judge.expect(asserted, nullptr, "unsat", what); break;
        case ClaimStatus::unknown: break;
        }
    }
}

void judge_arguments(Judge& judge, logic::Theory const& theory, std::vector<int> const& asserted,
                     std::vector<ArgumentVerdict> const& verdicts, std::string const& where) {
    for (auto const& v : verdicts) {
        if (!v.valid) continue;
        auto const& a = theory.arguments[static_cast<std::size_t>(*theory.find_argument(v.name))];
        std::vector<int> basis = a.premises;
        for (int i : asserted)
            if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::axiom) basis.push_back(i);
        auto const& conclusion = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
        judge.expect(basis, &conclusion, *v.valid ? "unsat" : "sat", where + ": argument " + v.name);
    }
}

class Differential : public ::testing::TestWithParam<std::string> {};

}   // namespace

TEST_P(Differential, Z3BinaryAgreesWithEveryVerdict) {
    if (!test::z3_binary_available()) GTEST_SKIP() << "the z3 binary is not installed";
    auto theory = load(GetParam());
    if (!theory) GTEST_SKIP() << GetParam() << " does not parse and check";
    auto report = check_theory(*theory, {});
    Judge judge(*theory, fs::path(GetParam()).stem().string());

    auto baseline = theory->baseline();
    judge_consistency(judge, baseline, report.consistency, "baseline");
    judge_claims(judge, *theory, baseline, report.claims, "baseline");
    judge_arguments(judge, *theory, baseline, report.arguments, "baseline");
    for (std::size_t k = 0; k < theory->scenarios.size() && k < report.scenarios.size(); ++k) {
        auto asserted = theory->asserted_in(theory->scenarios[k]);
        auto const& s = report.scenarios[k];
        judge_consistency(judge, asserted, s.consistency, "scenario " + s.name);
        judge_claims(judge, *theory, asserted, s.claims, "scenario " + s.name);
        judge_arguments(judge, *theory, asserted, s.arguments, "scenario " + s.name);
    }
    RecordProperty("compared", judge.compared);
    RecordProperty("inconclusive", judge.inconclusive);
    std::cout << GetParam() << ": " << judge.compared << " verdicts compared, " << judge.inconclusive
              << " inconclusive\n";
}

INSTANTIATE_TEST_SUITE_P(Files, Differential, ::testing::ValuesIn(argument_files()),
                         [](::testing::TestParamInfo<std::string> const& file) {   // not `info`, the macro's parameter
                             std::string name;
                             for (char ch : file.param) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             return name;
                         });
