// Acceptability of a file's arguments (arguments/standing/): the attack graph read from the
// file, and every label, extension and acceptance compared with a brute force written here,
// straight from Dung's definitions over all subsets of the arguments (independent of
// acceptability/ and of its test reference).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "arguments/standing/standing.hpp"
#include "arguments/verdicts/relations.hpp"
#include "solver/session.hpp"
#include "support/loaded.hpp"

namespace st = elenchus::standing;
using elenchus::test::load_file;
using elenchus::test::load_text;

namespace {

// ---- the brute force ------------------------------------------------------------------

using Set = std::uint32_t;   // bit i: argument i
using Edges = std::vector<std::pair<std::size_t, std::size_t>>;

struct Brute {
    std::size_t n;
    std::vector<Set> attackers;   // per argument

    Brute(std::size_t count, Edges const& edges) : n(count), attackers(count, 0) {
        for (auto [a, b] : edges) attackers[b] |= Set{1} << a;
    }
    bool in(Set s, std::size_t a) const { return (s >> a) & 1u; }
    Set attacked_by(Set s) const {
        Set out = 0;
        for (std::size_t b = 0; b < n; ++b)
            if (attackers[b] & s) out |= Set{1} << b;
        return out;
    }
    bool conflict_free(Set s) const { return (attacked_by(s) & s) == 0; }
    bool defends(Set s, std::size_t a) const {
        Set const beaten = attacked_by(s);
        return (attackers[a] & ~beaten) == 0;
    }
    bool admissible(Set s) const {
        if (!conflict_free(s)) return false;
        for (std::size_t a = 0; a < n; ++a)
            if (in(s, a) && !defends(s, a)) return false;
        return true;
    }
    bool complete(Set s) const {
        if (!admissible(s)) return false;
        for (std::size_t a = 0; a < n; ++a)
            if (!in(s, a) && defends(s, a)) return false;
        return true;
    }
    bool stable(Set s) const {
        Set const all = n == 32 ? ~Set{0} : (Set{1} << n) - 1;
        return conflict_free(s) && (s | attacked_by(s)) == all;
    }
    std::vector<Set> extensions(st::Semantics sem) const {
        std::vector<Set> completes, out;
        for (Set s = 0; s < (Set{1} << n); ++s)
            if (complete(s)) completes.push_back(s);
        switch (sem) {
        case st::Semantics::complete: return completes;
        case st::Semantics::grounded:
            for (Set s : completes)
                if (std::all_of(completes.begin(), completes.end(), [&](Set t) { return (s & t) == s; })) return {s};
            return {};
        case st::Semantics::preferred:
            for (Set s : completes)
                if (std::none_of(completes.begin(), completes.end(), [&](Set t) { return t != s && (s & t) == s; }))
                    out.push_back(s);
            return out;
        case st::Semantics::stable:
            for (Set s = 0; s < (Set{1} << n); ++s)
                if (stable(s)) out.push_back(s);
            return out;
        }
        return out;
    }
};

Set as_set(st::Members const& m) {
    Set s = 0;
    for (auto a : m) s |= Set{1} << a;
    return s;
}

// Compares one evaluation with the brute force over the same arguments and attacks.
void expect_matches(st::Standing const& got, Edges const& edges, std::string const& what) {
    auto const n = got.graph.arguments.size();
    Brute const b(n, edges);
    for (std::size_t k = 0; k < st::all_semantics.size(); ++k) {
        auto const sem = st::all_semantics[k];
        auto want = b.extensions(sem);
        std::vector<Set> have;
        for (auto const& e : got.semantics[k].extensions) have.push_back(as_set(e));
        std::sort(want.begin(), want.end());
        std::sort(have.begin(), have.end());
        ASSERT_FALSE(got.semantics[k].capped) << what;
        EXPECT_EQ(have, want) << what << ": " << st::semantics_name(sem);
        for (std::size_t a = 0; a < n; ++a) {
            bool const cred = std::any_of(want.begin(), want.end(), [&](Set s) { return b.in(s, a); });
            bool const scep = std::all_of(want.begin(), want.end(), [&](Set s) { return b.in(s, a); });
            EXPECT_EQ(got.semantics[k].credulous[a], cred) << what << ": " << st::semantics_name(sem) << " " << a;
            EXPECT_EQ(got.semantics[k].sceptical[a], scep) << what << ": " << st::semantics_name(sem) << " " << a;
        }
        // A conclusion is accepted in an extension when an argument for it is a member.
        for (auto const& c : got.conclusions) {
            Set for_it = 0;
            for (std::size_t a = 0; a < n; ++a)
                if (got.graph.conclusions[a] == c.statement) for_it |= Set{1} << a;
            bool const cred = std::any_of(want.begin(), want.end(), [&](Set s) { return (s & for_it) != 0; });
            bool const scep = std::all_of(want.begin(), want.end(), [&](Set s) { return (s & for_it) != 0; });
            EXPECT_EQ(c.credulous[k], cred) << what << ": conclusion " << c.statement;
            ASSERT_TRUE(c.sceptical[k].has_value());
            EXPECT_EQ(*c.sceptical[k], scep) << what << ": conclusion " << c.statement;
        }
    }
    // Grounded labels: in the grounded extension, out when attacked by it, undecided otherwise.
    Set const g = b.extensions(st::Semantics::grounded).front();
    Set const beaten = b.attacked_by(g);
    for (std::size_t a = 0; a < n; ++a) {
        auto const want = b.in(g, a) ? st::Label::in : b.in(beaten, a) ? st::Label::out : st::Label::undecided;
        ASSERT_TRUE(got.grounded[a].has_value());
        EXPECT_EQ(*got.grounded[a], want) << what << ": argument " << a;
    }
    // Why: the reasons named are real attacks with the labels claimed.
    auto attacks = [&](std::size_t x, std::size_t y) { return b.in(b.attackers[y], x); };
    for (std::size_t a = 0; a < n; ++a) {
        auto const w = st::why(got, a);
        if (w.label == st::Label::out) {
            ASSERT_FALSE(w.in_attackers.empty()) << what;
            for (auto x : w.in_attackers) EXPECT_TRUE(attacks(x, a) && b.in(g, x)) << what;
        }
        if (w.label == st::Label::undecided) {
            ASSERT_FALSE(w.cycle.empty()) << what << ": argument " << a;
            for (std::size_t i = 0; i < w.cycle.size(); ++i) {
                auto const x = w.cycle[i], y = w.cycle[(i + 1) % w.cycle.size()];
                EXPECT_TRUE(attacks(x, y)) << what << ": cycle " << x << " -> " << y;
                EXPECT_EQ(got.grounded[x], st::Label::undecided) << what;
            }
            if (w.path.empty()) EXPECT_EQ(w.cycle.front(), a) << what;
            else {
                EXPECT_EQ(w.path.front(), w.cycle.front()) << what;
                EXPECT_EQ(w.path.back(), a) << what;
                for (std::size_t i = 0; i + 1 < w.path.size(); ++i)
                    EXPECT_TRUE(attacks(w.path[i], w.path[i + 1])) << what;
            }
        }
    }
}

// ---- files ----------------------------------------------------------------------------

// `count` arguments a0.., each concluding one of `claims` claims, and the attacks declared.
std::string debate(std::size_t count, std::size_t claims, std::vector<std::size_t> const& concludes,
                   Edges const& edges) {
    std::string text;
    for (std::size_t c = 0; c < claims; ++c) text += fmt::format("predicate r{0} \"r{0}\"\nclaim c{0}: r{0}\n", c);
    for (std::size_t a = 0; a < count; ++a) {
        text += fmt::format("predicate q{0} \"q{0}\"\nhypothesis s{0}: q{0}\n", a);
        text += fmt::format("argument a{0}\n  from s{0}\n  therefore c{1}\n", a, concludes[a]);
    }
    for (auto [x, y] : edges) text += fmt::format("a{} attacks a{}\n", x, y);
    return text;
}

TEST(Standing, RandomDeclaredDebatesMatchBruteForce) {
    std::mt19937 rng(20261205);
    for (int round = 0; round < 300; ++round) {
        std::size_t const n = rng() % 9;   // 0..8 arguments
        std::size_t const claims = 1 + rng() % 3;
        std::vector<std::size_t> concludes(n);
        for (auto& c : concludes) c = rng() % claims;
        Edges edges;
        std::set<std::pair<std::size_t, std::size_t>> seen;
        std::size_t const m = n == 0 ? 0 : rng() % (2 * n + 1);
        for (std::size_t k = 0; k < m; ++k) {
            std::pair<std::size_t, std::size_t> e{rng() % n, rng() % n};
            if (seen.insert(e).second) edges.push_back(e);
        }
        auto l = load_text("debate.arg", debate(n, claims, concludes, edges));
        ASSERT_TRUE(l.theory) << debate(n, claims, concludes, edges);
        auto got = st::evaluate(st::attack_graph(*l.theory, {}, st::AttackSource::declared));
        ASSERT_EQ(got.graph.arguments.size(), n);
        EXPECT_EQ(got.graph.attacks.size(), edges.size());
        expect_matches(got, edges, fmt::format("round {}", round));
    }
}

TEST(Standing, TextbookShapes) {
    // Nixon diamond with floating reinstatement; an odd cycle; a self-attack; a chain.
    std::vector<std::pair<std::size_t, Edges>> shapes{
        {4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}}},
        {3, {{0, 1}, {1, 2}, {2, 0}}},
        {2, {{0, 0}, {0, 1}}},
        {4, {{0, 1}, {1, 2}, {2, 3}}},
    };
    for (auto const& [n, edges] : shapes) {
        auto l = load_text("shape.arg", debate(n, 1, std::vector<std::size_t>(n, 0), edges));
        ASSERT_TRUE(l.theory);
        auto got = st::evaluate(st::attack_graph(*l.theory, {}, st::AttackSource::declared));
        expect_matches(got, edges, fmt::format("{} arguments", n));
    }
}

