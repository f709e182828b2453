// The language server at the protocol level: framed JSON in, replies and notifications out,
// in-process (tests/cli/lsp/lsp_client.hpp). Verdicts are checked against answers worked
// out independently (truth tables by enumeration in the test).
#include <algorithm>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "cli/lsp/lsp_client.hpp"
#include "cli/lsp/text_position.hpp"
#include "cli/lsp/transport.hpp"

namespace elenchus {
namespace {

using nlohmann::json;
using test::LspClient;

std::string const uri = "file:///tmp/t.arg";

// ---- framing and positions -----------------------------------------------------------

TEST(LspTransport, ReadsFramesWithAnyHeaderOrderAndCase) {
    std::istringstream in("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}"
                          "Content-Length: 7\r\n\r\n[1,2,3]");
    auto a = lsp::read_frame(in);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->body, "{}");
    auto b = lsp::read_frame(in);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->body, "[1,2,3]");
    EXPECT_FALSE(lsp::read_frame(in));
}

TEST(LspTransport, BadHeaderIsAnErrorAndTruncationEndsTheStream) {
    std::istringstream bad("Content-Length: x\r\n\r\nContent-Length: 2\r\n\r\n{}");
    auto a = lsp::read_frame(bad);
    ASSERT_TRUE(a);
    EXPECT_FALSE(a->error.empty());
    auto b = lsp::read_frame(bad);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->body, "{}");
    std::istringstream cut("Content-Length: 10\r\n\r\n{}");
    EXPECT_FALSE(lsp::read_frame(cut));
}

TEST(LspPositions, ColumnsAreUtf16CodeUnits) {
    // é is 2 bytes and 1 unit, € 3 bytes and 1 unit, 😀 4 bytes and 2 units (a surrogate pair).
    std::string const text = "a\r\né€😀x\rz\n";
    lsp::LineIndex lines(text);
    auto x = lines.position(static_cast<std::uint32_t>(text.find('x')));
    EXPECT_EQ(x.line, 1u);
    EXPECT_EQ(x.character, 4u);   // é(1) €(1) 😀(2)
    auto z = lines.position(static_cast<std::uint32_t>(text.find('z')));
    EXPECT_EQ(z.line, 2u);   // a lone CR ends a line
    EXPECT_EQ(z.character, 0u);
    EXPECT_EQ(lines.offset({1, 4}), text.find('x'));
    EXPECT_EQ(lines.offset({1, 99}), text.find('\r', 3));   // past the end: the line's end
    EXPECT_EQ(lines.offset({9, 0}), text.size());
    // Every byte offset that starts a code point maps to a position and back.
    for (std::uint32_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (i > 0 && i < text.size() && text[i] == '\n' && text[i - 1] == '\r') continue;   // inside a CRLF
        EXPECT_EQ(lines.offset(lines.position(i)), i) << i;
    }
}

// ---- lifecycle -------------------------------------------------------------------------

TEST(LspLifecycle, InitializeAnnouncesTheFeatures) {
    LspClient client;
    json before = client.request("textDocument/hover", json::object());
    EXPECT_EQ(before["error"]["code"], -32002);   // ServerNotInitialized
    json reply = client.initialize();
    auto const& caps = reply["result"]["capabilities"];
    EXPECT_EQ(caps["positionEncoding"], "utf-16");
    EXPECT_EQ(caps["textDocumentSync"]["change"], 1);
    for (char const* feature :
         {"hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "renameProvider",
          "documentFormattingProvider", "completionProvider", "inlayHintProvider"})
        EXPECT_TRUE(caps.contains(feature)) << feature;
    EXPECT_EQ(reply["result"]["serverInfo"]["name"], "elenchus");
}

TEST(LspLifecycle, ErrorsForBadMessagesAndUnknownMethods) {
    LspClient client;
    client.initialize();
    client.server().handle("{not json");
    auto ms = client.messages();
    EXPECT_EQ(ms.back()["error"]["code"], -32700);
    EXPECT_TRUE(ms.back()["id"].is_null());
    EXPECT_EQ(client.request("textDocument/nope", json::object())["error"]["code"], -32601);
    EXPECT_EQ(client.request("textDocument/hover", {{"textDocument", {{"uri", "file:///not-open"}}},
                                                    {"position", {{"line", 0}, {"character", 0}}}})["error"]["code"],
              -32803);
    EXPECT_EQ(client.request("textDocument/hover", {{"textDocument", 5}})["error"]["code"], -32602);
    client.notify("textDocument/didOpen", {{"textDocument", "garbage"}});   // ignored, no reply
    client.server().handle("[]");
    EXPECT_EQ(client.messages().back()["error"]["code"], -32600);
}

