// `elenchus explain`: derivations that are short, minimal and checked line by line. The
// expected derivations are the textbook ones (Copi; Hurley; the article's own reasoning);
// every derivation is re-checked by the independent checker, and the CLI's `--verify` must
// reject tampered ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include <nlohmann/json.hpp>

#include "arguments/explain/explain.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "solver/step_checker.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using namespace elenchus;

namespace {

struct Loaded {
    std::unique_ptr<SourceFile> source;
    std::optional<logic::Theory> theory;
};

Loaded load_text(std::string path, std::string text) {
    Loaded l;
    l.source = std::make_unique<SourceFile>(std::move(path), std::move(text));
    Diagnostics d;
    auto file = parse(*l.source, d);
    if (!d.has_errors()) l.theory = check(file, d);
    return l;
}

Loaded load_file(fs::path const& p) { return load_text(p.string(), test::read_text(p)); }

Explanation explained(logic::Theory const& theory, std::string const& name) {
    auto e = explain(theory, name, ExplainOptions{});
    EXPECT_TRUE(e) << e.error;
    return e ? *e : Explanation{};
}

std::vector<Rule> rules_of(Derivation const& d) {
    std::vector<Rule> r;
    for (auto const& s : d.steps) r.push_back(s.rule);
    return r;
}

bool has_rule(Derivation const& d, Rule rule) {
    auto r = rules_of(d);
    return std::find(r.begin(), r.end(), rule) != r.end();
}

std::string dump(Derivation const& d) {
    std::string out;
    for (auto const& s : d.steps) {
        out += std::to_string(s.n) + " [" + std::to_string(s.depth) + "] " + to_string(s.rule) + " (";
        for (int u : s.uses) out += std::to_string(u) + " ";
        out += ") " + s.statement + "\n";
    }
    return out;
}

// The one derivation of `claim`, where the claim follows (the textbook verdict), verified
// by the checker; nullopt, with the failure recorded, otherwise.
std::optional<Derivation> derivation_in(logic::Theory const& theory, std::string const& claim) {
    auto e = explained(theory, claim);
    if (e.status != ExplanationStatus::follows || e.derivations.size() != 1) {
        ADD_FAILURE() << claim << ": " << to_string(e.status) << " with " << e.derivations.size()
                      << " derivations, expected follows with one";
        return std::nullopt;
    }
    Derivation d = e.derivations[0];
    EXPECT_TRUE(d.verified) << dump(d);
    if (d.steps.empty()) {
        ADD_FAILURE() << "an empty derivation";
        return std::nullopt;
    }
    return d;
}

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

fs::path const root = ELENCHUS_SOURCE_DIR;
fs::path const article = root / "examples" / "azerbaijan-nato.arg";

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

Loaded small(std::string const& text) { return load_text("small.arg", text); }

// The same, of a claim in a small file.
std::optional<Derivation> derivation_of(std::string const& text, std::string const& claim) {
    auto l = small(text);
    if (!l.theory) {
        ADD_FAILURE() << "does not check:\n" << text;
        return std::nullopt;
    }
    return derivation_in(*l.theory, claim);
}

// p -> q and p -> not q: supposing p leads to a contradiction, so not p.
TEST(Explain, ReductioOpensASubproof) {
    auto found =
        derivation_of("predicate p\npredicate q\npremise a: p -> q\npremise b: p -> not q\nclaim c: not p\n", "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(d.steps.back().rule, Rule::reductio) << dump(d);
    EXPECT_TRUE(has_rule(d, Rule::supposition));
    EXPECT_TRUE(has_rule(d, Rule::contradiction));
    EXPECT_EQ(fallback_steps(d), 0);
}

// Constructive dilemma: p or q, p -> r, q -> r; so r, by cases.
TEST(Explain, ProofByCases) {
    auto found = derivation_of("predicate p\npredicate q\npredicate r\npremise a: p or q\npremise b: p -> r\n"
                               "premise c: q -> r\nclaim d: r\n",
                               "d");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(d.steps.back().rule, Rule::cases) << dump(d);
    EXPECT_EQ(fallback_steps(d), 0);
}

// Definitions unfold, conjunctions are built and taken apart, and an existential is
// introduced from an instance.
TEST(Explain, DefinitionsConjunctionsAndExistentials) {
    auto found = derivation_of("sort S = { a, b }\npredicate p(S)\npredicate q(S)\n"
                               "define both(x: S) := p(x) and q(x)\n"
                               "premise one: p(a)\npremise two: forall x: S. p(x) -> q(x)\n"
                               "claim c: exists y: S. both(y)\n",
                               "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_TRUE(has_rule(d, Rule::definition)) << dump(d);
    EXPECT_TRUE(has_rule(d, Rule::and_introduction)) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::existential_introduction) << dump(d);
    EXPECT_EQ(fallback_steps(d), 0);
}

TEST(Explain, ArithmeticNamesTheFactsItUses) {
    auto found = derivation_of("constant x: Int\nconstant y: Int\npredicate ok\n"
                               "premise a: x >= 3\npremise b: y = x + 2\npremise c: y > 4 -> ok\nclaim d: ok\n",
                               "d");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_TRUE(has_rule(d, Rule::arithmetic)) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::modus_ponens) << dump(d);
}

// Two independent contradictions: one derivation of ⊥ per minimal inconsistent set.
TEST(Explain, InconsistencyDerivesBottomFromEachMinimalSet) {
    auto l = small("predicate p\npredicate q\npredicate s\npremise a: p -> q\npremise b: p\n"
                   "premise c: not q\npremise d: s\npremise e: not s\n");
    ASSERT_TRUE(l.theory);
    auto e = explained(*l.theory, "inconsistency");
    EXPECT_EQ(e.status, ExplanationStatus::inconsistent);
    ASSERT_EQ(e.derivations.size(), 2u);
    std::vector<std::vector<std::string>> sets;
    for (auto const& d : e.derivations) {
        EXPECT_TRUE(d.verified) << dump(d);
        EXPECT_EQ(d.steps.back().formula.op, logic::Term::Op::false_);
        EXPECT_EQ(fallback_steps(d), 0);
        auto s = d.support;
        std::sort(s.begin(), s.end());
        sets.push_back(s);
    }
    std::sort(sets.begin(), sets.end());
    EXPECT_EQ(sets, (std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"d", "e"}}));
}

