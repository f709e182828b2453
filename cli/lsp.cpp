// `elenchus lsp`: the language server on stdin and stdout (cli/lsp/ holds it).
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/lsp/server.hpp"

namespace elenchus::cli {
namespace {

struct LspCommand {
    double debounce = 0.3;      // seconds
    double timeout = 20;        // seconds, the check of one version
    double query_timeout = 2;   // seconds, one Z3 query
};

std::chrono::milliseconds ms(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(std::floor(seconds * 1000)));
}

int run_lsp(LspCommand const& o) {
    lsp::CheckSettings settings;
    settings.debounce = ms(o.debounce);
    settings.timeout = ms(o.timeout);
    settings.query_timeout = ms(std::min(o.query_timeout, o.timeout));
    // The protocol is bytes: no locale, no newline translation, and nothing else on stdout.
    std::ios::sync_with_stdio(false);
    return lsp::serve(std::cin, std::cout, settings, ELENCHUS_VERSION);
}

}   // namespace

void setup_lsp(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<LspCommand>();
    auto* sub = app.add_subcommand("lsp", "Run the language server (LSP 3.17 over stdin and stdout) for editors");
    sub->add_option("--debounce", opt->debounce,
                    "Seconds of quiet after an edit before the logical check starts (default 0.3)")
        ->check(seconds_validator())
        ->option_text("SECONDS");
    sub->add_option("--timeout", opt->timeout,
                    "Seconds the logical check of one version may spend in Z3 (default 20); what is left "
                    "undecided is shown as unknown")
        ->check(seconds_validator())
        ->option_text("SECONDS");
    sub->add_option("--query-timeout", opt->query_timeout, "Seconds one Z3 query may take (default 2)")
        ->check(seconds_validator())
        ->option_text("SECONDS");
    sub->footer("Editors start it; see docs/editors.md. Syntax, name and type errors are shown at once,\n"
                "the logical verdicts of `check` after the debounce; an edit cancels a check under way.\n"
                "Exit status: 0 after the client's shutdown and exit, 1 if the input ends without them.");
    sub->callback([opt, &exit_code] { exit_code = run_lsp(*opt); });
}

}   // namespace elenchus::cli
