// Witness worlds read back and checked without Z3 (support/world_eval.hpp): every printed
// fact names members of the sorts its symbol takes, and every statement the query asserted
// evaluates as the query says in the world. Closed sorts of equal size once printed members
// of one sort where another's belonged (`mentors(Bob, Ann)` for `mentors(Teacher, Student)`).
#include <gtest/gtest.h>

#include <memory>

#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"
#include "support/loaded.hpp"
#include "support/world_eval.hpp"

using namespace elenchus;
using solver::Answer;

namespace {

// The file through the front end (support/loaded.hpp); every file here must read cleanly.
test::Loaded load(std::string text) {
    auto l = test::load_text("world.arg", std::move(text));
    EXPECT_TRUE(l.theory) << l.source->text();
    if (!l.theory) l.theory.emplace();
    return l;
}

std::string joined(std::vector<std::string> const& lines) {
    std::string s;
    for (auto const& l : lines) s += "  " + l + "\n";
    return s;
}

// Each `f(a, b) = v` names, in each position, a member of the sort the symbol takes there.
void expect_well_sorted(logic::Theory const& theory, solver::World const& w) {
    for (auto const& fact : w.facts) {
        if (fact.kind != solver::Fact::Kind::value || fact.arguments.empty()) continue;
        for (auto const& sym : theory.symbols) {
            if (sym.name != fact.symbol) continue;
            ASSERT_EQ(sym.parameters.size(), fact.arguments.size()) << solver::to_string(fact);
            for (std::size_t k = 0; k < sym.parameters.size(); ++k) {
                auto const& p = sym.parameters[k];
                if (p.kind != logic::Type::Kind::sort) continue;
                auto const& sort = theory.sorts[static_cast<std::size_t>(p.sort)];
                if (!sort.closed) continue;
                bool member = false;
                for (int m : sort.members) {
                    auto const& ms = theory.symbols[static_cast<std::size_t>(m)];
                    member = member || (ms.display.empty() ? ms.name : ms.display) == fact.arguments[k];
                }
                EXPECT_TRUE(member) << solver::to_string(fact) << ": argument " << k + 1 << " is no " << sort.name;
            }
        }
    }
}

// The world of the last query holds every statement of `asserted`, and `goal` is `expected`.
void expect_model(logic::Theory const& theory, solver::World const& w, std::vector<int> const& asserted,
                  logic::Term const& goal, bool expected) {
    ASSERT_TRUE(w.unavailable.empty()) << w.unavailable;
    expect_well_sorted(theory, w);
    auto lines = solver::lines(w);
    auto text = test::read_world(lines);
    ASSERT_FALSE(text.truncated) << joined(lines);
    test::WorldEvaluator eval(theory, text);
    for (int i : asserted) {
        auto const& st = theory.statements[static_cast<std::size_t>(i)];
        EXPECT_EQ(eval.holds(st.formula), std::optional<bool>(true)) << st.name << " in\n" << joined(lines);
    }
    EXPECT_EQ(eval.holds(goal), std::optional<bool>(expected)) << "the goal in\n" << joined(lines);
}

// Both worlds of every open claim, and the counterexample of every invalid argument.
int check_every_world(logic::Theory const& theory) {
    solver::Session s(theory, {});
    auto const baseline = theory.baseline();
    int worlds = 0;
    for (int c : theory.claims()) {
        auto const& goal = theory.statements[static_cast<std::size_t>(c)].formula;
        if (s.entails(baseline, goal).answer == Answer::sat) {
            expect_model(theory, s.world(), baseline, goal, false);
            ++worlds;
        }
        auto const negated = formulas::make_not(goal);
        if (s.entails(baseline, negated).answer == Answer::sat) {
            expect_model(theory, s.world(), baseline, goal, true);
            ++worlds;
        }
    }
    for (auto const& a : theory.arguments) {
        auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
        if (s.entails(a.premises, goal).answer == Answer::sat) {
            expect_model(theory, s.world(), a.premises, goal, false);
            ++worlds;
        }
    }
    return worlds;
}

// Two closed sorts of three members each: the file of the report, found by a fuzzer.
constexpr char const* two_sorts = R"(
sort Teacher = { Ann, Bob, Eve }
sort Student = { Cat, Dan, Fay }
sort Room = { Rx, Ry, Rz }
predicate mentors(Teacher, Student)
function tutor(Student): Teacher
function office(Teacher): Room
premise p0: office(Eve) = Rz
claim c: forall s: Student. mentors(tutor(s), s)
claim d: exists t: Teacher. forall s: Student. mentors(t, s)
)";

// Three closed sorts of two members each, with display names, and a relation over all three.
constexpr char const* three_sorts = R"(
sort Teacher = { Ann "Ms Ann", Bob }
sort Student = { Cat, Dan "Mr Dan" }
sort Room = { R1, R2 }
predicate mentors(Teacher, Student)
predicate meets(Teacher, Student, Room)
predicate likes(Student, Teacher)
function home(Student): Room
function tutor(Student): Teacher
premise p1: forall s: Student. exists r: Room. meets(tutor(s), s, r)
premise p2: forall t: Teacher, s: Student, r: Room. meets(t, s, r) -> mentors(t, s)
premise p3: not mentors(Bob, Cat) or likes(Dan, Ann)
claim c1: forall t: Teacher. exists s: Student. mentors(t, s)
claim c2: forall s: Student. meets(tutor(s), s, home(s))
claim c3: likes(Cat, Bob) -> tutor(Cat) = Bob
argument a
  from p1, p2
  therefore c1
argument b
  from p1, p3
  therefore c2
)";

}   // namespace

TEST(Worlds, TwoClosedSortsOfEqualSizeKeepTheirMembersApart) {
    auto l = load(two_sorts);
    EXPECT_EQ(check_every_world(*l.theory), 4);
}

TEST(Worlds, ThreeClosedSortsOfEqualSizeKeepTheirMembersApart) {
    auto l = load(three_sorts);
    EXPECT_EQ(check_every_world(*l.theory), 8);
}

TEST(Worlds, EveryPairOfEqualSortsAcrossSizes) {
    // Sizes 1 to 4: the id of a member made and dropped is the one Z3 hands out next.
    for (int n = 1; n <= 4; ++n) {
        std::string a, b;
        for (int k = 0; k < n; ++k) {
            a += (k ? ", A" : "A") + std::to_string(k);
            b += (k ? ", B" : "B") + std::to_string(k);
        }
        auto l = load("sort S = { " + a + " }\nsort T = { " + b +
                      " }\npredicate r(S, T)\nfunction f(T): S\n"
                      "premise p: forall t: T. r(f(t), t)\n"
                      "claim c: forall s: S. exists t: T. r(s, t)\nclaim d: f(B0) = A0\n");
        SCOPED_TRACE("size " + std::to_string(n));
        check_every_world(*l.theory);
    }
}