std::string frame(json const& message) {
    std::string body = message.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

TEST(LspLifecycle, ShutdownThenExitIsZeroExitAloneIsOne) {
    std::ostringstream out;
    std::istringstream in(frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}}) +
                          "Content-Length: 3\r\n\r\n{x}" +   // not JSON: answered, and reading goes on
                          frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                          frame({{"jsonrpc", "2.0"}, {"method", "exit"}}) +
                          frame({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "shutdown"}}));   // never read
    EXPECT_EQ(lsp::serve(in, out, LspClient::fast()), 0);
    EXPECT_NE(out.str().find("\"error\":{\"code\":-32700"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("{\"id\":2,\"jsonrpc\":\"2.0\",\"result\":null}"), std::string::npos) << out.str();
    EXPECT_EQ(out.str().find("\"id\":3"), std::string::npos) << out.str();
    std::istringstream exit_only(frame({{"jsonrpc", "2.0"}, {"method", "exit"}}));
    EXPECT_EQ(lsp::serve(exit_only, out, LspClient::fast()), 1);
    std::istringstream ended("");
    EXPECT_EQ(lsp::serve(ended, out, LspClient::fast()), 1);
}

TEST(LspLifecycle, RequestsAfterShutdownAreRefused) {
    LspClient client;
    client.initialize();
    EXPECT_TRUE(client.request("shutdown", nullptr)["result"].is_null());
    EXPECT_EQ(client.request("textDocument/completion", json::object())["error"]["code"], -32600);
    EXPECT_FALSE(client.notify("exit", nullptr));
}

// ---- diagnostics -----------------------------------------------------------------------

TEST(LspDiagnostics, FrontEndErrorsAtOnceWithUtf16Columns) {
    LspClient client(lsp::CheckSettings{std::chrono::hours(1)});   // no check while we look
    client.initialize();
    // `nosuch` starts after "😀é" on its line: byte column 36, code point column 30, UTF-16 31.
    std::string const text = "predicate q\npremise p: q means \"😀é\" cites nosuch\n";
    client.open(uri, text);
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 1u);
    EXPECT_EQ(published[0]["version"], 1);
    auto const& ds = published[0]["diagnostics"];
    auto it = std::find_if(ds.begin(), ds.end(), [](json const& d) { return d["severity"] == 1; });
    ASSERT_NE(it, ds.end()) << ds.dump();
    EXPECT_NE((*it)["message"].get<std::string>().find("nosuch"), std::string::npos);
    EXPECT_EQ((*it)["range"]["start"], json({{"line", 1}, {"character", 31}}));
    EXPECT_EQ((*it)["range"]["end"], json({{"line", 1}, {"character", 37}}));
}

// The truth of a formula over the valuations of (a, b), to decide claims independently.
using Formula = std::function<bool(bool, bool)>;
std::string status(std::vector<Formula> const& premises, Formula const& claim) {
    bool holds = false, fails = false;
    for (int v = 0; v < 4; ++v) {
        bool a = v & 1, b = v & 2;
        if (!std::all_of(premises.begin(), premises.end(), [&](Formula const& f) { return f(a, b); })) continue;
        (claim(a, b) ? holds : fails) = true;
    }
    return holds && fails ? "open" : holds ? "follows" : "refuted";
}

json with_code(json const& diagnostics, std::string const& code) {
    json out = json::array();
    for (auto const& d : diagnostics)
        if (d.value("code", "") == code) out.push_back(d);
    return out;
}

TEST(LspDiagnostics, MinimalInconsistentSetOnEachMemberWithTheOthersRelated) {
    LspClient client;
    client.initialize();
    // Lines 1, 2, 3: {p1, p2} is the one minimal inconsistent set (rain and not rain); p3 is a
    // tautology and in no such set.
    client.open(uri, "predicate rain\npremise p1: rain\npremise p2: not rain\npremise p3: rain or not rain\n");
    client.wait_checked();
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 2u);   // the front end's at once, then with the verdicts
    json sets = with_code(published[1]["diagnostics"], "inconsistent-set");
    ASSERT_EQ(sets.size(), 2u) << published[1].dump();
    EXPECT_EQ(sets[0]["range"]["start"]["line"], 1);
    EXPECT_EQ(sets[1]["range"]["start"]["line"], 2);
    EXPECT_EQ(sets[0]["relatedInformation"].size(), 1u);
    EXPECT_EQ(sets[0]["relatedInformation"][0]["location"]["range"]["start"], json({{"line", 2}, {"character", 8}}));
    EXPECT_EQ(sets[1]["relatedInformation"][0]["location"]["range"]["start"], json({{"line", 1}, {"character", 8}}));
    EXPECT_EQ(sets[0]["relatedInformation"][0]["location"]["uri"], uri);
}

