// Drawing a Map: Graphviz DOT text, then SVG or PNG laid out (in a child process) by Graphviz's own
// libraries (cgraph + gvc, never the `dot` program), and a self-contained HTML page.
#pragma once

#include <chrono>
#include <map>
#include <string>

#include "arguments/map/model.hpp"

namespace elenchus::map {

// The map in the DOT language. Premises flow down towards what they support (rankdir=TB);
// labels are `means` wrapped at about 28 characters; each node's tooltip and SVG <title>
// carry its name. Node classes (`class="claim follows"`) and ids (`node-NAME`) let the HTML
// page find them again.
std::string to_dot(Map const& map);

struct Rendered {
    std::string data;    // the image, when `error` is empty
    std::string error;   // how Graphviz failed ("it could not ...", "its process was killed by signal 11 ...")
};

// Lays `dot` out with Graphviz's dot engine and renders it as `format` ("svg" or "png"). The
// work runs in a child process, so that a crash or abort inside Graphviz comes back as an
// error, never as a signal to the caller. A map of several connected components is laid out
// one component at a time and packed (graphviz.hpp says why). A layout still running at
// `deadline` (the run's --timeout) is stopped (SIGKILL) and reported as an error: a defect
// that loops inside Graphviz must not hang the program.
Rendered render_graphviz(std::string const& dot, std::string const& format,
                         std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max());

// Which image formats Graphviz can render here (asks the loaded plugins).
bool can_render(std::string const& format);

// One self-contained page: the map (`svg`, inline), the claims table, each claim's details
// (status, support set with unstated assumptions marked, explanation when given) shown when
// its node or row is clicked, the relation verdicts and every scenario's statuses. No
// network access: styles and script are inline. `explanations`: claim name → text.
std::string to_html(Map const& map, std::string const& svg,
                    std::map<std::string, std::string> const& explanations = {});

}   // namespace elenchus::map
