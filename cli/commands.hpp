// Each subcommand lives in its own file and registers itself here: `setup_X` adds the
// subcommand and its options to the app and, when it is chosen, runs it and stores the exit
// code. Exit codes follow the contract: 0 fine, 1 a problem found, 2 bad input or usage,
// 3 internal error.
#pragma once

#include <CLI/CLI.hpp>

namespace elenchus::cli {

void setup_check(CLI::App& app, int& exit_code);
void setup_export(CLI::App& app, int& exit_code);
void setup_import(CLI::App& app, int& exit_code);
void setup_fmt(CLI::App& app, int& exit_code);
void setup_explain(CLI::App& app, int& exit_code);
void setup_whatif(CLI::App& app, int& exit_code);
void setup_map(CLI::App& app, int& exit_code);
void setup_af(CLI::App& app, int& exit_code);
void setup_proof(CLI::App& app, int& exit_code);
void setup_lsp(CLI::App& app, int& exit_code);

}   // namespace elenchus::cli
