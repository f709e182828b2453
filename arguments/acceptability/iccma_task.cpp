#include <algorithm>
#include <cctype>

#include "arguments/acceptability/iccma.hpp"

namespace elenchus::acceptability {

namespace {

bool same_letters(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

constexpr std::string_view problem_names[] = {"SE", "DC", "DS", "EE"};

}   // namespace

std::optional<FileFormat> format_for_path(std::string_view path) {
    auto const dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
    std::string_view const ext = path.substr(dot + 1);
    if (same_letters(ext, "apx")) return FileFormat::apx;
    if (same_letters(ext, "af") || same_letters(ext, "i23")) return FileFormat::i23;
    return std::nullopt;
}

std::optional<FileFormat> format_named(std::string_view name) {
    if (same_letters(name, "apx")) return FileFormat::apx;
    if (same_letters(name, "i23")) return FileFormat::i23;
    return std::nullopt;
}

std::optional<Task> task_named(std::string_view name) {
    if (name.size() != 5 || name[2] != '-') return std::nullopt;
    auto const semantics = semantics_named(name.substr(3));
    if (!semantics) return std::nullopt;
    for (std::size_t p = 0; p < 4; ++p)
        if (same_letters(name.substr(0, 2), problem_names[p])) return Task{static_cast<Problem>(p), *semantics};
    return std::nullopt;
}

std::string task_name(Task t) {
    return std::string(problem_names[static_cast<std::size_t>(t.problem)]) + "-" +
           std::string(abbreviation(t.semantics));
}

bool needs_argument(Problem p) { return p == Problem::credulous || p == Problem::sceptical; }

}   // namespace elenchus::acceptability
