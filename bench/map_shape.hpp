// The map-shaped synthetic file shared by bench/map_bench.cpp and `elenchus_generate --map`.
#pragma once

#include <string>

#include <fmt/format.h>

namespace elenchus::bench {

// A map-shaped file of about `statements` statements: groups of a fact, a rule, an
// assumption (one in five unstated) and a claim, each group an argument; every third
// argument also builds on the previous claim, every tenth attacks its predecessor and
// every seventh supports it.
inline std::string map_file(long statements) {
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

}   // namespace elenchus::bench
