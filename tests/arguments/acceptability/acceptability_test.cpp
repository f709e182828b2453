// Dung's semantics (arguments/acceptability): every semantics and task compared with the
// brute-force reference on many small random frameworks, textbook frameworks, clingo with the
// ASPARTIX encodings as a third opinion, and the ICCMA readers with each of their errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "arguments/acceptability/iccma.hpp"
#include "arguments/acceptability/semantics.hpp"
#include "support/af_reference.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
namespace af = elenchus::acceptability;
using af::Semantics;
using elenchus::test::Mask;

namespace {

constexpr Semantics all_semantics[] = {Semantics::grounded, Semantics::complete, Semantics::preferred,
                                       Semantics::stable};

std::set<Mask> solver_extensions(af::Framework const& f, Semantics s) {
    std::set<Mask> out;
    std::size_t visits = 0;
    af::enumerate_extensions(f, s, [&](af::Extension const& e) {
        EXPECT_TRUE(std::is_sorted(e.begin(), e.end()));
        out.insert(elenchus::test::mask_of(e));
        ++visits;
        return true;
    });
    EXPECT_EQ(visits, out.size()) << "an extension was reported twice";
    return out;
}

std::string describe(af::Framework const& f) {
    std::string s = std::to_string(f.size()) + " arguments:";
    for (af::ArgumentId a = 0; a < f.size(); ++a)
        for (af::ArgumentId b : f.attacked_by(a)) s += " " + std::to_string(a) + "->" + std::to_string(b);
    return s;
}

// Every task under every semantics against the reference.
void expect_matches_reference(af::Framework const& f) {
    auto const ref = elenchus::test::reference_semantics(f);
    ASSERT_EQ(ref.grounded.size(), 1u);
    auto const grounded = af::grounded_labelling(f);
    EXPECT_EQ(grounded, af::labelling_of(f, af::grounded_extension(f))) << describe(f);
    for (Semantics s : all_semantics) {
        SCOPED_TRACE(std::string(af::abbreviation(s)) + " on " + describe(f));
        auto const& expected = ref.of(s);
        EXPECT_EQ(solver_extensions(f, s), std::set<Mask>(expected.begin(), expected.end()));
        auto const one = af::some_extension(f, s);
        if (expected.empty()) {
            EXPECT_FALSE(one.has_value());
        } else {
            ASSERT_TRUE(one.has_value());
            EXPECT_NE(std::find(expected.begin(), expected.end(), elenchus::test::mask_of(*one)), expected.end());
        }
        for (af::ArgumentId a = 0; a < f.size(); ++a) {
            Mask const bit = Mask{1} << a;
            bool const some = std::any_of(expected.begin(), expected.end(), [&](Mask e) { return e & bit; });
            bool const every = std::all_of(expected.begin(), expected.end(), [&](Mask e) { return e & bit; });
            EXPECT_EQ(af::credulously_accepted(f, s, a), some) << "DC of " << a;
            EXPECT_EQ(af::sceptically_accepted(f, s, a), every) << "DS of " << a;
        }
    }
}

af::Framework framework(std::size_t n, std::vector<af::Attack> const& attacks) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < n; ++i) names.push_back("a" + std::to_string(i));
    return af::Framework(std::move(names), attacks);
}

std::set<Mask> masks(std::initializer_list<Mask> m) { return m; }

TEST(Acceptability, RandomFrameworksMatchTheBruteForceReference) {
    std::mt19937 rng(20261127);
    int checked = 0;
    for (double density : {0.08, 0.15, 0.25, 0.4}) {
        for (double self : {0.0, 0.1}) {
            for (int round = 0; round < 150; ++round) {
                std::size_t const n = std::uniform_int_distribution<std::size_t>(0, 12)(rng);
                expect_matches_reference(elenchus::test::random_framework(rng, n, density, self));
                ++checked;
                if (HasFailure()) return;
            }
        }
    }
    EXPECT_EQ(checked, 1200);
}

TEST(Acceptability, CyclesOfEveryLengthMatchTheReference) {
    // Odd cycles have no stable extension and an empty grounded one; even cycles two stable
    // extensions. With a self-attack or a tail added, the same.
    for (std::size_t n = 1; n <= 12; ++n) {
        std::vector<af::Attack> ring;
        for (af::ArgumentId i = 0; i < n; ++i) ring.push_back({i, static_cast<af::ArgumentId>((i + 1) % n)});
        expect_matches_reference(framework(n, ring));
        auto const stable = af::extensions(framework(n, ring), Semantics::stable);
        EXPECT_EQ(stable.size(), n % 2 == 0 ? 2u : 0u) << n;
        if (n < 12) {
            auto tail = ring;
            tail.push_back({0, static_cast<af::ArgumentId>(n)});
            tail.push_back({static_cast<af::ArgumentId>(n), static_cast<af::ArgumentId>(n)});
            expect_matches_reference(framework(n + 1, tail));
        }
    }
}

