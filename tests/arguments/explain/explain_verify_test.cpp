// Tampered derivations: the checker must notice a changed formula, a missing use and a
// wrong rule, in the library and through the program (`explain --format json` then
// `explain --verify`), and accept every derivation the examples produce after the trip
// through JSON.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "arguments/explain/explain.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "solver/step_checker.hpp"
#include "support/explained.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using namespace elenchus::test;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;
fs::path const article = root / "examples" / "azerbaijan-nato.arg";

// Tampering: the checker must notice a changed formula, a missing use and a wrong rule.
TEST(Explain, CheckerRejectsTamperedDerivations) {
    auto l = load_file(article);
    ASSERT_TRUE(l.theory);
    auto e = explained(*l.theory, "legal_barrier");
    ASSERT_EQ(e.derivations.size(), 1u);
    Derivation const good = e.derivations[0];
    solver::StepChecker checker(*l.theory);
    EXPECT_TRUE(check_derivation(*l.theory, good, checker).ok);
    ASSERT_FALSE(good.steps.empty());
    std::size_t const last = good.steps.size() - 1;
    auto rejected_at_last = [&](Derivation const& d, char const* what) {
        auto r = check_derivation(*l.theory, d, checker);
        EXPECT_FALSE(r.ok) << what;
        EXPECT_EQ(r.line, static_cast<int>(last + 1)) << what << ": " << r.message;
    };

    Derivation changed = good;   // the conclusion `not may_accede(...)` replaced by its negation
    ASSERT_EQ(changed.steps[last].formula.op, logic::Term::Op::logical_not) << dump(good);
    changed.steps[last].formula = changed.steps[last].formula.args[0];
    rejected_at_last(changed, "changed");

    Derivation missing = good;
    ASSERT_FALSE(missing.steps[last].uses.empty());
    missing.steps[last].uses.pop_back();
    rejected_at_last(missing, "missing");

    Derivation wrong = good;
    wrong.steps[last].rule = Rule::modus_ponens;
    rejected_at_last(wrong, "wrong");
}

// Ex falso (⊥E, as in forall x and Fitch): the line it cites must be ⊥ itself. A line that
// cites `rain` and repeats it follows from what it cites, so only the rule's shape can
// refuse it; the same conclusion from a ⊥ derived from `rain` and `not rain` is accepted.
TEST(Explain, ExFalsoCitesBottomOnly) {
    auto l = load_text("falso.arg", "predicate rain\npredicate wet\npremise it_rains: rain\n"
                                    "premise dry: not rain\nclaim c: rain\nclaim w: wet\n");
    ASSERT_TRUE(l.theory);
    auto const& t = *l.theory;
    auto formula = [&](char const* name) {
        return t.statements[static_cast<std::size_t>(*t.find_statement(name))].formula;
    };
    auto step = [](int n, logic::Term f, Rule rule, std::vector<int> uses, std::string statement = {}) {
        Step s;
        s.n = n;
        s.formula = std::move(f);
        s.rule = rule;
        s.uses = std::move(uses);
        s.statement = std::move(statement);
        return s;
    };
    solver::StepChecker checker(t);
    Derivation not_bottom{"c", DerivationKind::claim, "follows", {}, false, {}};
    not_bottom.steps = {step(1, formula("it_rains"), Rule::premise, {}, "it_rains"),
                        step(2, formula("c"), Rule::ex_falso, {1})};
    auto r = check_derivation(t, not_bottom, checker);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, 2) << r.message;

    Derivation from_bottom{"w", DerivationKind::claim, "follows", {}, false, {}};
    from_bottom.steps = {
        step(1, formula("it_rains"), Rule::premise, {}, "it_rains"), step(2, formula("dry"), Rule::premise, {}, "dry"),
        step(3, formulas::make_false(), Rule::contradiction, {1, 2}), step(4, formula("w"), Rule::ex_falso, {3})};
    auto ok = check_derivation(t, from_bottom, checker);
    EXPECT_TRUE(ok.ok) << ok.line << ": " << ok.message;
}

