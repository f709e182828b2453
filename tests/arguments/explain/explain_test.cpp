// `elenchus explain`: derivations that are short, minimal and checked line by line. The
// expected derivations are the textbook ones (Copi; Hurley; the article's own reasoning);
// every derivation is re-checked by the independent checker. This file: the examples and
// the textbook forms; small files in explain_rules_test, tampering in explain_verify_test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "arguments/explain/explain.hpp"
#include "grammar/checker.hpp"
#include "solver/session.hpp"
#include "support/explained.hpp"
#include "support/loaded.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using namespace elenchus::test;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;
fs::path const article = root / "examples" / "azerbaijan-nato.arg";

// The verdicts again, each from a fresh Session of its own (none of explain's queries, sets
// or search): a claim against the asserted statements, an argument's conclusion against its
// premises and the axioms. "unknown" when Z3 gives up, which no test accepts.
std::string claim_status(logic::Theory const& theory, int claim) {
    solver::Session s(theory, solver::Limits{});
    auto const world = theory.baseline();
    logic::Term const& c = theory.statements[static_cast<std::size_t>(claim)].formula;
    logic::Term not_c;
    not_c.op = logic::Term::Op::logical_not;
    not_c.args = {c};
    auto const consistent = s.satisfiable(world).answer;
    if (consistent == solver::Answer::unsat) return "vacuous";
    auto const holds = s.entails(world, c).answer;
    auto const fails = s.entails(world, not_c).answer;
    if (consistent == solver::Answer::unknown || holds == solver::Answer::unknown || fails == solver::Answer::unknown)
        return "unknown";
    return holds == solver::Answer::unsat ? "follows" : fails == solver::Answer::unsat ? "refuted" : "open";
}

std::string argument_status(logic::Theory const& theory, logic::Argument const& a) {
    solver::Session s(theory, solver::Limits{});
    std::vector<int> given = a.premises;
    for (int i : theory.baseline())
        if (theory.statements[static_cast<std::size_t>(i)].kind == ast::StatementKind::axiom) given.push_back(i);
    auto const o = s.entails(given, theory.statements[static_cast<std::size_t>(a.conclusion)].formula).answer;
    return o == solver::Answer::unsat ? "valid" : o == solver::Answer::sat ? "invalid" : "unknown";
}

// The article's legal barrier: the ban (quoted), the unstated membership assumption, its
// instance for Azerbaijan, and modus tollens — at most six lines.
TEST(Explain, LegalBarrierIsTheArticlesShortChain) {
    auto l = load_file(article);
    ASSERT_TRUE(l.theory);
    auto found = derivation_in(*l.theory, "legal_barrier");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_LE(d.steps.size(), 6u) << dump(d);
    EXPECT_EQ(fallback_steps(d), 0);
    auto by_statement = [&](std::string const& name) {
        return std::find_if(d.steps.begin(), d.steps.end(), [&](Step const& s) { return s.statement == name; });
    };
    auto ban = by_statement("base_ban");
    ASSERT_NE(ban, d.steps.end());
    EXPECT_EQ(ban->rule, Rule::premise);
    ASSERT_FALSE(ban->quotations.empty());
    EXPECT_NE(ban->quotations[0].quotation.find("constitution prohibits"), std::string::npos);
    auto bridge = by_statement("bases_required");
    ASSERT_NE(bridge, d.steps.end());
    EXPECT_EQ(bridge->rule, Rule::assumption);
    EXPECT_TRUE(has_rule(d, Rule::universal_instantiation));
    auto inst = std::find_if(d.steps.begin(), d.steps.end(),
                             [](Step const& s) { return s.rule == Rule::universal_instantiation; });
    ASSERT_NE(inst, d.steps.end()) << dump(d);
    EXPECT_EQ(inst->substitution, "c := Azerbaijan");
    EXPECT_EQ(d.steps.back().rule, Rule::modus_tollens);
}