TEST(Acceptability, EmptyFrameworkHasTheEmptyExtensionUnderEverySemantics) {
    af::Framework const empty;
    for (Semantics s : all_semantics) {
        auto const all = af::extensions(empty, s);
        ASSERT_EQ(all.size(), 1u) << af::abbreviation(s);
        EXPECT_TRUE(all[0].empty());
    }
    expect_matches_reference(empty);
}

TEST(Acceptability, NixonDiamond) {
    // Quaker (0) and Republican (1) attack each other: nothing grounded, two preferred and
    // stable extensions, three complete ones.
    auto const f = framework(2, {{0, 1}, {1, 0}});
    EXPECT_EQ(solver_extensions(f, Semantics::grounded), masks({0}));
    EXPECT_EQ(solver_extensions(f, Semantics::complete), masks({0, 1, 2}));
    EXPECT_EQ(solver_extensions(f, Semantics::preferred), masks({1, 2}));
    EXPECT_EQ(solver_extensions(f, Semantics::stable), masks({1, 2}));
    EXPECT_TRUE(af::credulously_accepted(f, Semantics::preferred, 0));
    EXPECT_FALSE(af::sceptically_accepted(f, Semantics::preferred, 0));
}

TEST(Acceptability, FloatingReinstatementIsScepticalUnderPreferredButNotGrounded) {
    // a <-> b, both attack c, c attacks d: d is in every preferred and stable extension,
    // yet undecided in the grounded labelling.
    auto const f = framework(4, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}});
    EXPECT_EQ(af::grounded_labelling(f)[3], af::Label::undecided);
    EXPECT_TRUE(af::sceptically_accepted(f, Semantics::preferred, 3));
    EXPECT_TRUE(af::sceptically_accepted(f, Semantics::stable, 3));
    EXPECT_FALSE(af::sceptically_accepted(f, Semantics::grounded, 3));
    EXPECT_FALSE(af::sceptically_accepted(f, Semantics::complete, 3));
}

TEST(Acceptability, OddCycleOfThreeHasNoStableExtension) {
    auto const f = framework(3, {{0, 1}, {1, 2}, {2, 0}});
    EXPECT_FALSE(af::some_extension(f, Semantics::stable).has_value());
    EXPECT_EQ(solver_extensions(f, Semantics::preferred), masks({0}));
    // Sceptical acceptance with no extension at all holds vacuously (ICCMA's convention).
    EXPECT_TRUE(af::sceptically_accepted(f, Semantics::stable, 0));
    EXPECT_FALSE(af::credulously_accepted(f, Semantics::stable, 0));
}

TEST(Acceptability, APreferredExtensionThatIsNotStableDoesNotHideAStableOne) {
    // a <-> b, b -> c, c -> c: {a} is preferred but leaves c undecided; {b} is the one stable
    // extension. The stable tasks try a preferred extension first and must not stop at {a}.
    auto const f = framework(3, {{0, 1}, {1, 0}, {1, 2}, {2, 2}});
    EXPECT_EQ(solver_extensions(f, Semantics::preferred), masks({0b001, 0b010}));
    EXPECT_EQ(solver_extensions(f, Semantics::stable), masks({0b010}));
    EXPECT_EQ(af::some_extension(f, Semantics::stable), (af::Extension{1}));
    EXPECT_FALSE(af::credulously_accepted(f, Semantics::stable, 0));
    EXPECT_TRUE(af::credulously_accepted(f, Semantics::stable, 1));
    EXPECT_TRUE(af::sceptically_accepted(f, Semantics::stable, 1));
    EXPECT_FALSE(af::sceptically_accepted(f, Semantics::stable, 0));
}

