// End to end in a real browser: `elenchus map --format html` on the article, opened in
// headless Chromium (Debian's `chromium`, installed by scripts/install-test-browser.sh where
// the tests run; skipped when absent). The page's own self-test (URL fragment #selftest)
// clicks the first claim node and records in the DOM what it saw; --dump-dom hands that back.
// A screenshot at 1280×800 is kept under the build folder (map-browser/).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
// GCC 12 warns falsely (-Wmaybe-uninitialized) inside <regex> in the sanitize build.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop

#include <nlohmann/json.hpp>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::run;

namespace {

std::string browser() {
    auto r = run("command -v chromium || command -v chromium-browser");
    if (r.exit_code != 0) return "";
    auto path = r.out.substr(0, r.out.find('\n'));
    return path;
}

fs::path output_dir() {
    auto dir = fs::path(ELENCHUS_BINARY).parent_path().parent_path() / "map-browser";
    fs::create_directories(dir);
    return dir;
}

// Flags for a browser that touches nothing but the page: no sandbox (containers), no GPU,
// no background traffic, and a profile of its own that is thrown away.
std::string chromium(std::string const& exe, fs::path const& profile, std::string const& rest) {
    return "timeout 120 '" + exe +
           "' --headless --no-sandbox --disable-gpu --disable-background-networking "
           "--disable-component-update --disable-sync --no-first-run --no-default-browser-check "
           "--user-data-dir='" +
           profile.string() + "' --window-size=1280,800 " + rest;
}

std::string attribute(std::string const& element, std::string const& name) {
    std::smatch m;
    if (std::regex_search(element, m, std::regex(name + "=\"([^\"]*)\""))) return m[1];
    return "";
}

class MapInBrowser : public testing::Test {
protected:
    void SetUp() override {
        exe_ = browser();
        if (exe_.empty()) GTEST_SKIP() << "no chromium; scripts/install-test-browser.sh installs it";
        dir_ = output_dir();
        // One page per test: ctest may run the tests of this file at the same time.
        page_ = dir_ / (std::string("azerbaijan-nato-") +
                        testing::UnitTest::GetInstance()->current_test_info()->name() + ".html");
        fs::remove(page_);
        auto r =
            run(elenchus::test::elenchus("map examples/azerbaijan-nato.arg --format html -o '" + page_.string() + "'"));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        ASSERT_TRUE(fs::exists(page_));
    }

    fs::path profile(std::string const& name) {
        auto p = dir_ / ("profile-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(p);
        return p;
    }

    std::string exe_;
    fs::path dir_;
    fs::path page_;
};

TEST_F(MapInBrowser, LoadsCleanlyShowsTheMapAndAClickShowsTheExplanation) {
    auto prof = profile("dom");
    auto r =
        run(chromium(exe_, prof, "--enable-logging=stderr --v=0 --dump-dom 'file://" + page_.string() + "#selftest'"));
    fs::remove_all(prof);
    ASSERT_EQ(r.exit_code, 0) << r.err;

    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("<div id=\"selftest-result\"[^>]*>([^<]*)")))
        << "the page's script did not run to the end:\n"
        << r.err;
    std::string const element = m[0];
    EXPECT_EQ(attribute(element, "data-map"), "visible") << element;
    EXPECT_NE(attribute(element, "data-clicked"), "none") << element;
    EXPECT_NE(attribute(element, "data-clicked"), "") << element;
    EXPECT_EQ(attribute(element, "data-explanation"), "shown") << element;
    EXPECT_EQ(attribute(element, "data-overlaps"), "0") << "labels overlap at 1280×800: " << element;
    EXPECT_EQ(attribute(element, "data-errors"), "0") << element;
    // The article's two arguments that attack each other give it labellings to choose from.
    EXPECT_EQ(attribute(element, "data-semantics"), "recoloured") << element;
    EXPECT_EQ(attribute(element, "data-result"), "pass") << element;

    // Chromium logs every console message of the page as INFO:CONSOLE; a clean page has none.
    std::regex console(R"(:CONSOLE[^\n]*)");
    for (auto it = std::sregex_iterator(r.err.begin(), r.err.end(), console); it != std::sregex_iterator(); ++it)
        ADD_FAILURE() << "console message: " << it->str();
}

