// The Session on hand-built Theories: each expectation is a textbook fact of logic or
// arithmetic, not a recorded output.
#include <gtest/gtest.h>

#include <algorithm>

#include "solver/session.hpp"
#include "support/theory_builder.hpp"

using namespace elenchus;
using namespace elenchus::test;
using solver::Answer;

namespace {

bool has_fact(solver::World const& w, std::string const& fact) {
    auto const lines = solver::lines(w);
    return std::find(lines.begin(), lines.end(), fact) != lines.end();
}

std::string joined(solver::World const& w) {
    std::string s;
    for (auto const& f : solver::lines(w)) s += f + "\n";
    return s;
}

// A function f on the integers whose squares grow strictly (axiom `growth`): nonlinear
// arithmetic under quantifiers, far beyond a small resource limit.
void add_growing_squares(TheoryBuilder& b) {
    b.function("f", {integer()}, integer());
    auto x = var("x", integer());
    auto y = var("y", integer());
    b.statement(
        Kind::axiom, "growth",
        forall({{"x", integer()}, {"y", integer()}},
               implies(compare(Op::lt, x, y), compare(Op::lt, arith(Op::mul, integer(), b("f", {x}), b("f", {x})),
                                                      arith(Op::mul, integer(), b("f", {y}), b("f", {y}))))));
}

}   // namespace

TEST(Session, ModusPonensEntailsWithBothPremisesInTheCore) {
    TheoryBuilder b;
    b.predicate("rain");
    b.predicate("wet");
    b.statement(Kind::premise, "p1", b("rain"));
    b.statement(Kind::premise, "p2", implies(b("rain"), b("wet")));
    b.statement(Kind::premise, "noise", b("wet"));
    solver::Session s(b.theory, {});
    auto premises = b.indices({"p1", "p2"});
    EXPECT_EQ(s.entails(premises, b("wet")).answer, Answer::unsat);
    auto core = s.core();
    std::sort(core.begin(), core.end());
    EXPECT_EQ(core, premises);
    // Affirming the consequent: wet and rain -> wet do not give rain.
    auto affirming = b.indices({"p2", "noise"});
    EXPECT_EQ(s.entails(affirming, b("rain")).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "rain = false")) << joined(w);
    EXPECT_TRUE(has_fact(w, "wet = true")) << joined(w);
}

TEST(Session, StatementsNotAskedForAreNotAsserted) {
    TheoryBuilder b;
    b.predicate("p");
    b.statement(Kind::premise, "yes", b("p"));
    b.statement(Kind::premise, "no", not_(b("p")));
    b.statement(Kind::claim, "c", b("p"));
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.satisfiable(b.indices({"yes"})).answer, Answer::sat);
    EXPECT_EQ(s.satisfiable(b.indices({"no"})).answer, Answer::sat);
    EXPECT_EQ(s.satisfiable(b.indices({"yes", "no"})).answer, Answer::unsat);
    EXPECT_EQ(s.satisfiable(b.indices({"no", "c"})).answer, Answer::unsat);   // claims usable as premises
    EXPECT_EQ(s.satisfiable({}).answer, Answer::sat);
    // The same goal asked twice reuses its guard and still answers the same.
    EXPECT_EQ(s.entails(b.indices({"yes"}), b("p")).answer, Answer::unsat);
    EXPECT_EQ(s.entails(b.indices({"no"}), b("p")).answer, Answer::sat);
    EXPECT_EQ(s.entails(b.indices({"yes"}), b("p")).answer, Answer::unsat);
    auto extra = not_(b("p"));
    EXPECT_EQ(s.satisfiable(b.indices({"yes"}), &extra).answer, Answer::unsat);
}

