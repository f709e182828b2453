// The part of a framework its grounded labelling leaves undecided. Attackers of an undecided
// argument are out or undecided, and an out argument is out in every complete labelling, so
// the complete (hence preferred and stable) extensions of the whole are exactly the grounded
// extension joined with those of this part.
#pragma once

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/labelling.hpp"

namespace elenchus::acceptability::detail {

struct Residual {
    Labelling grounded;                 // of the whole framework
    Framework part;                     // the undecided arguments, renumbered 0..k-1
    std::vector<ArgumentId> original;   // part's id -> the whole's id
    std::vector<ArgumentId> local;      // the whole's id -> part's id, or `none`

    static constexpr ArgumentId none = ~ArgumentId{0};

    // The grounded extension plus `extension` of the part, in the whole's ids, sorted.
    Extension lift(Extension const& extension) const;
};

Residual residual_of(Framework const& af);

}   // namespace elenchus::acceptability::detail
