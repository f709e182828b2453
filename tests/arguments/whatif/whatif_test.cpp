// `whatif`: every support, break and make set is re-verified with queries on a fresh Session
// of its own (nothing shared with the enumeration), and on small theories the complete
// lists are compared with brute force over every subset.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/whatif.hpp"
#include "arguments/whatif/support.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/run.hpp"

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace elenchus;
using logic::Term;
using Kind = ast::StatementKind;

namespace {

// ---- theories built by hand: propositional, no front end involved --------------------

struct Builder {
    logic::Theory theory;
    std::map<std::string, int> atoms;

    Term atom(std::string const& name) {
        if (!atoms.count(name)) {
            logic::Symbol s;
            s.kind = logic::Symbol::Kind::predicate;
            s.name = name;
            atoms[name] = static_cast<int>(theory.symbols.size());
            theory.symbols.push_back(s);
        }
        Term t;
        t.op = Term::Op::symbol;
        t.symbol = atoms[name];
        return t;
    }
    static Term op(Term::Op o, std::vector<Term> args) {
        Term t;
        t.op = o;
        t.args = std::move(args);
        return t;
    }
    static Term neg(Term a) { return op(Term::Op::logical_not, {std::move(a)}); }
    static Term both(Term a, Term b) { return op(Term::Op::logical_and, {std::move(a), std::move(b)}); }
    static Term either(Term a, Term b) { return op(Term::Op::logical_or, {std::move(a), std::move(b)}); }
    static Term then(Term a, Term b) { return op(Term::Op::implies, {std::move(a), std::move(b)}); }

    int statement(Kind kind, std::string name, Term formula) {
        logic::Statement s;
        s.kind = kind;
        s.name = std::move(name);
        s.formula = std::move(formula);
        theory.statements.push_back(std::move(s));
        return static_cast<int>(theory.statements.size()) - 1;
    }
    int premise(std::string name, Term f) { return statement(Kind::premise, std::move(name), std::move(f)); }
    int claim(std::string name, Term f) { return statement(Kind::claim, std::move(name), std::move(f)); }
    int hypothesis(std::string name, Term f) { return statement(Kind::hypothesis, std::move(name), std::move(f)); }
};

// ---- independent answers -----------------------------------------------------------

// A Session of its own, so no answer below comes from the one that enumerated.
struct Oracle {
    logic::Theory const& theory;
    solver::Session session;
    explicit Oracle(logic::Theory const& t) : theory(t), session(t, solver::Limits{}) {}

