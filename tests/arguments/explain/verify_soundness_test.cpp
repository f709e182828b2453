// `explain --verify` tried as an attacker would: hand-forged derivations of things that do
// not follow, and thousands of mutants of every derivation the examples produce. The answer
// each accepted derivation is held to comes from elsewhere: a Session (the verdicts' own
// solver, not the step checker) asked whether the statements the derivation may use entail
// its last line.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "arguments/explain/explain.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "solver/step_checker.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using namespace elenchus;
using logic::Term;

namespace {

fs::path const root = ELENCHUS_SOURCE_DIR;

using test::load_text;
using test::Loaded;

// Consistent, and neither `rain` nor `not rain` follows from it; `affirm` affirms the
// consequent, so it is invalid.
std::string const rain_file = "predicate rain\n"
                              "predicate wet\n"
                              "premise r: rain -> wet\n"
                              "premise either: wet or not wet\n"
                              "hypothesis h_wet: wet\n"
                              "claim c: rain\n"
                              "argument affirm from r, h_wet therefore c\n";

struct Line {
    char const* formula;
    char const* rule;
    std::vector<int> uses;
    int depth;
    char const* statement = nullptr;
};

struct Forgery {
    char const* what;
    char const* name;
    char const* kind;
    char const* status;
    std::vector<Line> lines;
};

// Each cites a subproof whose last line sits inside a nested subproof that is never closed.
std::vector<Forgery> const forgeries = {
    {"reductio: rain",
     "c",
     "claim",
     "follows",
     {{"not rain", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"false", "contradiction", {1, 2}, 2},
      {"rain", "reductio", {1, 3}, 0}}},
    {"reductio: not rain",
     "c",
     "claim",
     "refuted",
     {{"rain", "supposition", {}, 1},
      {"not rain", "supposition", {}, 2},
      {"false", "contradiction", {1, 2}, 2},
      {"not rain", "reductio", {1, 3}, 0}}},
    {"falsum from a consistent file",
     "inconsistency",
     "inconsistency",
     "inconsistent",
     {{"not rain", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"false", "contradiction", {1, 2}, 2},
      {"rain", "reductio", {1, 3}, 0},
      {"rain", "supposition", {}, 1},
      {"not rain", "supposition", {}, 2},
      {"false", "contradiction", {5, 6}, 2},
      {"not rain", "reductio", {5, 7}, 0},
      {"false", "contradiction", {4, 8}, 0}}},
    {"affirming the consequent, valid",
     "affirm",
     "argument",
     "valid",
     {{"not rain", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"false", "contradiction", {1, 2}, 2},
      {"rain", "reductio", {1, 3}, 0}}},
    {"proof by cases",
     "c",
     "claim",
     "follows",
     {{"wet or not wet", "premise", {}, 0, "either"},
      {"wet", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"not wet", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"rain", "cases", {1, 2, 3, 4, 5}, 0}}},
    {"conditional proof",
     "affirm",
     "argument",
     "valid",
     {{"wet", "supposition", {}, 1},
      {"rain", "supposition", {}, 2},
      {"wet -> rain", "conditional_proof", {1, 2}, 0},
      {"wet", "hypothesis", {}, 0, "h_wet"},
      {"rain", "modus_ponens", {3, 4}, 0}}},
};

nlohmann::json forged_json(Forgery const& f, std::string const& file) {
    auto steps = nlohmann::json::array();
    int n = 0;
    for (auto const& l : f.lines)
        steps.push_back({{"n", ++n},
                         {"formula", l.formula},
                         {"rule", l.rule},
                         {"uses", l.uses},
                         {"depth", l.depth},
                         {"statement", l.statement ? nlohmann::json(l.statement) : nlohmann::json(nullptr)}});
    nlohmann::json doc{{"file", file}, {"name", f.name}, {"kind", f.kind}, {"status", f.status}};
    if (std::string(f.kind) == "inconsistency") doc["derivations"] = {{{"steps", steps}}};
    else doc["steps"] = steps;
    return doc;
}

Term formula(logic::Theory const& theory, std::string const& text) {
    SourceFile source("<formula>", text);
    Diagnostics d;
    auto expr = parse_formula(source, d);
    EXPECT_TRUE(expr && !d.has_errors()) << text;
    auto t = check_formula(theory, *expr, d);
    EXPECT_TRUE(t) << text;
    return t ? *t : Term{};
}

Derivation forged_derivation(logic::Theory const& theory, Forgery const& f) {
    Derivation d;
    d.name = f.name;
    std::string const kind = f.kind;
    d.kind = kind == "claim"      ? DerivationKind::claim
             : kind == "argument" ? DerivationKind::argument
                                  : DerivationKind::inconsistency;
    d.status = f.status;
    int n = 0;
    for (auto const& l : f.lines) {
        Step s;
        s.n = ++n;
        s.formula = formula(theory, l.formula);
        s.rule = *rule_from_json(l.rule);
        s.uses = l.uses;
        s.depth = l.depth;
        if (l.statement) s.statement = l.statement;
        d.steps.push_back(std::move(s));
    }
    return d;
}

Term closed(Term t) {
    auto free = formulas::free_variables(t);
    if (free.empty()) return t;
    Term all;
    all.op = Term::Op::forall;
    all.binders = free;
    all.args.push_back(std::move(t));
    return all;
}

// The independent answer: do the statements the derivation may use entail its last line?
// (Arbitrary individuals left in the last line are read universally.)
solver::Answer entailed(logic::Theory const& theory, Derivation const& d) {
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return solver::Answer::sat;
    solver::Session session(theory, {0, 50'000'000, nullptr});
    return session.entails(target->allowed, closed(d.steps.back().formula)).answer;
}

// Line by line: the first line (1-based) that the usable statements, with the suppositions
// in force at it, do not entail; 0 when every line holds. Subproof structure is read here
// afresh from the depths, not by the checker's code.
int first_unentailed_line(logic::Theory const& theory, Derivation const& d, solver::Session& session) {
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return -1;
    std::vector<Term> suppositions;   // in force, outermost first
    for (auto const& s : d.steps) {
        auto const depth = static_cast<std::size_t>(std::max(0, s.depth));
        if (s.rule == Rule::supposition) {
            suppositions.resize(depth > 0 ? std::min(suppositions.size(), depth - 1) : 0);
            suppositions.push_back(s.formula);
            continue;
        }
        if (depth < suppositions.size()) suppositions.resize(depth);
        Term claim =
            suppositions.empty() ? s.formula : formulas::make_implies(formulas::make_and(suppositions), s.formula);
        if (session.entails(target->allowed, closed(std::move(claim))).answer != solver::Answer::unsat) return s.n;
    }
    return 0;
}

}   // namespace

