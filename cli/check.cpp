// `elenchus check FILE...`: the front end, then every verdict of the design.
#include <iostream>
#include <optional>
#include <memory>

#include <unistd.h>

#include "arguments/verdicts/report.hpp"
#include "cli/choices.hpp"
#include "cli/acceptance.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/report_format.hpp"

namespace elenchus::cli {
namespace {

struct CheckCommand {
    std::vector<std::string> files;
    OutputOptions output;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
    std::size_t max_sets = 32;
    bool witness = false;
    bool worlds = false;
    standing::AttackSource attacks = standing::AttackSource::declared;
};

int run_check(CheckCommand const& o) {
    CheckOptions options;
    options.limits = run_limits(o.limits);
    options.max_inconsistent_sets = o.max_sets;
    options.witnesses = o.witness;
    // The smallest worlds cost a few checks each (docs/performance.md): searched only when
    // the output shows worlds, in JSON always, in text with --worlds or --witness.
    options.limits.smallest_worlds = o.output.format == Format::json || o.worlds || o.witness;

    // Every file is read and checked for input errors first: bad input anywhere means
    // nothing is checked (exit 2), as the contract says.
    std::vector<Loaded> loaded;
    bool bad_input = false;
    for (auto const& path : o.files) {
        loaded.push_back(load(path, true, o.max_input));
        bad_input |= !loaded.back().theory.has_value();
    }
    if (bad_input) {
        if (o.output.format == Format::json) {
            auto docs = nlohmann::json::array();
            for (auto const& l : loaded)
                docs.push_back({{"file", l.source->path()}, {"diagnostics", diagnostics_json(l)}});
            std::cout << (docs.size() == 1 ? docs[0] : docs).dump(2) << '\n';
        } else {
            for (auto const& l : loaded) report_diagnostics(l, o.output);
        }
        return code(Exit::bad_input);
    }

    int exit_code = code(Exit::ok);
    auto docs = nlohmann::json::array();
    bool const color = use_color(o.output, STDOUT_FILENO);
    for (auto const& l : loaded) {
        Report report = check_theory(*l.theory, options);
        exit_code = std::max(exit_code, report_exit_code(report));
        // Acceptance is about arguments: a file without any keeps its output as it was.
        std::optional<standing::Standing> standing;
        if (!l.theory->arguments.empty()) standing = acceptance_of(*l.theory, report.relations, o.attacks);
        if (o.output.format == Format::json) {
            nlohmann::json doc{{"file", l.source->path()}};
            doc.update(report_json(*l.theory, report));
            if (standing) doc["acceptance"] = acceptance_json(*l.theory, *standing);
            doc["diagnostics"] = diagnostics_json(l);
            docs.push_back(std::move(doc));
        } else {
            report_diagnostics(l, o.output);   // warnings
            if (&l != &loaded.front()) std::cout << '\n';
            std::cout << report_text(l.source->path(), *l.theory, report, color, o.worlds || o.witness,
                                     standing ? acceptance_text(*l.theory, *standing, Palette{color}) : "");
        }
    }
    if (o.output.format == Format::json) std::cout << (docs.size() == 1 ? docs[0] : docs).dump(2) << '\n';
    return exit_code;
}

}   // namespace

void setup_check(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CheckCommand>();
    auto* sub = app.add_subcommand("check", "Check files: consistency, claims, arguments, scenarios");
    sub->add_option("files", opt->files, "Elenchus files (.arg)")->required()->check(existing_file());
    add_output_options(*sub, opt->output);
    add_limit_options(*sub, opt->limits);
    add_input_option(*sub, opt->max_input);
    sub->add_option("--max-sets", opt->max_sets,
                    "At most this many minimal inconsistent sets are enumerated (default 32)")
        ->check(whole_number(1'000'000));
    add_attacks_option(*sub, opt->attacks);
    sub->add_flag("--witness", opt->witness, "Show a world in which every asserted statement holds");
    sub->add_flag("--worlds", opt->worlds,
                  "In text output, show the witness worlds of open claims and the counterexamples of invalid arguments "
                  "(JSON always has them)");
    sub->footer("Examples:\n"
                "  elenchus check examples/azerbaijan-nato.arg\n"
                "  elenchus check --format json --timeout 2 examples/*.arg\n"
                "  elenchus check --attacks all examples/classroom-phones.arg\n\n"
                "A file with arguments gets an Acceptance section: each argument's grounded label (in, out,\n"
                "undec) and its acceptance under preferred and stable semantics, on the declared attacks\n"
                "(--attacks logical: the conflicts the checker finds; all: both).\n\n"
                "With several files and --format json, the output is an array of one object per file.\n"
                "Exit status: 0 nothing wrong found; 1 the baseline is inconsistent, an argument is\n"
                "invalid or circular, a claim is refuted or unknown, or a declared relation is flagged;\n"
                "2 bad input (nothing is checked).");
    sub->callback([opt, &exit_code] { exit_code = run_check(*opt); });
}

}   // namespace elenchus::cli