TEST(Acceptability, PastTheDeadlineTheSatTasksStopAndGroundedAnswers) {
    auto const f = framework(3, {{0, 1}, {1, 0}, {1, 2}, {2, 2}});
    af::Deadline const past{std::chrono::steady_clock::now() - std::chrono::seconds(1)};
    for (Semantics s : {Semantics::complete, Semantics::preferred, Semantics::stable}) {
        SCOPED_TRACE(af::abbreviation(s));
        if (s != Semantics::complete) {
            EXPECT_THROW(af::some_extension(f, s, past), af::TimeLimitReached);
            EXPECT_THROW(af::sceptically_accepted(f, s, 0, past), af::TimeLimitReached);
        }
        EXPECT_THROW(af::credulously_accepted(f, s, 0, past), af::TimeLimitReached);
        EXPECT_THROW(af::extensions(f, s, SIZE_MAX, past), af::TimeLimitReached);
    }
    // Grounded (and what it decides alone) needs no solver: answered whatever the deadline.
    EXPECT_EQ(af::some_extension(f, Semantics::grounded, past), af::Extension{});
    EXPECT_FALSE(af::sceptically_accepted(f, Semantics::complete, 0, past));
    EXPECT_EQ(af::extensions(f, Semantics::grounded, SIZE_MAX, past).size(), 1u);
    // A deadline far away changes nothing.
    af::Deadline const later{std::chrono::steady_clock::now() + std::chrono::hours(1)};
    EXPECT_EQ(af::extensions(f, Semantics::stable, SIZE_MAX, later), (std::vector<af::Extension>{{1}}));
}

TEST(Acceptability, SelfAttackerIsNeverIn) {
    auto const f = framework(2, {{0, 0}, {0, 1}});
    EXPECT_EQ(af::grounded_labelling(f), (af::Labelling{af::Label::undecided, af::Label::undecided}));
    EXPECT_FALSE(af::some_extension(f, Semantics::stable).has_value());
    EXPECT_EQ(solver_extensions(f, Semantics::preferred), masks({0}));
}

TEST(Acceptability, ChainIsDecidedByGroundedAlone) {
    // a -> b -> c -> d: {a, c} under every semantics; reinstatement of c by a.
    auto const f = framework(4, {{0, 1}, {1, 2}, {2, 3}});
    for (Semantics s : all_semantics) EXPECT_EQ(solver_extensions(f, s), masks({0b0101})) << af::abbreviation(s);
    EXPECT_EQ(af::grounded_labelling(f), (af::Labelling{af::Label::in, af::Label::out, af::Label::in, af::Label::out}));
}

TEST(Acceptability, RepeatedAttacksCountOnce) {
    auto const f = framework(2, {{0, 1}, {0, 1}, {0, 1}});
    EXPECT_EQ(f.attack_count(), 1u);
    EXPECT_EQ(f.attackers(1).size(), 1u);
    EXPECT_TRUE(f.attacks(0, 1));
    EXPECT_FALSE(f.attacks(1, 0));
}

TEST(Acceptability, LargeFrameworkGroundedIsLinear) {
    // 100,000 arguments in a chain of attacks with back-edges every 50: grounded decides it
    // from the first argument; the point is that nothing is quadratic.
    std::vector<af::Attack> attacks;
    constexpr af::ArgumentId n = 100000;
    for (af::ArgumentId i = 0; i + 1 < n; ++i) attacks.push_back({i, i + 1});
    for (af::ArgumentId i = 50; i < n; i += 50) attacks.push_back({i, i - 49});
    auto const f = af::Framework::numbered(n, attacks);
    auto const g = af::grounded_labelling(f);
    EXPECT_EQ(g[0], af::Label::in);
    EXPECT_EQ(g[1], af::Label::out);
    auto const st = af::some_extension(f, Semantics::stable);
    ASSERT_TRUE(st.has_value());
    EXPECT_EQ(*st, af::extension_of(g));
}

// --- clingo with the ASPARTIX encodings, where it is installed ---

bool have_clingo() { return elenchus::test::run("command -v clingo >/dev/null 2>&1").exit_code == 0; }

// ASPARTIX's guess-and-check encodings (Egly, Gaggl, Woltran 2010), and a positive program
// for grounded whose least model is the grounded extension.
constexpr char const* guess = "in(X) :- not out(X), arg(X).\nout(X) :- not in(X), arg(X).\n"
                              ":- in(X), in(Y), att(X,Y).\ndefeated(X) :- in(Y), att(Y,X).\n";
std::string encoding(Semantics s) {
    switch (s) {
    case Semantics::grounded:
        return "in(X) :- arg(X), defeated(Y) : att(Y,X).\ndefeated(X) :- in(Y), att(Y,X).\n#show in/1.\n";
    case Semantics::stable: return std::string(guess) + ":- out(X), not defeated(X).\n#show in/1.\n";
    case Semantics::complete:
    case Semantics::preferred:
        return std::string(guess) +
               "undefended(X) :- att(Y,X), not defeated(Y).\n:- in(X), undefended(X).\n"
               ":- out(X), not undefended(X).\n#show in/1.\n" +
               (s == Semantics::preferred ? "#heuristic in(X) : arg(X). [1,true]\n" : "");
    }
    return {};
}

