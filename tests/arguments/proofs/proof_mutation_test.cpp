// Mutants of accepted proofs: formulas replaced, negated or cut to a part, citations
// changed, added or dropped, rules and depths changed, lines swapped. Whatever the grader
// says of a mutant is held to answers from elsewhere:
// - every line it calls right (and resting on no wrong line) is entailed by the statements
//   the goal may use together with the suppositions in force at it, the subproofs read
//   afresh from the depths, asked of a Session (the verdicts' solver, not the step checker);
// - a mutant it calls correct ends with the goal, which those statements entail;
// - every countermodel it gives holds in the printed world (world_eval.hpp), or, where the
//   printed world does not settle it, a Session finds the cited lines and the line's
//   negation satisfiable.
// ELENCHUS_MUTANTS=N sets the mutants per proof (default 30).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "arguments/explain/verify.hpp"
#include "grammar/printer.hpp"
#include "proof_support.hpp"
#include "solver/session.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using logic::Term;
using proofs::Fault;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;

std::size_t mutants_per_proof() {
    if (char const* n = std::getenv("ELENCHUS_MUTANTS")) return static_cast<std::size_t>(std::max(1, std::atoi(n)));
    return 30;
}

Term closed(Term t) {
    auto free = formulas::free_variables(t);
    if (free.empty()) return t;
    Term q;
    q.op = Term::Op::forall;
    q.binders = std::move(free);
    q.args.push_back(std::move(t));
    return q;
}

std::vector<Rule> const rules = {Rule::modus_ponens,
                                 Rule::modus_tollens,
                                 Rule::and_elimination,
                                 Rule::and_introduction,
                                 Rule::or_introduction,
                                 Rule::reiteration,
                                 Rule::reductio,
                                 Rule::conditional_proof,
                                 Rule::contradiction,
                                 Rule::double_negation,
                                 Rule::universal_instantiation,
                                 Rule::universal_generalization,
                                 Rule::hypothetical_syllogism,
                                 Rule::disjunctive_syllogism,
                                 Rule::definition,
                                 Rule::supposition,
                                 Rule::premise,
                                 Rule::iff_elimination,
                                 Rule::existential_introduction,
                                 Rule::identity_elimination};

void mutate(std::vector<proofs::ProofLine>& lines, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    auto& s = lines[pick(lines.size())].step;
    int const n = static_cast<int>(lines.size());
    switch (pick(9)) {
    case 0: s.formula = lines[pick(lines.size())].step.formula; break;
    case 1: s.formula = formulas::make_not(s.formula); break;
    case 2:
        if (!s.formula.args.empty() && s.formula.args[0].type.kind == logic::Type::Kind::boolean)
            s.formula = Term(s.formula.args[pick(s.formula.args.size())]);
        break;
    case 3:
        if (!s.uses.empty()) s.uses[pick(s.uses.size())] += pick(2) ? 1 : -1;
        break;
    case 4:
        if (!s.uses.empty()) s.uses.erase(s.uses.begin() + static_cast<long>(pick(s.uses.size())));
        break;
    case 5: s.uses.push_back(1 + static_cast<int>(pick(static_cast<std::size_t>(n)))); break;
    case 6:
        s.rule = rules[pick(rules.size())];
        if (!states_statement(s.rule)) s.statement.clear();
        break;
    case 7: s.depth = std::max(0, s.depth + (pick(2) ? 1 : -1)); break;
    case 8: std::swap(s.formula, lines[pick(lines.size())].step.formula); break;
    }
}

// The first line the grader calls right (on no wrong line) that the usable statements, with
// the suppositions in force, do not entail; 0 when there is none.
int unsound_line(logic::Theory const& theory, proofs::Proof const& proof, proofs::ProofResult const& result,
                 std::vector<int> const& allowed, solver::Session& session) {
    std::vector<Term> suppositions;
    for (std::size_t i = 0; i < proof.lines.size(); ++i) {
        auto const& s = proof.lines[i].step;
        auto const depth = static_cast<std::size_t>(std::max(0, s.depth));
        if (s.rule == Rule::supposition) {
            suppositions.resize(depth > 0 ? std::min(suppositions.size(), depth - 1) : 0);
            suppositions.push_back(s.formula);
            continue;
        }
        if (depth < suppositions.size()) suppositions.resize(depth);
        auto const& r = result.lines[i];
        if (r.fault != Fault::none || !r.rests_on.empty()) continue;
        Term claim =
            suppositions.empty() ? s.formula : formulas::make_implies(formulas::make_and(suppositions), s.formula);
        if (session.entails(allowed, closed(claim)).answer != solver::Answer::unsat) return s.n;
    }
    (void)theory;
    return 0;
}

