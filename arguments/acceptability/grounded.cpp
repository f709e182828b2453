#include <algorithm>
#include <cctype>

#include "arguments/acceptability/semantics.hpp"

namespace elenchus::acceptability {

std::string_view abbreviation(Semantics s) {
    switch (s) {
    case Semantics::grounded: return "GR";
    case Semantics::complete: return "CO";
    case Semantics::preferred: return "PR";
    case Semantics::stable: return "ST";
    }
    return "GR";
}

std::optional<Semantics> semantics_named(std::string_view name) {
    for (Semantics s : {Semantics::grounded, Semantics::complete, Semantics::preferred, Semantics::stable}) {
        std::string_view const a = abbreviation(s);
        if (name.size() == a.size() && std::equal(name.begin(), name.end(), a.begin(), [](char x, char y) {
                return std::toupper(static_cast<unsigned char>(x)) == y;
            }))
            return s;
    }
    return std::nullopt;
}

Labelling grounded_labelling(Framework const& af) {
    std::size_t const n = af.size();
    Labelling labels(n, Label::undecided);
    // For each argument, how many attackers are not yet out; at zero it is in. Each argument
    // enters the queue at most once and each attack is looked at at most twice: linear.
    std::vector<std::uint32_t> open(n);
    std::vector<ArgumentId> queue;
    queue.reserve(n);
    for (ArgumentId a = 0; a < n; ++a) {
        open[a] = static_cast<std::uint32_t>(af.attackers(a).size());
        if (open[a] == 0) {
            labels[a] = Label::in;
            queue.push_back(a);
        }
    }
    for (std::size_t next = 0; next < queue.size(); ++next) {
        for (ArgumentId beaten : af.attacked_by(queue[next])) {
            if (labels[beaten] != Label::undecided) continue;
            labels[beaten] = Label::out;
            for (ArgumentId freed : af.attacked_by(beaten)) {
                if (labels[freed] == Label::undecided && --open[freed] == 0) {
                    labels[freed] = Label::in;
                    queue.push_back(freed);
                }
            }
        }
    }
    return labels;
}

Extension grounded_extension(Framework const& af) { return extension_of(grounded_labelling(af)); }

}   // namespace elenchus::acceptability