TEST(Session, ClosedSortMembersAreDistinctAndExhaustive) {
    TheoryBuilder b;
    auto color = b.closed_sort("Color", {"Red", "Green"}, {"rouge", ""});
    b.constant("c", color);
    b.predicate("warm", {color});
    b.statement(Kind::premise, "not_red", not_(eq(b("c"), b("Red"))));
    b.statement(Kind::premise, "warm_c", b("warm", {b("c")}));
    b.statement(Kind::premise, "red_cold", not_(b("warm", {b("Red")})));
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.entails({}, not_(eq(b("Red"), b("Green")))).answer, Answer::unsat);
    EXPECT_EQ(s.entails(b.indices({"not_red"}), eq(b("c"), b("Green"))).answer, Answer::unsat);
    EXPECT_EQ(s.satisfiable(b.indices({"not_red", "warm_c", "red_cold"})).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "c = Green")) << joined(w);
    EXPECT_TRUE(has_fact(w, "warm(Green) = true")) << joined(w);
    EXPECT_TRUE(has_fact(w, "warm(rouge) = false")) << "members are shown by display name\n" << joined(w);
}

TEST(Session, OpenSortEntitiesAreNotAssumedDistinct) {
    TheoryBuilder b;
    auto person = b.open_sort("Person");
    b.entity("socrates", person);
    b.entity("plato", person);
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.entails({}, eq(b("socrates"), b("plato"))).answer, Answer::sat);
    EXPECT_EQ(s.entails({}, not_(eq(b("socrates"), b("plato")))).answer, Answer::sat);
}

TEST(Session, QuantifiersAndUniversalInstantiation) {
    TheoryBuilder b;
    auto person = b.open_sort("Person");
    b.entity("socrates", person);
    b.predicate("human", {person});
    b.predicate("mortal", {person});
    auto x = var("x", person);
    b.statement(Kind::axiom, "all_mortal", forall({{"x", person}}, implies(b("human", {x}), b("mortal", {x}))));
    b.statement(Kind::premise, "human_socrates", b("human", {b("socrates")}));
    solver::Session s(b.theory, {});
    auto all = b.indices({"all_mortal", "human_socrates"});
    EXPECT_EQ(s.entails(all, b("mortal", {b("socrates")})).answer, Answer::unsat);
    EXPECT_EQ(s.entails(all, forall({{"x", person}}, b("mortal", {x}))).answer, Answer::sat);
    auto w = s.world();
    EXPECT_FALSE(w.facts.empty());
    EXPECT_EQ(s.entails(all, exists({{"y", person}}, b("human", {var("y", person)}))).answer, Answer::unsat);
}

TEST(Session, IntegerAndRealArithmetic) {
    TheoryBuilder b;
    b.constant("n", integer());
    b.constant("r", real());
    b.function("spending", {integer()}, real());
    b.statement(Kind::premise, "between",
                and_(compare(Op::gt, b("n"), number("2", integer())), compare(Op::lt, b("n"), number("4", integer()))));
    b.statement(Kind::premise, "half",
                eq(arith(Op::mul, integer(), number("2", integer()), b("n")), number("7", integer())));
    // `r = 5 / 2` with integer literals the checker typed as Real.
    b.statement(Kind::premise, "r_value", eq(b("r"), arith(Op::div, real(), number("5", real()), number("2", real()))));
    b.statement(Kind::premise, "spend", compare(Op::ge, b("spending", {b("n")}), number("2.5", real())));
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.entails(b.indices({"between"}), eq(b("n"), number("3", integer()))).answer, Answer::unsat);
    EXPECT_EQ(s.satisfiable(b.indices({"half"})).answer, Answer::unsat);   // 2n = 7 has no integer n
    EXPECT_EQ(s.entails(b.indices({"r_value"}), compare(Op::gt, b("r"), number("2", real()))).answer, Answer::unsat);
    EXPECT_EQ(s.satisfiable(b.indices({"r_value", "between", "spend"})).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "r = 5/2")) << joined(w);
    EXPECT_TRUE(has_fact(w, "n = 3")) << joined(w);
}

