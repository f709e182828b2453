#include "arguments/acceptability/labelling.hpp"

namespace elenchus::acceptability {

std::string_view to_string(Label l) {
    switch (l) {
    case Label::in: return "in";
    case Label::out: return "out";
    case Label::undecided: return "undec";
    }
    return "undec";
}

Labelling labelling_of(Framework const& af, Extension const& extension) {
    Labelling labels(af.size(), Label::undecided);
    for (ArgumentId a : extension)
        for (ArgumentId t : af.attacked_by(a)) labels[t] = Label::out;
    for (ArgumentId a : extension) labels[a] = Label::in;   // a conflicting set shows its members as in
    return labels;
}

Extension extension_of(Labelling const& labelling) {
    Extension e;
    for (std::size_t i = 0; i < labelling.size(); ++i)
        if (labelling[i] == Label::in) e.push_back(static_cast<ArgumentId>(i));
    return e;
}

}   // namespace elenchus::acceptability
