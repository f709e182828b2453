// Inside the map library: the Graphviz work itself, which render_graphviz (render.hpp) runs
// in a child process. Only the map's own sources include this header (it names Graphviz types).
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>

#include "arguments/map/render.hpp"

namespace elenchus::map::graphviz {

// Lays `dot` out and renders it as `format` in this process. A defect inside Graphviz can
// take the process down with it; render_graphviz is the caller that survives that.
Rendered render_here(std::string const& dot, std::string const& format);

// Lays `graph` out with the dot engine, ready to render. A map of several connected components
// is laid out one component at a time, the pieces packed as the graph's `pack` and `packmode`
// attributes ask, and the positions rendered through the nop2 engine (Graphviz's own `neato
// -n2`): dot's built-in packing keeps the components as subgraphs of one graph and its
// bookkeeping is quadratic in their number (most of the time of the 10,000-statement map). Empty on
// success, else what Graphviz said.
std::string lay_out(GVC_t* gvc, Agraph_t* graph);

}   // namespace elenchus::map::graphviz
