// Grading proofs: hand-written correct proofs of the examples' claims are accepted; wrong
// steps are rejected at their line, for the right reason, with a countermodel that an
// evaluator of the printed world (world_eval.hpp, sharing nothing with the solver) confirms:
// the cited lines true and the line false; lines after a wrong one are not marked wrong.
#include <gtest/gtest.h>

#include <filesystem>

#include "proof_support.hpp"
#include "solver/session.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using proofs::Fault;
using proofs::ProofStatus;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;

test::LoadedFile example(std::string const& name) { return test::load_file(root / "examples" / (name + ".arg")); }

testing::AssertionResult countermodel_holds(logic::Theory const& theory, proofs::Proof const& proof,
                                            proofs::LineResult const& r) {
    if (!r.countermodel) return testing::AssertionFailure() << "line " << r.n << " has no countermodel";
    auto v = test::countermodel_holds(theory, proof, r);
    if (!v) return testing::AssertionFailure() << "the printed world does not settle line " << r.n;
    if (!*v)
        return testing::AssertionFailure()
               << "in the printed world the cited lines are not all true or line " << r.n << " is not false";
    return testing::AssertionSuccess();
}

// Every line right but those listed; the listed lines wrong for the fault given.
void expect_faults(test::Graded const& g, std::map<int, Fault> const& wrong) {
    ASSERT_EQ(g.errors, "");
    ASSERT_TRUE(g.grade) << g.grade_error;
    for (auto const& l : g.grade->proofs.at(0).lines) {
        auto it = wrong.find(l.n);
        Fault const expected = it == wrong.end() ? Fault::none : it->second;
        EXPECT_EQ(l.fault, expected) << "line " << l.n << ": " << l.reason;
    }
}

TEST(ProofGrading, HandWrittenProofsOfTheExamplesAreAccepted) {
    std::size_t accepted = 0;
    for (auto const& dir : fs::directory_iterator(root / "tests/proofs/examples")) {
        auto file = example(dir.path().filename().string());
        ASSERT_TRUE(file.theory) << dir.path();
        for (auto const& p : fs::directory_iterator(dir.path())) {
            SCOPED_TRACE(p.path().string());
            auto g = test::grade_text(*file.theory, test::read_text(p.path()), "");
            ASSERT_EQ(g.errors, "");
            ASSERT_TRUE(g.grade) << g.grade_error;
            EXPECT_EQ(g.grade->goal, p.path().stem().string());
            EXPECT_EQ(g.grade->status, ProofStatus::correct);
            for (auto const& l : g.grade->proofs.at(0).lines)
                EXPECT_EQ(l.fault, Fault::none) << l.n << ": " << l.reason;
            ++accepted;
        }
    }
    EXPECT_GE(accepted, 16u);
}

// Which claims of the examples follow, asked of a Session (the verdicts' solver): each has a
// hand-written proof.
TEST(ProofGrading, EveryClaimOfTheExamplesThatFollowsHasAHandWrittenProof) {
    for (auto const* name : {"propositional-forms", "syllogisms", "knights-and-knaves", "azerbaijan-nato"}) {
        auto file = example(name);
        ASSERT_TRUE(file.theory);
        solver::Session session(*file.theory, {20000, 0, nullptr});
        for (auto const& s : file.theory->statements) {
            if (s.kind != ast::StatementKind::claim) continue;
            if (session.entails(file.theory->baseline(), s.formula).answer != solver::Answer::unsat) continue;
            EXPECT_TRUE(fs::exists(root / "tests/proofs/examples" / name / (s.name + ".proof")))
                << name << " " << s.name;
        }
    }
}

