// A file read through the real front end: the checked theory and the source it came from
// (kept alive beside the theory, which the diagnostics and spans refer to). Header-only and
// free of GoogleTest, so that the benchmarks use it too.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::test {

struct Loaded {
    std::unique_ptr<SourceFile> source;
    std::optional<logic::Theory> theory;   // nullopt when the text has a syntax or checking error
};

inline Loaded load_text(std::string path, std::string text) {
    Loaded l;
    l.source = std::make_unique<SourceFile>(std::move(path), std::move(text));
    Diagnostics d;
    auto file = parse(*l.source, d);
    if (!d.has_errors()) l.theory = check(file, d);
    return l;
}

// A file that cannot be read loads as an empty text (an empty theory).
inline Loaded load_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return load_text(p.string(), std::string(std::istreambuf_iterator<char>(in), {}));
}

}   // namespace elenchus::test