// The same through the program: `explain --format json` then `explain --verify`.
TEST(ExplainCli, VerifyAcceptsGeneratedAndRejectsTampered) {
    if (!fs::exists(ELENCHUS_BINARY)) GTEST_SKIP() << "the elenchus binary is not built";
    auto gen = test::run(test::elenchus("explain --format json examples/azerbaijan-nato.arg legal_barrier"));
    ASSERT_EQ(gen.exit_code, 0) << gen.err;
    auto doc = nlohmann::json::parse(gen.out);
    EXPECT_EQ(doc["verified"], true);
    auto dir = fs::temp_directory_path() / ("elenchus-explain-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto verify = [&](nlohmann::json const& j, std::string const& name) {
        auto path = dir / (name + ".json");
        std::ofstream(path) << j.dump(2);
        return test::run(test::elenchus("explain --verify '" + path.string() + "'"));
    };
    auto rejected_at = [&](nlohmann::json const& j, std::string const& name, std::size_t line) {
        auto r = verify(j, name);
        EXPECT_EQ(r.exit_code, 1) << name;
        EXPECT_NE(r.err.find("line " + std::to_string(line)), std::string::npos) << name << ": " << r.err;
    };
    auto ok = verify(doc, "good");
    EXPECT_EQ(ok.exit_code, 0) << ok.err;

    ASSERT_FALSE(doc["steps"].empty());
    std::size_t const last = doc["steps"].size() - 1;
    auto changed = doc;
    changed["steps"][last]["formula"] = "may_accede(Azerbaijan)";
    rejected_at(changed, "changed", last + 1);

    auto missing = doc;
    ASSERT_FALSE(missing["steps"][last]["uses"].empty());
    missing["steps"][last]["uses"].erase(missing["steps"][last]["uses"].size() - 1);
    rejected_at(missing, "missing", last + 1);

    auto wrong = doc;
    wrong["steps"][last]["rule"] = "modus_ponens";
    rejected_at(wrong, "wrong", last + 1);

    auto premise = doc;   // a stated line that claims another statement's formula
    premise["steps"][0]["formula"] = "may_host_foreign_bases(Azerbaijan)";
    rejected_at(premise, "premise", 1);
    fs::remove_all(dir);
}