    int index(std::string const& name) const { return *theory.find_statement(name); }
    std::vector<int> indices(NameSet const& names) const {
        std::vector<int> r;
        for (auto const& n : names) r.push_back(index(n));
        return r;
    }
    bool entails(std::vector<int> const& set, Term const& goal) {
        auto o = session.entails(set, goal);
        EXPECT_NE(o.answer, solver::Answer::unknown) << o.reason;
        return o.answer == solver::Answer::unsat;
    }
    bool consistent(std::vector<int> const& set) {
        auto o = session.satisfiable(set);
        EXPECT_NE(o.answer, solver::Answer::unknown) << o.reason;
        return o.answer == solver::Answer::sat;
    }
};

std::vector<int> minus(std::vector<int> const& a, std::vector<int> const& b) {
    std::vector<int> r;
    for (int x : a)
        if (std::find(b.begin(), b.end(), x) == b.end()) r.push_back(x);
    return r;
}

std::vector<int> plus(std::vector<int> a, std::vector<int> const& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

void verify_support(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto s = o.indices(set);
    EXPECT_TRUE(minus(s, world).empty()) << "support outside the world";
    EXPECT_TRUE(o.entails(s, goal)) << "support does not entail";
    for (int x : s) EXPECT_FALSE(o.entails(minus(s, {x}), goal)) << "support not minimal";
}

void verify_break(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto b = o.indices(set);
    EXPECT_FALSE(o.entails(minus(world, b), goal)) << "removal does not break";
    for (int x : b) EXPECT_TRUE(o.entails(minus(world, minus(b, {x})), goal)) << "break set not minimal";
}

void verify_make(Oracle& o, std::vector<int> const& world, NameSet const& set, Term const& goal) {
    auto e = o.indices(set);
    EXPECT_TRUE(o.consistent(plus(world, e))) << "make set inconsistent";
    EXPECT_TRUE(o.entails(plus(world, e), goal)) << "make set does not entail";
    for (int x : e) EXPECT_FALSE(o.entails(plus(world, minus(e, {x})), goal)) << "make set not minimal";
}

// Every minimal subset of `pool` with the property, by brute force over all subsets.
template <class Holds>
std::vector<NameSet> brute_minimal(logic::Theory const& t, std::vector<int> const& pool, Holds holds) {
    std::vector<std::vector<int>> found;
    std::size_t n = pool.size();
    std::vector<unsigned> masks(1u << n);
    for (unsigned m = 0; m < masks.size(); ++m) masks[m] = m;
    std::stable_sort(masks.begin(), masks.end(),
                     [](unsigned a, unsigned b) { return __builtin_popcount(a) < __builtin_popcount(b); });
    std::vector<unsigned> minimal;
    for (unsigned m : masks) {
        if (std::any_of(minimal.begin(), minimal.end(), [&](unsigned f) { return (f & m) == f; })) continue;
        std::vector<int> set;
        for (std::size_t k = 0; k < n; ++k)
            if (m & (1u << k)) set.push_back(pool[k]);
        if (holds(set)) {
            minimal.push_back(m);
            found.push_back(set);
        }
    }
    return whatif::named_sets(t, found);
}

std::vector<NameSet> sorted(std::vector<NameSet> v) {
    std::sort(v.begin(), v.end(),
              [](NameSet const& a, NameSet const& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    return v;
}

// Every check for one claim in one world, each answer against the oracle; on small worlds
// the lists are compared with brute force too.
void verify_claim(logic::Theory const& theory, std::vector<int> const& world, std::vector<int> const& hypotheses,
                  int claim, bool exhaustive) {
    SCOPED_TRACE("claim " + theory.statements[static_cast<std::size_t>(claim)].name);
    solver::Session session(theory, solver::Limits{});
    whatif::Options options;
    Oracle o(theory);
    Term const& c = theory.statements[static_cast<std::size_t>(claim)].formula;
    Term const not_c = formulas::make_not(c);

    auto sw = whatif::sweep(session, world, claim, options);
    bool const holds = o.entails(world, c), fails = o.entails(world, not_c);
    ClaimStatus expected = holds && fails ? ClaimStatus::vacuous
                           : holds        ? ClaimStatus::follows
                           : fails        ? ClaimStatus::refuted
                                          : ClaimStatus::open;
    EXPECT_EQ(sw.status, expected);
    ASSERT_FALSE(sw.capped);

    auto status_without = [&](int s) {
        auto rest = minus(world, {s});
        bool h = o.entails(rest, c), f = o.entails(rest, not_c);
        return h && f ? ClaimStatus::vacuous : h ? ClaimStatus::follows : f ? ClaimStatus::refuted : ClaimStatus::open;
    };
    ASSERT_EQ(sw.drops.size(), world.size());
    for (auto const& d : sw.drops) {
        EXPECT_EQ(d.status, status_without(o.index(d.statement))) << "drop " << d.statement;
        EXPECT_EQ(d.load_bearing, d.status != sw.status) << "drop " << d.statement;
    }

    Term const* goal = expected == ClaimStatus::follows ? &c : expected == ClaimStatus::refuted ? &not_c : nullptr;
    if (goal) {
        EXPECT_FALSE(sw.supports.empty());
        for (auto const& s : sw.supports) verify_support(o, world, s, *goal);
        // Critical = in every support = load-bearing, for a consistent world.
        NameSet load_bearing;
        for (auto const& d : sw.drops)
            if (d.load_bearing) load_bearing.push_back(d.statement);
        EXPECT_EQ(sw.critical, load_bearing);

        auto br = whatif::break_claim(session, world, claim, options);
        ASSERT_FALSE(br.capped);
        for (auto const& b : br.break_sets) verify_break(o, world, b, *goal);
        EXPECT_EQ(br.break_sets, sorted(br.break_sets)) << "not smallest first";
        if (exhaustive) {
            EXPECT_EQ(sw.supports, brute_minimal(theory, world, [&](auto const& s) { return o.entails(s, *goal); }));
            EXPECT_EQ(br.break_sets,
                      brute_minimal(theory, world, [&](auto const& b) { return !o.entails(minus(world, b), *goal); }));
        }
    } else {
        EXPECT_TRUE(sw.supports.empty());
    }

    auto mk = whatif::make_claim(session, world, hypotheses, claim, options);
    ASSERT_FALSE(mk.capped);
    if (expected == ClaimStatus::open) {
        for (auto const& e : mk.make_sets) verify_make(o, world, e, c);
        if (exhaustive) {
            EXPECT_EQ(mk.make_sets, brute_minimal(theory, hypotheses, [&](auto const& e) {
                          return o.consistent(plus(world, e)) && o.entails(plus(world, e), c);
                      }));
        }
    } else if (expected == ClaimStatus::follows) {
        EXPECT_EQ(mk.make_sets, std::vector<NameSet>{NameSet{}});
    } else {
        EXPECT_TRUE(mk.make_sets.empty());
    }
}

// ---- textbook cases ----------------------------------------------------------------

TEST(WhatifTextbook, TwoDisjointSupportsGiveFourBreakSetsOfSizeTwo) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    b.premise("b", b.atom("b"));
    b.premise("b_to_c", Builder::then(b.atom("b"), b.atom("c")));
    b.premise("noise", b.atom("d"));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto world = b.theory.baseline();

    auto sw = whatif::sweep(session, world, c, {});
    EXPECT_EQ(sw.status, ClaimStatus::follows);
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"a", "a_to_c"}, {"b", "b_to_c"}}));
    EXPECT_TRUE(sw.critical.empty());
    for (auto const& d : sw.drops) EXPECT_FALSE(d.load_bearing) << d.statement;

    auto br = whatif::break_claim(session, world, c, {});
    EXPECT_EQ(br.break_sets,
              (std::vector<NameSet>{{"a", "b"}, {"a", "b_to_c"}, {"a_to_c", "b"}, {"a_to_c", "b_to_c"}}));
    verify_claim(b.theory, world, {}, c, true);
}

