// The map of a large file: DOT (what Argdown's `argdown map` produces: 2.7 s for 10k
// statements) and SVG laid out by Graphviz's libraries (in a child process: its CPU time is
// the graphviz_cpu_s counter), from the text of the file.
// Figures: docs/performance.md.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <string>

#include <fmt/format.h>

#include "arguments/map/render.hpp"
#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace {

// A map-shaped file of about `statements` statements: groups of a fact, a rule, an
// assumption (one in five unstated) and a claim, each group an argument; every third
// argument also builds on the previous claim, every tenth attacks its predecessor and
// every seventh supports it.
std::string map_file(long statements) {
    long const groups = statements / 4;
    std::string out;
    out.reserve(static_cast<std::size_t>(statements) * 120);
    for (long g = 0; g < groups; ++g) out += fmt::format("predicate pa{0}\npredicate pb{0}\npredicate pc{0}\n", g);
    for (long g = 0; g < groups; ++g) {
        out += fmt::format("premise f{0}: pa{0}\n  means \"Fact number {0} holds in the debate\"\n", g);
        out +=
            fmt::format("premise r{0}: pa{0} -> pb{0}\n  means \"Fact {0} brings the second state of affairs\"\n", g);
        out += fmt::format("{1} u{0}: pb{0} -> pc{0}\n  means \"The second state brings the third one {0}\"\n", g,
                           g % 5 == 0 ? "assume" : "premise");
        out += fmt::format("claim k{0}: pc{0}\n  means \"The conclusion of group {0} follows\"\n", g);
        out += fmt::format("argument arg{0} \"Argument number {0}\"\n  from f{0}, r{0}, u{0}{1}\n  therefore k{0}\n", g,
                           g % 3 == 2 ? fmt::format(", k{}", g - 1) : std::string());
        if (g % 10 == 9) out += fmt::format("  attacks arg{}\n", g - 1);
        else if (g % 7 == 6) out += fmt::format("  supports arg{}\n", g - 1);
    }
    return out;
}

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
    auto const text = map_file(state.range(0));
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
    auto const text = map_file(state.range(0));
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
