// `elenchus export FILE [--claim NAME] [--scenario NAME]`: the SMT-LIB 2 encoding.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/choices.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "solver/session.hpp"

namespace elenchus::cli {
namespace {

struct ExportCommand {
    std::string file;
    std::string claim;
    std::string scenario;
    OutputOptions output;
    std::size_t max_input = default_max_input;
};

int run_export(ExportCommand const& o) {
    Loaded l = load(o.file, true, o.max_input);
    if (!l.theory) return fail_input(l, o.output);
    auto const& theory = *l.theory;

    std::vector<int> statements = theory.baseline();
    if (!o.scenario.empty()) {
        auto s = theory.find_scenario(o.scenario);
        if (!s) {
            std::vector<std::string> known;
            for (auto const& sc : theory.scenarios) known.push_back(sc.name);
            return flag_error(
                o.output, "--scenario", o.scenario,
                fmt::format("no scenario named '{}' in {}{}", o.scenario, o.file, did_you_mean(o.scenario, known)));
        }
        statements = theory.asserted_in(theory.scenarios[static_cast<std::size_t>(*s)]);
    }
    logic::Term const* goal = nullptr;
    if (!o.claim.empty()) {
        auto c = theory.find_statement(o.claim);
        if (!c) {
            std::vector<std::string> known;
            for (auto const& st : theory.statements) known.push_back(st.name);
            return flag_error(
                o.output, "--claim", o.claim,
                fmt::format("no statement named '{}' in {}{}", o.claim, o.file, did_you_mean(o.claim, known)));
        }
        goal = &theory.statements[static_cast<std::size_t>(*c)].formula;
    }
    std::string text = solver::export_smtlib(theory, statements, goal);
    if (o.output.format == Format::json)
        std::cout << nlohmann::json{{"file", o.file}, {"smtlib", text}}.dump(2) << '\n';
    else std::cout << text;
    return code(Exit::ok);
}

}   // namespace

void setup_export(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExportCommand>();
    auto* sub = app.add_subcommand("export", "Write the SMT-LIB 2 encoding that `z3 FILE.smt2` checks");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->required()->check(existing_file());
    sub->add_option("--claim", opt->claim, "Also assert the negation of this statement: unsat means it follows");
    sub->add_option("--scenario", opt->scenario, "Encode this scenario's statements instead of the baseline");
    add_output_options(*sub, opt->output);
    add_input_option(*sub, opt->max_input);
    sub->footer("Examples:\n"
                "  elenchus export examples/azerbaijan-nato.arg > baseline.smt2 && z3 baseline.smt2\n"
                "      sat: the baseline is consistent\n"
                "  elenchus export examples/azerbaijan-nato.arg --claim legal_barrier | z3 -in\n"
                "      unsat: the claim follows from the asserted statements\n"
                "Each statement is asserted with its name (:named), so (get-unsat-core) names them.");
    sub->callback([opt, &exit_code] { exit_code = run_export(*opt); });
}

}   // namespace elenchus::cli
