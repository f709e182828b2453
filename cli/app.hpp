// The whole command line as a library call, so that tests run subcommands in-process as well
// as through the program; `main` only forwards to it.
#pragma once

namespace elenchus::cli {

// The exit status contract of every subcommand (docs/cli.md).
enum class Exit : int {
    ok = 0,          // nothing wrong found
    problem = 1,     // the check found a problem
    bad_input = 2,   // bad input or usage
    internal = 3,    // an internal error
};

constexpr int code(Exit e) { return static_cast<int>(e); }

// Parses the arguments, runs the chosen subcommand (printing to stdout and stderr) and
// returns the exit status.
int run(int argc, char const* const* argv);

}   // namespace elenchus::cli
