// The command line in the project's words instead of CLI11's: the mistakes CLI11 finds (an
// unknown subcommand or option, a missing file, a bad value) as `error: ...` and a hint on
// stderr, or the JSON document when `--format json` was given, and exit status 2; and --help
// without CLI11's markers (`UINT:N`, `TEXT:FILE ... REQUIRED`, `Excludes: --in-place`).
#pragma once

#include <CLI/CLI.hpp>

namespace elenchus::cli {

// Reports `e`, thrown by app.parse(argc, argv), and returns the exit status: 0 for --help and
// --version (CLI11 prints those), otherwise 2.
int report_parse_error(CLI::App& app, CLI::ParseError const& e, int argc, char const* const* argv);

// Gives every option of every subcommand that has no text of its own a plain one for --help:
// the value it takes (`N`, `FILE`), `...` when it takes several, `(required)`, and
// `(not with --check)` for options that exclude each other. Called once the options exist.
void plain_help(CLI::App& app);

}   // namespace elenchus::cli
