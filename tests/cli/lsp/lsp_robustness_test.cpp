// The language server never crashes, hangs or answers out of bounds on any text: the
// parser's mutation corpus (tests/support/mutants.hpp) is replayed through it as edits of
// one open document, with every request asked at a few positions of each version.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "cli/lsp/lsp_client.hpp"
#include "cli/lsp/text_position.hpp"
#include "support/mutants.hpp"

namespace elenchus {
namespace {

using nlohmann::json;

// Every range a reply or a diagnostic carries lies inside the document.
void expect_in_bounds(json const& j, std::size_t line_count, std::string const& what) {
    if (j.is_object()) {
        if (j.contains("line") && j.contains("character") && j["line"].is_number()) {
            EXPECT_LT(j["line"].get<std::size_t>(), line_count) << what;
        }
        for (auto const& [key, value] : j.items()) expect_in_bounds(value, line_count, what);
    } else if (j.is_array()) {
        for (auto const& v : j) expect_in_bounds(v, line_count, what);
    }
}

TEST(LspRobustness, MutantsThroughEveryRequest) {
    std::string const uri = "file:///mutant.arg";
    lsp::CheckSettings settings;
    settings.debounce = std::chrono::milliseconds(5);
    settings.timeout = std::chrono::milliseconds(2000);
    settings.query_timeout = std::chrono::milliseconds(500);
    test::LspClient client(settings);
    client.initialize();
    client.open(uri, "");
    auto texts = test::corpus();
    int version = 1;
    std::size_t answered = 0;
    for (std::size_t f = 0; f < texts.size(); ++f) {
        std::mt19937 rng(static_cast<std::mt19937::result_type>(7000 + f));
        for (int m = 0; m < 20; ++m) {
            std::string const text = m == 0 ? texts[f] : test::mutate(texts[f], rng);
            std::string const what = "file " + std::to_string(f) + " mutant " + std::to_string(m);
            client.change(uri, text, ++version);
            std::size_t const lines = lsp::LineIndex(text).line_count();
            // A handful of positions: the start, the middle of the text, past its end.
            for (int line : {0, static_cast<int>(lines / 2), static_cast<int>(lines) + 3}) {
                for (int character : {0, 7, 1000}) {
                    for (char const* method : {"textDocument/hover", "textDocument/definition",
                                               "textDocument/references", "textDocument/prepareRename"}) {
                        json reply = client.at(method, uri, line, character);
                        ASSERT_TRUE(reply.contains("result") || reply.contains("error")) << what << " " << method;
                        expect_in_bounds(reply, lines, what);
                        ++answered;
                    }
                    json renamed = client.at("textDocument/rename", uri, line, character, {{"newName", "renamed"}});
                    ASSERT_TRUE(renamed.contains("result") || renamed.contains("error")) << what;
                }
            }
            for (char const* method : {"textDocument/documentSymbol", "textDocument/formatting",
                                       "textDocument/completion", "textDocument/inlayHint"}) {
                json reply = client.request(method, {{"textDocument", {{"uri", uri}}}});
                ASSERT_TRUE(reply.contains("result") || reply.contains("error")) << what << " " << method;
                if (reply.contains("error")) {
                    EXPECT_NE(reply["error"]["code"], -32603) << what << reply.dump();
                }
                expect_in_bounds(reply, lines, what);
            }
            json published = client.last_published(uri);
            ASSERT_FALSE(published.is_null());
            if (published["version"] == version) expect_in_bounds(published, lines, what);
        }
    }
    client.wait_checked();
    EXPECT_GT(answered, 1000u);
    EXPECT_TRUE(client.request("shutdown", nullptr)["result"].is_null());
}

}   // namespace
}   // namespace elenchus
