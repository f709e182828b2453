// libFuzzer entry point for the parser (built with -DELENCHUS_FUZZ=ON and clang):
//   CXX=clang++ cmake -S . -B build-fuzz -DELENCHUS_FUZZ=ON -DELENCHUS_BENCH=OFF
//   cmake --build build-fuzz -j1 --target parser_fuzzer
//   build-fuzz/tests/parser_fuzzer -max_total_time=30 -max_len=4096 examples/
// Any crash, sanitizer report, exception or span outside the input is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "grammar/parser.hpp"

namespace {

bool within(elenchus::ast::Span s, std::size_t size) { return s.begin <= s.end && s.end <= size; }

}   // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string text(reinterpret_cast<char const*>(data), size);
    elenchus::SourceFile source("fuzz.arg", text);
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(source, diagnostics);
    for (auto const& d : diagnostics.all())
        if (!within(d.span, size) || d.message.rfind("internal parser error", 0) == 0) std::abort();
    for (auto const& declaration : file.declarations)
        if (!within(elenchus::ast::span_of(declaration), size)) std::abort();
    elenchus::Diagnostics formula_diagnostics;
    (void)elenchus::parse_formula(source, formula_diagnostics);
    return 0;
}