// Smullyan's knights and knaves (What Is the Name of This Book?, ch. 3; the textbook answer
// is in the example's header): a closed sort is reasoned about member by member. C is a
// knave because B, a knight, says only one islander is a knight: B's statement splits into
// one case per islander, two of them clash with distinct members being equal.
TEST(Explain, ClosedSortsMemberByMember) {
    auto l = load_file(root / "examples" / "knights-and-knaves.arg");
    ASSERT_TRUE(l.theory);
    auto c_knave = derivation_in(*l.theory, "c_knave");
    ASSERT_TRUE(c_knave);
    auto const& d = *c_knave;
    EXPECT_EQ(fallback_steps(d), 0) << dump(d);
    for (Rule r : {Rule::existential_elimination, Rule::distinct_members, Rule::cases, Rule::identity,
                   Rule::universal_generalization})
        EXPECT_TRUE(has_rule(d, r)) << to_string(r) << "\n" << dump(d);
    auto b_knight = derivation_in(*l.theory, "b_knight");
    ASSERT_TRUE(b_knight);
    EXPECT_EQ(fallback_steps(*b_knight), 0) << dump(*b_knight);

    // And the checker holds those rules to their shapes.
    solver::StepChecker checker(*l.theory);
    auto first = [&](Rule r) {
        auto it = std::find_if(d.steps.begin(), d.steps.end(), [&](Step const& s) { return s.rule == r; });
        EXPECT_NE(it, d.steps.end()) << to_string(r);
        return static_cast<std::size_t>(it - d.steps.begin());
    };
    auto rejected_at = [&](Derivation const& t, std::size_t i, char const* what) {
        auto r = check_derivation(*l.theory, t, checker);
        EXPECT_FALSE(r.ok) << what;
        EXPECT_EQ(r.line, static_cast<int>(i + 1)) << what << ": " << r.message;
    };
    std::size_t const split = first(Rule::existential_elimination);
    ASSERT_LT(split, d.steps.size());
    Derivation one_case_short = d;   // the disjunction without its last member's case
    auto& cases = one_case_short.steps[split].formula;
    ASSERT_EQ(cases.op, logic::Term::Op::logical_or);
    cases.args.pop_back();
    rejected_at(one_case_short, split, "existential elimination without a member");

    std::size_t const distinct = first(Rule::distinct_members);
    ASSERT_LT(distinct, d.steps.size());
    Derivation same_member = d;   // `not C = B` made `not C = C`
    auto& eq = same_member.steps[distinct].formula.args[0];
    ASSERT_EQ(eq.op, logic::Term::Op::eq);
    eq.args[1] = eq.args[0];
    rejected_at(same_member, distinct, "distinct members of one member");

    std::size_t const identity = first(Rule::identity);
    ASSERT_LT(identity, d.steps.size());
    Derivation not_identical = d;   // `C = C` made `C = B`: the members are distinct
    not_identical.steps[identity].formula.args[1] = d.steps[distinct].formula.args[0].args[1];
    rejected_at(not_identical, identity, "identity of two members");

    std::size_t general = d.steps.size();
    for (std::size_t i = 0; i < d.steps.size(); ++i)
        if (d.steps[i].rule == Rule::universal_generalization && d.steps[i].uses.size() == 3) general = i;
    ASSERT_LT(general, d.steps.size()) << dump(d);
    Derivation member_missing = d;   // an instance short
    member_missing.steps[general].uses.pop_back();
    rejected_at(member_missing, general, "generalization without a member");
}