TEST(Session, DefinesUnfoldInPlace) {
    TheoryBuilder b;
    auto country = b.closed_sort("Country", {"Az", "Tr"});
    auto bloc = b.closed_sort("Bloc", {"NATO", "CSTO"});
    b.predicate("member", {country, bloc});
    auto c = var("c", country);
    int aligned = b.define("aligned", {{"c", country}}, or_(b("member", {c, b("NATO")}), b("member", {c, b("CSTO")})));
    b.statement(Kind::premise, "tr_nato", b("member", {b("Tr"), b("NATO")}));
    b.statement(Kind::premise, "az_none", not_(b.call(aligned, {b("Az")})));
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.entails(b.indices({"tr_nato"}), b.call(aligned, {b("Tr")})).answer, Answer::unsat);
    EXPECT_EQ(s.entails(b.indices({"az_none"}), not_(b("member", {b("Az"), b("CSTO")}))).answer, Answer::unsat);
    EXPECT_EQ(s.satisfiable(b.indices({"tr_nato", "az_none"})).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "member(Az, NATO) = false")) << joined(w);
    EXPECT_TRUE(has_fact(w, "member(Tr, NATO) = true")) << joined(w);
}

TEST(Session, ResourceLimitGivesUnknownWithAReason) {
    // Nonlinear integer arithmetic under quantifiers: far beyond a tiny resource limit.
    TheoryBuilder b;
    add_growing_squares(b);
    b.statement(Kind::premise, "fermat",
                eq(arith(Op::add, integer(),
                         arith(Op::mul, integer(), b("f", {number("1", integer())}), b("f", {number("2", integer())})),
                         arith(Op::mul, integer(), b("f", {number("3", integer())}), b("f", {number("3", integer())}))),
                   arith(Op::mul, integer(), b("f", {number("4", integer())}), b("f", {number("5", integer())}))));
    solver::Session s(b.theory, {.timeout_ms = 0, .rlimit = 1, .run = nullptr});
    auto o = s.satisfiable(b.indices({"growth", "fermat"}));
    EXPECT_EQ(o.answer, Answer::unknown);
    EXPECT_FALSE(o.reason.empty());
}

// A query the limit cancels leaves the session usable: after each `unknown` the small
// solver is replaced (Z3 4.8.12 crashed on later queries to a solver whose checks the limit
// had cancelled), and the next queries get the textbook answers.
TEST(Session, QueriesAfterACancelledOneAreAnswered) {
    TheoryBuilder b;
    add_growing_squares(b);
    b.predicate("p");
    b.predicate("q");
    b.statement(Kind::premise, "square",
                eq(arith(Op::mul, integer(), b("f", {number("2", integer())}), b("f", {number("2", integer())})),
                   arith(Op::add, integer(), b("f", {number("7", integer())}), number("3", integer()))));
    b.statement(Kind::premise, "pq", implies(b("p"), b("q")));
    b.statement(Kind::premise, "p", b("p"));
    solver::Session s(b.theory, {.timeout_ms = 0, .rlimit = 2000, .run = nullptr});
    int cancelled = 0;
    for (int round = 0; round < 5; ++round) {
        // Unsatisfiable (no integer function's squares increase without end downwards), which
        // takes induction: Z3 gives up, and the session keeps no answer it did not get.
        auto hard = s.satisfiable(b.indices({"growth", "square"}));
        EXPECT_NE(hard.answer, Answer::sat) << "round " << round;
        if (hard.answer == Answer::unknown) ++cancelled;
        auto n = number(std::to_string(round), integer());
        auto modus_ponens = s.entails(b.indices({"pq", "p"}), and_(b("q"), eq(n, n)));
        EXPECT_EQ(modus_ponens.answer, Answer::unsat) << "round " << round << ": " << modus_ponens.reason;
        auto affirming = s.entails(b.indices({"pq"}), b("p"));
        EXPECT_EQ(affirming.answer, Answer::sat) << "round " << round << ": " << affirming.reason;
    }
    EXPECT_GT(cancelled, 0) << "the limit never cancelled a query: the test shows nothing";
}