// Two arguments for one conclusion in different preferred extensions: the conclusion is
// sceptically accepted though neither argument is (a floating conclusion, textbook).
TEST(Standing, FloatingConclusion) {
    auto l = load_text("floating.arg", debate(2, 1, {0, 0}, {{0, 1}, {1, 0}}));
    ASSERT_TRUE(l.theory);
    auto got = st::evaluate(st::attack_graph(*l.theory, {}, st::AttackSource::declared));
    auto const pr = 2;   // preferred in all_semantics
    EXPECT_FALSE(got.semantics[pr].sceptical[0]);
    EXPECT_FALSE(got.semantics[pr].sceptical[1]);
    ASSERT_EQ(got.conclusions.size(), 1u);
    EXPECT_EQ(got.conclusions[0].sceptical[pr], true);
    EXPECT_EQ(got.conclusions[0].grounded, st::Label::undecided);
}

// The classroom debate: its declared attacks, read independently from the file's text.
TEST(Standing, ClassroomExampleMatchesBruteForce) {
    auto l = load_file("examples/classroom-phones.arg");
    ASSERT_TRUE(l.theory);
    auto got = st::evaluate(st::attack_graph(*l.theory, {}, st::AttackSource::declared));
    // pro, con, rebuttal, objection in file order; pro <-> con, rebuttal -> con, objection -> pro.
    ASSERT_EQ(got.graph.arguments, (std::vector<std::string>{"pro", "con", "rebuttal", "objection"}));
    Edges const edges{{0, 1}, {1, 0}, {2, 1}, {3, 0}};
    EXPECT_EQ(got.graph.attacks.size(), edges.size());
    expect_matches(got, edges, "classroom");
}

