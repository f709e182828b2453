// The four classical semantics and the four reasoning tasks of ICCMA over them.
//
// Grounded is a linear-time propagation. Complete, preferred and stable go through a SAT
// solver (CaDiCaL) on the part of the framework the grounded labelling leaves undecided:
// every complete, preferred and stable extension is the grounded extension plus an extension
// of that part, so the solver sees only what is genuinely open.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/labelling.hpp"

namespace elenchus::acceptability {

enum class Semantics { grounded, complete, preferred, stable };

std::string_view abbreviation(Semantics s);   // "GR", "CO", "PR", "ST"
std::optional<Semantics> semantics_named(std::string_view abbreviation);   // case-insensitive

// The least complete labelling: in once every attacker is out, out once an attacker is in.
Labelling grounded_labelling(Framework const& af);
Extension grounded_extension(Framework const& af);

// One extension, or nullopt where there is none (only under stable semantics).
std::optional<Extension> some_extension(Framework const& af, Semantics s);

// In at least one extension.
bool credulously_accepted(Framework const& af, Semantics s, ArgumentId a);
// In every extension; true when there is no extension at all (stable), as in ICCMA.
bool sceptically_accepted(Framework const& af, Semantics s, ArgumentId a);

// Calls `visit` once for each extension, in no set order, until it returns false; returns
// how many were visited. Complete extensions can be exponentially many: `visit` decides.
std::size_t enumerate_extensions(Framework const& af, Semantics s,
                                 std::function<bool(Extension const&)> const& visit);
// At most `limit` extensions, collected.
std::vector<Extension> extensions(Framework const& af, Semantics s, std::size_t limit = SIZE_MAX);

}  // namespace elenchus::acceptability
