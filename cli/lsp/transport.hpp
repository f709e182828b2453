// JSON-RPC messages framed as the Language Server Protocol frames them: a header of
// `Name: value` lines (`Content-Length` required), an empty line, then that many bytes of
// JSON. Reading is separate from parsing, so a body that is not JSON can be answered with a
// parse error and the stream goes on.
#pragma once

#include <cstddef>
#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace elenchus::lsp {

// A body larger than this is read past and refused: a client never sends a document that
// large, and a wrong Content-Length must not make the server allocate without bound.
inline constexpr std::size_t max_message_bytes = std::size_t{256} << 20;

struct Frame {
    std::string body;
    std::string error;   // the header was wrong (the body is then empty); the stream goes on
};

// The next message, or nullopt at the end of the stream (or when it breaks off mid-message).
std::optional<Frame> read_frame(std::istream& in);

// Writes framed messages; one writer is shared by the reading thread and the checking
// thread, so each message goes out whole.
class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}
    void send(nlohmann::json const& message);

private:
    std::mutex mutex_;
    std::ostream& out_;
};

}   // namespace elenchus::lsp
