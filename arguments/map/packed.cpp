// A map of several debates laid out one connected component at a time. Graphviz's dot does
// the same when `pack` is set, but it keeps the components as subgraphs of the one graph,
// and cleaning up their records walks every subgraph for every node: 833 components of the
// 10,000-statement map spent most of 15 s there. Here each component is a graph of its own;
// dot lays each out, Graphviz's packer (putRects, the same as dot's) places their bounding
// boxes, and the positions, moved into place, go back onto the whole graph, which the nop2
// engine (`neato -n2`: nodes and edges where they are) renders like any laid-out graph.
#include <graphviz/pack.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "arguments/map/graphviz.hpp"

namespace elenchus::map::graphviz {
namespace {

using Components = std::vector<std::vector<Agnode_t*>>;

// Connected components by union-find over the edges, each in the graph's node order.
Components components_of(Agraph_t* g) {
    std::unordered_map<Agnode_t*, std::size_t> index;
    std::vector<Agnode_t*> nodes;
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        index.emplace(n, nodes.size());
        nodes.push_back(n);
    }
    std::vector<std::size_t> parent(nodes.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    auto root = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e))
            parent[root(index[agtail(e)])] = root(index[aghead(e)]);
    Components out;
    std::unordered_map<std::size_t, std::size_t> slot;   // root -> index in out
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        auto [at, fresh] = slot.emplace(root(i), out.size());
        if (fresh) out.emplace_back();
        out[at->second].push_back(nodes[i]);
    }
    return out;
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using Graph = std::unique_ptr<Agraph_t, GraphCloser>;

// The whole map's attributes, declared on a component with the same defaults. The title
// (`label`) belongs to the whole map, and a component has nothing to pack.
void declare_attributes(Agraph_t* whole, Agraph_t* part) {
    for (int kind : {AGRAPH, AGNODE, AGEDGE})
        for (Agsym_t* s = agnxtattr(whole, kind, nullptr); s; s = agnxtattr(whole, kind, s)) {
            bool const whole_only =
                kind == AGRAPH &&
                (!std::strcmp(s->name, "label") || !std::strcmp(s->name, "pack") || !std::strcmp(s->name, "packmode"));
            agattr(part, kind, s->name, whole_only ? const_cast<char*>("") : s->defval);
        }
}

struct Piece {
    Graph graph;
    std::vector<std::pair<Agnode_t*, Agnode_t*>> nodes;   // whole, piece
    std::vector<std::pair<Agedge_t*, Agedge_t*>> edges;
};

Piece copy_component(Agraph_t* whole, std::vector<Agnode_t*> const& members) {
    Piece p;
    Agdesc_t const desc = agisdirected(whole) ? (agisstrict(whole) ? Agstrictdirected : Agdirected)
                                              : (agisstrict(whole) ? Agstrictundirected : Agundirected);
    p.graph.reset(agopen(const_cast<char*>("component"), desc, nullptr));
    declare_attributes(whole, p.graph.get());
    std::unordered_map<Agnode_t*, Agnode_t*> copy;
    for (Agnode_t* n : members) {
        Agnode_t* c = agnode(p.graph.get(), agnameof(n), 1);
        agcopyattr(n, c);
        copy.emplace(n, c);
        p.nodes.emplace_back(n, c);
    }
    for (Agnode_t* n : members)
        for (Agedge_t* e = agfstout(whole, n); e; e = agnxtout(whole, e)) {
            Agedge_t* c = agedge(p.graph.get(), copy.at(agtail(e)), copy.at(aghead(e)), nullptr, 1);
            agcopyattr(e, c);
            p.edges.emplace_back(e, c);
        }
    return p;
}

// Every "x,y" point of a position attribute ("x,y", "e,x,y s,x,y x,y ...", splines separated
// by ';') moved by (dx, dy); the e/s markers and anything after a point ("!") are kept.
std::string shifted(char const* text, double dx, double dy) {
    std::string out;
    char const* p = text;
    while (*p) {
        if (*p == ' ' || *p == ';') {
            out += *p++;
            continue;
        }
        if ((*p == 'e' || *p == 's') && p[1] == ',') {
            out.append(p, 2);
            p += 2;
        }
        char* end = nullptr;
        double const x = std::strtod(p, &end);
        if (end == p || *end != ',') return text;   // not a position: leave it as Graphviz wrote it
        char const* y_at = end + 1;
        double const y = std::strtod(y_at, &end);
        if (end == y_at) return text;
        out += fmt::format("{:.2f},{:.2f}", x + dx, y + dy);
        p = end;
        while (*p && *p != ' ' && *p != ';') out += *p++;
    }
    return out;
}

