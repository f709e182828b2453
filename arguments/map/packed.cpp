// A map of several debates laid out one connected component at a time. Graphviz's dot does
// the same when `pack` is set, but it keeps the components as subgraphs of the one graph,
// and cleaning up their records walks every subgraph for every node: the 1,286 components of
// the 10,000-statement map spent 44% of its time there (perf). Here each component is a graph of its own;
// dot lays each out, Graphviz's packer (putRects, the same as dot's) places their bounding
// boxes, and the positions, moved into place, go back onto the whole graph, which the nop2
// engine (`neato -n2`: nodes and edges where they are) renders like any laid-out graph.
#include <graphviz/pack.h>

#include <cstdlib>
#include <cstring>
#include <iterator>
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

// Pairs of (whole map's attribute, the piece's), per kind, so that copying a node or an edge
// goes by symbol rather than by looking each name up again.
struct Attributes {
    std::vector<std::pair<Agsym_t*, Agsym_t*>> node, edge;
};

// The whole map's attributes, declared on a piece with the same defaults. The title (`label`)
// belongs to the whole map, and a piece has nothing to pack.
Attributes declare_attributes(Agraph_t* whole, Agraph_t* part) {
    Attributes out;
    for (int kind : {AGRAPH, AGNODE, AGEDGE})
        for (Agsym_t* s = agnxtattr(whole, kind, nullptr); s; s = agnxtattr(whole, kind, s)) {
            bool const whole_only =
                kind == AGRAPH &&
                (!std::strcmp(s->name, "label") || !std::strcmp(s->name, "pack") || !std::strcmp(s->name, "packmode"));
            Agsym_t* mine = agattr(part, kind, s->name, whole_only ? const_cast<char*>("") : s->defval);
            if (kind == AGNODE) out.node.emplace_back(s, mine);
            if (kind == AGEDGE) out.edge.emplace_back(s, mine);
        }
    return out;
}

void copy_values(void* from, void* to, std::vector<std::pair<Agsym_t*, Agsym_t*>> const& symbols) {
    for (auto const& [theirs, mine] : symbols) agxset(to, mine, agxget(from, theirs));
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
    auto const symbols = declare_attributes(whole, p.graph.get());
    std::unordered_map<Agnode_t*, Agnode_t*> copy;
    for (Agnode_t* n : members) {
        Agnode_t* c = agnode(p.graph.get(), agnameof(n), 1);
        copy_values(n, c, symbols.node);
        copy.emplace(n, c);
        p.nodes.emplace_back(n, c);
    }
    for (Agnode_t* n : members)
        for (Agedge_t* e = agfstout(whole, n); e; e = agnxtout(whole, e)) {
            Agedge_t* c = agedge(p.graph.get(), copy.at(agtail(e)), copy.at(aghead(e)), nullptr, 1);
            copy_values(e, c, symbols.edge);
            p.edges.emplace_back(e, c);
        }
    return p;
}

// A laid-out piece's positions, written as Graphviz writes them (`dot -Tdot`: pos, lp, xlp)
// but moved by (dx, dy), onto the whole map's nodes and edges, where nop2 reads them.
class Positions {
public:
    Positions(Agraph_t* whole, double dx, double dy) : whole_(whole), dx_(dx), dy_(dy) {}

    void node(Agnode_t* laid_out, Agnode_t* target) {
        set(target, AGNODE, "pos", point(ND_coord(laid_out)));
        label(target, AGNODE, "xlp", ND_xlabel(laid_out));
    }

    void edge(Agedge_t* laid_out, Agedge_t* target) {
        if (splines const* spl = ED_spl(laid_out)) set(target, AGEDGE, "pos", curve(*spl));
        label(target, AGEDGE, "lp", ED_label(laid_out));
        label(target, AGEDGE, "xlp", ED_xlabel(laid_out));
        label(target, AGEDGE, "head_lp", ED_head_label(laid_out));
        label(target, AGEDGE, "tail_lp", ED_tail_label(laid_out));
    }

private:
    std::string point(pointf p) const { return fmt::format("{:.2f},{:.2f}", p.x + dx_, p.y + dy_); }

    // "s,x,y e,x,y x,y x,y ...": the arrow ends, then the control points; ';' between pieces.
    std::string curve(splines const& spl) const {
        std::string out;
        auto put = [&](pointf p) { fmt::format_to(std::back_inserter(out), "{:.2f},{:.2f}", p.x + dx_, p.y + dy_); };
        for (int i = 0; i < spl.size; ++i) {
            bezier const& b = spl.list[i];
            if (i > 0) out += ';';
            if (b.sflag) {
                out.append("s,");
                put(b.sp);
                out += ' ';
            }
            if (b.eflag) {
                out.append("e,");
                put(b.ep);
                out += ' ';
            }
            for (int j = 0; j < b.size; ++j) {
                if (j > 0) out += ' ';
                put(b.list[j]);
            }
        }
        return out;
    }

    void label(void* target, int kind, char const* name, textlabel_t const* l) {
        if (l && l->set) set(target, kind, name, point(l->pos));
    }

    // Declared on the whole map only when some piece has a value: nop2 reads a declared `lp`
    // as the place of a label.
    void set(void* target, int kind, char const* name, std::string const& value) {
        Agsym_t* symbol = agattr(whole_, kind, const_cast<char*>(name), nullptr);
        if (!symbol) symbol = agattr(whole_, kind, const_cast<char*>(name), const_cast<char*>(""));
        agxset(target, symbol, const_cast<char*>(value.c_str()));
    }

    Agraph_t* whole_;
    double dx_, dy_;
};

void place(Piece const& piece, Agraph_t* whole, double dx, double dy) {
    Positions positions(whole, dx, dy);
    for (auto const& [w, c] : piece.nodes) positions.node(c, w);
    for (auto const& [w, c] : piece.edges) positions.edge(c, w);
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
        place(pieces[i], whole, at[i].x - min_x, at[i].y - min_y);
        gvFreeLayout(gvc, pieces[i].graph.get());   // freed, as in render_here: see there why
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
