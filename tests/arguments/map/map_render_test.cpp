// Every map draws: SVG, PNG and HTML for every example, every test file that checks without
// input errors and a set of generated shapes (mutual attacks, self-attacks, attack cycles,
// supports into attacked arguments, one argument attacking many, many separate debates).
// CI runs this under AddressSanitizer; the judges are independent of Graphviz: expat parses
// the SVG (and every node and edge of the map must be in it), the PNG must be a PNG from
// signature to IEND, and the HTML page must hold that SVG and its script.
#include <expat.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "arguments/map/render.hpp"
#include "arguments/verdicts/relations.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace fs = std::filesystem;

namespace {

struct Input {
    std::string name;
    std::string text;
};

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// n arguments a0..a(n-1), each concluding its own claim from its own premise.
std::string arguments(int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += "predicate c" + std::to_string(i) + "\n";
    for (int i = 0; i < n; ++i) {
        auto k = std::to_string(i);
        text += "premise p" + k + ": c" + k + "\nclaim k" + k + ": c" + k + "\n";
        text += "argument a" + k + " \"Argument " + k + "\" from p" + k + " therefore k" + k + "\n";
    }
    return text;
}

std::string relation(int from, char const* kind, int to) {
    return "a" + std::to_string(from) + " " + kind + " a" + std::to_string(to) + "\n";
}

std::vector<Input> shapes() {
    std::vector<Input> out;
    out.push_back({"mutual attacks", arguments(2) + relation(0, "attacks", 1) + relation(1, "attacks", 0)});
    out.push_back({"self-attacks", arguments(3) + relation(0, "attacks", 0) + relation(1, "attacks", 1) +
                                       relation(1, "supports", 1) + relation(2, "attacks", 1)});
    std::string cycles = arguments(7);
    for (int i = 0; i < 3; ++i) cycles += relation(i, "attacks", (i + 1) % 3);
    for (int i = 3; i < 7; ++i) cycles += relation(i, "attacks", 3 + (i - 2) % 4);
    out.push_back({"attack cycles", cycles});
    out.push_back({"supports into attacked", arguments(5) + relation(0, "supports", 1) + relation(2, "attacks", 1) +
                                                 relation(3, "supports", 2) + relation(4, "attacks", 0) +
                                                 relation(1, "attacks", 2)});
    std::string many = arguments(13);
    for (int i = 1; i < 13; ++i) many += relation(0, "attacks", i);
    out.push_back({"one attacks many", many});
    // Sixty separate debates of two arguments each, attacking one another: the packed layout.
    std::string debates = arguments(120);
    for (int i = 0; i < 120; i += 2) debates += relation(i, "attacks", i + 1) + relation(i + 1, "attacks", i);
    out.push_back({"many separate debates", debates});
    return out;
}

// The examples, every test file that checks without input errors, then the shapes.
std::vector<Input> inputs() {
    std::vector<fs::path> files;
    for (auto const& e : fs::directory_iterator(ELENCHUS_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".arg") files.push_back(e.path());
    for (auto const& e : fs::recursive_directory_iterator(ELENCHUS_SOURCE_DIR "/tests"))
        if (e.path().extension() == ".arg") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Input> out;
    for (auto const& f : files) out.push_back({fs::relative(f, ELENCHUS_SOURCE_DIR).string(), read(f)});
    for (auto& s : shapes()) out.push_back(std::move(s));
    return out;
}

struct Drawn {
    std::unique_ptr<elenchus::SourceFile> source;
    std::optional<elenchus::logic::Theory> theory;
    elenchus::map::Map map;
};

// As `elenchus map` draws it: checked, relations judged. Queries are capped at 2 s: an
// undecided status draws as well as a decided one.
Drawn draw(Input const& input) {
    Drawn d;
    d.source = std::make_unique<elenchus::SourceFile>(input.name, input.text);
    elenchus::Diagnostics diagnostics;
    auto file = elenchus::parse(*d.source, diagnostics);
    if (diagnostics.has_errors()) return d;
    auto theory = elenchus::check(file, diagnostics);
    if (diagnostics.has_errors()) return d;
    d.theory = std::move(theory);
    elenchus::CheckOptions options;
    options.limits.timeout_ms = 2000;
    elenchus::solver::Session session(*d.theory, options.limits);
    auto report = elenchus::check_theory(session, options);
    auto relations = elenchus::check_relations(session, *d.theory, d.theory->baseline());
    d.map = elenchus::map::build_map(*d.theory, report, relations, input.name);
    return d;
}

// What expat saw in an SVG: the ids and classes of its groups.
struct SvgContents {
    std::set<std::string> ids;
    std::size_t edges = 0;
    bool root_is_svg = false;
    int depth = 0;
};

void on_start(void* user, XML_Char const* name, XML_Char const** attributes) {
    auto& s = *static_cast<SvgContents*>(user);
    if (s.depth++ == 0) s.root_is_svg = std::strcmp(name, "svg") == 0;
    if (std::strcmp(name, "g") != 0) return;
    for (auto a = attributes; *a; a += 2) {
        if (!std::strcmp(a[0], "id")) s.ids.insert(a[1]);
        if (!std::strcmp(a[0], "class") && !std::strncmp(a[1], "edge", 4)) ++s.edges;
    }
}

void on_end(void* user, XML_Char const*) { --static_cast<SvgContents*>(user)->depth; }

// Parses `svg` with expat; empty `why` when it is well-formed XML.
SvgContents parse_svg(std::string const& svg, std::string& why) {
    SvgContents s;
    XML_Parser parser = XML_ParserCreate(nullptr);
    XML_SetUserData(parser, &s);
    XML_SetElementHandler(parser, on_start, on_end);
    if (XML_Parse(parser, svg.data(), static_cast<int>(svg.size()), 1) == XML_STATUS_ERROR)
        why = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
              std::to_string(XML_GetCurrentLineNumber(parser));
    XML_ParserFree(parser);
    return s;
}

// A PNG from its signature through IHDR (non-zero size) to the IEND chunk that ends it.
bool is_png(std::string const& data) {
    static constexpr unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (data.size() < 8 + 25 + 12 || std::memcmp(data.data(), signature, 8) != 0) return false;
    if (data.compare(12, 4, "IHDR") != 0) return false;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(data[i]); };
    bool const sized =
        (byte(16) | byte(17) | byte(18) | byte(19)) != 0 && (byte(20) | byte(21) | byte(22) | byte(23)) != 0;
    return sized && data.compare(data.size() - 8, 4, "IEND") == 0;
}

}   // namespace