// Darii (Copi, ch. 6): some F are G, all G are H, so some F are H. Over an open sort the
// existential premise is used through a witness: suppose F(w) and G(w) for a fresh w, reach
// the conclusion, which mentions no w (existential elimination). The checker holds the
// witness to being fresh.
TEST(Explain, ExistentialEliminationNamesAFreshWitness) {
    std::string const text = "sort Thing\nentity zeus: Thing\npredicate f(Thing)\npredicate g(Thing)\n"
                             "predicate h(Thing)\npremise named: f(zeus)\n"
                             "premise some_fg: exists x: Thing. f(x) and g(x)\n"
                             "premise all_gh: forall x: Thing. g(x) -> h(x)\n"
                             "claim c: exists x: Thing. f(x) and h(x)\n";
    auto l = small(text);
    ASSERT_TRUE(l.theory);
    auto found = derivation_in(*l.theory, "c");
    ASSERT_TRUE(found);
    auto const& d = *found;
    EXPECT_EQ(fallback_steps(d), 0) << dump(d);
    EXPECT_EQ(d.steps.back().rule, Rule::existential_elimination) << dump(d);
    ASSERT_EQ(d.steps.back().uses.size(), 3u) << dump(d);

    solver::StepChecker checker(*l.theory);
    ASSERT_TRUE(check_derivation(*l.theory, d, checker).ok);
    int const last = static_cast<int>(d.steps.size());
    // The witness replaced by zeus, a named individual, throughout the subproof: each of its
    // lines still follows, but the existential no longer licenses the conclusion.
    auto const sup = static_cast<std::size_t>(d.steps.back().uses[1] - 1);
    auto const free = formulas::free_variables(d.steps[sup].formula);
    ASSERT_EQ(free.size(), 1u) << dump(d);
    auto const& symbols = l.theory->symbols;
    auto zeus = std::find_if(symbols.begin(), symbols.end(), [](logic::Symbol const& s) { return s.name == "zeus"; });
    ASSERT_NE(zeus, symbols.end());
    logic::Term named;
    named.op = logic::Term::Op::symbol;
    named.type = free[0].type;
    named.symbol = static_cast<int>(zeus - symbols.begin());
    Derivation not_fresh = d;
    for (auto& s : not_fresh.steps)
        if (s.depth > 0) s.formula = formulas::substitute(s.formula, {{free[0].name, named}});
    auto r = check_derivation(*l.theory, not_fresh, checker);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, last) << r.message;
    // Without the existential cited, the subproof proves nothing outside it.
    Derivation uncited = d;
    uncited.steps.back().uses.erase(uncited.steps.back().uses.begin());
    r = check_derivation(*l.theory, uncited, checker);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, last) << r.message;
}

// A claim Z3 cannot settle within the limit is `unknown`, with both questions asked and what
// Z3 said to each: never a derivation, never a guess. (The statements are unsatisfiable only
// by induction, so any claim about f is beyond Z3 at this limit.)
TEST(Explain, UnknownSaysWhatWasAskedAndWhyZ3GaveUp) {
    auto l = small("function f(Int): Int\n"
                   "axiom growth: forall x: Int, y: Int. x < y -> f(x) * f(x) < f(y) * f(y)\n"
                   "premise square: f(2) * f(2) = f(7) + 3\n"
                   "claim c: f(0) > 100\n");
    ASSERT_TRUE(l.theory);
    ExplainOptions options;
    options.limits = {0, 2000, nullptr};
    auto e = explain(*l.theory, "c", options);
    ASSERT_TRUE(e) << e.error;
    EXPECT_EQ(e->status, ExplanationStatus::unknown);
    EXPECT_TRUE(e->derivations.empty());
    EXPECT_NE(e->reason.find("entail it? unknown ("), std::string::npos) << e->reason;
    EXPECT_NE(e->reason.find("its negation? unknown ("), std::string::npos) << e->reason;
    EXPECT_NE(e->reason.find("resource limit of 2000 units"), std::string::npos) << e->reason;
}

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