TEST(WhatifTextbook, ChainIsCriticalThroughout) {
    Builder b;
    b.premise("p", b.atom("p"));
    b.premise("p_to_q", Builder::then(b.atom("p"), b.atom("q")));
    b.premise("q_to_r", Builder::then(b.atom("q"), b.atom("r")));
    b.premise("unrelated", Builder::either(b.atom("s"), b.atom("t")));
    int r = b.claim("r", b.atom("r"));
    solver::Session session(b.theory, {});
    auto world = b.theory.baseline();
    auto sw = whatif::sweep(session, world, r, {});
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"p", "p_to_q", "q_to_r"}}));
    EXPECT_EQ(sw.critical, (NameSet{"p", "p_to_q", "q_to_r"}));
    for (auto const& d : sw.drops) EXPECT_EQ(d.load_bearing, d.statement != "unrelated") << d.statement;
    auto br = whatif::break_claim(session, world, r, {});
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"p"}, {"p_to_q"}, {"q_to_r"}}));
    verify_claim(b.theory, world, {}, r, true);
}

TEST(WhatifTextbook, CriticalIsTheIntersectionOfOverlappingSupports) {
    Builder b;   // c follows from k with either x or y: k is in both supports
    b.premise("k", b.atom("k"));
    b.premise("x", Builder::then(b.atom("k"), b.atom("c")));
    b.premise("y", Builder::then(Builder::both(b.atom("k"), b.atom("e")), b.atom("c")));
    b.premise("e", b.atom("e"));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto sw = whatif::sweep(session, b.theory.baseline(), c, {});
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"k", "x"}, {"e", "k", "y"}}));
    EXPECT_EQ(sw.critical, NameSet{"k"});
    auto br = whatif::break_claim(session, b.theory.baseline(), c, {});
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"k"}, {"e", "x"}, {"x", "y"}}));
    verify_claim(b.theory, b.theory.baseline(), {}, c, true);
}

