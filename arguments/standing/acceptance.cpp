// The graph as a Dung framework over the arguments put forward, evaluated under the four
// semantics; each argument's label and acceptance, and each conclusion's.
#include <algorithm>

#include "arguments/standing/standing.hpp"

namespace elenchus::standing {

namespace acc = acceptability;

namespace {

// The framework holds only the arguments put forward: `ids` maps its arguments back.
struct Compact {
    acc::Framework af;
    std::vector<std::size_t> ids;                     // framework id -> Graph::arguments index
    std::vector<std::optional<acc::ArgumentId>> of;   // Graph::arguments index -> framework id
};

Compact compact(Graph const& g) {
    Compact c;
    c.of.resize(g.arguments.size());
    std::vector<std::string> names;
    for (std::size_t i = 0; i < g.arguments.size(); ++i) {
        if (!g.present[i]) continue;
        c.of[i] = static_cast<acc::ArgumentId>(c.ids.size());
        c.ids.push_back(i);
        names.push_back(g.arguments[i]);
    }
    std::vector<acc::Attack> attacks;
    for (auto const& e : g.attacks) attacks.push_back({*c.of[e.from], *c.of[e.to]});
    c.af = acc::Framework(std::move(names), attacks);
    return c;
}

Members members(Compact const& c, acc::Extension const& e) {
    Members m;
    for (auto a : e) m.push_back(c.ids[a]);
    std::sort(m.begin(), m.end());
    return m;
}

SemanticsStanding evaluate_one(Compact const& c, std::size_t arguments, Semantics s, std::size_t cap) {
    SemanticsStanding out;
    out.semantics = s;
    std::size_t const limit = cap + 1;   // one more than shown tells whether the cap was reached
    for (auto const& e : acc::extensions(c.af, s, limit)) out.extensions.push_back(members(c, e));
    if (out.extensions.size() > cap) {
        out.extensions.resize(cap);
        out.capped = true;
    }
    std::sort(out.extensions.begin(), out.extensions.end());
    out.credulous.assign(arguments, false);
    out.sceptical.assign(arguments, false);
    if (!out.capped) {
        // Every extension is listed: acceptance is read off them (no extension at all makes
        // every argument sceptically accepted, as in ICCMA).
        for (std::size_t f = 0; f < c.ids.size(); ++f) {
            auto const a = c.ids[f];
            auto const member = [a](Members const& e) { return std::binary_search(e.begin(), e.end(), a); };
            out.credulous[a] = std::any_of(out.extensions.begin(), out.extensions.end(), member);
            out.sceptical[a] = std::all_of(out.extensions.begin(), out.extensions.end(), member);
        }
        return out;
    }
    // Past the cap, each argument is asked of the framework (a SAT call on the part the
    // grounded labelling leaves undecided, none where it decides).
    for (std::size_t f = 0; f < c.ids.size(); ++f) {
        auto const a = static_cast<acc::ArgumentId>(f);
        out.credulous[c.ids[f]] = acc::credulously_accepted(c.af, s, a);
        out.sceptical[c.ids[f]] = acc::sceptically_accepted(c.af, s, a);
    }
    return out;
}

bool holds_one_of(Members const& extension, std::vector<std::size_t> const& arguments) {
    return std::any_of(arguments.begin(), arguments.end(),
                       [&](std::size_t a) { return std::binary_search(extension.begin(), extension.end(), a); });
}

ConclusionStanding conclusion(Standing const& st, int statement) {
    ConclusionStanding c;
    c.statement = statement;
    for (std::size_t a = 0; a < st.graph.arguments.size(); ++a)
        if (st.graph.conclusions[a] == statement && st.graph.present[a]) c.concluded_by.push_back(a);
    bool any_in = false, all_out = true;
    for (auto a : c.concluded_by) {
        any_in |= st.grounded[a] == Label::in;
        all_out &= st.grounded[a] == Label::out;
    }
    c.grounded = any_in ? Label::in : all_out ? Label::out : Label::undecided;
    for (std::size_t k = 0; k < all_semantics.size(); ++k) {
        auto const& sem = st.semantics[k];
        c.credulous[k] = std::any_of(c.concluded_by.begin(), c.concluded_by.end(),
                                     [&](std::size_t a) { return bool(sem.credulous[a]); });
        if (all_semantics[k] == Semantics::complete) {
            // The grounded extension is the least complete one: every complete extension holds
            // an argument for it exactly when the grounded extension does.
            c.sceptical[k] = any_in;
            continue;
        }
        if (sem.capped) continue;
        c.sceptical[k] = std::all_of(sem.extensions.begin(), sem.extensions.end(),
                                     [&](Members const& e) { return holds_one_of(e, c.concluded_by); });
    }
    return c;
}

}   // namespace

SemanticsStanding const& Standing::of(Semantics s) const {
    for (std::size_t k = 0; k < all_semantics.size(); ++k)
        if (all_semantics[k] == s) return semantics[k];
    return semantics[0];
}

std::vector<std::optional<Label>> Standing::labelling(Members const& extension) const {
    std::vector<std::optional<Label>> out(graph.arguments.size());
    for (std::size_t a = 0; a < out.size(); ++a)
        if (graph.present[a]) out[a] = Label::undecided;
    for (auto const& e : graph.attacks)
        if (std::binary_search(extension.begin(), extension.end(), e.from)) out[e.to] = Label::out;
    for (auto a : extension) out[a] = Label::in;
    return out;
}

Standing evaluate(Graph graph, std::size_t max_extensions) {
    Standing st;
    st.graph = std::move(graph);
    auto const c = compact(st.graph);
    auto const n = st.graph.arguments.size();
    st.grounded.assign(n, std::nullopt);
    auto const labels = acc::grounded_labelling(c.af);
    for (std::size_t f = 0; f < c.ids.size(); ++f) st.grounded[c.ids[f]] = labels[f];
    for (std::size_t k = 0; k < all_semantics.size(); ++k)
        st.semantics[k] = evaluate_one(c, n, all_semantics[k], max_extensions);

    std::vector<int> concluded;
    for (auto s : st.graph.conclusions)
        if (s >= 0 && std::find(concluded.begin(), concluded.end(), s) == concluded.end()) concluded.push_back(s);
    std::sort(concluded.begin(), concluded.end());   // statement order is file order
    for (int s : concluded) st.conclusions.push_back(conclusion(st, s));
    return st;
}

}   // namespace elenchus::standing
