// `elenchus fmt FILE... [--check | --in-place]`: the canonical layout of a file.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/choices.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/output_file.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer_source.hpp"

namespace elenchus::cli {
namespace {

struct FmtCommand {
    std::vector<std::string> files;
    bool check = false;
    bool in_place = false;
    bool unicode = false;
    OutputOptions output;
    std::size_t max_input = default_max_input;
};

// What happened to one file; becomes a line of text or a JSON object.
struct Outcome {
    std::string path;
    int exit_code = code(Exit::ok);
    bool canonical = false;
    bool written = false;
    std::string text;                                       // the canonical text
    std::string error;                                      // why it could not be formatted or written
    nlohmann::json diagnostics = nlohmann::json::array();   // when it does not parse
};

Outcome format_file(std::string const& path, FmtCommand const& o) {
    Outcome out;
    out.path = path;
    Loaded l = load(path, /*check_names=*/false, o.max_input);
    if (!l.read_error.empty() || l.diagnostics.has_errors()) {
        report_diagnostics(l, o.output);   // text on stderr; nothing in JSON mode
        out.diagnostics = diagnostics_json(l);
        out.exit_code = code(Exit::bad_input);
        return out;
    }
    out.text = print(l.file, l.source->text(), PrintOptions{o.unicode});
    out.canonical = out.text == l.source->text();

    // The layout must never change what the file says: re-parse and compare before the
    // text goes anywhere.
    SourceFile again(path, out.text);
    Diagnostics d;
    ast::File reparsed = parse(again, d);
    if (d.has_errors() || !ast::same(reparsed, l.file)) {
        out.exit_code = code(Exit::internal);
        out.error = "internal error: the canonical text would not parse back to the same file; "
                    "the file is left as it is";
        return out;
    }

    if (o.check) {
        out.exit_code = code(out.canonical ? Exit::ok : Exit::problem);
    } else if (o.in_place && !out.canonical) {
        out.error = write_output_file(path, out.text);
        out.written = out.error.empty();
        out.exit_code = code(out.written ? Exit::ok : Exit::bad_input);
    }
    return out;
}

int run_fmt(FmtCommand const& o) {
    int exit_code = code(Exit::ok);
    auto docs = nlohmann::json::array();
    for (auto const& path : o.files) {
        Outcome r = format_file(path, o);
        exit_code = std::max(exit_code, r.exit_code);
        if (o.output.format == Format::json) {
            nlohmann::json doc{{"file", r.path}};
            if (!r.diagnostics.empty()) {
                doc["diagnostics"] = r.diagnostics;
            } else {
                doc["canonical"] = r.canonical;
                if (o.in_place) doc["written"] = r.written;
                if (!o.check && !o.in_place && r.exit_code == code(Exit::ok)) doc["text"] = r.text;
                if (!r.error.empty()) doc["error"] = r.error;
            }
            docs.push_back(std::move(doc));
            continue;
        }
        if (!r.error.empty()) std::cerr << "error: " << r.path << ": " << r.error << '\n';
        else if (o.check && r.exit_code == code(Exit::problem)) std::cerr << "would reformat " << r.path << '\n';
        else if (!o.check && !o.in_place && r.exit_code == code(Exit::ok)) std::cout << r.text;
    }
    if (o.output.format == Format::json) std::cout << (docs.size() == 1 ? docs[0] : docs).dump(2) << '\n';
    return exit_code;
}

}   // namespace

void setup_fmt(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<FmtCommand>();
    auto* sub = app.add_subcommand("fmt", "Print files in the canonical layout, check it, or rewrite them");
    sub->add_option("files", opt->files, "Elenchus files (.arg)")->required()->check(existing_file());
    auto* check = sub->add_flag("--check", opt->check,
                                "Print nothing; exit 1 and name each file that is not in the canonical layout");
    sub->add_flag("--in-place,-i", opt->in_place,
                  "Rewrite each file that is not canonical (atomically, keeping mode, owner and hard links; a file "
                  "that does not parse is never touched)")
        ->excludes(check);
    sub->add_flag("--unicode", opt->unicode,
                  "Print the connectives and quantifiers as symbols (¬ ∧ ∨ → ↔ ∀ ∃ ⊥ ⊤ ≠ ≤ ≥); the default is ASCII");
    add_output_options(*sub, opt->output);
    add_input_option(*sub, opt->max_input);
    sub->footer("Examples:\n"
                "  elenchus fmt examples/syllogisms.arg              print the canonical text\n"
                "  elenchus fmt --check examples/*.arg               exit 1 if any file would change\n"
                "  elenchus fmt --in-place examples/syllogisms.arg   rewrite the file\n"
                "  elenchus fmt --format json --check draft.arg      {\"file\": ..., \"canonical\": false}\n\n"
                "Only the syntax matters: a file with unknown names or type errors is still formatted.\n"
                "Formatting twice changes nothing, and the file means the same before and after;\n"
                "comments are kept. With several files and --format json, the output is an array of\n"
                "one object per file.\n"
                "Exit status: 0 done (with --check: every file is canonical); 1 with --check, some\n"
                "file would change; 2 a file does not parse or cannot be written (it is left as it\n"
                "was); 3 internal error.");
    sub->callback([opt, &exit_code] { exit_code = run_fmt(*opt); });
}

}   // namespace elenchus::cli
