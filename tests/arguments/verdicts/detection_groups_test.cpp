// Detection of undeclared conflicts skips the pairs of arguments that hold together with every
// asserted statement (RelationOptions::group_agreeing). That is an optimisation: on random
// propositional files it must report exactly what judging every pair reports, and every
// conflict reported is confirmed by a truth table kept here, apart from Elenchus and Z3.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "solver/session.hpp"

namespace {

using elenchus::RelationStatus;
using elenchus::RelationVerdict;

constexpr int atoms = 5;

// A statement as the test wrote it: `a` alone, `a -> b` or `a or b`, over signed atoms.
struct Literal {
    int atom = 0;
    bool positive = true;
    bool holds(unsigned world) const { return ((world >> atom) & 1u) == (positive ? 1u : 0u); }
    std::string text() const { return (positive ? "" : "not ") + std::string("p") + std::to_string(atom); }
};

struct Formula {
    enum class Kind { literal, implies, either } kind = Kind::literal;
    Literal a, b;
    bool holds(unsigned world) const {
        switch (kind) {
        case Kind::literal: return a.holds(world);
        case Kind::implies: return !a.holds(world) || b.holds(world);
        case Kind::either: return a.holds(world) || b.holds(world);
        }
        return false;
    }
    std::string text() const {
        switch (kind) {
        case Kind::literal: return a.text();
        case Kind::implies: return a.text() + " -> " + b.text();
        case Kind::either: return a.text() + " or " + b.text();
        }
        return {};
    }
};

struct RandomFile {
    std::string text;
    std::map<std::string, Formula> formulas;         // every statement by name
    std::map<std::string, std::string> conclusion;   // argument → its claim
};

RandomFile random_file(unsigned seed) {
    std::mt19937 random(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    auto literal = [&] { return Literal{pick(atoms), pick(3) != 0}; };
    RandomFile f;
    for (int i = 0; i < atoms; ++i) f.text += "predicate p" + std::to_string(i) + "\n";
    int const premises = 4 + pick(5);
    for (int i = 0; i < premises; ++i) {
        Formula g{static_cast<Formula::Kind>(pick(3)), literal(), literal()};
        std::string const name = "f" + std::to_string(i);
        f.formulas[name] = g;
        f.text += "premise " + name + ": " + g.text() + "\n";
    }
    int const arguments = 3 + pick(5);
    for (int i = 0; i < arguments; ++i) {
        Formula c{Formula::Kind::literal, literal(), {}};
        std::string const claim = "c" + std::to_string(i), name = "a" + std::to_string(i);
        f.formulas[claim] = c;
        f.conclusion[name] = claim;
        f.text += "claim " + claim + ": " + c.text() + "\n";
        std::string const first = "f" + std::to_string(pick(premises)), second = "f" + std::to_string(pick(premises));
        f.text += "argument " + name + " from " + first + (second != first ? ", " + second : "") + " therefore " +
                  claim + "\n";
    }
    return f;
}

// Can these statements all hold? By the truth table over every assignment of the atoms.
bool together(RandomFile const& f, std::vector<std::string> const& names) {
    for (unsigned world = 0; world < (1u << atoms); ++world) {
        bool all = true;
        for (auto const& n : names) all = all && f.formulas.at(n).holds(world);
        if (all) return true;
    }
    return false;
}

std::vector<RelationVerdict> detected(std::string const& text, bool group) {
    elenchus::SourceFile source("random.arg", text);
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    auto theory = elenchus::check(file, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << text;
    if (!theory) return {};
    elenchus::solver::Session session(*theory, {});
    elenchus::RelationOptions options;
    options.group_agreeing = group;
    std::vector<RelationVerdict> out;
    for (auto& v : elenchus::check_relations(session, *theory, theory->baseline(), options))
        if (!v.declared) out.push_back(std::move(v));
    return out;
}

std::string describe(std::vector<RelationVerdict> const& vs) {
    std::string out;
    for (auto const& v : vs) {
        out += v.from + " -> " + v.to + " " + std::string(elenchus::to_string(v.classification));
        if (!v.premise.empty()) out += " premise " + v.premise;
        for (auto const& g : v.given) out += " given " + g;
        out += "\n";
    }
    return out;
}

TEST(DetectionGroups, SameConflictsAsJudgingEveryPairAndEachConfirmedByATruthTable) {
    int conflicts = 0, files_with_none = 0;
    for (unsigned seed = 1; seed <= 120; ++seed) {
        auto const f = random_file(seed);
        auto const grouped = detected(f.text, true);
        auto const every_pair = detected(f.text, false);
        ASSERT_EQ(describe(grouped), describe(every_pair)) << f.text;
        if (grouped.empty()) ++files_with_none;
        for (auto const& v : grouped) {
            ++conflicts;
            std::string const x = f.conclusion.at(v.from);
            std::string const y = v.classification == RelationStatus::undermines ? v.premise : f.conclusion.at(v.to);
            std::vector<std::string> base = v.given;
            auto with = [&](std::vector<std::string> more) {
                more.insert(more.end(), base.begin(), base.end());
                return more;
            };
            EXPECT_FALSE(together(f, with({x, y}))) << describe({v}) << f.text;
            EXPECT_TRUE(together(f, with({x}))) << describe({v}) << f.text;
            EXPECT_TRUE(together(f, with({y}))) << describe({v}) << f.text;
        }
    }
    // The random files exercise both paths: some conflicts, some files without any.
    EXPECT_GT(conflicts, 20);
    EXPECT_GT(files_with_none, 10);
}

}   // namespace