std::set<Mask> clingo_extensions(af::Framework const& f, Semantics s, fs::path const& dir) {
    std::ofstream(dir / "enc.lp") << encoding(s);
    std::ofstream facts(dir / "af.lp");
    for (af::ArgumentId a = 0; a < f.size(); ++a) {
        facts << "arg(a" << a << ").\n";
        for (af::ArgumentId b : f.attacked_by(a)) facts << "att(a" << a << ",a" << b << ").\n";
    }
    facts.close();
    std::string const heuristic = s == Semantics::preferred ? " --heuristic=Domain --enum-mode=domRec" : "";
    auto const r = elenchus::test::run("clingo -V0 0" + heuristic + " '" + (dir / "enc.lp").string() + "' '" +
                                       (dir / "af.lp").string() + "'");
    std::set<Mask> out;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        if (line == "SATISFIABLE" || line == "UNSATISFIABLE") break;
        Mask m = 0;
        for (std::size_t at = line.find("in(a"); at != std::string::npos; at = line.find("in(a", at + 1))
            m |= Mask{1} << std::stoul(line.substr(at + 4));
        out.insert(m);
    }
    return out;
}

TEST(Acceptability, ClingoWithTheAspartixEncodingsAgrees) {
    if (!have_clingo()) GTEST_SKIP() << "clingo is not installed (Debian: apt-get install gringo)";
    auto const dir = fs::temp_directory_path() / ("elenchus-aspartix-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::mt19937 rng(7);
    for (int round = 0; round < 40 && !HasFailure(); ++round) {
        std::size_t const n = std::uniform_int_distribution<std::size_t>(1, 10)(rng);
        auto const f = elenchus::test::random_framework(rng, n, round % 2 ? 0.15 : 0.3, 0.05);
        for (Semantics s : all_semantics)
            EXPECT_EQ(solver_extensions(f, s), clingo_extensions(f, s, dir))
                << af::abbreviation(s) << " on " << describe(f);
    }
    fs::remove_all(dir);
}

// --- the ICCMA readers ---

af::ParsedFramework apx(std::string const& text) { return af::parse_framework(text, af::FileFormat::apx); }
af::ParsedFramework i23(std::string const& text) { return af::parse_framework(text, af::FileFormat::i23); }

void expect_error(af::ParsedFramework const& p, std::size_t line, std::size_t column, std::string const& message) {
    ASSERT_TRUE(p.error.has_value()) << "expected: " << message;
    EXPECT_EQ(p.error->line, line) << p.error->message;
    EXPECT_EQ(p.error->column, column) << p.error->message;
    EXPECT_EQ(p.error->message, message);
    EXPECT_FALSE(p.error->hint.empty());
    EXPECT_EQ(p.framework.size(), 0u);
}

TEST(IccmaApx, ReadsArgumentsAndAttacksInAnyOrderWithCommentsAndBlanks) {
    auto const p = apx("% the Nixon diamond\natt(q, r).  att( r ,q ).\narg(r).\r\n\targ(q).\narg(p).att(r,p).\n");
    ASSERT_FALSE(p.error.has_value()) << p.error->message;
    ASSERT_EQ(p.framework.size(), 3u);
    EXPECT_EQ(p.framework.name(0), "r");
    EXPECT_EQ(p.framework.find("q"), af::ArgumentId{1});
    EXPECT_TRUE(p.framework.attacks(1, 0));
    EXPECT_TRUE(p.framework.attacks(0, 1));
    EXPECT_TRUE(p.framework.attacks(0, 2));
    EXPECT_EQ(p.framework.attack_count(), 3u);
}

TEST(IccmaApx, EmptyFileIsTheEmptyFramework) {
    auto const p = apx("  % nothing\n\n");
    EXPECT_FALSE(p.error.has_value());
    EXPECT_EQ(p.framework.size(), 0u);
}

TEST(IccmaApx, Errors) {
    expect_error(apx("arg(a).\natt(a,b).\n"), 2, 7, "argument 'b' is not declared");
    expect_error(apx("att(zz,a).\narg(a).\n"), 1, 5, "argument 'zz' is not declared");
    expect_error(apx("arg(a).\narg(b).\n  arg(a).\n"), 3, 7, "argument 'a' is declared twice");
    // A missing full stop is reported where it belongs, after the ')', not on the next line.
    expect_error(apx("arg(a)\narg(b).\n"), 1, 7, "expected '.' to end arg(a), found 'arg(b).' on line 2");
    expect_error(apx("arg(a)\n\n% note\n  att(a,b).\n"), 1, 7,
                 "expected '.' to end arg(a), found 'att(a,b).' on line 4");
    expect_error(apx("arg(a).\natt( a , a ) arg(b).\n"), 2, 13, "expected '.' to end att(a,a), found 'arg(b).'");
    expect_error(apx("arg(a).\narg(b)  % no stop\n"), 2, 7, "expected '.' to end arg(b), found the end of the file");
    expect_error(apx("arg(a,b).\n"), 1, 6, "expected ')', found ',b).'");
    expect_error(apx("arg().\n"), 1, 5, "expected an argument name, found ').'");
    expect_error(apx("arg(a).\nattack(a,a).\n"), 2, 1, "expected arg(...) or att(...), found 'attack(a,a).'");
    expect_error(apx("att(a b).\n"), 1, 7, "expected ',', found 'b).'");
    expect_error(apx("arg(a"), 1, 6, "expected ')', found the end of the file");
    expect_error(apx("arg(\x01).\n"), 1, 5, "expected an argument name, found '<0x01>).'");
}

TEST(IccmaI23, ReadsHeaderAttacksAndComments) {
    auto const p = i23("# made by hand\np af 4\n1 2\n  2 1 # mutual\n\n3 3\r\n4 1\n");
    ASSERT_FALSE(p.error.has_value()) << p.error->message;
    ASSERT_EQ(p.framework.size(), 4u);
    EXPECT_EQ(p.framework.name(3), "4");
    EXPECT_EQ(p.framework.find("3"), af::ArgumentId{2});
    EXPECT_TRUE(p.framework.attacks(0, 1));
    EXPECT_TRUE(p.framework.attacks(2, 2));
    EXPECT_TRUE(p.framework.attacks(3, 0));
    EXPECT_EQ(p.framework.attack_count(), 4u);
}

TEST(IccmaI23, ArgumentsWithoutAttacksAndTheEmptyFramework) {
    auto const p = i23("p af 3\n");
    ASSERT_FALSE(p.error.has_value());
    EXPECT_EQ(p.framework.size(), 3u);
    EXPECT_EQ(af::grounded_extension(p.framework).size(), 3u);
    EXPECT_EQ(i23("p af 0\n").framework.size(), 0u);
}

TEST(IccmaI23, Errors) {
    expect_error(i23("p af 2\n1 2\n2 3\n"), 3, 3, "argument 3 does not exist: the p line (line 1) says 2 arguments");
    expect_error(i23("p af 2\n0 1\n"), 2, 1, "argument 0 does not exist: the p line (line 1) says 2 arguments");
    expect_error(i23("1 2\n"), 1, 1, "expected 'p af N', found '1'");
    expect_error(i23("# only a comment\n"), 2, 1, "no 'p af N' line");
    expect_error(i23("p af 2\np af 3\n"), 2, 1, "a second 'p af N' line");
    expect_error(i23("p cnf 2\n"), 1, 3, "expected 'af' after 'p', found 'cnf'");
    expect_error(i23("p af two\n"), 1, 6, "expected the number of arguments, found 'two'");
    expect_error(i23("p af 2\n1\n"), 2, 2, "expected an argument number, found the end of the line");
    expect_error(i23("p af 2\n1 2 2\n"), 2, 5, "unexpected '2' at the end of the line");
    expect_error(i23("p af 2\n1 -2\n"), 2, 3, "expected an argument number, found '-2'");
    expect_error(i23("p af 99999999999\n"), 1, 17, "99999999999 arguments is more than the limit of 16777216");
    expect_error(i23("p af 1234567890123456789\n"), 1, 6, "the number of arguments with more than 18 digits");
}

TEST(Iccma, TaskNames) {
    auto const t = af::task_named("dc-pr");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->problem, af::Problem::credulous);
    EXPECT_EQ(t->semantics, Semantics::preferred);
    EXPECT_EQ(af::task_name(*t), "DC-PR");
    for (char const* bad : {"", "SE", "SE-", "SE-XX", "XX-GR", "SE_PR", "SE-PRX", "ID-GR"})
        EXPECT_FALSE(af::task_named(bad).has_value()) << bad;
    EXPECT_EQ(af::format_for_path("dir.x/file.apx"), af::FileFormat::apx);
    EXPECT_EQ(af::format_for_path("file.AF"), af::FileFormat::i23);
    EXPECT_EQ(af::format_for_path("file.i23"), af::FileFormat::i23);
    EXPECT_FALSE(af::format_for_path("dir.apx/file").has_value());
    EXPECT_FALSE(af::format_for_path("file.tgf").has_value());
}

}   // namespace
