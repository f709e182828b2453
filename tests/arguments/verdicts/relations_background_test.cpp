// Relations judged against the file's other asserted statements (docs/map.md, "Relation
// checks"). Every background the checker names is checked here by queries that do not go
// through it: the `z3` binary on the SMT-LIB export (sufficient, each member needed, each
// side still possible), and a brute force over every subset of the candidates, each asked of
// a fresh Session, for the smallest size such a background can have. The candidates are
// worked out here from the definition (asserted, not an axiom, not a premise of either side,
// not either side), not taken from the checker.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "support/z3_binary.hpp"

namespace {

using elenchus::RelationStatus;
using elenchus::RelationVerdict;
using elenchus::solver::Answer;
namespace logic = elenchus::logic;

struct Checked {
    std::unique_ptr<elenchus::SourceFile> source;
    std::optional<logic::Theory> theory;
    std::vector<RelationVerdict> verdicts;
};

Checked relations_of(std::string text, elenchus::solver::Limits limits = {}) {
    Checked c;
    c.source = std::make_unique<elenchus::SourceFile>("test.arg", std::move(text));
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(*c.source, diagnostics);
    if (!diagnostics.has_errors()) c.theory = elenchus::check(file, diagnostics);
    for (auto const& d : diagnostics.all())
        if (d.severity == elenchus::Severity::error) ADD_FAILURE() << "input error: " << d.message;
    if (!c.theory) return c;
    elenchus::solver::Session session(*c.theory, limits);
    auto baseline = c.theory->baseline();
    c.verdicts = elenchus::check_relations(session, *c.theory, baseline);
    return c;
}

RelationVerdict const* find(Checked const& c, std::string const& from, std::string const& to, bool declared = true) {
    for (auto const& v : c.verdicts)
        if (v.from == from && v.to == to && v.declared == declared) return &v;
    return nullptr;
}

int index(logic::Theory const& t, std::string const& name) {
    auto s = t.find_statement(name);
    EXPECT_TRUE(s) << name;
    return s ? *s : -1;
}

bool is_axiom(logic::Theory const& t, int s) {
    return t.statements[static_cast<std::size_t>(s)].kind == elenchus::ast::StatementKind::axiom;
}

// One side of a relation as the definition has it: its content and its premises.
struct Side {
    int content = -1;
    std::vector<int> premises;
};

Side side(logic::Theory const& t, std::string const& name) {
    if (auto a = t.find_argument(name)) {
        auto const& arg = t.arguments[static_cast<std::size_t>(*a)];
        return {arg.conclusion, arg.premises};
    }
    return {index(t, name), {}};
}

std::vector<int> axioms(logic::Theory const& t) {
    std::vector<int> out;
    for (int s : t.baseline())
        if (is_axiom(t, s)) out.push_back(s);
    return out;
}

std::vector<int> candidates(logic::Theory const& t, Side const& a, Side const& b) {
    auto in = [](std::vector<int> const& v, int s) { return std::find(v.begin(), v.end(), s) != v.end(); };
    std::vector<int> out;
    for (int s : t.baseline())
        if (!is_axiom(t, s) && s != a.content && s != b.content && !in(a.premises, s) && !in(b.premises, s))
            out.push_back(s);
    return out;
}

std::vector<int> plus(std::vector<int> set, std::initializer_list<int> more) {
    set.insert(set.end(), more.begin(), more.end());
    return set;
}

std::string z3_says(logic::Theory const& t, std::vector<int> const& statements) {
    return elenchus::test::run_z3(elenchus::solver::export_smtlib(t, statements), "background");
}

// The conflict of `x` and `y` given `given` (names), judged by the z3 binary: sufficient,
// every member needed, each side possible with it.
void expect_conflict_by_z3(logic::Theory const& t, int x, int y, std::vector<std::string> const& given) {
    if (!elenchus::test::z3_binary_available()) GTEST_SKIP() << "no z3 binary";
    std::vector<int> g;
    for (auto const& n : given) g.push_back(index(t, n));
    auto k = axioms(t);
    std::vector<int> base = k;
    base.insert(base.end(), g.begin(), g.end());
    EXPECT_EQ(z3_says(t, plus(base, {x, y})), "unsat") << "the background is not sufficient";
    EXPECT_EQ(z3_says(t, plus(base, {x})), "sat") << "one side is impossible with the background";
    EXPECT_EQ(z3_says(t, plus(base, {y})), "sat") << "the other side is impossible with the background";
    for (std::size_t drop = 0; drop < g.size(); ++drop) {
        std::vector<int> smaller = k;
        for (std::size_t i = 0; i < g.size(); ++i)
            if (i != drop) smaller.push_back(g[i]);
        EXPECT_EQ(z3_says(t, plus(smaller, {x, y})), "sat") << given[drop] << " is not needed";
    }
}

// The smallest size of a background making `x` and `y` conflict with each side possible,
// by trying every subset of the candidates on a fresh Session; nullopt: none at all.
std::optional<std::size_t> smallest_by_brute_force(logic::Theory const& t, int x, int y,
                                                   std::vector<int> const& cands) {
    elenchus::solver::Session fresh(t, {});
    auto const k = axioms(t);
    std::optional<std::size_t> best;
    EXPECT_LE(cands.size(), 12u);
    for (unsigned mask = 0; mask < (1u << cands.size()); ++mask) {
        std::vector<int> set = k;
        for (std::size_t i = 0; i < cands.size(); ++i)
            if (mask & (1u << i)) set.push_back(cands[i]);
        auto const size = static_cast<std::size_t>(__builtin_popcount(mask));
        if (best && size >= *best) continue;
        if (fresh.satisfiable(plus(set, {x, y})).answer != Answer::unsat) continue;
        if (fresh.satisfiable(plus(set, {x})).answer != Answer::sat) continue;
        if (fresh.satisfiable(plus(set, {y})).answer != Answer::sat) continue;
        best = size;
    }
    return best;
}

// The issue's case: conclusions `rain` and `not wet`, compatible alone; the premise
// `rain_wets`, used by neither argument, makes them conflict.
constexpr char const* forecast = R"(
predicate forecast_rain
predicate looks_dry
predicate rain
predicate wet
premise rain_wets: rain -> wet
hypothesis forecast_says: forecast_rain
hypothesis forecast_right: forecast_rain -> rain
hypothesis looked: looks_dry
hypothesis looks_right: looks_dry -> not wet
claim will_rain: rain
claim dry: not wet
argument forecast from forecast_says, forecast_right therefore will_rain
  attacks dry_streets
argument dry_streets from looked, looks_right therefore dry
)";