// Declared on the whole map only when a piece has the attribute: nop2 reads a declared `lp`
// as a label's place.
void move_attribute(void* from, void* to, int kind, char const* name, double dx, double dy) {
    char* value = agget(from, const_cast<char*>(name));
    if (!value || !*value) return;
    Agraph_t* whole = agroot(to);
    Agsym_t* target = agattr(whole, kind, const_cast<char*>(name), nullptr);
    if (!target) target = agattr(whole, kind, const_cast<char*>(name), const_cast<char*>(""));
    agxset(to, target, const_cast<char*>(shifted(value, dx, dy).c_str()));
}

// Copies the piece's positions onto the whole map, moved by (dx, dy).
void place(Piece const& piece, double dx, double dy) {
    static constexpr char const* node_positions[] = {"pos", "xlp"};
    static constexpr char const* edge_positions[] = {"pos", "lp", "xlp", "head_lp", "tail_lp"};
    for (char const* name : node_positions)
        for (auto const& [w, c] : piece.nodes) move_attribute(c, w, AGNODE, name, dx, dy);
    for (char const* name : edge_positions)
        for (auto const& [w, c] : piece.edges) move_attribute(c, w, AGEDGE, name, dx, dy);
}

// Where each piece goes, by Graphviz's packer as the whole map's pack attributes ask (a
// mode putRects does not handle, such as the default `node`, packs bounding boxes).
std::vector<pointf> placements(Agraph_t* whole, std::vector<boxf>& boxes) {
    pack_info info{};
    getPackInfo(whole, l_graph, 8, &info);
    info.fixed = nullptr;
    info.doSplines = 1;
    if (info.mode != l_array && info.mode != l_graph) info.mode = l_graph;
    point* places = putRects(static_cast<int>(boxes.size()), boxes.data(), &info);
    std::vector<pointf> out(boxes.size(), pointf{0, 0});
    if (!places) return out;
    for (std::size_t i = 0; i < boxes.size(); ++i) out[i] = pointf{double(places[i].x), double(places[i].y)};
    std::free(places);
    return out;
}

std::string lay_out_pieces(GVC_t* gvc, Agraph_t* whole, Components const& components) {
    std::vector<Piece> pieces;
    std::vector<boxf> boxes;
    pieces.reserve(components.size());
    for (auto const& members : components) {
        pieces.push_back(copy_component(whole, members));
        Agraph_t* g = pieces.back().graph.get();
        if (gvLayout(gvc, g, "dot") != 0) return "its dot engine could not lay out a component of the map";
        // Rendering as DOT writes the layout into the attributes (pos, xlp, bb) we move.
        char* text = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, g, "dot", &text, &length) != 0) return "it could not write a component's layout back";
        gvFreeRenderData(text);
        boxes.push_back(GD_bb(g));
    }
    auto const at = placements(whole, boxes);
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        double const x0 = boxes[i].LL.x + at[i].x, y0 = boxes[i].LL.y + at[i].y;
        double const x1 = boxes[i].UR.x + at[i].x, y1 = boxes[i].UR.y + at[i].y;
        if (i == 0 || x0 < min_x) min_x = x0;
        if (i == 0 || y0 < min_y) min_y = y0;
        if (i == 0 || x1 > max_x) max_x = x1;
        if (i == 0 || y1 > max_y) max_y = y1;
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        place(pieces[i], at[i].x - min_x, at[i].y - min_y);
        gvFreeLayout(gvc, pieces[i].graph.get());
    }
    pieces.clear();
    agattr(whole, AGRAPH, const_cast<char*>("bb"),
           const_cast<char*>(fmt::format("0,0,{:.2f},{:.2f}", max_x - min_x, max_y - min_y).c_str()));
    if (gvLayout(gvc, whole, "nop2") != 0) return "its nop2 engine could not take the packed components";
    return "";
}

}   // namespace

std::string lay_out(GVC_t* gvc, Agraph_t* graph) {
    auto const components = components_of(graph);
    if (components.size() > 1) return lay_out_pieces(gvc, graph, components);
    if (gvLayout(gvc, graph, "dot") != 0)
        return "its dot engine could not lay out the map (is the dot layout plugin installed?)";
    return "";
}

}   // namespace elenchus::map::graphviz
