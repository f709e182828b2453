// `elenchus proof FILE.arg PROOF... [--goal NAME]`: checks proofs a student wrote against
// the file, line by line (arguments/proofs/), and grades a class's submissions as CSV.
#include <iostream>
#include <map>
#include <memory>

#include <unistd.h>

#include <fmt/format.h>

#include "arguments/proofs/grade.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "cli/choices.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/proof_format.hpp"

namespace elenchus::cli {
namespace {

enum class ProofFormat { text, markdown, json, csv };

struct ProofCommand {
    std::string file;
    std::vector<std::string> proofs;
    std::string goal;
    bool hint = false;
    bool strict = false;
    ProofFormat format = ProofFormat::text;
    bool no_color = false;
    WarningOptions warnings;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
};

// A proof file read; `error` (for CSV) or the rendered diagnostics when it cannot be.
struct ReadProof {
    std::optional<proofs::ProofText> text;
    std::string first_error;
    std::string rendered;
    nlohmann::json diagnostics = nlohmann::json::array();
};

ReadProof read_one(logic::Theory const& theory, std::string const& path, std::size_t max_input, bool color) {
    ReadProof r;
    std::string error;
    auto content = read_input(path, max_input, error);
    if (!content) {
        r.first_error = error;
        r.rendered = "error: " + error + "\n";
        r.diagnostics.push_back({{"severity", "error"}, {"message", error}});
        return r;
    }
    SourceFile source(path, std::move(*content));
    Diagnostics diagnostics;
    auto text = proofs::read_proof(theory, source, diagnostics);
    if (!diagnostics.has_errors()) {
        r.text = std::move(text);
        return r;
    }
    auto const sorted = diagnostics.sorted();
    r.rendered = render(source, sorted, color);
    for (auto const& d : sorted) {
        auto const pos = source.position(d.span.begin);
        r.diagnostics.push_back(
            {{"severity", to_string(d.severity)}, {"line", pos.line}, {"column", pos.column}, {"message", d.message}});
        if (r.first_error.empty()) r.first_error = fmt::format("line {}:{}: {}", pos.line, pos.column, d.message);
    }
    return r;
}

int exit_for(proofs::ProofStatus s) { return s == proofs::ProofStatus::correct ? code(Exit::ok) : code(Exit::problem); }

int run_proof(ProofCommand const& o) {
    OutputOptions out;
    out.no_color = o.no_color;
    out.warnings = o.warnings;
    out.format = o.format == ProofFormat::json ? Format::json : Format::text;
    Loaded loaded = load(o.file, true, o.max_input);
    if (!loaded.theory) return fail_input(loaded, out);
    auto const& theory = *loaded.theory;
    bool const color = use_color(out, STDOUT_FILENO);
    proofs::GradeOptions options;
    options.strict = o.strict;
    options.hint = o.hint;
    options.limits = run_limits(o.limits);

    int exit_code = code(Exit::ok);
    auto docs = nlohmann::ordered_json::array();
    std::map<std::string, int> tally;
    if (o.format == ProofFormat::csv) std::cout << csv_header();
    for (auto const& path : o.proofs) {
        ReadProof r = read_one(theory, path, o.max_input, use_color(out, STDERR_FILENO));
        if (!r.text) {
            exit_code = code(Exit::bad_input);
            ++tally["unreadable"];
            if (o.format == ProofFormat::csv) std::cout << csv_unreadable(path, r.first_error);
            else if (o.format == ProofFormat::json) docs.push_back({{"proof", path}, {"diagnostics", r.diagnostics}});
            else std::cerr << r.rendered;
            continue;
        }
        std::string error;
        auto grade = proofs::grade(theory, *r.text, o.goal, options, error);
        if (!grade) {   // no such goal: the same for every submission
            return usage_error(out, o.file, error);
        }
        GradedProof g{path, std::move(*r.text), std::move(*grade)};
        exit_code = std::max(exit_code, exit_for(g.grade.status));
        ++tally[to_string(g.grade.status)];
        switch (o.format) {
        case ProofFormat::text: std::cout << graded_text(theory, g, color); break;
        case ProofFormat::markdown: std::cout << graded_markdown(theory, g); break;
        case ProofFormat::json: docs.push_back(graded_json(g)); break;
        case ProofFormat::csv: std::cout << csv_row(g); break;
        }
    }
    if (o.format == ProofFormat::json) std::cout << (docs.size() == 1 ? docs[0] : docs).dump(2) << '\n';
    if (o.format == ProofFormat::csv)
        std::cerr << fmt::format("{} proof{}: {} correct, {} wrong, {} incomplete, {} unreadable\n", o.proofs.size(),
                                 o.proofs.size() == 1 ? "" : "s", tally["correct"], tally["wrong"], tally["incomplete"],
                                 tally["unreadable"]);
    return exit_code;
}

}   // namespace

void setup_proof(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ProofCommand>();
    auto* sub = app.add_subcommand("proof", "Check a proof a student wrote, line by line, with countermodels");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->required()->check(existing_file());
    sub->add_option("proofs", opt->proofs, "Proof files (plain text; several for grading a class)")
        ->required()
        ->check(existing_file());
    sub->add_option("--goal", opt->goal, "The claim, argument or `inconsistency` proved (else the proof's header)");
    sub->add_flag("--hint", opt->hint, "For a proof that stops short: the next line of a derivation that completes it");
    sub->add_flag("--strict", opt->strict, "Refuse the rule `consequence (checked by Z3)`");
    static std::map<std::string, ProofFormat> const formats{{"text", ProofFormat::text},
                                                            {"markdown", ProofFormat::markdown},
                                                            {"json", ProofFormat::json},
                                                            {"csv", ProofFormat::csv}};
    sub->add_option("--format", opt->format, "Output format: text (default), markdown, json or csv (one row per proof)")
        ->transform(one_of(formats))
        ->option_text("text|markdown|json|csv");
    sub->add_flag("--no-color", opt->no_color, "Never colour the output (colour is used only on a terminal)");
    add_limit_options(*sub, opt->limits);
    add_warning_options(*sub, opt->warnings);
    add_input_option(*sub, opt->max_input);
    sub->footer("Examples:\n"
                "  elenchus proof examples/propositional-forms.arg mt.proof --goal modus_tollens\n"
                "  elenchus proof --hint examples/syllogisms.arg barbara.proof --goal barbara\n"
                "  elenchus proof --format csv --strict exercise.arg submissions/*.proof --goal c\n\n"
                "A proof is one numbered line per step: formula, rule, cited lines (`3  p -> q    MP 1, 2`),\n"
                "subproofs marked by '|' bars or indentation; docs/proofs.md lists the rules.\n"
                "Exit status: 0 every proof correct; 1 a proof has a wrong line or stops short;\n"
                "2 bad input or usage (a proof that cannot be read: line, column and a hint).");
    sub->callback([opt, &exit_code] { exit_code = run_proof(*opt); });
}

}   // namespace elenchus::cli