// The text between `open` (after `from`) and the next `close`, or nullopt. The page is read
// with plain searches rather than std::regex: libstdc++'s regex matcher recurses once per
// character matched, and the page's data (tens of KB of JSON in one match) overflowed the
// stack under AddressSanitizer's larger frames.
std::optional<std::string> between(std::string const& text, std::string const& open, std::string const& close,
                                   std::size_t from = 0, std::size_t* end = nullptr) {
    auto start = text.find(open, from);
    if (start == std::string::npos) return std::nullopt;
    start += open.size();
    auto stop = text.find(close, start);
    if (stop == std::string::npos) return std::nullopt;
    if (end) *end = stop + close.size();
    return text.substr(start, stop - start);
}

// The arguments table's label column, read from the page as the browser left it: argument
// name → label, and the column's heading.
std::map<std::string, std::string> table_labels(std::string const& html, std::string& heading) {
    std::size_t at = 0;
    auto th = html.find("<th id=\"label-heading\"");
    heading = th == std::string::npos ? std::string() : between(html, ">", "</th>", th).value_or("");
    std::map<std::string, std::string> out;
    std::string const row_open = "<tr class=\"argument-row";
    while ((at = html.find(row_open, at)) != std::string::npos) {
        auto row_end = html.find("</tr>", at);
        auto row = html.substr(at, row_end == std::string::npos ? std::string::npos : row_end - at);
        at += row_open.size();
        auto name = between(row, "data-name=\"", "\"");
        std::size_t after_class = 0;
        auto colour = between(row, "<td class=\"label-cell\"><span class=\"status label-", "\"", 0, &after_class);
        auto text = colour ? between(row, ">", "</span>", after_class) : std::nullopt;
        if (!name || !colour || !text) {
            ADD_FAILURE() << "an argument row without a name or a label cell: " << row;
            continue;
        }
        EXPECT_EQ(*colour, *text) << "the cell's colour class and its text disagree: " << row;
        out[*name] = *text;
    }
    return out;
}

// The self-test chooses the last labelling in the selector; the arguments table must follow
// it. Expected: the labelling in the page's data (what the map is recoloured by), and, by
// Dung's definitions, for the article's two arguments that attack each other
// (collective_defence, regional_risk): undecided in the grounded labelling, and in a stable
// extension one in and the other out.
TEST_F(MapInBrowser, ArgumentsTableFollowsTheChosenSemantics) {
    std::string heading;
    auto const before = table_labels(elenchus::test::read_text(page_), heading);
    EXPECT_EQ(heading, "grounded");
    EXPECT_EQ(before.at("collective_defence"), "undec");
    EXPECT_EQ(before.at("regional_risk"), "undec");

    auto prof = profile("table");
    auto r = run(chromium(exe_, prof, "--dump-dom 'file://" + page_.string() + "#selftest'"));
    fs::remove_all(prof);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto const json = between(r.out, "id=\"elenchus-data\">", "</script>");
    ASSERT_TRUE(json) << "no page data in the DOM the browser left";
    auto const data = nlohmann::json::parse(*json);
    ASSERT_FALSE(data["acceptance"].empty());
    auto const& last = data["acceptance"].back();
    EXPECT_EQ(last["semantics"], "stable");

    auto const after = table_labels(r.out, heading);
    std::string const title = last["title"];
    EXPECT_EQ(heading, title.substr(0, title.find(':'))) << "the heading names the labelling chosen";
    EXPECT_EQ(heading.rfind("stable", 0), 0u) << heading;
    ASSERT_EQ(after.size(), before.size());
    for (auto const& [name, label] : last["labels"].items()) EXPECT_EQ(after.at(name), label) << name;
    EXPECT_EQ((std::set<std::string>{after.at("collective_defence"), after.at("regional_risk")}),
              (std::set<std::string>{"in", "out"}));
}

TEST_F(MapInBrowser, ScreenshotAt1280x800IsKept) {
    auto shot = dir_ / "azerbaijan-nato.png";
    fs::remove(shot);
    auto prof = profile("shot");
    auto r = run(chromium(exe_, prof, "--screenshot='" + shot.string() + "' 'file://" + page_.string() + "'"));
    fs::remove_all(prof);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(fs::exists(shot)) << r.err;
    auto png = elenchus::test::read_text(shot);
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    // IHDR: width and height, big-endian, at bytes 16..23.
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 1280);
    EXPECT_EQ(be32(20), 800);
    EXPECT_GT(png.size(), 20000u) << "an empty page would compress to far less";
}

}   // namespace
