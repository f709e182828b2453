// `elenchus export FILE [--claim NAME | --every-claim] [--scenario NAME]`: the SMT-LIB 2 encoding;
// `--format argdown` and `--format aif`: the file as an Argdown map or as AIF JSON
// (arguments/argdown/export.hpp).
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "cli/choices.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "arguments/argdown/export.hpp"
#include "cli/common.hpp"
#include "cli/output_file.hpp"
#include "solver/session.hpp"

namespace elenchus::cli {
namespace {

enum class ExportFormat { smtlib, json, argdown, aif };

struct ExportCommand {
    std::string file;
    std::string claim;
    std::string scenario;
    bool every_claim = false;
    OutputOptions output;
    ExportFormat format = ExportFormat::smtlib;
    std::string path;   // -o
    std::size_t max_input = default_max_input;
};

// Where the text goes: the -o file (atomically) or standard output.
int emit(ExportCommand const& o, std::string const& text) {
    if (o.path.empty()) {
        std::cout << text;
        return code(Exit::ok);
    }
    if (auto failed = write_output_file(o.path, text); !failed.empty()) return usage_error(o.output, o.file, failed);
    return code(Exit::ok);
}

int export_map(ExportCommand const& o, logic::Theory const& theory) {
    if (o.every_claim)
        return flag_error(o.output, "--every-claim", "",
                          std::string("--every-claim adds a check per claim to the SMT-LIB encoding; the ") +
                              (o.format == ExportFormat::aif ? "aif" : "argdown") + " export writes the whole file");
    if (!o.claim.empty() || !o.scenario.empty())
        return flag_error(o.output, o.claim.empty() ? "--scenario" : "--claim", o.claim.empty() ? o.scenario : o.claim,
                          std::string("--claim and --scenario choose what the SMT-LIB encoding asserts; the ") +
                              (o.format == ExportFormat::aif ? "aif" : "argdown") + " export writes the whole file");
    argdown::Exported e = o.format == ExportFormat::aif ? argdown::to_aif(theory) : argdown::to_argdown(theory, o.file);
    for (auto const& what : e.left_out) std::cerr << fmt::format("{}: note: not exported: {}\n", o.file, what);
    return emit(o, e.text);
}

int run_export(ExportCommand const& o) {
    Loaded l = load(o.file, true, o.max_input);
    if (!l.theory) return fail_input(l, o.output);
    auto const& theory = *l.theory;
    if (o.format == ExportFormat::argdown || o.format == ExportFormat::aif) return export_map(o, theory);

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
    std::vector<int> each;
    if (o.every_claim) {
        if (goal)
            return flag_error(o.output, "--claim", o.claim,
                              "--every-claim checks every claim after the file itself; --claim asserts one claim's "
                              "negation with the file: give one or the other");
        for (std::size_t i = 0; i < theory.statements.size(); ++i)
            if (theory.statements[i].kind == ast::StatementKind::claim) each.push_back(static_cast<int>(i));
    }
    std::string text = solver::export_smtlib(theory, statements, goal, each);
    if (o.output.format == Format::json)
        return emit(o, nlohmann::json{{"file", o.file}, {"smtlib", text}}.dump(2) + "\n");
    return emit(o, text);
}

}   // namespace

void setup_export(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExportCommand>();
    auto* sub = app.add_subcommand("export", "Write the SMT-LIB 2 encoding that `z3 FILE.smt2` checks");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->required()->check(existing_file());
    sub->add_option("--claim", opt->claim, "Also assert the negation of this statement: unsat means it follows");
    sub->add_option("--scenario", opt->scenario, "Encode this scenario's statements instead of the baseline");
    sub->add_flag("--every-claim", opt->every_claim,
                  "After the check of the statements, check each claim in a push/pop scope of its own, "
                  "named by an echo: unsat there means the claim follows");
    sub->add_option("--format", opt->format,
                    "smtlib (default; also 'text'), json (the SMT-LIB in a JSON object), argdown (an Argdown map), "
                    "aif (Argument Interchange Format JSON, as OVA and AIFdb read it)")
        ->transform(one_of(std::map<std::string, ExportFormat>{{"smtlib", ExportFormat::smtlib},
                                                               {"text", ExportFormat::smtlib},
                                                               {"json", ExportFormat::json},
                                                               {"argdown", ExportFormat::argdown},
                                                               {"aif", ExportFormat::aif}}))
        ->option_text("smtlib|json|argdown|aif");
    sub->add_flag("--no-color", opt->output.no_color, "Never colour the output (colour is used only on a terminal)");
    add_warning_options(*sub, opt->output.warnings);
    sub->add_option("-o,--output", opt->path, "Write here (atomically) instead of standard output");
    add_input_option(*sub, opt->max_input);
    sub->footer("Examples:\n"
                "  elenchus export examples/azerbaijan-nato.arg > baseline.smt2 && z3 baseline.smt2\n"
                "      sat: the baseline is consistent\n"
                "  elenchus export examples/azerbaijan-nato.arg --claim legal_barrier | z3 -in\n"
                "      unsat: the claim follows from the asserted statements\n"
                "  elenchus export examples/syllogisms.arg --every-claim | z3 -in\n"
                "      sat for the statements, then each claim's name and unsat where it follows\n"
                "  elenchus export examples/syllogisms.arg --format argdown -o syllogisms.argdown\n"
                "  elenchus export examples/syllogisms.arg --format aif -o syllogisms.json\n"
                "Each statement is asserted with its name (:named), so (get-unsat-core) names them.\n"
                "The argdown and aif formats write the whole file's statements, arguments and relations\n"
                "(docs/argdown.md).");
    sub->callback([opt, &exit_code] {
        opt->output.format = opt->format == ExportFormat::json ? Format::json : Format::text;
        exit_code = run_export(*opt);
    });
}

}   // namespace elenchus::cli