std::string const claims_text = "predicate a\n"                          // 0
                                "predicate b\n"                          // 1
                                "premise pa: a\n"                        // 2
                                "claim ca: a\n"                          // 3
                                "claim cb: b\n"                          // 4
                                "claim cn: not a\n"                      // 5
                                "argument good from pa therefore ca\n"   // 6
                                "argument bad from pa therefore cb\n"    // 7
                                "argument circ from cb therefore cb\n"   // 8
                                "good attacks bad\n";                    // 9

TEST(LspDiagnostics, ClaimsArgumentsAndRelations) {
    Formula const pa = [](bool a, bool) { return a; };
    ASSERT_EQ(status({pa}, [](bool a, bool) { return a; }), "follows");
    ASSERT_EQ(status({pa}, [](bool, bool b) { return b; }), "open");
    ASSERT_EQ(status({pa}, [](bool a, bool) { return !a; }), "refuted");
    // bad: a does not entail b (a valuation with a and not b); good's conclusion a and bad's
    // conclusion b hold together (a and b), so `good attacks bad` has no logical ground.
    ASSERT_EQ(status({pa}, [](bool, bool b) { return b; }), "open");

    LspClient client;
    client.initialize();
    client.open(uri, claims_text);
    client.wait_checked();
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 2u);
    json const& ds = published[1]["diagnostics"];
    auto line_of = [&](std::string const& code) {
        json found = with_code(ds, code);
        return found.size() == 1 ? found[0]["range"]["start"]["line"].get<int>() : -1;
    };
    EXPECT_EQ(line_of("claim-open"), 4);
    EXPECT_EQ(line_of("claim-refuted"), 5);
    EXPECT_NE(with_code(ds, "claim-refuted")[0]["message"].get<std::string>().find("{pa}"), std::string::npos);
    EXPECT_EQ(line_of("argument-invalid"), 7);
    // `good` restates its premise (pa: a, ca: a), so it is circular too (language.md §7).
    ASSERT_EQ(with_code(ds, "argument-circular").size(), 2u);
    EXPECT_EQ(with_code(ds, "argument-circular")[0]["range"]["start"]["line"].get<int>() +
                  with_code(ds, "argument-circular")[1]["range"]["start"]["line"].get<int>(),
              6 + 8);
    EXPECT_EQ(line_of("relation-flagged"), 9);
    EXPECT_EQ(with_code(ds, "inconsistent-set").size(), 0u);                          // pa alone is consistent
    for (auto const& d : ds) EXPECT_NE(d["range"]["start"]["line"], 3) << d.dump();   // ca follows: no problem
}

TEST(LspDiagnostics, ANewerVersionReplacesTheWaitingCheck) {
    LspClient client(lsp::CheckSettings{std::chrono::milliseconds(200)});
    client.initialize();
    client.open(uri, "predicate rain\npremise p1: rain\n");                              // version 1: consistent
    client.change(uri, "predicate rain\npremise p1: rain\npremise p2: not rain\n", 2);   // at once
    client.wait_checked();
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 3u);   // v1 and v2 front end, then v2's verdicts only
    EXPECT_EQ(published[0]["version"], 1);
    EXPECT_EQ(published[1]["version"], 2);
    EXPECT_EQ(published[2]["version"], 2);
    EXPECT_EQ(with_code(published[2]["diagnostics"], "inconsistent-set").size(), 2u);
}