TEST(Session, ResourceLimitCountsPerQueryNotPerSession) {
    TheoryBuilder b;
    b.predicate("p");
    b.predicate("q");
    b.statement(Kind::premise, "pq", implies(b("p"), b("q")));
    b.statement(Kind::premise, "p", b("p"));
    solver::Session s(b.theory, {.timeout_ms = 0, .rlimit = 20000, .run = nullptr});
    // A different goal each time (q and i = i): the session answers a repeated query from
    // what it proved before, which would not exercise Z3's limit at all.
    for (int i = 0; i < 300; ++i) {
        auto n = number(std::to_string(i), integer());
        auto goal = and_(b("q"), eq(n, n));
        auto o = s.entails(b.indices({"pq", "p"}), goal);
        ASSERT_EQ(o.answer, Answer::unsat) << "query " << i << ": " << o.reason;
    }
}

TEST(Session, OpenSortWorldNamesIndividualsByEntities) {
    TheoryBuilder b;
    auto person = b.open_sort("Person");
    b.entity("socrates", person);
    b.entity("plato", person);
    b.predicate("teaches", {person, person});
    auto p = var("p", person);
    b.statement(Kind::premise, "someone_teaches_socrates",
                exists({{"p", person}}, and_(b("teaches", {p, b("socrates")}),
                                             and_(not_(eq(p, b("socrates"))), not_(eq(p, b("plato")))))));
    b.statement(Kind::premise, "same", eq(b("socrates"), b("plato")));
    solver::Session s(b.theory, {});
    ASSERT_EQ(s.satisfiable(b.indices({"someone_teaches_socrates", "same"})).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "teaches(Person#1, socrates) = true")) << joined(w);
    EXPECT_TRUE(has_fact(w, "plato = socrates")) << joined(w);
}

#include "support/z3_binary.hpp"

TEST(Export, TheZ3BinaryAgreesWithTheSession) {
    if (!z3_binary_available()) GTEST_SKIP() << "the z3 binary is not installed";
    TheoryBuilder b;
    auto country = b.closed_sort("Country", {"Az", "Tr"}, {"Azerbaijan", "Türkiye"});
    auto string_sort = b.open_sort("String");   // a Z3 built-in sort name
    auto thing = b.open_sort("Thing");
    b.entity("let", thing);   // an SMT-LIB reserved word
    b.entity("word", string_sort);
    b.predicate("member", {country});
    b.predicate("ite", {thing, country});
    b.function("spending", {country}, real());
    b.constant("since", integer());
    auto c = var("c", country);
    auto x = var("x", thing);
    b.statement(Kind::premise, "member", b("member", {b("Tr")}));   // a statement named like a symbol
    b.statement(
        Kind::axiom, "members_spend",
        forall({{"c", country}}, implies(b("member", {c}), compare(Op::ge, b("spending", {c}), number("2", real())))));
    b.statement(Kind::premise, "all_ite", forall({{"x", thing}}, b("ite", {x, b("Az")})));
    b.statement(Kind::premise, "since_1994", eq(b("since"), number("1994", integer())));
    b.statement(Kind::premise, "low", compare(Op::lt, b("spending", {b("Tr")}), number("1.5", real())));
    solver::Session s(b.theory, {});
    auto theory_statements = [&](std::vector<std::string> names) { return b.indices(names); };
    struct Case {
        std::vector<std::string> statements;
        std::optional<Term> goal;
    };
    std::vector<Case> cases{
        {{"member", "members_spend", "all_ite", "since_1994"}, std::nullopt},
        {{"member", "members_spend", "low"}, std::nullopt},
        {{"member", "members_spend"}, compare(Op::gt, b("spending", {b("Tr")}), number("1", real()))},
        {{"all_ite"}, b("ite", {b("let"), b("Az")})},
        {{"all_ite"}, b("ite", {b("let"), b("Tr")})},
        {{"since_1994"}, compare(Op::ge, b("since"), number("2000", integer()))},
    };
    for (auto const& k : cases) {
        auto set = theory_statements(k.statements);
        auto ours = k.goal ? s.entails(set, *k.goal) : s.satisfiable(set);
        ASSERT_NE(ours.answer, Answer::unknown) << ours.reason;
        auto text = solver::export_smtlib(b.theory, set, k.goal ? &*k.goal : nullptr);
        auto theirs = run_z3(text, "session");
        EXPECT_EQ(theirs, ours.answer == Answer::sat ? "sat" : "unsat") << text;
    }
}