TEST(RelationsBackground, RebutsGivenAPremiseNeitherArgumentUses) {
    auto c = relations_of(forecast);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "forecast", "dry_streets");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::rebuts);
    EXPECT_FALSE(v->flagged);
    EXPECT_EQ(v->given, std::vector<std::string>{"rain_wets"});
    EXPECT_NE(v->note.find("given rain_wets"), std::string::npos) << v->note;
    auto const& t = *c.theory;
    auto a = side(t, "forecast"), b = side(t, "dry_streets");
    expect_conflict_by_z3(t, a.content, b.content, v->given);
    EXPECT_EQ(smallest_by_brute_force(t, a.content, b.content, candidates(t, a, b)), v->given.size());
    // The declared attack covers the pair: the reverse direction is not detected again.
    EXPECT_EQ(find(c, "dry_streets", "forecast", false), nullptr);
}

// Two backgrounds would do: {g1} alone, or {g2, g3} together. The smallest is named, and
// without g1 the pair is.
constexpr char const* two_ways = R"(
predicate a
predicate b
predicate c
predicate d
hypothesis ha: a
hypothesis hb: b
premise g2: a -> c
premise g3: c -> not b
G1
premise noise: d
claim ca: a
claim cb: b
argument for_a from ha therefore ca
  attacks for_b
