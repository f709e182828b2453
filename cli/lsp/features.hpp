// The answers to the editor's requests about one analysed document. Each takes the request's
// params and returns the LSP result; a request that cannot be answered throws RequestError.
#pragma once

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "arguments/verdicts/report.hpp"
#include "cli/lsp/document.hpp"

namespace elenchus::lsp {

// An error response: LSP's ErrorCodes (RequestFailed -32803 for a request that is
// understood but cannot be carried out, InvalidParams -32602).
struct RequestError : std::runtime_error {
    int code;
    RequestError(int code_, std::string const& message) : std::runtime_error(message), code(code_) {}
};
inline constexpr int invalid_params = -32602;
inline constexpr int request_failed = -32803;

// `report` is the check of this very version, or null while it is being checked (or when
// the file has errors): answers then leave the verdicts out.
nlohmann::json hover(Analysis const& a, Report const* report, nlohmann::json const& params);
nlohmann::json inlay_hints(Analysis const& a, Report const* report, nlohmann::json const& params);

nlohmann::json definition(Analysis const& a, nlohmann::json const& params);
nlohmann::json references(Analysis const& a, nlohmann::json const& params);
nlohmann::json document_symbols(Analysis const& a);
nlohmann::json prepare_rename(Analysis const& a, nlohmann::json const& params);
nlohmann::json rename(Analysis const& a, nlohmann::json const& params);

// The whole document in the `fmt` layout as one edit, none when it is already canonical;
// a document with syntax errors is not formatted (RequestError).
nlohmann::json formatting(Analysis const& a);
// Declared names and keywords.
nlohmann::json completion(Analysis const& a, nlohmann::json const& params);

// The byte offset of params.position in the document.
std::uint32_t offset_of(Analysis const& a, nlohmann::json const& params);

}   // namespace elenchus::lsp
