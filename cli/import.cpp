// `elenchus import FILE.argdown [-o FILE.arg]`: an Argdown map as an Elenchus file
// (arguments/argdown/import.hpp). The file written is checked by the front end before it is
// written and printed in `fmt`'s canonical layout; what could not be carried over is listed on
// stderr with its Argdown position.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "arguments/argdown/document.hpp"
#include "arguments/argdown/import.hpp"
#include "cli/app.hpp"
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/output_file.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer.hpp"

namespace elenchus::cli {
namespace {

struct ImportCommand {
    std::string file;
    std::string output;
    OutputOptions format;
    std::size_t max_input = default_max_input;
};

nlohmann::json message_json(std::string const& file, argdown::Diagnostic const& d) {
    return {{"severity", d.severity == argdown::Diagnostic::Severity::error ? "error" : "note"},
            {"file", file},
            {"line", d.at.line},
            {"column", d.at.column},
            {"message", d.message}};
}

int run_import(ImportCommand const& o) {
    std::string error;
    auto text = read_input(o.file, o.max_input, error);
    if (!text) return usage_error(o.format, o.file, error);
    argdown::Document doc = argdown::read_document(*text);
    auto messages = nlohmann::json::array();
    auto say = [&](argdown::Diagnostic const& d) {
        bool const note = d.severity != argdown::Diagnostic::Severity::error;
        if (o.format.format == Format::json) messages.push_back(message_json(o.file, d));
        else if (!(note && o.format.warnings.quiet))   // -q: the notes go, errors stay
            std::cerr << fmt::format("{}:{}:{}: {}: {}\n", o.file, d.at.line, d.at.column, note ? "note" : "error",
                                     d.message);
    };
    if (doc.has_errors()) {
        for (auto const& d : doc.diagnostics) say(d);
        if (o.format.format == Format::json)
            std::cout << nlohmann::json{{"file", o.file}, {"diagnostics", messages}}.dump(2) << '\n';
        return code(Exit::bad_input);
    }
    argdown::Imported imported = argdown::to_elenchus(doc, o.file);
    for (auto const& d : doc.diagnostics) say(d);
    for (auto const& d : imported.notes) say(d);

    // The importer promises a file that checks; one that does not is a bug, not bad input.
    std::string target = o.output.empty() ? "<import>" : o.output;
    SourceFile source(target, imported.text);
    Diagnostics diagnostics;
    ast::File file = parse(source, diagnostics);
    if (!diagnostics.has_errors()) check(file, diagnostics);
    if (diagnostics.has_errors()) {
        std::cerr << "elenchus: internal error: the imported file does not check:\n"
                  << render(source, diagnostics.sorted(), false) << imported.text;
        return code(Exit::internal);
    }
    std::string out = print(file);
    if (!o.output.empty()) {
        if (auto failed = write_output_file(o.output, out); !failed.empty())
            return usage_error(o.format, o.file, failed);
    }
    if (o.format.format == Format::json) {
        nlohmann::json j{{"file", o.file}, {"diagnostics", messages}};
        if (o.output.empty()) j["arg"] = out;
        else j["output"] = o.output;
        std::cout << j.dump(2) << '\n';
    } else if (o.output.empty()) std::cout << out;
    return code(Exit::ok);
}

}   // namespace

void setup_import(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ImportCommand>();
    auto* sub = app.add_subcommand("import", "Turn an Argdown map into an Elenchus file");
    sub->add_option("file", opt->file, "Argdown file (.argdown, .ad)")->required()->check(existing_file());
    sub->add_option("-o,--output", opt->output, "Write the Elenchus file here (default: standard output)");
    add_output_options(*sub, opt->format);
    add_input_option(*sub, opt->max_input);
    sub->footer("Examples:\n"
                "  elenchus import debate.argdown -o debate.arg && elenchus check debate.arg\n"
                "Statements become propositions with their text as `means` (their `formalization`\n"
                "data, if any, as their formula), reconstructed arguments `argument ... from ...\n"
                "therefore ...`, relations `supports` and `attacks`. What could not be carried over\n"
                "is listed on stderr as FILE:LINE:COL: note: ... (-q silences these notes). Malformed\n"
                "Argdown: exit 2.\n"
                "See docs/argdown.md.");
    sub->callback([opt, &exit_code] { exit_code = run_import(*opt); });
}

}   // namespace elenchus::cli