argument for_b from hb therefore cb
)";

TEST(RelationsBackground, TheSmallestBackgroundIsNamed) {
    for (bool with_g1 : {true, false}) {
        std::string text = two_ways;
        text.replace(text.find("G1"), 2, with_g1 ? "premise g1: a -> not b" : "");
        auto c = relations_of(text);
        ASSERT_TRUE(c.theory);
        auto v = find(c, "for_a", "for_b");
        ASSERT_NE(v, nullptr);
        EXPECT_EQ(v->classification, RelationStatus::rebuts);
        auto expected = with_g1 ? std::vector<std::string>{"g1"} : std::vector<std::string>{"g2", "g3"};
        EXPECT_EQ(v->given, expected);
        auto const& t = *c.theory;
        auto a = side(t, "for_a"), b = side(t, "for_b");
        expect_conflict_by_z3(t, a.content, b.content, v->given);
        EXPECT_EQ(smallest_by_brute_force(t, a.content, b.content, candidates(t, a, b)), v->given.size());
    }
}

// Undermining given a background: the attacker concludes that the witness was drunk, which
// contradicts the premise `trustworthy` only through the file's rule `drunk_rule`.
constexpr char const* witness = R"(
predicate saw
predicate reliable
predicate guilty
predicate drunk
predicate smelled
premise testimony: saw
premise trustworthy: reliable
premise eyewitness_rule: saw and reliable -> guilty
premise drunk_rule: drunk -> not reliable
hypothesis smell: smelled
hypothesis smell_rule: smelled -> drunk
claim convicted: guilty
claim was_drunk: drunk
argument eyewitness from testimony, trustworthy, eyewitness_rule therefore convicted
argument drunkenness from smell, smell_rule therefore was_drunk
  attacks eyewitness
)";

TEST(RelationsBackground, UnderminesGivenARule) {
    auto c = relations_of(witness);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "drunkenness", "eyewitness");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::undermines);
    EXPECT_EQ(v->premise, "trustworthy");
    EXPECT_EQ(v->given, std::vector<std::string>{"drunk_rule"});
    auto const& t = *c.theory;
    auto a = side(t, "drunkenness"), b = side(t, "eyewitness");
    int const p = index(t, "trustworthy");
    expect_conflict_by_z3(t, a.content, p, v->given);
    EXPECT_EQ(smallest_by_brute_force(t, a.content, p, candidates(t, a, b)), v->given.size());
}

// Support given a background: `for_p` concludes p, and p closes the gap of `for_r` (from s
// to r) only with the file's premise `bridge: p and s -> r`, used by neither argument.
constexpr char const* bridge = R"(
predicate p
predicate q
predicate r
predicate s
hypothesis hq: q
hypothesis q_gives_p: q -> p
hypothesis hs: s
premise bridge: p and s -> r
claim cp: p
claim cr: r
argument for_p from hq, q_gives_p therefore cp
  supports for_r
argument for_r from hs therefore cr
)";

TEST(RelationsBackground, SupportsGivenABridge) {
    auto c = relations_of(bridge);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "for_p", "for_r");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::supports);
    EXPECT_FALSE(v->flagged);
    EXPECT_EQ(v->given, std::vector<std::string>{"bridge"});
    if (!elenchus::test::z3_binary_available()) GTEST_SKIP() << "no z3 binary";
    auto const& t = *c.theory;
    int const x = index(t, "cp"), target = index(t, "cr"), hs = index(t, "hs"), g = index(t, "bridge");
    auto const& goal = t.statements[static_cast<std::size_t>(target)].formula;
    auto says = [&](std::vector<int> const& set, logic::Term const* with_goal) {
        return elenchus::test::run_z3(elenchus::solver::export_smtlib(t, set, with_goal), "support");
    };
    EXPECT_EQ(says({hs, g, x}, &goal), "unsat");   // with the background, X closes the gap
    EXPECT_EQ(says({hs, g}, &goal), "sat");        // without X the gap stays open
    EXPECT_EQ(says({hs, x}, &goal), "sat");        // without the background X does not close it
    EXPECT_EQ(says({hs, g, x}, nullptr), "sat");   // and X is possible with it
}

