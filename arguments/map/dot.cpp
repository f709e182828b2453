// The map as DOT. Styles carry the meaning: colour is a claim's status, a dashed border an
// unstated assumption, a dotted one a hypothesis; red arrows attack, green ones support, and
// an arrow the logic does not bear out is dashed orange with a question mark.
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "arguments/map/render.hpp"

namespace elenchus::map {
namespace {

std::string quoted(std::string const& s) {
    std::string out = "\"";
    out.reserve(s.size() + 2);
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '"';
    return out;
}

// A label in Graphviz's escString: lines joined by `\n` (centred), user text escaped.
std::string label(std::string const& text) {
    std::string out = "\"";
    bool first = true;
    for (auto const& line : wrap(text)) {
        if (!first) out += "\\n";
        first = false;
        std::string q = quoted(line);
        out += q.substr(1, q.size() - 2);
    }
    return out + "\"";
}

char const* status_fill(NodeStatus status) {
    switch (status) {
    case NodeStatus::follows:
    case NodeStatus::valid: return "#c8e6c9";
    case NodeStatus::refuted:
    case NodeStatus::invalid: return "#ffcdd2";
    case NodeStatus::open: return "#fff3c4";
    case NodeStatus::vacuous: return "#ffe0b2";
    case NodeStatus::unknown: return "#e0e0e0";
    case NodeStatus::none: break;
    }
    return "#ffffff";
}

// An argument's fill is its grounded label: in green, out red, undecided yellow (the claims'
// colours for follows / refuted / open); light blue when acceptance was not evaluated.
char const* acceptance_fill(std::string const& label) {
    if (label == "in") return "#c8e6c9";
    if (label == "out") return "#ffcdd2";
    if (label == "undec") return "#fff3c4";
    if (label == "absent") return "#fafafa";
    return "#dbe9f6";
}

struct NodeStyle {
    std::string shape = "box";
    std::string style;
    std::string fill = "#ffffff";
    std::string color = "#424242";
    double penwidth = 1.0;
    std::string fontcolor = "#212121";
};

NodeStyle style_of(Node const& n) {
    NodeStyle s;
    switch (n.kind) {
    case NodeKind::claim:
        s.style = "rounded,filled";
        s.fill = status_fill(n.status);
        s.penwidth = 2;
        break;
    case NodeKind::premise: s.style = "filled"; break;
    case NodeKind::assumption:
        s.style = "filled,dashed";
        s.penwidth = 1.5;
        break;
    case NodeKind::hypothesis:
        s.style = "filled,dotted";
        s.penwidth = 1.5;
        s.fill = "#f5f5f5";
        break;
    case NodeKind::axiom:
        s.style = "filled";
        s.fill = "#eeeeee";
        s.color = "#9e9e9e";
        break;
    case NodeKind::argument:
        s.shape = "box";
        s.style = "rounded,filled";
        s.fill = "#dbe9f6";
        s.fill = acceptance_fill(n.acceptance);
        s.color = n.status == NodeStatus::invalid ? "#c62828" : n.status == NodeStatus::unknown ? "#757575" : "#1565c0";
        s.penwidth = n.status == NodeStatus::invalid ? 2 : 1;
        break;
    }
    if (n.inconsistent) {
        s.fill = "#e1bee7";
        s.color = "#6a1b9a";
        s.penwidth = 2.5;
    }
    if (n.dropped) {
        s.fill = "#fafafa";
        s.color = "#bdbdbd";
        s.fontcolor = "#9e9e9e";
        if (s.style.find("dashed") == std::string::npos) s.style += ",dashed";
    }
    return s;
}

std::string tooltip(Node const& n) {
    std::string t = fmt::format("{} ({}{}{})", n.name, to_string(n.kind), n.status == NodeStatus::none ? "" : ", ",
                                to_string(n.status));
    if (!n.formula.empty()) t += "\n" + n.formula;
    if (n.acceptance == "absent") t += "\nnot put forward here: a premise is dropped";
    else if (!n.acceptance.empty()) t += "\ngrounded: " + n.acceptance;
    if (n.dropped) t += "\ndropped in this scenario";
    if (n.inconsistent) t += "\nmember of an inconsistent set";
    return t;
}

std::string edge_attributes(Edge const& e, Map const& map) {
    std::string const& to = map.nodes[e.to].name;
    std::string const& from = map.nodes[e.from].name;
    switch (e.kind) {
    case EdgeKind::premise_of:
        return fmt::format("class=\"premise-of\", color=\"#616161\", tooltip={}",
                           quoted(from + " is a premise of " + to));
    case EdgeKind::concludes:
        return fmt::format("class=\"concludes\", color=\"#1565c0\", penwidth=1.6, tooltip={}",
                           quoted(from + " concludes " + to));
    case EdgeKind::supports:
    case EdgeKind::attacks: break;
    }
    bool const attack = e.kind == EdgeKind::attacks;
    std::string color = attack ? "#c62828" : "#2e7d32";
    std::string style = "solid";
    std::string const verdict = e.classification ? to_string(*e.classification) : "";
    std::string text = e.classification ? verdict : to_string(e.kind);
    if (!e.declared) {
        color = "#8e24aa";
        style = "dotted";
        text = "detected: " + verdict;
    } else if (e.flagged) {
        color = "#ef6c00";
        style = "dashed";
        text = std::string(to_string(e.kind)) + "?";
    }
    // The background is part of the verdict (`rebuts, given rain_wets`), so the label says it
    // as the text report does, not only the tooltip.
    for (std::size_t i = 0; i < e.given.size(); ++i) text += (i ? ", " : ", given ") + e.given[i];
    std::string tip = fmt::format("{} {} {}", from, to_string(e.kind), to);
    if (!e.note.empty()) tip += "\n" + e.note;
    // `xlabel`, not `label`: a labelled edge between two nodes of one rank (a "flat" edge,
    // which every relation edge can be, being constraint=false) makes Graphviz 2.42's
    // flat_edges grow the rank array under pointers it still holds; gvFreeLayout then frees
    // a stale block and the heap is corrupt (malloc_consolidate aborts, valgrind shows the
    // invalid free). External labels are placed after layout and never take that path.
    return fmt::format("class=\"{} {}{}\", color=\"{}\", fontcolor=\"{}\", style={}, penwidth=1.6, arrowhead={}, "
                       "xlabel={}, tooltip={}, constraint=false",
                       to_string(e.kind), e.declared ? "declared" : "detected", e.flagged ? " flagged" : "", color,
                       color, style, attack ? "tee" : "normal", label(text), quoted(tip));
}

// Connected components of the map, counted with union-find over its edges.
std::size_t components(Map const& map) {
    std::vector<std::size_t> parent(map.nodes.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    auto root = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    std::size_t count = map.nodes.size();
    for (auto const& e : map.edges) {
        auto a = root(e.from), b = root(e.to);
        if (a != b) {
            parent[a] = b;
            --count;
        }
    }
    return count;
}

// Separate debates side by side make a map too wide to read on a screen, and dot lays out
// one huge row slowly. Packing the components into a roughly square grid keeps each one's
// top-down flow and makes the whole about as tall as it is wide.
std::string packing(Map const& map) {
    auto const n = components(map);
    if (n < 2) return "";
    auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
    return fmt::format(", pack=true, packmode=\"array_c{}\"", columns);
}

}   // namespace

std::string to_dot(Map const& map) {
    std::string out;
    out.reserve(256 + map.nodes.size() * 300 + map.edges.size() * 160);
    out += "digraph \"elenchus\" {\n";
    out += fmt::format("  graph [rankdir=TB, fontname=\"DejaVu Sans\", fontsize=12, nodesep=0.3, ranksep=0.45, "
                       "bgcolor=\"white\", label={}, labelloc=t, tooltip={}{}];\n",
                       quoted(map.title), quoted(map.title), packing(map));
    out += "  node [fontname=\"DejaVu Sans\", fontsize=10, margin=\"0.12,0.06\"];\n";
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.8];\n";
    for (auto const& n : map.nodes) {
        auto s = style_of(n);
        std::string classes =
            fmt::format("{}{}{}{}{}{}", to_string(n.kind), n.status == NodeStatus::none ? "" : " ", to_string(n.status),
                        n.inconsistent ? " inconsistent" : "", n.dropped ? " dropped" : "",
                        n.acceptance.empty() ? "" : " grounded-" + n.acceptance);
        out += fmt::format("  {} [id={}, class={}, shape={}, style={}, fillcolor=\"{}\", color=\"{}\", penwidth={}, "
                           "fontcolor=\"{}\", label={}, tooltip={}];\n",
                           quoted(n.name), quoted("node-" + n.name), quoted(classes), s.shape, quoted(s.style), s.fill,
                           s.color, s.penwidth, s.fontcolor, label(n.label), quoted(tooltip(n)));
    }
    for (auto const& e : map.edges)
        out += fmt::format("  {} -> {} [{}];\n", quoted(map.nodes[e.from].name), quoted(map.nodes[e.to].name),
                           edge_attributes(e, map));
    out += "}\n";
    return out;
}

}   // namespace elenchus::map
