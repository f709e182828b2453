// The four classical semantics and the four reasoning tasks of ICCMA over them.
//
// Grounded is a linear-time propagation. Complete, preferred and stable go through a SAT
// solver (CaDiCaL) on the part of the framework the grounded labelling leaves undecided:
// every complete, preferred and stable extension is the grounded extension plus an extension
// of that part, so the solver sees only what is genuinely open.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/labelling.hpp"

namespace elenchus::acceptability {

enum class Semantics { grounded, complete, preferred, stable };

std::string_view abbreviation(Semantics s);                                // "GR", "CO", "PR", "ST"
std::optional<Semantics> semantics_named(std::string_view abbreviation);   // case-insensitive

// When the SAT solver must give up. A task still searching at `at` stops by throwing
// TimeLimitReached (checked before each SAT call and inside it, through CaDiCaL's
// Terminator); the default has no limit. Grounded needs no solver and never stops early.
struct Deadline {
    std::optional<std::chrono::steady_clock::time_point> at;
    bool passed() const { return at && std::chrono::steady_clock::now() >= *at; }
};
class TimeLimitReached : public std::runtime_error {
public:
    TimeLimitReached() : std::runtime_error("the time limit was reached") {}
};

// The least complete labelling: in once every attacker is out, out once an attacker is in.
Labelling grounded_labelling(Framework const& af);
Extension grounded_extension(Framework const& af);

// One extension, or nullopt where there is none (only under stable semantics).
std::optional<Extension> some_extension(Framework const& af, Semantics s, Deadline const& deadline = {});

// In at least one extension.
bool credulously_accepted(Framework const& af, Semantics s, ArgumentId a, Deadline const& deadline = {});
// In every extension; true when there is no extension at all (stable), as in ICCMA.
bool sceptically_accepted(Framework const& af, Semantics s, ArgumentId a, Deadline const& deadline = {});

// Calls `visit` once for each extension, in no set order, until it returns false; returns
// how many were visited. Complete extensions can be exponentially many: `visit` decides.
// Past the deadline it throws TimeLimitReached, after the extensions already visited.
std::size_t enumerate_extensions(Framework const& af, Semantics s, std::function<bool(Extension const&)> const& visit,
                                 Deadline const& deadline = {});
// At most `limit` extensions, collected.
std::vector<Extension> extensions(Framework const& af, Semantics s, std::size_t limit = SIZE_MAX,
                                  Deadline const& deadline = {});

}   // namespace elenchus::acceptability
