// The ICCMA interface: the competition's file formats and task names.
//   apx (ICCMA 2019):  arg(a).  att(a,b).      `%` starts a comment
//   i23 (ICCMA 2023):  p af N   then lines `i j` (1 <= i, j <= N)      `#` starts a comment
// The readers are hand-written, one pass, no recursion; they stop at the first error and say
// where it is and what would fix it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "arguments/acceptability/framework.hpp"
#include "arguments/acceptability/semantics.hpp"

namespace elenchus::acceptability {

enum class FileFormat { apx, i23 };

// By extension: .apx is apx; .af and .i23 are i23.
std::optional<FileFormat> format_for_path(std::string_view path);
std::optional<FileFormat> format_named(std::string_view name);   // "apx", "i23"

// Larger frameworks are refused with an error rather than allocated: `p af N` costs memory
// whatever the length of the file.
constexpr std::size_t max_arguments = std::size_t{1} << 24;

struct FormatError {
    std::size_t line = 0;     // 1-based
    std::size_t column = 0;   // 1-based, in bytes
    std::string message;
    std::string hint;   // what would fix it
};

struct ParsedFramework {
    Framework framework;
    std::optional<FormatError> error;   // when set, `framework` is empty
};

ParsedFramework parse_framework(std::string_view text, FileFormat format);

enum class Problem { some_extension, credulous, sceptical, enumerate };   // SE DC DS EE

struct Task {
    Problem problem;
    Semantics semantics;
};

std::optional<Task> task_named(std::string_view name);   // "SE-PR", case-insensitive
std::string task_name(Task t);
bool needs_argument(Problem p);   // DC and DS ask about one argument

}   // namespace elenchus::acceptability