// Logical attacks: a rebuttal attacks both ways, an undermining one way, a practical attack
// (no logical conflict) not at all; `all` adds the declared one back.
TEST(Standing, LogicalAttacksFromTheChecker) {
    std::string const text = R"(predicate p "p"
predicate q "q"
predicate t "t"
hypothesis hp: p
hypothesis hnp: not p
hypothesis hq: q
hypothesis hnq: not q
hypothesis ht: t
claim cp: p
claim cnp: not p
claim cnq: not q
claim ct: t
argument yes from hp therefore cp
argument no from hnp therefore cnp
argument uses_q from hq, ht therefore ct
argument denies_q from hnq therefore cnq
argument practical from ht therefore ct
practical attacks yes
)";
    auto l = load_text("logical.arg", text);
    ASSERT_TRUE(l.theory);
    elenchus::solver::Session session(*l.theory, {});
    auto relations = elenchus::check_relations(session, *l.theory, l.theory->baseline());
    auto names = [](st::Graph const& g) {
        std::set<std::pair<std::string, std::string>> out;
        for (auto const& e : g.attacks) out.emplace(g.arguments[e.from], g.arguments[e.to]);
        return out;
    };
    using Pairs = std::set<std::pair<std::string, std::string>>;
    // Textbook: p and not p rebut each other; not q undermines the argument from q.
    Pairs const logical{{"yes", "no"}, {"no", "yes"}, {"denies_q", "uses_q"}};
    EXPECT_EQ(names(st::attack_graph(*l.theory, relations, st::AttackSource::logical)), logical);
    EXPECT_EQ(names(st::attack_graph(*l.theory, relations, st::AttackSource::declared)), (Pairs{{"practical", "yes"}}));
    Pairs all = logical;
    all.emplace("practical", "yes");
    EXPECT_EQ(names(st::attack_graph(*l.theory, relations, st::AttackSource::all)), all);
}

// A world that drops a premise of an argument does not put it forward: it and its attacks
// leave the framework, and what it attacked may be reinstated.
TEST(Standing, DroppedPremiseTakesTheArgumentOut) {
    auto l = load_file("examples/classroom-phones.arg");
    ASSERT_TRUE(l.theory);
    auto const office = *l.theory->find_statement("office_line");
    std::vector<int> const dropped{office};
    auto got = st::evaluate(st::attack_graph(*l.theory, {}, st::AttackSource::declared, dropped));
    EXPECT_FALSE(got.grounded[2].has_value());   // rebuttal uses office_line
    // Left: pro <-> con, objection -> pro, over pro, con, objection.
    Brute const b(4, {{0, 1}, {1, 0}, {3, 0}});
    Set const g = b.extensions(st::Semantics::grounded).front();
    EXPECT_EQ(got.grounded[1], b.in(g, 1) ? st::Label::in : st::Label::out);   // con is reinstated
    EXPECT_EQ(got.grounded[1], st::Label::in);
}

}   // namespace