std::string describe(logic::Theory const& theory, proofs::Proof const& proof, proofs::LineResult const& r) {
    std::string out;
    for (auto const& l : proof.lines) {
        out += fmt::format("  {} [{}] {}  {}", l.step.n, l.step.depth, print(theory, l.step.formula, true),
                           to_string(l.step.rule));
        for (int u : l.step.uses) out += fmt::format(" {}", u);
        out += "\n";
    }
    out += r.reason + "\n";
    if (r.countermodel)
        for (auto const& f : r.countermodel->facts) out += "    " + f + "\n";
    return out;
}

struct Source {
    fs::path arg;
    std::string proof;
    std::string goal;
};

std::vector<Source> sources() {
    std::vector<Source> out;
    for (auto const& dir : fs::directory_iterator(root / "tests/proofs/examples"))
        for (auto const& p : fs::directory_iterator(dir.path()))
            out.push_back({root / "examples" / (dir.path().filename().string() + ".arg"), test::read_text(p.path()),
                           p.path().stem().string()});
    std::sort(out.begin(), out.end(), [](Source const& a, Source const& b) { return a.goal < b.goal; });
    return out;
}

TEST(ProofMutation, NoMutantLineThatDoesNotFollowIsAccepted) {
    std::mt19937 rng(20261204);
    std::size_t mutants = 0, correct = 0, wrong_lines = 0, countermodels = 0, evaluated = 0;
    for (auto const& src : sources()) {
        SCOPED_TRACE(src.goal);
        auto file = test::load_file(src.arg);
        ASSERT_TRUE(file.theory);
        auto const& theory = *file.theory;
        auto original = test::grade_text(theory, src.proof, "");
        ASSERT_TRUE(original.grade) << original.errors << original.grade_error;
        ASSERT_EQ(original.grade->status, proofs::ProofStatus::correct);
        Derivation frame;
        frame.name = original.grade->goal;
        frame.kind = theory.find_argument(frame.name) ? DerivationKind::argument : DerivationKind::claim;
        frame.status = frame.kind == DerivationKind::argument ? "valid" : "follows";
        std::string why;
        auto target = target_of(theory, frame, why);
        ASSERT_TRUE(target) << why;
        solver::Session session(theory, {0, 50'000'000, nullptr});
        proofs::GradeOptions options;
        options.limits = {0, 5'000'000, nullptr};
        for (std::size_t k = 0; k < mutants_per_proof(); ++k) {
            proofs::ProofText text = original.text;
            auto& lines = text.proofs[0].lines;
            for (std::size_t e = 0, edits = 1 + rng() % 3; e < edits; ++e) mutate(lines, rng);
            for (std::size_t i = 0; i < lines.size(); ++i) lines[i].step.n = static_cast<int>(i + 1);
            std::string error;
            auto g = proofs::grade(theory, text, original.grade->goal, options, error);
            ASSERT_TRUE(g) << error;
            ++mutants;
            auto const& result = g->proofs[0];
            bool const structural = std::any_of(result.lines.begin(), result.lines.end(),
                                                [](auto const& r) { return r.fault == Fault::structure; });
            if (!structural) {
                EXPECT_EQ(unsound_line(theory, text.proofs[0], result, target->allowed, session), 0)
                    << "mutant " << k << ": a line graded right does not follow";
            }
            if (g->status == proofs::ProofStatus::correct) {
                ++correct;
                EXPECT_EQ(session.entails(target->allowed, closed(lines.back().step.formula)).answer,
                          solver::Answer::unsat);
            }
            for (auto const& r : result.lines) {
                if (r.fault != Fault::none) ++wrong_lines;
                if (r.fault != Fault::not_following) continue;
                ++countermodels;
                ASSERT_TRUE(r.countermodel);
                auto v = test::countermodel_holds(theory, text.proofs[0], r);
                if (v) {
                    ++evaluated;
                    EXPECT_TRUE(*v) << "mutant " << k << " line " << r.n << ": the countermodel does not hold\n"
                                    << describe(theory, text.proofs[0], r);
                }
            }
        }
    }
    std::cout << mutants << " mutants, " << correct << " graded correct, " << wrong_lines << " wrong lines, "
              << countermodels << " countermodels (" << evaluated << " confirmed in the printed world)\n";
    EXPECT_GT(wrong_lines, mutants / 2);
    EXPECT_GT(evaluated, countermodels / 2);
}

}   // namespace