TEST(Session, InnerBindersShadowOuterOnes) {
    // exists x. (P(x) and exists x. not P(x)) needs two individuals; were the inner x captured
    // by the outer one it would read P(x) and not P(x), a contradiction.
    TheoryBuilder b;
    auto thing = b.open_sort("Thing");
    b.predicate("P", {thing});
    auto x = var("x", thing);
    b.statement(Kind::premise, "two",
                exists({{"x", thing}}, and_(b("P", {x}), exists({{"x", thing}}, not_(b("P", {x}))))));
    b.statement(Kind::axiom, "one_thing", forall({{"x", thing}, {"y", thing}}, eq(x, var("y", thing))));
    solver::Session s(b.theory, {});
    EXPECT_EQ(s.satisfiable(b.indices({"two"})).answer, Answer::sat);
    EXPECT_EQ(s.satisfiable(b.indices({"two", "one_thing"})).answer, Answer::unsat);
    // The same quantified goal asked again gets the same answer.
    auto goal = forall({{"x", thing}}, b("P", {x}));
    for (int i = 0; i < 3; ++i) EXPECT_EQ(s.entails(b.indices({"two"}), goal).answer, Answer::sat);
}

// Over 64 statements, queries go to the solver that holds every statement, and answers
// proved earlier are reused: a superset of an unsat core is unsat with that core, a subset
// of a satisfiable set is satisfiable, and its world is still a real model.
TEST(Session, EarlierAnswersCarryOverBySubsetAndSuperset) {
    TheoryBuilder b;
    int const n = 80;
    for (int i = 0; i <= n; ++i) b.predicate("p" + std::to_string(i));
    b.statement(Kind::premise, "start", b("p0"));
    std::vector<std::string> chain{"start"};
    for (int i = 0; i < n; ++i) {
        auto name = "step" + std::to_string(i);
        b.statement(Kind::premise, name, implies(b("p" + std::to_string(i)), b("p" + std::to_string(i + 1))));
        chain.push_back(name);
    }
    b.statement(Kind::premise, "other", b("p5"));
    auto last = b("p" + std::to_string(n));
    solver::Session s(b.theory, {});

    auto all = b.indices(chain);
    ASSERT_EQ(s.entails(all, last).answer, Answer::unsat);
    auto core = s.core();
    std::sort(core.begin(), core.end());
    EXPECT_EQ(core, all);   // every link is needed

    auto more = all;
    more.push_back(*b.theory.find_statement("other"));
    ASSERT_EQ(s.entails(more, last).answer, Answer::unsat);
    auto again = s.core();
    std::sort(again.begin(), again.end());
    EXPECT_TRUE(std::includes(more.begin(), more.end(), again.begin(), again.end()));

    // A model of everything (kept for later queries) makes p80 true: it cannot answer the
    // queries below, which the set proved satisfiable next must answer, and its world must
    // come from Z3 again.
    ASSERT_EQ(s.satisfiable(more).answer, Answer::sat);
    // Without step40 the chain breaks: sat, and so for every subset of that set.
    std::vector<std::string> broken;
    for (auto const& c : chain)
        if (c != "step40") broken.push_back(c);
    ASSERT_EQ(s.entails(b.indices(broken), last).answer, Answer::sat);
    std::vector<std::string> fewer(broken.begin(), broken.end() - 10);
    ASSERT_EQ(s.entails(b.indices(fewer), last).answer, Answer::sat);
    auto w = s.world();
    EXPECT_TRUE(has_fact(w, "p" + std::to_string(n) + " = false")) << joined(w);
    EXPECT_TRUE(has_fact(w, "p0 = true")) << joined(w);
    EXPECT_TRUE(has_fact(w, "p20 = true")) << joined(w);   // forced by start and the steps
    // The goal's negation with the full chain stays unsat after all this.
    EXPECT_EQ(s.entails(all, last).answer, Answer::unsat);
}