TEST(WhatifTextbook, RefutedClaimsAreSweptByTheirRefutation) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_excludes_c", Builder::then(b.atom("a"), Builder::neg(b.atom("c"))));
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    auto sw = whatif::sweep(session, b.theory.baseline(), c, {});
    EXPECT_EQ(sw.status, ClaimStatus::refuted);
    EXPECT_EQ(sw.supports, (std::vector<NameSet>{{"a", "a_excludes_c"}}));
    for (auto const& d : sw.drops) EXPECT_EQ(d.status, ClaimStatus::open);
    verify_claim(b.theory, b.theory.baseline(), {}, c, true);
}

TEST(WhatifTextbook, MakeFindsTheMinimalConsistentHypothesisSets) {
    Builder b;
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    b.premise("b_to_c", Builder::then(b.atom("b"), b.atom("c")));
    b.premise("not_d", Builder::neg(b.atom("d")));
    int ha = b.hypothesis("ha", b.atom("a"));
    int hb = b.hypothesis("hb", b.atom("b"));
    int hd = b.hypothesis("hd", Builder::both(b.atom("d"), b.atom("a")));   // entails, but inconsistent
    int he = b.hypothesis("he", b.atom("e"));                               // irrelevant
    int hf = b.hypothesis("hf", Builder::then(b.atom("e"), b.atom("c")));   // only with he
    int c = b.claim("c", b.atom("c"));
    solver::Session session(b.theory, {});
    std::vector<int> hyps{ha, hb, hd, he, hf};
    auto mk = whatif::make_claim(session, b.theory.baseline(), hyps, c, {});
    EXPECT_EQ(mk.status, ClaimStatus::open);
    EXPECT_EQ(mk.make_sets, (std::vector<NameSet>{{"ha"}, {"hb"}, {"he", "hf"}}));
    verify_claim(b.theory, b.theory.baseline(), hyps, c, true);
}

TEST(WhatifTextbook, AdHocScenarioComparesWithTheBaseline) {
    Builder b;
    b.premise("a", b.atom("a"));
    b.premise("a_to_c", Builder::then(b.atom("a"), b.atom("c")));
    int hb = b.hypothesis("hb", b.atom("b"));
    b.claim("c", b.atom("c"));
    b.claim("b_claim", b.atom("b"));
    whatif::AdHoc adhoc;
    adhoc.without = {*b.theory.find_statement("a")};
    adhoc.with = {hb};
    adhoc.assumed = {Builder::neg(b.atom("a"))};
    logic::Theory t = whatif::with_adhoc(b.theory, adhoc);
    ASSERT_EQ(t.scenarios.size(), 1u);
    EXPECT_EQ(t.statements.back().name, "assumed_1");
    solver::Session session(t, {});
    auto cmp = whatif::compare(session, whatif::baseline(session, {}), 0, {});
    EXPECT_EQ(cmp.consistency.consistent, true);
    ASSERT_EQ(cmp.claims.size(), 2u);
    EXPECT_EQ(cmp.claims[0].baseline->status, ClaimStatus::follows);
    EXPECT_EQ(cmp.claims[0].scenario.status, ClaimStatus::open);
    EXPECT_TRUE(cmp.claims[0].changed);
    EXPECT_EQ(cmp.claims[1].scenario.status, ClaimStatus::follows);

    // Keeping `a` while assuming its negation: a new minimal inconsistent set.
    adhoc.without.clear();
    logic::Theory t2 = whatif::with_adhoc(b.theory, adhoc);
    solver::Session s2(t2, {});
    auto cmp2 = whatif::compare(s2, whatif::baseline(s2, {}), 0, {});
    EXPECT_EQ(cmp2.consistency.consistent, false);
    EXPECT_EQ(cmp2.new_inconsistent_sets, (std::vector<NameSet>{{"a", "assumed_1"}}));
    ASSERT_EQ(cmp2.claims.size(), 2u);
    EXPECT_EQ(cmp2.claims[0].scenario.status, ClaimStatus::vacuous);
}