// Negative cases: nothing may serve as background that the definition rules out.
TEST(RelationsBackground, APremiseOfEitherSideIsNeverBackground) {
    // rain_wets as a premise of the attacker, then of the target: no other statement makes
    // the conclusions conflict, so the attack is no logical conflict, and flagged.
    for (std::string where : {"attacker", "target"}) {
        std::string text = forecast;
        std::string const line = where == "attacker" ? "argument forecast from forecast_says, forecast_right"
                                                     : "argument dry_streets from looked, looks_right";
        text.replace(text.find(line), line.size(), line + ", rain_wets");
        auto c = relations_of(text);
        ASSERT_TRUE(c.theory);
        auto v = find(c, "forecast", "dry_streets");
        ASSERT_NE(v, nullptr) << where;
        EXPECT_EQ(v->classification, RelationStatus::none) << where;
        EXPECT_TRUE(v->flagged) << where;
        EXPECT_TRUE(v->given.empty()) << where;
        for (auto const& r : c.verdicts)
            EXPECT_EQ(std::find(r.given.begin(), r.given.end(), "rain_wets"), r.given.end()) << r.from << " " << r.to;
    }
}

TEST(RelationsBackground, ABackgroundThatContradictsASideAloneIsNotUsed) {
    // `no_rain` contradicts the attacker's conclusion by itself: with it, `rain` conflicts
    // with anything at all, so it makes no conflict between the two sides.
    std::string text = forecast;
    text.replace(text.find("premise rain_wets: rain -> wet"), 30, "premise no_rain: not rain");
    auto c = relations_of(text);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "forecast", "dry_streets");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::none);
    EXPECT_TRUE(v->flagged);
    EXPECT_TRUE(v->given.empty());
    // Independently: no subset of the candidates will do.
    auto const& t = *c.theory;
    auto a = side(t, "forecast"), b = side(t, "dry_streets");
    EXPECT_EQ(smallest_by_brute_force(t, a.content, b.content, candidates(t, a, b)), std::nullopt);
}

TEST(RelationsBackground, UndeclaredConflictsGivenABackgroundAreDetected) {
    std::string text = forecast;
    text.replace(text.find("  attacks dry_streets\n"), 21, "");
    auto c = relations_of(text);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "forecast", "dry_streets", false);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->classification, RelationStatus::rebuts);
    EXPECT_FALSE(v->flagged);
    EXPECT_EQ(v->given, std::vector<std::string>{"rain_wets"});
}

// A background Z3 cannot judge within the limits gives `unknown`, flagged, with the reason:
// never `none`, never a pass. The only candidate hides the rain rule behind a nonlinear
// integer disjunct (a sum of cubes, unsatisfiable by Fermat for n = 3).
TEST(RelationsBackground, AnUndecidedBackgroundIsUnknownNeverAPass) {
    std::string text = forecast;
    text = "constant x: Int\nconstant y: Int\nconstant z: Int\n" + text;
    text.replace(text.find("premise rain_wets: rain -> wet"), 30,
                 "premise rain_wets: (rain -> wet) or (x > 0 and y > 0 and z > 0 and x*x*x + y*y*y = z*z*z)");
    elenchus::solver::Limits limits;
    limits.timeout_ms = 300;
    auto c = relations_of(text, limits);
    ASSERT_TRUE(c.theory);
    auto v = find(c, "forecast", "dry_streets");
    ASSERT_NE(v, nullptr);
    EXPECT_TRUE(v->flagged);
    if (v->classification == RelationStatus::rebuts) GTEST_SKIP() << "Z3 decided the cubes after all";
    EXPECT_EQ(v->classification, RelationStatus::unknown) << v->note;
    EXPECT_NE(v->note.find("Z3 could not decide"), std::string::npos) << v->note;
}

}   // namespace
