#include "cli/lsp/server.hpp"

#include "cli/lsp/diagnostics.hpp"
#include "cli/lsp/features.hpp"

namespace elenchus::lsp {
namespace {

using nlohmann::json;

// JSON-RPC and LSP error codes.
constexpr int parse_error = -32700;
constexpr int invalid_request = -32600;
constexpr int method_not_found = -32601;
constexpr int internal_error = -32603;
constexpr int server_not_initialized = -32002;

json error_response(json const& id, int code, std::string const& message) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

std::string uri_of(json const& params) {
    auto const* doc = params.is_object() && params.contains("textDocument") ? &params["textDocument"] : nullptr;
    if (!doc || !doc->is_object() || !doc->contains("uri") || !(*doc)["uri"].is_string())
        throw RequestError(invalid_params, "no textDocument.uri given");
    return (*doc)["uri"].get<std::string>();
}

// A change with a range (incremental sync) applied to the text; without one it is the
// whole new text.
void apply_change(std::string& text, json const& change) {
    std::string replacement = change.value("text", std::string{});
    if (!change.contains("range")) {
        text = std::move(replacement);
        return;
    }
    LineIndex lines(text);
    std::uint32_t from = lines.offset(position_from_json(change["range"].value("start", json::object())));
    std::uint32_t to = lines.offset(position_from_json(change["range"].value("end", json::object())));
    if (to < from) std::swap(from, to);
    text.replace(from, to - from, replacement);
}

}   // namespace

Server::Server(std::ostream& out, CheckSettings settings, std::string version)
    : writer_(out), version_(std::move(version)) {
    worker_ = std::make_unique<CheckWorker>(
        settings, [this](std::shared_ptr<Analysis const> const& a, Report const& r) { checked(a, r); });
}

Server::~Server() { worker_.reset(); }

bool Server::handle(std::string const& body) {
    json message;
    try {
        message = json::parse(body);
    } catch (json::exception const& e) {
        writer_.send(error_response(nullptr, parse_error, std::string("the message is not JSON: ") + e.what()));
        return !exited_;
    }
    dispatch(message);
    return !exited_;
}

void Server::dispatch(json const& message) {
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
        // A response to one of our requests (inlay hint refresh) needs nothing; anything
        // else with an id is an invalid request.
        if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error"))
            writer_.send(error_response(message["id"], invalid_request, "a request needs a method"));
        else if (!message.is_object())
            writer_.send(error_response(nullptr, invalid_request, "a message is a JSON object"));
        return;
    }
    std::string const method = message["method"].get<std::string>();
    json const params = message.value("params", json::object());
    bool const is_request = message.contains("id");
    json const id = is_request ? message["id"] : json();
    try {
        if (!is_request) {
            notification(method, params);
            return;
        }
        if (!initialized_ && method != "initialize")
            throw RequestError(server_not_initialized, "the server has not been initialized");
        if (shutdown_) throw RequestError(invalid_request, "the server is shutting down");
        json result = request(method, params);
        writer_.send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
    } catch (RequestError const& e) {
        if (is_request) writer_.send(error_response(id, e.code, e.what()));
    } catch (json::exception const& e) {
        if (is_request) writer_.send(error_response(id, invalid_params, std::string("invalid params: ") + e.what()));
    } catch (std::exception const& e) {
        if (is_request) writer_.send(error_response(id, internal_error, std::string("internal error: ") + e.what()));
    }
}

json Server::initialize(json const& params) {
    initialized_ = true;
    inlay_refresh_ = params.value("/capabilities/workspace/inlayHint/refreshSupport"_json_pointer, false);
    json capabilities{
        {"positionEncoding", "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 1}}},   // full text on each change
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"documentSymbolProvider", true},
        {"renameProvider", {{"prepareProvider", true}}},
        {"documentFormattingProvider", true},
        {"completionProvider", json::object()},
        {"inlayHintProvider", true},
    };
    return {{"capabilities", std::move(capabilities)}, {"serverInfo", {{"name", "elenchus"}, {"version", version_}}}};
}

json Server::request(std::string const& method, json const& params) {
    if (method == "initialize") return initialize(params);
    if (method == "shutdown") {
        shutdown_ = true;
        return nullptr;
    }
    if (method == "textDocument/documentSymbol") return document_symbols(*current(params).analysis);
    if (method == "textDocument/formatting") return formatting(*current(params).analysis);
    if (method == "textDocument/rangeFormatting") return formatting(*current(params).analysis);
    if (method == "textDocument/definition") return definition(*current(params).analysis, params);
    if (method == "textDocument/references") return references(*current(params).analysis, params);
    if (method == "textDocument/prepareRename") return prepare_rename(*current(params).analysis, params);
    if (method == "textDocument/rename") return rename(*current(params).analysis, params);
    if (method == "textDocument/completion") return completion(*current(params).analysis, params);
    if (method == "textDocument/hover") {
        Open open = current(params);
        return hover(*open.analysis, open.report.get(), params);
    }
    if (method == "textDocument/inlayHint") {
        Open open = current(params);
        return inlay_hints(*open.analysis, open.report.get(), params);
    }
    throw RequestError(method_not_found, "unsupported method: " + method);
}

