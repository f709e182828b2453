// How long an explanation takes when its minimal support has up to 20 statements (the bar:
// under 1 s). Two shapes: a chain of propositional conditionals, and a chain of universal
// rules over a closed sort with several individuals, both ending in the claim; plus the
// article's own claims.
// From the project root: build/bench/explain_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "arguments/explain/explain.hpp"
#include "tests/support/loaded.hpp"

using namespace elenchus;

namespace {

// The tests' loader (header-only, no GoogleTest): a theory and the source it came from.
using Fixture = test::Loaded;

Fixture load(std::string text) { return test::load_text("bench.arg", std::move(text)); }

// p0; p0 -> p1; …; p(n-2) -> p(n-1); claim p(n-1): support of n statements.
std::string propositional_chain(int n) {
    std::ostringstream s;
    for (int i = 0; i < n; ++i) s << "predicate p" << i << "\n";
    s << "premise s0: p0\n";
    for (int i = 1; i < n; ++i) s << "premise s" << i << ": p" << i - 1 << " -> p" << i << "\n";
    // Distractors that the minimal support leaves out.
    for (int i = 1; i < n; i += 3) s << "premise d" << i << ": p" << i << " or p0\n";
    s << "claim goal: p" << n - 1 << "\n";
    return s.str();
}

// forall x. q(i-1)(x) -> q(i)(x) over a sort of five, a fact about one of them.
std::string universal_chain(int n) {
    std::ostringstream s;
    s << "sort Thing = { a, b, c, d, e }\n";
    for (int i = 0; i < n; ++i) s << "predicate q" << i << "(Thing)\n";
    s << "premise s0: q0(c)\n";
    for (int i = 1; i < n; ++i) s << "axiom s" << i << ": forall x: Thing. q" << i - 1 << "(x) -> q" << i << "(x)\n";
    s << "claim goal: q" << n - 1 << "(c)\n";
    return s.str();
}

void explain_claim(benchmark::State& state, Fixture const& f, std::string const& name) {
    if (!f.theory) {
        state.SkipWithError("the benchmark file does not check");
        return;
    }
    std::size_t lines = 0;
    bool verified = true;
    for (auto _ : state) {
        auto e = explain(*f.theory, name, ExplainOptions{});
        if (!e || e->derivations.empty()) {
            state.SkipWithError("no derivation");
            return;
        }
        lines = e->derivations[0].steps.size();
        verified = verified && e->derivations[0].verified;
        benchmark::DoNotOptimize(e);
    }
    state.counters["lines"] = static_cast<double>(lines);
    state.counters["verified"] = verified ? 1 : 0;
}

// The claim `goal` of a generated file of size state.range(0), generated and checked once.
void explain_generated(benchmark::State& state, std::map<int, Fixture>& fixtures, std::string (*make)(int)) {
    int n = static_cast<int>(state.range(0));
    auto at = fixtures.find(n);
    if (at == fixtures.end()) at = fixtures.emplace(n, load(make(n))).first;
    explain_claim(state, at->second, "goal");
}

void BM_PropositionalChain(benchmark::State& state) {
    static std::map<int, Fixture> fixtures;
    explain_generated(state, fixtures, propositional_chain);
}
BENCHMARK(BM_PropositionalChain)->Arg(5)->Arg(10)->Arg(20)->Unit(benchmark::kMillisecond);

void BM_UniversalChain(benchmark::State& state) {
    static std::map<int, Fixture> fixtures;
    explain_generated(state, fixtures, universal_chain);
}
BENCHMARK(BM_UniversalChain)->Arg(5)->Arg(10)->Arg(20)->Unit(benchmark::kMillisecond);

Fixture example(char const* path) {
    // Run from the project root; a missing file is skipped with "does not check", not timed
    // as an empty one.
    if (!std::filesystem::exists(path)) return Fixture{};
    return test::load_file(path);
}

void BM_ArticleClaim(benchmark::State& state, char const* name) {
    static Fixture article = example("examples/azerbaijan-nato.arg");
    explain_claim(state, article, name);
}
BENCHMARK_CAPTURE(BM_ArticleClaim, legal_barrier, "legal_barrier")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ArticleClaim, no_article5, "no_article5")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ArticleClaim, partnership_not_membership, "partnership_not_membership")
    ->Unit(benchmark::kMillisecond);

// The longest derivations of the examples: cases over a closed sort, lemmas by reductio.
void BM_KnightsClaim(benchmark::State& state, char const* name) {
    static Fixture knights = example("examples/knights-and-knaves.arg");
    explain_claim(state, knights, name);
}
BENCHMARK_CAPTURE(BM_KnightsClaim, b_knight, "b_knight")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_KnightsClaim, c_knave, "c_knave")->Unit(benchmark::kMillisecond);

}   // namespace

BENCHMARK_MAIN();