TEST(VerifySoundness, ForgedDerivationsAreRefusedByTheCli) {
    auto dir = fs::temp_directory_path() / ("elenchus-forged-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "rain.arg") << rain_file;
    int k = 0;
    for (auto const& f : forgeries) {
        auto json = dir / ("forged-" + std::to_string(++k) + ".json");
        std::ofstream(json) << forged_json(f, "rain.arg").dump(1);
        auto r = test::run(test::elenchus("explain --verify '" + json.string() + "'"));
        EXPECT_EQ(r.exit_code, 1) << f.what << "\n" << r.out << r.err;
        EXPECT_EQ(r.out.find("verified"), std::string::npos) << f.what;
        EXPECT_NE(r.err.find("inside a subproof opened within it"), std::string::npos) << f.what << ": " << r.err;
    }
    fs::remove_all(dir);
}

// The line checks alone refuse them, and so does the end-to-end check alone: none of the
// statements the forgeries state entails what they conclude.
TEST(VerifySoundness, ForgedDerivationsAreRefusedByEachCheckAlone) {
    auto l = load_text("rain.arg", rain_file);
    ASSERT_TRUE(l.theory);
    solver::StepChecker checker(*l.theory);
    for (auto const& f : forgeries) {
        auto d = forged_derivation(*l.theory, f);
        EXPECT_NE(entailed(*l.theory, d), solver::Answer::unsat) << f.what;
        auto r = check_derivation(*l.theory, d, checker, VerifyOptions{false});
        EXPECT_FALSE(r.ok) << f.what;
        EXPECT_NE(r.message.find("inside a subproof opened within it"), std::string::npos)
            << f.what << ": " << r.message;
        auto e = check_end_to_end(*l.theory, d, checker);
        EXPECT_FALSE(e.ok) << f.what;
        EXPECT_EQ(e.line, 0) << f.what;
    }
    // A right derivation passes both; without a statement it needs, the end-to-end check
    // refuses it.
    auto good = load_text("good.arg", "predicate rain\npredicate wet\npremise r: rain -> wet\n"
                                      "premise it_rains: rain\nclaim w: wet\n");
    ASSERT_TRUE(good.theory);
    solver::StepChecker good_checker(*good.theory);
    Forgery mp{"modus ponens",
               "w",
               "claim",
               "follows",
               {{"rain -> wet", "premise", {}, 0, "r"},
                {"rain", "premise", {}, 0, "it_rains"},
                {"wet", "modus_ponens", {1, 2}, 0}}};
    auto d = forged_derivation(*good.theory, mp);
    EXPECT_TRUE(check_derivation(*good.theory, d, good_checker).ok);
    EXPECT_TRUE(check_end_to_end(*good.theory, d, good_checker).ok);
    d.steps.erase(d.steps.begin() + 1);   // without `rain` stated, `wet` does not follow
    d.steps[1].n = 2;
    d.steps[1].uses = {1};
    d.steps[1].rule = Rule::consequence;
    EXPECT_FALSE(check_end_to_end(*good.theory, d, good_checker).ok);
}

namespace {

struct Case {
    std::string where;
    std::shared_ptr<Loaded> loaded;
    Derivation d;
};

std::vector<Case> derivations_of_examples() {
    std::vector<fs::path> files;
    for (auto const& dir : {root / "examples", root / "tests" / "golden" / "explain"})
        for (auto const& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".arg") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Case> out;
    for (auto const& p : files) {
        auto l = std::make_shared<Loaded>(test::load_file(p));
        if (!l->theory) continue;
        std::vector<std::string> names{"inconsistency"};
        for (int c : l->theory->claims()) names.push_back(l->theory->statements[static_cast<std::size_t>(c)].name);
        for (auto const& a : l->theory->arguments) names.push_back(a.name);
        for (auto const& name : names) {
            auto e = explain(*l->theory, name, ExplainOptions{});
            if (!e) continue;
            for (auto const& d : e->derivations)
                if (d.verified && !d.steps.empty()) out.push_back({p.filename().string() + " " + name, l, d});
        }
    }
    return out;
}

// Renumbers after lines moved: `where[old]` is a line's new number (0: gone, its uses
// moved to the line before).
void renumber(Derivation& d, std::vector<int> const& where) {
    for (std::size_t i = 0; i < d.steps.size(); ++i) {
        d.steps[i].n = static_cast<int>(i + 1);
        for (int& u : d.steps[i].uses)
            if (u >= 1 && static_cast<std::size_t>(u) < where.size()) {
                int v = u;
                while (v > 0 && where[static_cast<std::size_t>(v)] == 0) --v;
                u = v > 0 ? where[static_cast<std::size_t>(v)] : 1;
            }
    }
}

// Deletes the lines nothing cites (but the last), as a forger tidies up after an edit, so
// that a mutant is not refused merely for a dead line.
void prune(Derivation& d) {
    for (bool again = true; again && d.steps.size() > 1;) {
        again = false;
        std::size_t const n = d.steps.size();
        std::vector<bool> cited(n + 1, false);
        for (auto const& s : d.steps)
            for (int u : s.uses)
                if (u >= 1 && static_cast<std::size_t>(u) <= n) cited[static_cast<std::size_t>(u)] = true;
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (cited[i + 1]) continue;
            d.steps.erase(d.steps.begin() + static_cast<long>(i));
            std::vector<int> where(n + 1);
            for (std::size_t k = 1; k <= n; ++k) where[k] = k == i + 1 ? 0 : static_cast<int>(k <= i ? k : k - 1);
            renumber(d, where);
            again = true;
            break;
        }
    }
}

void mutate(Derivation& d, logic::Theory const& theory, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    std::size_t const n = d.steps.size();
    Step& s = d.steps[pick(n)];
    switch (pick(17)) {
    case 12:   // the line supposed one level deeper instead of derived (the forgers' trick)
        s.rule = Rule::supposition;
        s.depth += 1;
        s.uses.clear();
        s.statement.clear();
        prune(d);
        break;
    case 13: {   // a span of lines pushed one level deeper
        std::size_t const a = pick(n), b = a + pick(n - a);
        for (std::size_t k = a; k <= b; ++k) d.steps[k].depth += 1;
        break;
    }
    case 14: prune(d); break;
    case 15: {   // discharge through a nested supposition, concluding something else
        std::vector<std::size_t> discharging;
        for (std::size_t k = 0; k < n; ++k)
            if ((d.steps[k].rule == Rule::reductio || d.steps[k].rule == Rule::conditional_proof) &&
                d.steps[k].uses.size() == 2)
                discharging.push_back(k);
        if (discharging.empty()) break;
        Step& l = d.steps[discharging[pick(discharging.size())]];
        auto const a = static_cast<std::size_t>(l.uses[0] - 1), b = static_cast<std::size_t>(l.uses[1] - 1);
        if (a >= n || b >= n || b < a) break;
        Term g = d.steps[pick(n)].formula;
        if (pick(2)) g = formulas::negation(g);
        if (pick(3) == 0) {
            auto const& st = theory.statements[pick(theory.statements.size())].formula;
            g = pick(2) ? st : formulas::negation(st);
        }
        Step& end = d.steps[b];
        end.rule = Rule::supposition;
        end.depth += 1;
        end.uses.clear();
        end.statement.clear();
        if (l.rule == Rule::reductio) {
            d.steps[a].formula = formulas::negation(g);
            l.formula = g;
        } else {
            end.formula = g;
            l.formula = formulas::make_implies(d.steps[a].formula, g);
        }
        if (pick(2)) d.steps.resize(static_cast<std::size_t>(&l - d.steps.data()) + 1);   // and stop there
        prune(d);
        break;
    }
    case 16:
        d.steps.resize(1 + pick(n));
        prune(d);
        break;   // stop early
    case 0: s.depth = std::max(0, s.depth + (pick(2) ? 1 : -1)); break;
    case 1:
        if (!s.uses.empty()) s.uses[pick(s.uses.size())] += pick(2) ? 1 : -1;
        break;
    case 2:
        if (!s.uses.empty()) s.uses[pick(s.uses.size())] = static_cast<int>(pick(n) + 1);
        break;
    case 3:
        s.uses.insert(s.uses.begin() + static_cast<long>(pick(s.uses.size() + 1)), static_cast<int>(pick(n) + 1));
        break;
    case 4:
        if (!s.uses.empty()) s.uses.erase(s.uses.begin() + static_cast<long>(pick(s.uses.size())));
        break;
    case 5: s.rule = static_cast<Rule>(pick(static_cast<std::size_t>(Rule::consequence) + 1)); break;
    case 6: s.formula = d.steps[pick(n)].formula; break;
    case 7: s.formula = formulas::negation(s.formula); break;
    case 8:
        if (!s.formula.args.empty()) s.formula = Term(s.formula.args[pick(s.formula.args.size())]);
        break;
    case 9: s.statement = theory.statements[pick(theory.statements.size())].name; break;
    case 10: {   // swap two neighbouring lines
        if (n < 2) break;
        std::size_t i = pick(n - 1);
        std::swap(d.steps[i], d.steps[i + 1]);
        std::vector<int> where(n + 1);
        for (std::size_t k = 1; k <= n; ++k) where[k] = static_cast<int>(k);
        where[i + 1] = static_cast<int>(i + 2);
        where[i + 2] = static_cast<int>(i + 1);
        renumber(d, where);
        break;
    }
    default: {   // delete a line
        if (n < 2) break;
        std::size_t i = pick(n);
        d.steps.erase(d.steps.begin() + static_cast<long>(i));
        std::vector<int> where(n + 1);
        for (std::size_t k = 1; k <= n; ++k) where[k] = k == i + 1 ? 0 : static_cast<int>(k <= i ? k : k - 1);
        renumber(d, where);
        break;
    }
    }
}

int mutants_per_derivation() {
    if (char const* v = std::getenv("ELENCHUS_MUTANTS")) return std::max(1, std::atoi(v));
    return 200;
}

}   // namespace

