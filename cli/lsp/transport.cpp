#include "cli/lsp/transport.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace elenchus::lsp {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(std::string const& s) {
    auto b = s.find_first_not_of(" \t");
    auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string{} : s.substr(b, e - b + 1);
}

}   // namespace

std::optional<Frame> read_frame(std::istream& in) {
    Frame frame;
    std::optional<std::size_t> length;
    std::string line;
    bool any_header = false;
    while (true) {
        if (!std::getline(in, line)) return std::nullopt;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!any_header) continue;   // stray blank lines between messages
            break;
        }
        any_header = true;
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;   // not a header; the next blank line ends it
        if (lower(trim(line.substr(0, colon))) != "content-length") continue;
        std::string value = trim(line.substr(colon + 1));
        std::size_t n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec == std::errc{} && end == value.data() + value.size() && !value.empty()) length = n;
    }
    if (!length) {
        frame.error = "the message has no valid Content-Length header";
        return frame;
    }
    if (*length > max_message_bytes) {
        in.ignore(static_cast<std::streamsize>(*length));
        if (!in) return std::nullopt;
        frame.error = "the message is larger than " + std::to_string(max_message_bytes) + " bytes";
        return frame;
    }
    frame.body.resize(*length);
    in.read(frame.body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return std::nullopt;
    return frame;
}

void Writer::send(nlohmann::json const& message) {
    // Invalid UTF-8 in a string (a document's bytes in a message) is replaced, never thrown.
    std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::lock_guard lock(mutex_);
    out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out_.flush();
}

}   // namespace elenchus::lsp