// Every derivation the examples produce survives the trip through JSON: `explain --format
// json` then `explain --verify` accepts it. (The knights' three-way case split once did not:
// a disjunction of three reads back as nested binary `or`s.)
TEST(ExplainCli, VerifyAcceptsEveryGeneratedExplanationOfTheExamples) {
    if (!fs::exists(ELENCHUS_BINARY)) GTEST_SKIP() << "the elenchus binary is not built";
    auto dir = fs::temp_directory_path() / ("elenchus-roundtrip-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::size_t verified = 0;
    for (auto const& entry : fs::directory_iterator(root / "examples")) {
        if (entry.path().extension() != ".arg") continue;
        auto l = load_file(entry.path());
        ASSERT_TRUE(l.theory) << entry.path();
        std::vector<std::string> names{"inconsistency"};
        for (int c : l.theory->claims()) names.push_back(l.theory->statements[static_cast<std::size_t>(c)].name);
        for (auto const& a : l.theory->arguments) names.push_back(a.name);
        for (auto const& name : names) {
            std::string const what = entry.path().filename().string() + " " + name;
            auto gen = test::run(
                test::elenchus("explain --format json 'examples/" + entry.path().filename().string() + "' " + name));
            auto doc = nlohmann::json::parse(gen.out, nullptr, false);
            ASSERT_FALSE(doc.is_discarded()) << what << ": " << gen.out << gen.err;
            bool const has_steps = (doc.contains("steps") && !doc["steps"].empty()) ||
                                   (doc.contains("derivations") && !doc["derivations"].empty());
            if (!has_steps) continue;   // open, invalid, consistent: nothing to verify
            auto path = dir / "explanation.json";
            std::ofstream(path) << gen.out;
            auto r = test::run(test::elenchus("explain --verify '" + path.string() + "'"));
            EXPECT_EQ(r.exit_code, 0) << what << ": " << r.err;
            ++verified;
        }
    }
    EXPECT_GE(verified, 20u);
    fs::remove_all(dir);
}

// Two derivations of ⊥ from a consistent file that an earlier checker accepted: a
// generalization that leaves its individual free in the result (its Z3 check was vacuous,
// the premise closed over a supposition's variable), and one name read as an Int on one
// line and a Real on another. Each must be rejected at its first bad line.
TEST(ExplainCli, VerifyRejectsUnsoundTamperedDerivations) {
    if (!fs::exists(ELENCHUS_BINARY)) GTEST_SKIP() << "the elenchus binary is not built";
    auto dir = fs::temp_directory_path() / ("elenchus-unsound-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto line = [](int n, char const* formula, char const* rule, std::vector<int> uses, int depth,
                   std::vector<std::string> arbitrary) {
        nlohmann::json j{{"n", n}, {"formula", formula}, {"rule", rule}, {"uses", uses}, {"depth", depth}};
        if (!arbitrary.empty()) j["arbitrary"] = arbitrary;
        return j;
    };
    auto rejected_at = [&](std::string const& name, nlohmann::json steps, int bad) {
        nlohmann::json doc{{"file", "examples/propositional-forms.arg"},
                           {"name", "inconsistency"},
                           {"kind", "inconsistency"},
                           {"status", "inconsistent"},
                           {"derivations", nlohmann::json::array({{{"steps", std::move(steps)}}})}};
        auto path = dir / (name + ".json");
        std::ofstream(path) << doc.dump(2);
        auto r = test::run(test::elenchus("explain --verify '" + path.string() + "'"));
        EXPECT_EQ(r.exit_code, 1) << name << ": " << r.out << r.err;
        EXPECT_NE(r.err.find("line " + std::to_string(bad) + ":"), std::string::npos) << name << ": " << r.err;
    };
    rejected_at(
        "free-after-generalization",
        {line(1, "z > 0", "supposition", {}, 1, {"z: Int"}),
         line(2, "y = y and z > 0", "arithmetic", {1}, 1, {"y: Int", "z: Int"}),
         line(3, "forall x: Int. x = y and z > 0", "universal_generalization", {2}, 1, {"y: Int", "z: Int"}),
         line(4, "z > 0 -> forall x: Int. x = y and z > 0", "conditional_proof", {1, 3}, 0, {"y: Int", "z: Int"}),
         line(5, "forall z: Int. z > 0 -> forall x: Int. x = y and z > 0", "universal_generalization", {4}, 0,
              {"y: Int"}),
         line(6, "1 > 0 -> forall x: Int. x = y and 1 > 0", "universal_instantiation", {5}, 0, {"y: Int"}),
         line(7, "1 > 0", "arithmetic", {}, 0, {}),
         line(8, "forall x: Int. x = y and 1 > 0", "modus_ponens", {6, 7}, 0, {"y: Int"}),
         line(9, "false", "arithmetic", {8}, 0, {"y: Int"})},
        3);
    rejected_at(
        "int-and-real",
        {line(1, "2 * z = 1", "supposition", {}, 1, {"z: Real"}),
         line(2, "2 * z = 1", "arithmetic", {1}, 1, {"z: Int"}), line(3, "false", "arithmetic", {2}, 1, {"z: Int"}),
         line(4, "not 2 * z = 1", "reductio", {1, 3}, 0, {"z: Real"}),
         line(5, "forall z: Real. not 2 * z = 1", "universal_generalization", {4}, 0, {}),
         line(6, "not 2 * 0.5 = 1", "universal_instantiation", {5}, 0, {}), line(7, "false", "arithmetic", {6}, 0, {})},
        2);
    fs::remove_all(dir);
}

}   // namespace
