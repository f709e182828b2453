// Smallest worlds (solver/world_search.hpp), judged without Z3: each printed world is read
// back and evaluated (support/world_eval.hpp), and every world with fewer individuals of
// one open sort and no more of the others is enumerated (support/brute_worlds.hpp) to show
// that none of them does what the printed world does. The textbook case: two people suffice,
// and are needed, to show that `forall x exists y loves(x, y)` does not give `exists y
// forall x loves(x, y)`.
#include <gtest/gtest.h>

#include <map>

#include "arguments/formulas/formulas.hpp"
#include "solver/session.hpp"
#include "support/brute_worlds.hpp"
#include "support/loaded.hpp"
#include "support/world_eval.hpp"

using namespace elenchus;
using solver::Answer;

namespace {

std::string joined(std::vector<std::string> const& lines) {
    std::string s;
    for (auto const& l : lines) s += "  " + l + "\n";
    return s;
}

// What the world must do: every asserted statement holds, the goal has the value `expected`.
bool does(logic::Theory const& theory, test::TextWorld const& w, std::vector<int> const& asserted,
          logic::Term const& goal, bool expected) {
    test::WorldEvaluator eval(theory, w);
    for (int i : asserted)
        if (eval.holds(theory.statements[static_cast<std::size_t>(i)].formula) != std::optional<bool>(true))
            return false;
    return eval.holds(goal) == std::optional<bool>(expected);
}

// Every size vector with `sort` below its printed size and each other open sort at most its
// printed size (at least one individual each, as Z3's sorts have).
void sizes_below(std::map<std::string, std::size_t> const& printed, std::string const& sort,
                 std::function<void(std::map<std::string, std::size_t> const&)> const& visit) {
    std::vector<std::pair<std::string, std::size_t>> bounds(printed.begin(), printed.end());
    std::map<std::string, std::size_t> at;
    std::function<void(std::size_t)> each = [&](std::size_t k) {
        if (k == bounds.size()) return visit(at);
        std::size_t const top = bounds[k].first == sort ? bounds[k].second - 1 : bounds[k].second;
        for (std::size_t n = 1; n <= top; ++n) {
            at[bounds[k].first] = n;
            each(k + 1);
        }
    };
    each(0);
}

// The world of the last query does what the query asked, and no smaller world does.
// Returns the printed sizes of the open sorts.
std::map<std::string, std::size_t> expect_smallest(logic::Theory const& theory, solver::World const& world,
                                                   std::vector<int> const& asserted, logic::Term const& goal,
                                                   bool expected) {
    auto const lines = solver::lines(world);
    auto const text = test::read_world(lines);
    EXPECT_TRUE(world.unavailable.empty()) << world.unavailable;
    EXPECT_FALSE(text.truncated) << joined(lines);
    EXPECT_TRUE(does(theory, text, asserted, goal, expected)) << "the world does not do its job:\n" << joined(lines);
    std::map<std::string, std::size_t> printed;
    for (auto const& [sort, members] : text.universe) printed[sort] = members.size();
    // The control: at the printed sizes the enumeration does find such a world (so that
    // finding none below them is not for want of reading the worlds it makes).
    bool control = false;
    test::each_world(theory, printed,
                     [&](test::TextWorld const& w) { return control = does(theory, w, asserted, goal, expected); });
    EXPECT_TRUE(control) << "the enumeration finds no world like\n" << joined(lines);
    for (auto const& [sort, n] : printed) {
        sizes_below(printed, sort, [&](std::map<std::string, std::size_t> const& sizes) {
            bool const enumerated = test::each_world(theory, sizes, [&](test::TextWorld const& w) {
                bool const found = does(theory, w, asserted, goal, expected);
                EXPECT_FALSE(found) << "a smaller world than\n"
                                    << joined(lines) << "has " << sizes.at(sort) << " of " << sort;
                return found;
            });
            EXPECT_TRUE(enumerated) << "too many worlds to enumerate";
        });
    }
    return printed;
}

constexpr char const* loves = R"(
sort Person
predicate loves(Person, Person)
premise p: forall x: Person. exists y: Person. loves(x, y)
claim c: exists y: Person. forall x: Person. loves(x, y)
argument a
  from p
  therefore c
)";

// Two open sorts: two students are needed (p2), and given two, two courses (else c holds).
constexpr char const* courses = R"(
sort Student
sort Course
predicate takes(Student, Course)
premise p1: forall s: Student. exists c: Course. takes(s, c)
premise p2: exists s: Student, t: Student. s != t
claim c: exists c: Course. forall s: Student. takes(s, c)
)";

// Entities and a function: nobody is their own mother, so two people at least.
constexpr char const* mothers = R"(
sort Person
entity ann, bob: Person
function mother(Person): Person
predicate likes(Person, Person)
premise p: forall x: Person. mother(x) != x
premise q: forall x: Person. likes(mother(x), x)
claim c: ann = bob
claim d: likes(ann, bob)
)";