// Every mutant the line checks accept (without the end-to-end check and without holding the
// last line to the goal, so that the soundness of each line is what is tested) has every line entailed by the file's
// usable statements and the suppositions in force there; its last line, then, by the statements alone.
TEST(VerifySoundness, MutantsOfEveryExampleDerivation) {
    auto cases = derivations_of_examples();
    ASSERT_GE(cases.size(), 25u);
    int const per = mutants_per_derivation();
    std::size_t tried = 0, accepted = 0, changed_accepted = 0;
    for (std::size_t k = 0; k < cases.size(); ++k) {
        auto const& c = cases[k];
        logic::Theory const& theory = *c.loaded->theory;
        solver::StepChecker checker(theory, {0, 20'000'000, nullptr});
        solver::Session oracle(theory, {0, 50'000'000, nullptr});
        std::mt19937 rng(static_cast<unsigned>(1000 + k));
        for (int m = 0; m < per; ++m) {
            Derivation d = c.d;
            int const edits = 1 + static_cast<int>(rng() % 3);
            for (int e = 0; e < edits && !d.steps.empty(); ++e) mutate(d, theory, rng);
            if (d.steps.empty()) continue;
            ++tried;
            if (!check_derivation(theory, d, checker, VerifyOptions{false, false}).ok) continue;
            ++accepted;
            if (formulas::key(d.steps.back().formula) != formulas::key(c.d.steps.back().formula)) ++changed_accepted;
            EXPECT_EQ(first_unentailed_line(theory, d, oracle), 0)
                << c.where
                << ": an accepted mutant has a line the statements (and suppositions in force) do not entail";
        }
    }
    std::cout << tried << " mutants of " << cases.size() << " derivations; " << accepted << " accepted, "
              << changed_accepted << " of them with another last line\n";
    EXPECT_GT(tried, cases.size() * static_cast<std::size_t>(per) / 2);
}