TEST(LspDiagnostics, ANewerVersionCancelsTheRunningCheck) {
    // Nonlinear integer arithmetic keeps Z3 busy until a limit stops it (run_limits_test):
    // here a minute per query, so only the cancel can end version 1's check in time.
    lsp::CheckSettings settings;
    settings.debounce = std::chrono::milliseconds(0);
    settings.timeout = std::chrono::milliseconds(120'000);
    settings.query_timeout = std::chrono::milliseconds(60'000);
    LspClient client(settings);
    client.initialize();
    client.open(uri, "constant x: Int\nconstant y: Int\nconstant z: Int\n"
                     "premise p1: x > 1 and y > 1 and z > 1\npremise p2: x*x*x + y*y*y = z*z*z\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));   // the check is under way
    auto const start = std::chrono::steady_clock::now();
    client.change(uri, "predicate rain\npremise p1: rain\npremise p2: not rain\n", 2);
    client.wait_checked();
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 3u);   // v1 and v2 front end, then v2's verdicts; none of v1's
    EXPECT_EQ(published[2]["version"], 2);
    EXPECT_EQ(with_code(published[2]["diagnostics"], "inconsistent-set").size(), 2u);
}

TEST(LspDiagnostics, NoVerdictsForAFileWithErrorsAndCloseClears) {
    LspClient client;
    client.initialize();
    client.open(uri, "claim c: undeclared\n");
    client.wait_checked();
    auto published = client.published(uri);
    ASSERT_EQ(published.size(), 1u);
    EXPECT_FALSE(published[0]["diagnostics"].empty());
    client.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
    EXPECT_TRUE(client.published(uri).back()["diagnostics"].empty());
}

// ---- requests --------------------------------------------------------------------------

TEST(LspRequests, HoverShowsMeansCitesStatusAndSupport) {
    LspClient client;
    client.initialize();
    std::string const text = "source press \"The Press\"\n"
                             "predicate a \"it rains\"\n"
                             "premise pa: a means \"it rains\" cites press \"rain all day\"\n"
                             "claim ca: a\n";
    client.open(uri, text);
    client.wait_checked();
    std::string pa = client.at("textDocument/hover", uri, 2, 9)["result"]["contents"]["value"];
    EXPECT_NE(pa.find("*means:* it rains"), std::string::npos) << pa;
    EXPECT_NE(pa.find("“rain all day”"), std::string::npos) << pa;
    std::string ca = client.at("textDocument/hover", uri, 3, 7)["result"]["contents"]["value"];
    EXPECT_NE(ca.find("**status:** follows; minimal support `{pa}`"), std::string::npos) << ca;
    std::string a = client.at("textDocument/hover", uri, 3, 10)["result"]["contents"]["value"];
    EXPECT_NE(a.find("predicate a \"it rains\""), std::string::npos) << a;
    EXPECT_TRUE(client.at("textDocument/hover", uri, 3, 0)["result"].is_null());   // on a keyword
}

TEST(LspRequests, DefinitionReferencesAndRename) {
    LspClient client;
    client.initialize();
    client.open(uri, claims_text);
    json def = client.at("textDocument/definition", uri, 6, 19)["result"];   // pa in `good`
    EXPECT_EQ(def["range"]["start"], json({{"line", 2}, {"character", 8}}));
    json refs = client.at("textDocument/references", uri, 2, 9, {{"context", {{"includeDeclaration", true}}}});
    ASSERT_EQ(refs["result"].size(), 3u);   // declaration, good, bad
    json uses = client.at("textDocument/references", uri, 2, 9, {{"context", {{"includeDeclaration", false}}}});
    EXPECT_EQ(uses["result"].size(), 2u);
    json renamed = client.at("textDocument/rename", uri, 0, 10, {{"newName", "alpha"}});
    auto const& edits = renamed["result"]["changes"][uri];
    ASSERT_EQ(edits.size(), 4u);   // declaration, pa, ca, cn
    for (auto const& e : edits) EXPECT_EQ(e["newText"], "alpha");
    EXPECT_EQ(client.at("textDocument/rename", uri, 0, 10, {{"newName", "forall"}})["error"]["code"], -32803);
    EXPECT_EQ(client.at("textDocument/rename", uri, 0, 10, {{"newName", "b"}})["error"]["code"], -32803);
    EXPECT_EQ(client.at("textDocument/rename", uri, 0, 10, {{"newName", "9x"}})["error"]["code"], -32803);
    EXPECT_EQ(client.at("textDocument/prepareRename", uri, 0, 10)["result"]["placeholder"], "a");
}

TEST(LspRequests, BoundVariablesAreNotReferences) {
    LspClient client;
    client.initialize();
    // The x under the quantifier is the variable, not the constant (as the checker reads it).
    client.open(uri, "sort S\nconstant x: S\npredicate p(S)\nclaim c: forall x: S. p(x)\nclaim d: p(x)\n");
    json refs = client.at("textDocument/references", uri, 1, 9, {{"context", {{"includeDeclaration", true}}}});
    ASSERT_EQ(refs["result"].size(), 2u) << refs.dump();   // the declaration and the use in d
    EXPECT_EQ(refs["result"][1]["range"]["start"], json({{"line", 4}, {"character", 11}}));
}

TEST(LspRequests, DocumentSymbolsNestScenarioStatements) {
    LspClient client;
    client.initialize();
    client.open(uri, "predicate a\npremise pa: a\nscenario s {\n  premise extra: not a\n}\n");
    json symbols = client.request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri}}}})["result"];
    ASSERT_EQ(symbols.size(), 3u);
    EXPECT_EQ(symbols[1]["name"], "pa");
    EXPECT_EQ(symbols[1]["detail"], "premise");
    EXPECT_EQ(symbols[2]["name"], "s");
    ASSERT_EQ(symbols[2]["children"].size(), 1u);
    EXPECT_EQ(symbols[2]["children"][0]["name"], "extra");
    EXPECT_EQ(symbols[2]["children"][0]["selectionRange"]["start"], json({{"line", 3}, {"character", 10}}));
}

