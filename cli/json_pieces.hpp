// Small pieces of JSON that several renderings share (report, what-if): one definition each,
// so that their files can be compiled together in a unity build (cli/CMakeLists.txt).
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

namespace elenchus::cli {

// true, false, or null when the question was not answered.
inline nlohmann::json tristate(std::optional<bool> v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

}   // namespace elenchus::cli