TEST(MapRender, EveryExampleTestFileAndShapeDrawsAsSvgPngAndHtml) {
    auto const started = std::chrono::steady_clock::now();
    std::size_t drawn = 0, skipped = 0;
    for (auto const& input : inputs()) {
        SCOPED_TRACE(input.name);
        auto d = draw(input);
        if (!d.theory) {   // a test file of input errors: `map` refuses it with exit 2
            ++skipped;
            continue;
        }
        ++drawn;
        auto const dot = elenchus::map::to_dot(d.map);
        auto svg = elenchus::map::render_graphviz(dot, "svg");
        ASSERT_TRUE(svg.error.empty()) << svg.error;
        std::string why;
        auto contents = parse_svg(svg.data, why);
        EXPECT_TRUE(why.empty()) << why;
        EXPECT_TRUE(contents.root_is_svg);
        for (auto const& n : d.map.nodes) EXPECT_TRUE(contents.ids.count("node-" + n.name)) << n.name;
        EXPECT_EQ(contents.edges, d.map.edges.size());

        auto png = elenchus::map::render_graphviz(dot, "png");
        ASSERT_TRUE(png.error.empty()) << png.error;
        EXPECT_TRUE(is_png(png.data)) << png.data.size() << " bytes";

        auto html = elenchus::map::to_html(d.map, svg.data);
        EXPECT_NE(html.find(svg.data.substr(svg.data.find("<svg"))), std::string::npos);
        EXPECT_NE(html.find("<script>"), std::string::npos);
        EXPECT_NE(html.find("</html>"), std::string::npos);
    }
    // Every example and the shapes draw; the test files of input errors are the rest.
    EXPECT_GE(drawn, 4u + shapes().size());
    auto const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "drew " << drawn << " maps three ways (" << skipped << " files of input errors skipped) in " << seconds
              << " s\n";
}
