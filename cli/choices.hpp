// Checks of option values whose messages say what to type instead. CLI11's own checks print
// their internals ("Check pdf value in {dot->0,...} OR {0,...} FAILED", a range up to 1.8e308).
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

namespace elenchus::cli {

// ASCII lower case: option values and words typed on the command line compare in any case.
inline std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// One of the names of `choices` (any case), turned into the enum it names.
template <class E>
CLI::Validator one_of(std::map<std::string, E> const& choices) {
    return CLI::Validator(
        [choices](std::string& value) -> std::string {
            auto it = choices.find(lowercase(value));
            if (it == choices.end()) {
                std::string names;
                for (auto const& [name, _] : choices) names += (names.empty() ? "" : ", ") + name;
                return "'" + value + "' is not one of " + names;
            }
            value = std::to_string(static_cast<int>(it->second));
            return {};
        },
        "NAME");
}

// A path that exists and is not a directory (reading it may still fail; that is reported
// where the file is read).
CLI::Validator existing_file();

// A whole number from 1 to `largest`.
CLI::Validator whole_number(std::uint64_t largest);

}   // namespace elenchus::cli
