// `elenchus lsp`: a Language Server Protocol 3.17 server. The reading thread parses and
// answers every message in order (the front end takes milliseconds); the logical check runs
// on the CheckWorker's thread and publishes its diagnostics when it is done, unless a newer
// version of the document has arrived meanwhile.
#pragma once

#include <atomic>
#include <cstdint>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/lsp/check_worker.hpp"
#include "cli/lsp/document.hpp"
#include "cli/lsp/transport.hpp"

namespace elenchus::lsp {

class Server {
public:
    Server(std::ostream& out, CheckSettings settings, std::string version = "");
    ~Server();

    // Handles one message's body (its JSON text). Returns false once `exit` has arrived.
    bool handle(std::string const& body);
    // The process's exit status once `exit` has arrived: 0 after `shutdown`, else 1.
    int exit_code() const { return shutdown_ ? 0 : 1; }
    // A window/logMessage notification (a frame the server could not read, say).
    void log(std::string const& message);
    // Waits until every scheduled check has finished and published (for tests).
    void wait_idle() { worker_->wait_idle(); }

private:
    struct Open {
        std::shared_ptr<Analysis const> analysis;
        std::shared_ptr<Report const> report;   // the check of `analysis`, once done
    };

    void dispatch(nlohmann::json const& message);
    nlohmann::json request(std::string const& method, nlohmann::json const& params);
    void notification(std::string const& method, nlohmann::json const& params);
    nlohmann::json initialize(nlohmann::json const& params);
    void update(std::string const& uri, std::int64_t version, std::string text);
    void change(nlohmann::json const& params);
    void checked(std::shared_ptr<Analysis const> const& analysis, Report const& report);
    void publish(Analysis const& analysis, nlohmann::json diagnostics);
    Open current(nlohmann::json const& params);   // the document a request is about

    Writer writer_;
    std::string version_;
    bool initialized_ = false, shutdown_ = false, exited_ = false;
    std::atomic<bool> inlay_refresh_ = false;   // the client accepts workspace/inlayHint/refresh
    std::int64_t next_request_ = 0;
    std::mutex documents_mutex_;
    std::map<std::string, Open> documents_;
    std::unique_ptr<CheckWorker> worker_;   // last: its thread calls back into the server
};

// Reads framed messages from `in` until `exit` or the end of the stream; returns the exit
// status (0 after shutdown and exit, 1 otherwise, as LSP says).
int serve(std::istream& in, std::ostream& out, CheckSettings settings, std::string version = "");

}   // namespace elenchus::lsp
