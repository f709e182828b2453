// A Graphviz layout plugin that fails on purpose, for map_failure_test: installed in a
// plugin directory of its own (GVBINDIR, Graphviz's own setting) in place of the real dot
// layout, it aborts, crashes, exits or hangs as ELENCHUS_TEST_GRAPHVIZ_FAILURE says, the way a
// defect inside Graphviz would. Never built into the program.
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_layout.h>

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace {

void fail(graph_t*) {
    char const* how = std::getenv("ELENCHUS_TEST_GRAPHVIZ_FAILURE");
    if (how && !std::strcmp(how, "segv")) std::raise(SIGSEGV);
    if (how && !std::strcmp(how, "exit")) std::exit(1);   // as Graphviz does when out of memory
    if (how && !std::strcmp(how, "hang"))                 // a layout that never ends
        for (;;) ::pause();
    std::abort();
}

void cleanup(graph_t*) {}

gvlayout_engine_t engine = {fail, cleanup};
gvlayout_features_t features = {0};
gvplugin_installed_t layouts[] = {{0, "dot", 0, &engine, &features}, {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t apis[] = {{API_layout, layouts}, {static_cast<api_t>(0), nullptr}};

}   // namespace

extern "C" {
gvplugin_library_t gvplugin_failing_LTX_library = {const_cast<char*>("failing"), apis};
}