TEST(WhatifTextbook, TheCapStopsTheEnumerationAndSaysSo) {
    Builder b;   // three disjoint supports of two: 3 supports, 2^3 = 8 break sets
    for (std::string x : {"a", "b", "e"}) {
        b.premise(x, b.atom(x));
        b.premise(x + "_to_c", Builder::then(b.atom(x), b.atom("c")));
    }
    int c = b.claim("c", b.atom("c"));
    auto world = b.theory.baseline();
    solver::Session session(b.theory, {});
    auto all = whatif::break_claim(session, world, c, {});
    EXPECT_FALSE(all.capped);
    EXPECT_EQ(all.break_sets.size(), 8u);
    whatif::Options tight;
    tight.max_sets = 2;
    auto some = whatif::break_claim(session, world, c, tight);
    EXPECT_TRUE(some.capped);
    EXPECT_LE(some.break_sets.size(), 2u);
    EXPECT_FALSE(some.break_sets.empty()) << "capped, yet nothing found to re-verify";
    Oracle o(b.theory);
    Term const& goal = b.theory.statements[static_cast<std::size_t>(c)].formula;
    for (auto const& set : some.break_sets) verify_break(o, world, set, goal);
    auto sw = whatif::sweep(session, world, c, tight);
    EXPECT_TRUE(sw.capped);
    EXPECT_TRUE(sw.critical.empty()) << "no statement is in all three supports";
    EXPECT_FALSE(sw.supports.empty()) << "capped, yet nothing found to re-verify";
    for (auto const& set : sw.supports) verify_support(o, world, set, goal);
}

// ---- random theories against brute force --------------------------------------------

TEST(WhatifRandom, EnumerationsMatchBruteForce) {
    std::mt19937 rng(20261127);
    char const* letters[] = {"p", "q", "r", "s"};
    for (int round = 0; round < 25; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        Builder b;
        auto literal = [&] {
            Term t = b.atom(letters[rng() % 4]);
            return rng() % 3 == 0 ? Builder::neg(t) : t;
        };
        auto clause = [&] {
            Term t = literal();
            for (unsigned k = rng() % 3; k > 0; --k) t = Builder::either(t, literal());
            return t;
        };
        for (int k = 0; k < 7; ++k) b.premise("s" + std::to_string(k), clause());
        std::vector<int> hyps;
        for (int k = 0; k < 4; ++k) hyps.push_back(b.hypothesis("h" + std::to_string(k), clause()));
        int c = b.claim("goal", Builder::either(b.atom("p"), b.atom("q")));
        verify_claim(b.theory, b.theory.baseline(), hyps, c, true);
    }
}

// ---- the examples, through the real front end ---------------------------------------

std::optional<logic::Theory> load(fs::path const& path) {
    SourceFile source(path.string(), test::read_text(path));
    Diagnostics d;
    auto file = parse(source, d);
    if (d.has_errors()) return std::nullopt;
    return check(file, d);
}

TEST(WhatifExamples, EveryReportedSetIsReverified) {
    fs::path dir = fs::path(ELENCHUS_SOURCE_DIR) / "examples";
    int files = 0;
    for (auto const& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".arg") continue;
        SCOPED_TRACE(e.path().filename().string());
        auto theory = load(e.path());
        ASSERT_TRUE(theory) << "example does not check";
        ++files;
        auto world = theory->baseline();
        for (int c : theory->claims()) verify_claim(*theory, world, theory->hypotheses(), c, world.size() <= 12);
        for (std::size_t s = 0; s < theory->scenarios.size(); ++s) {
            SCOPED_TRACE("scenario " + theory->scenarios[s].name);
            auto in = theory->asserted_in(theory->scenarios[s]);
            for (int c : theory->claims())
                verify_claim(*theory, in, whatif::open_hypotheses(*theory, in, static_cast<int>(s)), c, false);
        }
    }
    EXPECT_GT(files, 0);
}

TEST(WhatifExamples, ArticleBreaksAtTheBanOrTheUnstatedAssumption) {
    auto theory = load(fs::path(ELENCHUS_SOURCE_DIR) / "examples" / "azerbaijan-nato.arg");
    ASSERT_TRUE(theory);
    solver::Session session(*theory, {});
    int claim = *theory->find_statement("legal_barrier");
    auto br = whatif::break_claim(session, theory->baseline(), claim, {});
    EXPECT_EQ(br.status, ClaimStatus::follows);
    EXPECT_EQ(br.break_sets, (std::vector<NameSet>{{"base_ban"}, {"bases_required"}}));
}

// ---- the command line -----------------------------------------------------------------