void Server::notification(std::string const& method, json const& params) {
    if (method == "exit") {
        exited_ = true;
        return;
    }
    if (!initialized_) return;   // notifications before initialize are dropped, as LSP says
    if (method == "textDocument/didOpen") {
        auto const& doc = params.at("textDocument");
        update(doc.at("uri").get<std::string>(), doc.value("version", std::int64_t{0}),
               doc.at("text").get<std::string>());
    } else if (method == "textDocument/didChange") {
        change(params);
    } else if (method == "textDocument/didClose") {
        std::string const uri = uri_of(params);
        worker_->forget(uri);
        std::lock_guard lock(documents_mutex_);
        documents_.erase(uri);
        writer_.send({{"jsonrpc", "2.0"},
                      {"method", "textDocument/publishDiagnostics"},
                      {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
    }
    // initialized, didSave, $/cancelRequest (every request is answered at once), $/setTrace:
    // nothing to do.
}

void Server::change(json const& params) {
    std::string const uri = uri_of(params);
    std::string text;
    {
        std::lock_guard lock(documents_mutex_);
        auto it = documents_.find(uri);
        if (it == documents_.end()) return;   // a change to a document never opened
        text = it->second.analysis->text();
    }
    for (auto const& c : params.value("contentChanges", json::array())) apply_change(text, c);
    update(uri, params.value("/textDocument/version"_json_pointer, std::int64_t{0}), std::move(text));
}

// The front end's diagnostics at once; the check is scheduled (or, for a file with errors,
// whatever was waiting is dropped).
void Server::update(std::string const& uri, std::int64_t version, std::string text) {
    auto analysis = analyse(uri, version, std::move(text));
    {
        std::lock_guard lock(documents_mutex_);
        documents_[uri] = {analysis, nullptr};
    }
    publish(*analysis, front_end_diagnostics(*analysis));
    worker_->schedule(analysis);
}

void Server::checked(std::shared_ptr<Analysis const> const& analysis, Report const& report) {
    json diagnostics = front_end_diagnostics(*analysis);
    for (auto& d : verdict_diagnostics(*analysis, report)) diagnostics.push_back(std::move(d));
    {
        std::lock_guard lock(documents_mutex_);
        auto it = documents_.find(analysis->uri);
        if (it == documents_.end() || it->second.analysis != analysis) return;   // stale
        it->second.report = std::make_shared<Report const>(report);
        // Published under the lock, so a newer version's front-end diagnostics (published
        // after it replaces this one) always come after these.
        publish(*analysis, std::move(diagnostics));
        if (inlay_refresh_)
            writer_.send({{"jsonrpc", "2.0"},
                          {"id", "elenchus-refresh-" + std::to_string(++next_request_)},
                          {"method", "workspace/inlayHint/refresh"}});
    }
}

void Server::publish(Analysis const& analysis, json diagnostics) {
    writer_.send({{"jsonrpc", "2.0"},
                  {"method", "textDocument/publishDiagnostics"},
                  {"params", {{"uri", analysis.uri}, {"version", analysis.version}, {"diagnostics", diagnostics}}}});
}

void Server::log(std::string const& message) {
    writer_.send({{"jsonrpc", "2.0"},
                  {"method", "window/logMessage"},
                  {"params", {{"type", 1}, {"message", "elenchus lsp: " + message}}}});
}

Server::Open Server::current(json const& params) {
    std::string const uri = uri_of(params);
    std::lock_guard lock(documents_mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) throw RequestError(request_failed, "the document is not open: " + uri);
    return it->second;
}

int serve(std::istream& in, std::ostream& out, CheckSettings settings, std::string version) {
    // std::cin is tied to std::cout: each read would flush `out` from this thread while the
    // checking thread writes to it through the Writer, a data race (seen as replies that
    // never arrived). Only the Writer touches `out`.
    in.tie(nullptr);
    Server server(out, settings, std::move(version));
    while (auto frame = read_frame(in)) {
        if (!frame->error.empty()) {
            // A frame with a bad header has no request to answer: the error goes out as a
            // log message, and reading goes on.
            server.log(frame->error);
            continue;
        }
        if (!server.handle(frame->body)) break;
    }
    return server.exit_code();
}

}   // namespace elenchus::lsp
