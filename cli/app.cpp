// The program's subcommands, their help and its exit status (cli/app.hpp).
#include "cli/app.hpp"

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/usage_errors.hpp"

namespace elenchus::cli {

int run(int argc, char const* const* argv) {
    CLI::App app{"Elenchus checks arguments: it parses a file of premises, assumptions, claims,\n"
                 "arguments and scenarios, and uses Z3 to say what is consistent, what follows,\n"
                 "what is refuted, what stays open, and why.",
                 "elenchus"};
    app.require_subcommand(1);
    app.footer("Examples:\n"
               "  elenchus check examples/azerbaijan-nato.arg\n"
               "  elenchus check --format json examples/syllogisms.arg\n"
               "  elenchus export examples/azerbaijan-nato.arg --claim legal_barrier > q.smt2\n"
               "  elenchus import debate.argdown -o debate.arg\n"
               "  elenchus fmt --check examples/*.arg\n"
               "  elenchus explain examples/azerbaijan-nato.arg legal_barrier\n"
               "  elenchus whatif examples/azerbaijan-nato.arg --break legal_barrier\n"
               "  elenchus map examples/azerbaijan-nato.arg --format html -o map.html\n\n"
               "Exit status: 0 nothing wrong found, 1 the check found a problem, 2 bad input or\n"
               "usage, 3 internal error. The language reference is docs/language.md.");
    app.set_version_flag("--version", "elenchus " ELENCHUS_VERSION);

    int exit_code = 0;
    setup_check(app, exit_code);
    setup_export(app, exit_code);
    setup_import(app, exit_code);
    setup_fmt(app, exit_code);
    setup_explain(app, exit_code);
    setup_whatif(app, exit_code);
    setup_map(app, exit_code);
    setup_af(app, exit_code);
    setup_proof(app, exit_code);
    setup_lsp(app, exit_code);
    plain_help(app);

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        return report_parse_error(app, e, argc, argv);
    } catch (std::exception const& e) {
        std::cerr << "elenchus: internal error: " << e.what() << '\n';
        return code(Exit::internal);
    }
    return exit_code;
}

}   // namespace elenchus::cli