namespace more {

using nlohmann::json;

json run_json(std::string const& arguments, int expected_code = 0) {
    auto r = test::run(test::elenchus("whatif --format json " + arguments));
    EXPECT_EQ(r.exit_code, expected_code) << r.err;
    return json::parse(r.out);
}

TEST(WhatifCli, JsonCarriesTheContractKeys) {
    std::string const file = "examples/azerbaijan-nato.arg";
    auto sweep = run_json(file + " --sweep legal_barrier");
    for (auto const* k : {"claim", "status", "load_bearing", "supports", "critical"})
        EXPECT_TRUE(sweep.contains(k)) << k;
    EXPECT_EQ(sweep["load_bearing"], (json{"base_ban", "bases_required"}));
    auto br = run_json(file + " --break legal_barrier");
    EXPECT_EQ(br["break_sets"], (json{{"base_ban"}, {"bases_required"}}));
    auto mk = run_json(file + " --make for_membership");
    EXPECT_TRUE(mk.contains("claim"));
    EXPECT_EQ(mk["make_sets"], (json{{"benefits_decide"}}));
    auto sc = run_json(file + " --scenario amended");
    for (auto const* k : {"scenario", "consistent", "claims"}) EXPECT_TRUE(sc.contains(k)) << k;
    bool legal_barrier_seen = false;
    for (auto const& c : sc["claims"]) {
        EXPECT_TRUE(c.contains("name") && c.contains("baseline") && c.contains("scenario"));
        if (c["name"] == "legal_barrier") {
            legal_barrier_seen = true;
            EXPECT_EQ(c["scenario"], "open");
        }
    }
    EXPECT_TRUE(legal_barrier_seen) << sc["claims"].dump();
}

// The saved block, appended to the file, is a scenario with the same verdicts as the ad hoc one.
TEST(WhatifCli, SavedScenarioReproducesTheAdHocOne) {
    std::string const flags =
        "--without base_ban --assume 'may_host_foreign_bases(Azerbaijan) and not may_accede(Turkiye)'";
    auto saved = test::run(test::elenchus("whatif examples/azerbaijan-nato.arg " + flags + " --save kept"));
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    fs::path copy = fs::temp_directory_path() / ("whatif-save-" + std::to_string(::getpid()) + ".arg");
    {
        std::ofstream out(copy, std::ios::binary);
        out << test::read_text(fs::path(ELENCHUS_SOURCE_DIR) / "examples" / "azerbaijan-nato.arg") << "\n" << saved.out;
    }
    auto adhoc = run_json("examples/azerbaijan-nato.arg " + flags);
    auto kept = run_json("'" + copy.string() + "' --scenario kept");
    fs::remove(copy);
    EXPECT_EQ(kept["scenario"], "kept");
    EXPECT_FALSE(adhoc["claims"].empty()) << "nothing to compare";
    EXPECT_EQ(kept["claims"], adhoc["claims"]);
    EXPECT_EQ(kept["consistent"], adhoc["consistent"]);
}

TEST(WhatifCli, BadFlagsAreInputErrors) {
    auto r = test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --no-color --assume 'member(Azerbaijan)'"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("<--assume>:1:"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    auto j = run_json("examples/azerbaijan-nato.arg --with base_ban", 2);
    EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --save nothing")).exit_code, 2);
    EXPECT_EQ(test::run(test::elenchus("whatif examples/azerbaijan-nato.arg --sweep a --break b")).exit_code, 2);
}

TEST(WhatifAdHoc, DroppingAStatementTheBaseScenarioDeclares) {
    Builder b;
    b.premise("a", b.atom("a"));
    int own = b.premise("own", b.atom("b"));
    b.theory.statements[static_cast<std::size_t>(own)].scenario = "s";
    logic::Scenario s;
    s.name = "s";
    s.statements = {own};
    b.theory.scenarios.push_back(s);
    whatif::AdHoc adhoc;
    adhoc.base = 0;
    adhoc.without = {own};
    logic::Theory t = whatif::with_adhoc(b.theory, adhoc);
    auto asserted = t.asserted_in(t.scenarios.back());
    EXPECT_EQ(asserted, std::vector<int>{*t.find_statement("a")});
}

}   // namespace more

}   // namespace