// Both worlds of every open claim and the counterexample of every invalid argument.
int check_all(logic::Theory const& theory) {
    solver::Session s(theory, {});
    auto const baseline = theory.baseline();
    int worlds = 0;
    for (int c : theory.claims()) {
        auto const& goal = theory.statements[static_cast<std::size_t>(c)].formula;
        if (s.entails(baseline, goal).answer == Answer::sat) {
            expect_smallest(theory, s.world(), baseline, goal, false);
            ++worlds;
        }
        if (s.entails(baseline, formulas::make_not(goal)).answer == Answer::sat) {
            expect_smallest(theory, s.world(), baseline, goal, true);
            ++worlds;
        }
    }
    for (auto const& a : theory.arguments) {
        auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
        if (s.entails(a.premises, goal).answer == Answer::sat) {
            expect_smallest(theory, s.world(), a.premises, goal, false);
            ++worlds;
        }
    }
    return worlds;
}

logic::Theory theory_of(char const* text) {
    auto l = test::load_text("worlds.arg", text);
    EXPECT_TRUE(l.theory.has_value());
    return l.theory ? std::move(*l.theory) : logic::Theory{};
}

}   // namespace

TEST(SmallestWorlds, TwoPeopleShowThatForallExistsDoesNotGiveExistsForall) {
    auto const theory = theory_of(loves);
    solver::Session s(theory, {});
    auto const& a = theory.arguments.at(0);
    auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    ASSERT_EQ(s.entails(a.premises, goal).answer, Answer::sat);
    auto const sizes = expect_smallest(theory, s.world(), a.premises, goal, false);
    // The textbook's count, and the one the enumeration above allows.
    EXPECT_EQ(sizes.at("Person"), 2u);
    EXPECT_EQ(check_all(theory), 3);
}

TEST(SmallestWorlds, TwoOpenSortsEachAsSmallAsTheOthersAllow) {
    auto const theory = theory_of(courses);
    EXPECT_EQ(check_all(theory), 2);
}

TEST(SmallestWorlds, EntitiesAndFunctions) {
    auto const theory = theory_of(mothers);
    EXPECT_EQ(check_all(theory), 4);
}

TEST(SmallestWorlds, TheSyllogismsExample) {
    auto l = test::load_file(ELENCHUS_SOURCE_DIR "/examples/syllogisms.arg");
    ASSERT_TRUE(l.theory);
    EXPECT_GE(check_all(*l.theory), 3);
}

// The world depends on the query, not on what the session was asked before (check and
// explain ask in different orders): the same lines after any history.
TEST(SmallestWorlds, TheSameWorldWhateverWasAskedBefore) {
    auto const theory = theory_of(mothers);
    auto const baseline = theory.baseline();
    auto const& goal = theory.statements[static_cast<std::size_t>(theory.claims().at(1))].formula;
    solver::Session fresh(theory, {});
    ASSERT_EQ(fresh.entails(baseline, goal).answer, Answer::sat);
    auto const first = solver::lines(fresh.world());
    solver::Session used(theory, {});
    for (int c : theory.claims()) {
        auto const& g = theory.statements[static_cast<std::size_t>(c)].formula;
        (void)used.entails(baseline, formulas::make_not(g));
        (void)used.world();
    }
    std::vector<int> reversed(baseline.rbegin(), baseline.rend());
    ASSERT_EQ(used.entails(reversed, goal).answer, Answer::sat);
    EXPECT_EQ(solver::lines(used.world()), first);
}

// Off, a world is the model Z3 found, which is a model all the same.
TEST(SmallestWorlds, OffGivesZ3sOwnModel) {
    auto const theory = theory_of(loves);
    solver::Limits limits;
    limits.smallest_worlds = false;
    solver::Session s(theory, limits);
    auto const& a = theory.arguments.at(0);
    auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    ASSERT_EQ(s.entails(a.premises, goal).answer, Answer::sat);
    auto const text = test::read_world(solver::lines(s.world()));
    EXPECT_TRUE(does(theory, text, a.premises, goal, false));
    EXPECT_GE(text.universe.at("Person").size(), 2u);
}

// A sort the query does not need comes before one it does: the second is still searched
// (Z3 has no universe for the first, which once stopped the search).
TEST(SmallestWorlds, ASortTheQueryDoesNotNeedComesFirst) {
    auto const theory = theory_of(R"(
sort Unused
sort Person
predicate odd(Unused)
predicate loves(Person, Person)
premise u: forall x: Unused. odd(x)
premise p: forall x: Person. exists y: Person. loves(x, y)
claim c: exists y: Person. forall x: Person. loves(x, y)
argument a
  from p
  therefore c
)");
    solver::Session s(theory, {});
    auto const& a = theory.arguments.at(0);
    auto const& goal = theory.statements[static_cast<std::size_t>(a.conclusion)].formula;
    ASSERT_EQ(s.entails(a.premises, goal).answer, Answer::sat);
    auto const sizes = expect_smallest(theory, s.world(), a.premises, goal, false);
    EXPECT_EQ(sizes.at("Person"), 2u);
}
