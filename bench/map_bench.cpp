// The map of a large file: DOT (what Argdown's `argdown map` produces: 2.7 s for 10k
// statements) and SVG laid out by Graphviz's libraries (in a child process: its CPU time is
// the graphviz_cpu_s counter), from the text of the file.
// Figures: docs/performance.md.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <string>

#include <fmt/format.h>

#include "arguments/map/render.hpp"
#include "bench/map_shape.hpp"
#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace {

struct Front {
    std::unique_ptr<elenchus::SourceFile> source;
    std::optional<elenchus::logic::Theory> theory;
};

Front front_end(std::string const& text) {
    Front f;
    f.source = std::make_unique<elenchus::SourceFile>("bench.arg", text);
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(*f.source, diagnostics);
    if (!diagnostics.has_errors()) f.theory = elenchus::check(file, diagnostics);
    return f;
}

// CPU seconds of the child processes waited for so far: Graphviz renders in one
// (render.hpp), which the benchmark's own CPU time does not count.
double children_cpu() {
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Structure only (`elenchus map --no-check`): parse, resolve, build the map, write it.
void map_structure(benchmark::State& state, bool svg) {
    auto const text = elenchus::bench::map_file(state.range(0));
    double const children_before = children_cpu();
    for (auto _ : state) {
        auto f = front_end(text);
        if (!f.theory) {
            state.SkipWithError("the generated file does not check");
            return;
        }
        auto m = elenchus::map::build_map(*f.theory, elenchus::Report{}, {}, "bench.arg");
        auto dot = elenchus::map::to_dot(m);
        if (svg) {
            auto r = elenchus::map::render_graphviz(dot, "svg");
            if (!r.error.empty()) state.SkipWithError(r.error.c_str());
            benchmark::DoNotOptimize(r.data.data());
        }
        benchmark::DoNotOptimize(dot.data());
    }
    state.counters["statements"] = static_cast<double>(state.range(0));
    if (svg)
        state.counters["graphviz_cpu_s"] =
            benchmark::Counter((children_cpu() - children_before) / static_cast<double>(state.iterations()));
}

void BM_MapDot(benchmark::State& state) { map_structure(state, false); }
void BM_MapSvg(benchmark::State& state) { map_structure(state, true); }

// With every verdict (`elenchus map` by default): check, relation checks, then DOT.
void BM_MapDotChecked(benchmark::State& state) {
    auto const text = elenchus::bench::map_file(state.range(0));
    for (auto _ : state) {
        auto f = front_end(text);
        if (!f.theory) {
            state.SkipWithError("the generated file does not check");
            return;
        }
        elenchus::CheckOptions options;
        auto report = elenchus::check_theory(*f.theory, options);
        elenchus::solver::Session session(*f.theory, options.limits);
        auto baseline = f.theory->baseline();
        auto relations = elenchus::check_relations(session, *f.theory, baseline);
        auto dot = elenchus::map::to_dot(elenchus::map::build_map(*f.theory, report, relations, "bench.arg"));
        benchmark::DoNotOptimize(dot.data());
    }
    state.counters["statements"] = static_cast<double>(state.range(0));
}

}   // namespace

BENCHMARK(BM_MapDot)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MapSvg)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_MapDotChecked)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