TEST(ProofGrading, AffirmingTheConsequentIsRejectedAtThatLineWithACountermodel) {
    auto file = example("propositional-forms");
    auto g = test::grade_text(*file.theory,
                              "1  rain -> wet    P\n"
                              "2  wet            P\n"
                              "3  rain           MP 1, 2\n"
                              "4  rain or tea    vI 3\n",
                              "affirming_consequent");
    expect_faults(g, {{3, Fault::not_following}});
    EXPECT_EQ(g.grade->status, ProofStatus::wrong);
    auto const& lines = g.grade->proofs[0].lines;
    EXPECT_TRUE(countermodel_holds(*file.theory, g.text.proofs[0], lines[2]));
    EXPECT_EQ(lines[2].countermodel->true_lines, (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(lines[2].countermodel->false_line, 3);
    // No cascade: line 4 is right, given line 3, and says it rests on it.
    EXPECT_EQ(lines[3].rests_on, std::vector<int>{3});
    EXPECT_TRUE(lines[1].rests_on.empty());
}

TEST(ProofGrading, AWrongInstanceOverAnOpenSortGetsAFirstOrderCountermodel) {
    auto file = example("syllogisms");
    auto g = test::grade_text(*file.theory,
                              "1  forall x: Being. human(x) -> mortal(x)   P\n"
                              "2  human(socrates)                          P\n"
                              "3  human(fido) -> mortal(socrates)          UI 1\n"
                              "4  human(socrates) -> mortal(socrates)      UI 1\n"
                              "5  mortal(socrates)                         MP 4, 2\n",
                              "socrates_mortal");
    expect_faults(g, {{3, Fault::not_following}});
    EXPECT_EQ(g.grade->status, ProofStatus::wrong);   // line 3 is wrong, though unused
    EXPECT_TRUE(countermodel_holds(*file.theory, g.text.proofs[0], g.grade->proofs[0].lines[2]));
}

TEST(ProofGrading, AWrongStepInsideASubproofOverAClosedSort) {
    auto file = example("knights-and-knaves");
    auto g = test::grade_text(*file.theory,
                              "1  knight(A) <-> forall x: Islander. knave(x)   P\n"
                              "2  knight(A) -> forall x: Islander. knave(x)    <->E 1\n"
                              "3  | knight(A)                                  AS\n"
                              "4  | forall x: Islander. knave(x)               MP 2, 3\n"
                              "5  | knave(B)                                   UI 4\n"
                              "6  | not knight(B)                              Df 5\n"
                              "7  | knight(B)                                  R 3\n"
                              "8  | false                                      ~E 7, 6\n"
                              "9  not knight(A)                                RAA 3-8\n"
                              "10 knave(A)                                     def 9\n",
                              "a_knave");
    // Line 7 does not follow (knight(A) is not knight(B)); 8 is right given it, and 9, 10 rest on it.
    expect_faults(g, {{7, Fault::not_following}});
    auto const& lines = g.grade->proofs[0].lines;
    EXPECT_TRUE(countermodel_holds(*file.theory, g.text.proofs[0], lines[6]));
    EXPECT_EQ(lines[7].rests_on, std::vector<int>{7});
    EXPECT_EQ(lines[8].rests_on, std::vector<int>{7});
    EXPECT_EQ(lines[9].rests_on, std::vector<int>{7});
}

TEST(ProofGrading, ALineThatFollowsByAnotherRuleIsAShapeFaultWithoutACountermodel) {
    auto file = example("propositional-forms");
    auto g = test::grade_text(*file.theory,
                              "1  rain -> wet   P\n"
                              "2  not wet       P\n"
                              "3  not rain      MP 1, 2\n",
                              "modus_tollens");
    expect_faults(g, {{3, Fault::shape}});
    auto const& l = g.grade->proofs[0].lines[2];
    EXPECT_FALSE(l.countermodel);
    EXPECT_NE(l.reason.find("follows from the lines it cites, but not by modus ponens"), std::string::npos) << l.reason;
}

TEST(ProofGrading, PremisesTheFileDoesNotAssert) {
    auto file = example("propositional-forms");
    // A hypothesis cited as asserted (for a claim), a claim as a premise, a formula no
    // statement states, a premise the argument does not list, an unknown name.
    auto g = test::grade_text(*file.theory, "1  rain   premise\n2  rain -> slippery  P\n3  wet and rain  P\n",
                              "rain_slippery");
    expect_faults(g, {{1, Fault::premise}, {2, Fault::premise}, {3, Fault::premise}});
    EXPECT_NE(g.grade->proofs[0].lines[0].reason.find("'it_rains' is a hypothesis"), std::string::npos)
        << g.grade->proofs[0].lines[0].reason;
    EXPECT_NE(g.grade->proofs[0].lines[1].reason.find("'rain_slippery' is a claim"), std::string::npos);
    EXPECT_NE(g.grade->proofs[0].lines[2].reason.find("no axiom, premise or assumption"), std::string::npos);
    g = test::grade_text(*file.theory, "1  wet -> slippery   P\n", "modus_ponens");
    expect_faults(g, {{1, Fault::premise}});
    EXPECT_NE(g.grade->proofs[0].lines[0].reason.find("not among the premises of argument 'modus_ponens'"),
              std::string::npos);
    g = test::grade_text(*file.theory, "1  wet   premise wet_c\n2 rain -> wet  premise rain_wet\n", "modus_ponens");
    expect_faults(g, {{1, Fault::premise}, {2, Fault::premise}});
    EXPECT_NE(g.grade->proofs[0].lines[0].reason.find("'wet_c' is a claim"), std::string::npos);
    EXPECT_NE(g.grade->proofs[0].lines[1].reason.find("did you mean 'rain_wets'?"), std::string::npos);
}

TEST(ProofGrading, CitationsOutOfScopeOrLater) {
    auto file = example("propositional-forms");
    auto g = test::grade_text(*file.theory,
                              "1  rain -> wet      P\n"
                              "2  wet -> slippery  P\n"
                              "3  | rain           AS\n"
                              "4  | wet            MP 1, 3\n"
                              "5  rain -> wet      CP 3-4\n"
                              "6  slippery         MP 2, 4\n"
                              "7  rain -> slippery HS 1, 8\n",
                              "rain_slippery");
    expect_faults(g, {{6, Fault::citation}, {7, Fault::citation}});
}

TEST(ProofGrading, AnEigenvariableThatIsNotArbitrary) {
    auto file = example("syllogisms");
    auto g = test::grade_text(*file.theory,
                              "1  forall x: Being. greek(x) -> human(x)   P\n"
                              "2  | greek(a)                              AS\n"
                              "3  | greek(a) -> human(a)                  UI 1\n"
                              "4  | human(a)                              MP 3, 2\n"
                              "5  | forall x: Being. human(x)             UG 4\n"
                              "6  greek(a) -> forall x: Being. human(x)   CP 2-5\n",
                              "greeks_mortal");
    expect_faults(g, {{5, Fault::eigenvariable}});
    EXPECT_EQ(g.grade->proofs[0].lines[5].rests_on, std::vector<int>{5});
}

TEST(ProofGrading, AProofThatStopsShortIsAnOpenGoalAndTheHintCompletesIt) {
    auto file = example("syllogisms");
    proofs::GradeOptions options;
    options.hint = true;
    std::string const start = "1  forall x: Being. human(x) -> mortal(x)   P\n"
                              "2  human(socrates)                          P\n";
    auto g = test::grade_text(*file.theory, start, "socrates_mortal", options);
    expect_faults(g, {});
    EXPECT_EQ(g.grade->status, ProofStatus::incomplete);
    EXPECT_FALSE(g.grade->proofs[0].open_goal.empty());
    ASSERT_FALSE(g.grade->hint.empty());
    // The hint is a proof line: with it the proof gets one line further, and that line is right.
    auto h = test::grade_text(*file.theory, start + g.grade->hint.substr(0, g.grade->hint.find("  (")) + "\n",
                              "socrates_mortal", options);
    ASSERT_EQ(h.errors, "") << g.grade->hint;
    ASSERT_TRUE(h.grade);
    EXPECT_EQ(h.grade->proofs[0].lines.size(), 3u);
    EXPECT_EQ(h.grade->proofs[0].lines[2].fault, Fault::none) << g.grade->hint;
}

TEST(ProofGrading, StrictRefusesTheZ3Fallback) {
    auto file = example("propositional-forms");
    std::string const proof = "1  rain -> wet   P\n2  not wet   P\n3  not rain   consequence 1, 2\n";
    auto g = test::grade_text(*file.theory, proof, "modus_tollens");
    expect_faults(g, {});
    proofs::GradeOptions strict;
    strict.strict = true;
    g = test::grade_text(*file.theory, proof, "modus_tollens", strict);
    expect_faults(g, {{3, Fault::strict}});
}

TEST(ProofGrading, UnreadableProofsSayWhereAndHow) {
    auto file = example("propositional-forms");
    struct Bad {
        char const* proof;
        char const* message;
    };
    for (auto const& b : std::vector<Bad>{
             {"1  rain -> wet   P\n2  rain  P\n3  wet   MQ 1, 2\n", "<proof>:3:10: error: expected a rule"},
             {"1  rain => wet   P\n", "<proof>:1:9: error: '=>' is not an operator"},
             {"1  rain -> wet   P\n   rain  P\n", "<proof>:2:4: error: this step has no line number"},
             {"1  rain -> wet   P\n3  rain  P\n", "<proof>:2:1: error: expected line 2 here, found 3"},
             {"1  rian -> wet   P\n", "did you mean 'rain'?"},
             {"1  rain -> wet   P\n2  rain   P\n3  wet   MP 1-2\n", "cites lines, not a subproof"},
             {"// nothing\n", "the proof has no numbered lines"},
         }) {
        auto g = test::grade_text(*file.theory, b.proof, "modus_ponens");
        EXPECT_NE(g.errors.find(b.message), std::string::npos) << b.proof << "\n---\n" << g.errors;
    }
}

}   // namespace
