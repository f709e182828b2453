// Runs the elenchus binary (or any command) for end-to-end tests and captures what it says.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace elenchus::test {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string read_text(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// `command` is a shell command line, run from the project root with stderr captured
// separately; the caller quotes its arguments.
inline RunResult run(std::string const& command) {
    namespace fs = std::filesystem;
    auto err_path = fs::temp_directory_path() / ("elenchus-err-" + std::to_string(::getpid()) + ".txt");
    std::string full = "cd '" ELENCHUS_SOURCE_DIR "' && " + command + " 2>'" + err_path.string() + "'";
    RunResult r;
    FILE* pipe = ::popen(full.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_text(err_path);
    fs::remove(err_path);
    return r;
}

inline std::string elenchus(std::string const& arguments) {
    return std::string("'") + ELENCHUS_BINARY + "' " + arguments;
}

}   // namespace elenchus::test
