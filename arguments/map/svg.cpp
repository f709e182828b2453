// Layout and rendering with Graphviz's libraries (in render_graphviz's child process, isolated.cpp): the DOT text is
// read by cgraph, laid out by the dot engine and rendered by a gvc plugin into memory. One context serves the whole
// process, since loading the plugins is the slow part of making one.
#include <cstdlib>
#include <memory>
#include <mutex>

#include "arguments/map/graphviz.hpp"

namespace elenchus::map {
namespace {

// Graphviz reports errors through a global callback; libraries never print, so they are
// collected here and returned with the result.
std::string& graphviz_messages() {
    static std::string messages;
    return messages;
}

int collect_message(char* text) {
    graphviz_messages() += text;
    return 0;
}

// What Graphviz reported, on one line, to follow an error.
std::string said() {
    std::string text = graphviz_messages();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    for (auto& c : text)
        if (c == '\n') c = ' ';
    return text.empty() ? "" : ": " + text;
}

std::mutex& graphviz_lock() {
    static std::mutex m;
    return m;
}

GVC_t* context() {
    static GVC_t* gvc = [] {
        agseterrf(collect_message);
        return gvContext();
    }();
    return gvc;
}

struct GraphDeleter {
    void operator()(Agraph_t* g) const { agclose(g); }
};

}   // namespace

bool can_render(std::string const& format) {
    std::lock_guard lock(graphviz_lock());
    int count = 0;
    bool found = false;
    // Output formats are "device" plugins (png comes from cairo, svg from the core plugin).
    char** list = gvPluginList(context(), "device", &count, nullptr);
    for (int i = 0; i < count; ++i) {
        if (format == list[i]) found = true;
        std::free(list[i]);
    }
    std::free(list);
    return found;
}

namespace graphviz {

Rendered render_here(std::string const& dot, std::string const& format) {
    std::lock_guard lock(graphviz_lock());
    Rendered r;
    GVC_t* gvc = context();
    graphviz_messages().clear();
    agreseterrors();
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
    if (!graph) {
        r.error = "it could not read the map's DOT text" + said();
        return r;
    }
    if (auto problem = lay_out(gvc, graph.get()); !problem.empty()) {
        r.error = problem + said();
        return r;
    }
    char* data = nullptr;
    unsigned int length = 0;
    int const failed = gvRenderData(gvc, graph.get(), format.c_str(), &data, &length);
    if (failed == 0 && data) r.data.assign(data, length);
    else r.error = "it could not render " + format + said();
    if (data) gvFreeRenderData(data);
    // Freed although the child ends right after: Graphviz's invalid frees (the 2.42 flat-edge
    // defect freed a stale block here) must surface as an abort that map_render_test sees
    // under AddressSanitizer, not go unnoticed; it costs about an eighth of the 10k map's time.
    gvFreeLayout(gvc, graph.get());
    return r;
}

}   // namespace graphviz

}   // namespace elenchus::map
