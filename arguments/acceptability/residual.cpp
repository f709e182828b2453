#include "arguments/acceptability/residual.hpp"

#include <algorithm>

#include "arguments/acceptability/semantics.hpp"

namespace elenchus::acceptability::detail {

Residual residual_of(Framework const& af) {
    Residual r;
    r.grounded = grounded_labelling(af);
    r.local.assign(af.size(), Residual::none);
    for (ArgumentId a = 0; a < af.size(); ++a) {
        if (r.grounded[a] != Label::undecided) continue;
        r.local[a] = static_cast<ArgumentId>(r.original.size());
        r.original.push_back(a);
    }
    std::vector<Attack> attacks;
    for (ArgumentId a : r.original)
        for (ArgumentId b : af.attackers(a))
            if (r.local[b] != Residual::none) attacks.push_back({r.local[b], r.local[a]});
    r.part = Framework::numbered(r.original.size(), attacks);
    return r;
}

Extension Residual::lift(Extension const& extension) const {
    Extension whole = extension_of(grounded);
    for (ArgumentId a : extension) whole.push_back(original[a]);
    std::sort(whole.begin(), whole.end());
    return whole;
}

}   // namespace elenchus::acceptability::detail
