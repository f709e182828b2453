// Runs Debian's `z3` binary on SMT-LIB text: the independent judge of our exports.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace elenchus::test {

inline bool z3_binary_available() { return std::system("z3 --version >/dev/null 2>&1") == 0; }

// The binary's first line of output: `sat`, `unsat`, `unknown`, `timeout` or an error.
inline std::string run_z3(std::string const& smtlib, std::string const& tag = "query") {
    namespace fs = std::filesystem;
    static int counter = 0;
    auto dir = fs::temp_directory_path() / ("elenchus-z3-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto path = dir / (tag + "-" + std::to_string(counter++) + ".smt2");
    {
        std::ofstream out(path);
        out << smtlib;
    }
    std::string command = "z3 -T:10 '" + path.string() + "' 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string output;
    if (pipe) {
        std::array<char, 4096> buffer{};
        std::size_t n;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
        ::pclose(pipe);
    }
    fs::remove(path);
    auto end = output.find('\n');
    return end == std::string::npos ? output : output.substr(0, end);
}

}   // namespace elenchus::test