TEST(LspRequests, FormattingIsTheFmtLayout) {
    LspClient client;
    client.initialize();
    client.open(uri, "predicate   a\npremise pa:a   and  a\n");
    json edits = client.request("textDocument/formatting", {{"textDocument", {{"uri", uri}}},
                                                            {"options", {{"tabSize", 4}, {"insertSpaces", true}}}});
    ASSERT_EQ(edits["result"].size(), 1u);
    // The canonical layout (docs/language.md): one space around operators, a blank line
    // between a file's vocabulary and its statements.
    EXPECT_EQ(edits["result"][0]["newText"], "predicate a\n\npremise pa: a and a\n");
    EXPECT_EQ(edits["result"][0]["range"]["end"], json({{"line", 2}, {"character", 0}}));
    client.change(uri, "predicate a\n\npremise pa: a and a\n", 2);
    EXPECT_TRUE(client.request("textDocument/formatting", {{"textDocument", {{"uri", uri}}}})["result"].empty());
    client.change(uri, "premise pa: (\n", 3);
    EXPECT_EQ(client.request("textDocument/formatting", {{"textDocument", {{"uri", uri}}}})["error"]["code"], -32803);
}

TEST(LspRequests, CompletionOffersDeclaredNamesAndKeywords) {
    LspClient client;
    client.initialize();
    client.open(uri, claims_text);
    json items = client.at("textDocument/completion", uri, 9, 0)["result"]["items"];
    auto has = [&](std::string const& label, int kind) {
        return std::any_of(items.begin(), items.end(),
                           [&](json const& i) { return i["label"] == label && i["kind"] == kind; });
    };
    EXPECT_TRUE(has("pa", 6));
    EXPECT_TRUE(has("a", 3));
    EXPECT_TRUE(has("good", 22));
    EXPECT_TRUE(has("forall", 14));
    EXPECT_TRUE(has("therefore", 14));
}

TEST(LspRequests, InlayHintsCarryEachVerdict) {
    LspClient client;
    client.initialize({{"workspace", {{"inlayHint", {{"refreshSupport", true}}}}}});
    client.open(uri, claims_text);
    EXPECT_TRUE(client.request("textDocument/inlayHint", {{"textDocument", {{"uri", uri}}}})["result"].empty());
    client.wait_checked();
    json hints = client.request("textDocument/inlayHint", {{"textDocument", {{"uri", uri}}}})["result"];
    std::map<int, std::string> by_line;
    for (auto const& h : hints) by_line[h["position"]["line"].get<int>()] = h["label"];
    EXPECT_EQ(by_line[3], "⟨follows⟩");
    EXPECT_EQ(by_line[4], "⟨open⟩");
    EXPECT_EQ(by_line[5], "⟨refuted⟩");
    EXPECT_EQ(by_line[6], "⟨valid, circular⟩");   // its premise pa says what it concludes
    EXPECT_EQ(by_line[7], "⟨invalid⟩");
    EXPECT_EQ(by_line[8], "⟨valid, circular⟩");
    auto ms = client.messages();
    EXPECT_TRUE(std::any_of(ms.begin(), ms.end(),
                            [](json const& m) { return m.value("method", "") == "workspace/inlayHint/refresh"; }));
}

}   // namespace
}   // namespace elenchus
