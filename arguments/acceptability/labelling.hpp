// Labellings (Caminada; Modgil & Caminada 2009): each argument in, out (attacked by an
// argument that is in) or undecided. For complete-based semantics an extension and its
// labelling determine each other, so both views are offered.
#pragma once

#include <string_view>
#include <vector>

#include "arguments/acceptability/framework.hpp"

namespace elenchus::acceptability {

enum class Label : unsigned char { in, out, undecided };

std::string_view to_string(Label l);   // "in", "out", "undec"

using Labelling = std::vector<Label>;        // indexed by ArgumentId
using Extension = std::vector<ArgumentId>;   // sorted, without repeats

// In: the members; out: whatever a member attacks; undecided: the rest.
Labelling labelling_of(Framework const& af, Extension const& extension);
// The arguments labelled in.
Extension extension_of(Labelling const& labelling);

}   // namespace elenchus::acceptability