// Every claim of every example: its verdict is the one a fresh Session gives; a claim that
// follows or is refuted gets a verified derivation; an open one two worlds.
TEST(Explain, EveryExampleClaimIsExplained) {
    std::size_t explained_claims = 0;
    for (auto const& entry : fs::directory_iterator(root / "examples")) {
        if (entry.path().extension() != ".arg") continue;
        auto l = load_file(entry.path());
        ASSERT_TRUE(l.theory) << entry.path();
        for (int c : l.theory->claims()) {
            auto const& name = l.theory->statements[static_cast<std::size_t>(c)].name;
            auto e = explained(*l.theory, name);
            SCOPED_TRACE(entry.path().filename().string() + " " + name + " " + to_string(e.status));
            EXPECT_EQ(to_string(e.status), claim_status(*l.theory, c));
            if (e.status == ExplanationStatus::follows || e.status == ExplanationStatus::refuted ||
                e.status == ExplanationStatus::vacuous) {
                ASSERT_EQ(e.derivations.size(), 1u);
                EXPECT_TRUE(e.derivations[0].verified) << dump(e.derivations[0]);
                // Every step of every example by a named rule: no `consequence` line.
                EXPECT_EQ(fallback_steps(e.derivations[0]), 0) << dump(e.derivations[0]);
                ++explained_claims;
            } else if (e.status == ExplanationStatus::open) {
                EXPECT_EQ(e.worlds.size(), 2u);
                ++explained_claims;
            } else {
                ADD_FAILURE() << "no explanation: " << e.reason;
            }
        }
    }
    EXPECT_GT(explained_claims, 0u);
}

TEST(Explain, EveryValidExampleArgumentIsDerived) {
    std::size_t arguments = 0;
    for (auto const& entry : fs::directory_iterator(root / "examples")) {
        if (entry.path().extension() != ".arg") continue;
        auto l = load_file(entry.path());
        ASSERT_TRUE(l.theory) << entry.path();
        for (auto const& a : l.theory->arguments) {
            auto e = explained(*l.theory, a.name);
            SCOPED_TRACE(entry.path().filename().string() + " " + a.name + " " + to_string(e.status));
            ++arguments;
            EXPECT_EQ(to_string(e.status), argument_status(*l.theory, a));
            if (e.status == ExplanationStatus::valid) {
                ASSERT_EQ(e.derivations.size(), 1u);
                EXPECT_TRUE(e.derivations[0].verified) << dump(e.derivations[0]);
                EXPECT_EQ(fallback_steps(e.derivations[0]), 0) << dump(e.derivations[0]);
            } else {
                EXPECT_EQ(e.status, ExplanationStatus::invalid);
                EXPECT_EQ(e.worlds.size(), 1u);
            }
        }
    }
    EXPECT_GT(arguments, 0u);
}

// The textbook forms (Copi, ch. 8; Hurley, sec. 6.6) as propositional-forms.arg states them.
TEST(Explain, TextbookFormsUseTheirRule) {
    auto l = load_file(root / "examples" / "propositional-forms.arg");
    ASSERT_TRUE(l.theory);
    std::pair<char const*, Rule> const forms[] = {
        {"modus_ponens", Rule::modus_ponens},
        {"modus_tollens", Rule::modus_tollens},
        {"hypothetical_syllogism", Rule::hypothetical_syllogism},
        {"disjunctive_syllogism", Rule::disjunctive_syllogism},
    };
    for (auto const& [name, rule] : forms) {
        auto e = explained(*l.theory, name);
        EXPECT_EQ(e.status, ExplanationStatus::valid) << name;
        ASSERT_EQ(e.derivations.size(), 1u) << name;
        auto const& d = e.derivations[0];
        EXPECT_TRUE(d.verified) << name << "\n" << dump(d);
        ASSERT_EQ(d.steps.size(), 3u) << name << "\n" << dump(d);
        EXPECT_EQ(d.steps.back().rule, rule) << name << "\n" << dump(d);
    }
    for (char const* invalid : {"affirming_consequent", "denying_antecedent"}) {
        auto e = explained(*l.theory, invalid);
        EXPECT_EQ(e.status, ExplanationStatus::invalid) << invalid;
        EXPECT_EQ(e.worlds.size(), 1u) << invalid;
    }
}

}   // namespace
