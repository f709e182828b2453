// An in-process client of the language server for the protocol tests: it feeds the Server
// JSON messages as an editor would and reads back every framed message the server wrote.
#pragma once

#include <mutex>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/lsp/server.hpp"
#include "cli/lsp/transport.hpp"

namespace elenchus::test {

using nlohmann::json;

// What the server writes, kept whole: the checking thread writes while the test reads.
class LockedBuffer : public std::streambuf {
public:
    std::string since(std::size_t offset) {
        std::lock_guard lock(mutex_);
        return offset < text_.size() ? text_.substr(offset) : std::string{};
    }

protected:
    int_type overflow(int_type c) override {
        if (c == traits_type::eof()) return traits_type::not_eof(c);
        std::lock_guard lock(mutex_);
        text_.push_back(static_cast<char>(c));
        return c;
    }
    std::streamsize xsputn(char const* p, std::streamsize n) override {
        std::lock_guard lock(mutex_);
        text_.append(p, static_cast<std::size_t>(n));
        return n;
    }

private:
    std::mutex mutex_;
    std::string text_;
};

class LspClient {
public:
    explicit LspClient(lsp::CheckSettings settings = fast()) : out_(&buffer_), server_(out_, settings, "test") {}

    static lsp::CheckSettings fast() {
        lsp::CheckSettings s;
        s.debounce = std::chrono::milliseconds(20);
        return s;
    }

    json initialize(json capabilities = json::object()) {
        json reply =
            request("initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", capabilities}});
        notify("initialized", json::object());
        return reply;
    }

    // Sends a request and returns its response (the server answers every request at once).
    json request(std::string const& method, json params) {
        int id = ++id_;
        server_.handle(wire(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}));
        auto const& ms = messages();
        for (auto m = ms.rbegin(); m != ms.rend(); ++m)
            if (m->contains("id") && (*m)["id"] == id && !m->contains("method")) return *m;
        return nullptr;
    }

    bool notify(std::string const& method, json params) {
        return server_.handle(wire(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}));
    }

    void open(std::string const& uri, std::string const& text, int version = 1) {
        notify("textDocument/didOpen",
               {{"textDocument", {{"uri", uri}, {"languageId", "elenchus"}, {"version", version}, {"text", text}}}});
    }
    void change(std::string const& uri, std::string const& text, int version) {
        notify("textDocument/didChange",
               {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", {{{"text", text}}}}});
    }

    json at(std::string const& method, std::string const& uri, int line, int character, json extra = json::object()) {
        json params{{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}};
        params.update(extra);
        return request(method, params);
    }

    // JSON text is Unicode: bytes that are not UTF-8 reach a server as U+FFFD, as an editor
    // sends them.
    static std::string wire(json const& message) {
        return message.dump(-1, ' ', false, json::error_handler_t::replace);
    }

    // Every message the server has written so far, in order.
    std::vector<json> const& messages() {
        std::istringstream in(buffer_.since(consumed_));
        std::size_t read = 0;   // bytes of whole frames (a frame being written stays unread)
        while (auto frame = lsp::read_frame(in)) {
            parsed_.push_back(json::parse(frame->body));
            read = static_cast<std::size_t>(in.tellg());
        }
        consumed_ += read;
        return parsed_;
    }

    // The publishDiagnostics notifications for `uri`, in order.
    std::vector<json> published(std::string const& uri) {
        std::vector<json> result;
        for (auto const& m : messages())
            if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
                result.push_back(m["params"]);
        return result;
    }

    // The last publishDiagnostics for `uri`, or null.
    json last_published(std::string const& uri) {
        auto const& ms = messages();
        for (auto m = ms.rbegin(); m != ms.rend(); ++m)
            if (m->value("method", "") == "textDocument/publishDiagnostics" && (*m)["params"]["uri"] == uri)
                return (*m)["params"];
        return nullptr;
    }

    void wait_checked() { server_.wait_idle(); }
    lsp::Server& server() { return server_; }

private:
    LockedBuffer buffer_;   // declared before the server, which writes into it
    std::ostream out_;
    lsp::Server server_;
    int id_ = 0;
    std::vector<json> parsed_;   // the messages read so far
    std::size_t consumed_ = 0;   // the bytes they took
};

}   // namespace elenchus::test
