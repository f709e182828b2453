// `whatif` on one incremental Session against one fresh Session per variant.
//
// The file: 1,000 asserted statements, generated as text and read by the real front end. The
// claim `goal` follows from exactly 10 of them (a fact and a chain of nine conditionals);
// the other 990 are consistent noise on other symbols (conditionals, disjunctions, facts,
// and quantified rules over a closed sort), so its only support has 10 members.
//
//   Sweep/incremental      whatif::sweep as shipped: Session built once, every drop decided
//                          (core members queried, the rest exact by monotonicity), every
//                          support enumerated.
//   Drops/incremental      each of the 1,000 drops queried explicitly (follows? refuted?) on
//                          the one Session: the per-variant cost with nothing skipped.
//   Drops/fresh            the same 1,000 variants, each on a Session built for it alone.
// Run: build-*/bench/whatif_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <string>

#include <fmt/format.h>

#include "arguments/formulas/formulas.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/whatif.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

using namespace elenchus;

namespace {

constexpr int statements_total = 1000;
constexpr int support_size = 10;

std::string generated_file() {
    std::string text = "sort Item = { i0, i1, i2, i3, i4, i5, i6, i7, i8, i9 }\n";
    for (int k = 0; k < support_size; ++k) text += fmt::format("predicate p{}\n", k);
    constexpr int props = 300, unaries = 40;
    for (int k = 0; k < props; ++k) text += fmt::format("predicate q{}\n", k);
    for (int k = 0; k < unaries; ++k) text += fmt::format("predicate r{}(Item)\n", k);
    text += "premise base: p0\n";
    for (int k = 1; k < support_size; ++k) text += fmt::format("premise step{}: p{} -> p{}\n", k, k - 1, k);
    text += fmt::format("claim goal: p{}\n", support_size - 1);
    // Noise satisfied by the world where everything is true, so the file stays consistent
    // and no noise statement helps derive `goal`.
    for (int k = 0; k < statements_total - support_size; ++k) {
        int a = (k * 7) % props, b = (k * 13 + 5) % props, u = k % unaries, v = (k * 3 + 1) % unaries;
        switch (k % 5) {
        case 0: text += fmt::format("premise n{}: q{} -> q{}\n", k, a, b); break;
        case 1: text += fmt::format("premise n{}: q{} or not q{}\n", k, a, b); break;
        case 2: text += fmt::format("premise n{}: q{}\n", k, a); break;
        case 3: text += fmt::format("axiom n{}: forall x: Item. r{}(x) -> r{}(x)\n", k, u, v); break;
        default: text += fmt::format("premise n{}: r{}(i{}) and (q{} or q{})\n", k, u, k % 10, a, b); break;
        }
    }
    return text;
}

logic::Theory const& theory() {
    static logic::Theory const t = [] {
        SourceFile source("<generated>", generated_file());
        Diagnostics d;
        auto file = parse(source, d);
        auto checked = check(file, d);
        if (!checked) throw std::runtime_error("generated file does not check");
        return *checked;
    }();
    return t;
}

ClaimStatus status(solver::Session& session, std::vector<int> const& world, logic::Term const& goal,
                   logic::Term const& refutation) {
    bool follows = session.entails(world, goal).answer == solver::Answer::unsat;
    bool refuted = session.entails(world, refutation).answer == solver::Answer::unsat;
    return follows && refuted ? ClaimStatus::vacuous
           : follows          ? ClaimStatus::follows
           : refuted          ? ClaimStatus::refuted
                              : ClaimStatus::open;
}

std::vector<int> without(std::vector<int> const& world, int x) {
    std::vector<int> rest;
    for (int y : world)
        if (y != x) rest.push_back(y);
    return rest;
}

void Sweep_incremental(benchmark::State& state) {
    auto const& t = theory();
    int claim = *t.find_statement("goal");
    for (auto _ : state) {
        solver::Session session(t, {});
        auto s = whatif::sweep(session, t.baseline(), claim, {});
        if (s.status != ClaimStatus::follows || s.supports.size() != 1 || s.supports[0].size() != support_size ||
            s.critical.size() != support_size)
            state.SkipWithError("unexpected sweep result");
        state.counters["statements"] = static_cast<double>(t.baseline().size());
        state.counters["supports"] = static_cast<double>(s.supports.size());
    }
}

void Drops_incremental(benchmark::State& state) {
    auto const& t = theory();
    auto const& goal = t.statements[static_cast<std::size_t>(*t.find_statement("goal"))].formula;
    auto const refutation = formulas::make_not(goal);
    auto const world = t.baseline();
    for (auto _ : state) {
        solver::Session session(t, {});
        int load_bearing = 0;
        for (int s : world)
            load_bearing += status(session, without(world, s), goal, refutation) != ClaimStatus::follows;
        if (load_bearing != support_size) state.SkipWithError("wrong number of load-bearing statements");
        state.counters["variants"] = static_cast<double>(world.size());
        state.counters["s_per_variant"] =
            benchmark::Counter(static_cast<double>(world.size()),
                               benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    }
}

void Drops_fresh(benchmark::State& state) {
    auto const& t = theory();
    auto const& goal = t.statements[static_cast<std::size_t>(*t.find_statement("goal"))].formula;
    auto const refutation = formulas::make_not(goal);
    auto const world = t.baseline();
    for (auto _ : state) {
        int load_bearing = 0;
        for (int s : world) {
            solver::Session session(t, {});
            load_bearing += status(session, without(world, s), goal, refutation) != ClaimStatus::follows;
        }
        if (load_bearing != support_size) state.SkipWithError("wrong number of load-bearing statements");
        state.counters["variants"] = static_cast<double>(world.size());
        state.counters["s_per_variant"] =
            benchmark::Counter(static_cast<double>(world.size()),
                               benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    }
}

}   // namespace

BENCHMARK(Sweep_incremental)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Drops_incremental)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(Drops_fresh)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
