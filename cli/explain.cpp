// `elenchus explain FILE NAME`: a proof-style explanation of a claim, an argument or
// `inconsistency`; `elenchus explain --verify FILE.json` re-checks one from scratch.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <unistd.h>

#include <fmt/format.h>

#include "arguments/explain/explain.hpp"
#include "arguments/explain/saved.hpp"
#include "arguments/explain/verify.hpp"
#include "arguments/verdicts/relations.hpp"
#include "cli/acceptance.hpp"
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/explain_format.hpp"
#include "cli/truth_table_format.hpp"
#include "solver/step_checker.hpp"

namespace elenchus::cli {
namespace {

struct ExplainCommand {
    std::string file;
    std::string name;
    std::string verify;
    ExplainStyle style = ExplainStyle::flat;
    ExplainFormat format = ExplainFormat::text;
    bool no_color = false;
    WarningOptions warnings;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
    std::size_t max_sets = 8;
    bool table = false;
    standing::AttackSource attacks = standing::AttackSource::declared;
};

int usage(std::string const& message) {
    std::cerr << "error: " << message << "\n  hint: 'elenchus explain --help' lists what it takes\n";
    return 2;
}

// The file a saved explanation is about: its "file" read beside the JSON first, then from
// the working directory (where `explain` ran and wrote the path as it was given).
std::optional<std::string> verified_file(std::string const& json_path, std::string const& file) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path const named(file);
    std::vector<fs::path> candidates;
    if (named.is_relative()) candidates.push_back(fs::path(json_path).parent_path() / named);
    candidates.push_back(named);
    for (auto const& c : candidates)
        if (fs::is_regular_file(c, ec)) return c.lexically_normal().string();
    return std::nullopt;
}

int run_verify(ExplainCommand const& o) {
    solver::Limits const limits = run_limits(o.limits);
    std::string error;
    auto text = read_input(o.verify, o.max_input, error);
    if (!text) return usage(error);
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(*text);
    } catch (nlohmann::json::exception const& e) {
        return usage(fmt::format("'{}' is not JSON: {}", o.verify, e.what()));
    }
    if (!doc.is_object() || !doc.contains("file") || !doc["file"].is_string())
        return usage(fmt::format("'{}' names no \"file\" the explanation is about", o.verify));
    auto const file = verified_file(o.verify, doc["file"].get<std::string>());
    if (!file)
        return usage(fmt::format("'{}' names \"file\" '{}', which is not a readable regular file (looked for "
                                 "it beside the JSON and in the working directory)",
                                 o.verify, doc["file"].get<std::string>()));
    Loaded loaded = load(*file, true, o.max_input);
    if (!loaded.theory) {
        OutputOptions out;
        out.no_color = o.no_color;
        out.warnings = o.warnings;
        report_diagnostics(loaded, out);
        return 2;
    }
    auto const& theory = *loaded.theory;
    ReadBack back = read_explanation(theory, doc);
    auto reject = [&](int line, std::string const& message) {
        if (line > 0) std::cerr << fmt::format("{}: line {}: {}\n", o.verify, line, message);
        else std::cerr << fmt::format("{}: {}\n", o.verify, message);
        return 1;
    };
    if (!back.message.empty()) return reject(back.bad_line, back.message);
    std::size_t lines = 0;
    for (std::size_t k = 0; k < back.derivations.size(); ++k) {
        auto const& d = back.derivations[k];
        solver::StepChecker checker(theory, limits);
        auto check = check_derivation(theory, d, checker);
        if (!check.ok) {
            if (back.derivations.size() > 1) check.message = fmt::format("(derivation {}) {}", k + 1, check.message);
            return reject(check.line, check.message);
        }
        lines += d.steps.size();
    }
    std::cout << fmt::format("{}: verified against {}: {} derivation{}, {} lines, each re-checked by Z3\n", o.verify,
                             *file, back.derivations.size(), back.derivations.size() == 1 ? "" : "s", lines);
    return 0;
}

// How the named argument stands among the file's arguments, or the named statement when
// arguments conclude it (its acceptance follows theirs), when the argument, or one concluding
// the statement, attacks or is attacked: one that takes part in no attack is simply in, with
// nothing to explain.
struct Acceptance {
    standing::Standing st;
    std::optional<std::size_t> argument;     // Graph::arguments index
    std::optional<std::size_t> conclusion;   // Standing::conclusions index
};

std::optional<Acceptance> acceptance_for(logic::Theory const& theory, std::string const& name,
                                         standing::AttackSource source, solver::Limits const& limits) {
    auto const statement = theory.find_argument(name) ? std::nullopt : theory.find_statement(name);
    bool const concluded = statement && std::any_of(theory.arguments.begin(), theory.arguments.end(),
                                                    [&](auto const& a) { return a.conclusion == *statement; });
    if (!theory.find_argument(name) && !concluded) return std::nullopt;
    std::vector<RelationVerdict> relations;
    if (needs_relations(source)) {
        solver::Session session(theory, limits);
        relations = check_relations(session, theory, theory.baseline());
    }
    Acceptance acc{acceptance_of(theory, relations, source), std::nullopt, std::nullopt};
    auto const& g = acc.st.graph;
    std::vector<std::size_t> involved;   // the argument, or the arguments concluding the statement
    for (std::size_t a = 0; a < g.arguments.size(); ++a)
        if (statement ? g.conclusions[a] == *statement : g.arguments[a] == name) involved.push_back(a);
    if (statement) {
        for (std::size_t c = 0; c < acc.st.conclusions.size(); ++c)
            if (acc.st.conclusions[c].statement == *statement) acc.conclusion = c;
        if (!acc.conclusion) return std::nullopt;
    } else {
        acc.argument = involved.front();
    }
    for (auto const& e : g.attacks)
        for (auto a : involved)
            if (e.from == a || e.to == a) return acc;
    return std::nullopt;
}

int run_explain(ExplainCommand const& o) {
    if (!o.verify.empty()) {
        if (!o.file.empty()) return usage("--verify takes the JSON explanation alone, not FILE NAME");
        return run_verify(o);
    }
    if (o.file.empty() || o.name.empty()) return usage("explain needs FILE and NAME (or --verify FILE.json)");
    OutputOptions out;
    out.no_color = o.no_color;
    out.warnings = o.warnings;
    out.format = o.format == ExplainFormat::json ? Format::json : Format::text;
    Loaded loaded = load(o.file, true, o.max_input);
    if (!loaded.theory) return fail_input(loaded, out);
    report_diagnostics(loaded, out);   // warnings
    if (o.table)
        return print_truth_table(*loaded.source, *loaded.theory, o.name, o.format,
                                 [&] { return argument_problems(*loaded.theory, o.name, run_limits(o.limits)); });

    ExplainOptions options;
    options.limits = run_limits(o.limits);
    // Each re-checked line is a query of its own, under the same limits.
    options.step_limits = options.limits;
    options.max_sets = o.max_sets;
    auto e = explain(*loaded.theory, o.name, options);
    if (!e) {
        if (o.format == ExplainFormat::json) {
            nlohmann::json doc{{"file", o.file}, {"diagnostics", {{{"severity", "error"}, {"message", e.error}}}}};
            std::cout << doc.dump(2) << '\n';
        } else {
            std::cerr << "error: " << e.error << '\n';
        }
        return 2;
    }
    auto const& theory = *loaded.theory;
    auto const acc = acceptance_for(theory, o.name, o.attacks, options.limits);
    auto acceptance_text = [&](Palette const& p) {
        return acc->argument ? why_text(acc->st, *acc->argument, p)
                             : conclusion_why_text(theory, acc->st, acc->st.conclusions[*acc->conclusion], p);
    };
    bool const color = use_color(out, STDOUT_FILENO);
    switch (o.format) {
    case ExplainFormat::json: {
        auto doc = explanation_json(o.file, theory, *e);
        if (acc)
            doc["acceptance"] = acc->argument
                                    ? why_json(acc->st, *acc->argument)
                                    : conclusion_why_json(theory, acc->st, acc->st.conclusions[*acc->conclusion]);
        std::cout << doc.dump(2) << '\n';
        break;
    }
    case ExplainFormat::markdown:
        std::cout << explanation_markdown(theory, *e, o.style);
        if (acc) std::cout << "```text" << acceptance_text(Palette{false}) << "```\n";
        break;
    case ExplainFormat::text:
        std::cout << explanation_text(theory, *e, o.style, color);
        if (acc) std::cout << acceptance_text(Palette{color});
        break;
    }
    return explanation_exit_code(*e);
}

}   // namespace

void setup_explain(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExplainCommand>();
    auto* sub = app.add_subcommand("explain", "Explain a claim, an argument or `inconsistency` step by step");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->check(existing_file());
    sub->add_option("name", opt->name, "A claim, an argument, or `inconsistency`");
    sub->add_option("--verify", opt->verify, "Re-check a JSON explanation (from --format json) in a fresh Z3 context")
        ->check(existing_file());
    static std::map<std::string, ExplainStyle> const styles{{"flat", ExplainStyle::flat},
                                                            {"fitch", ExplainStyle::fitch}};
    static std::map<std::string, ExplainFormat> const formats{
        {"text", ExplainFormat::text}, {"markdown", ExplainFormat::markdown}, {"json", ExplainFormat::json}};
    sub->add_option("--style", opt->style, "flat (default): a numbered chain; fitch: nested, indented subproofs")
        ->transform(one_of(styles))
        ->option_text("flat|fitch");
    sub->add_option("--format", opt->format, "Output format: text (default), markdown or json")
        ->transform(one_of(formats))
        ->option_text("text|markdown|json");
    sub->add_flag("--no-color", opt->no_color, "Never colour the output (colour is used only on a terminal)");
    sub->add_flag(
        "--table", opt->table,
        "The truth table of a propositional claim or argument (at most 8 atoms), its invalidating rows marked");
    add_attacks_option(*sub, opt->attacks);
    add_limit_options(*sub, opt->limits);
    add_warning_options(*sub, opt->warnings);
    add_input_option(*sub, opt->max_input);
    sub->add_option("--max-sets", opt->max_sets, "inconsistency: explain at most this many minimal sets (default 8)")
        ->check(whole_number(1'000'000));
    sub->footer("Examples:\n"
                "  elenchus explain examples/azerbaijan-nato.arg legal_barrier\n"
                "  elenchus explain --style fitch examples/azerbaijan-nato.arg no_article5\n"
                "  elenchus explain --format json examples/azerbaijan-nato.arg barrier > barrier.json\n"
                "  elenchus explain --verify barrier.json\n"
                "  elenchus explain --table examples/propositional-forms.arg modus_tollens\n"
                "  elenchus explain examples/classroom-phones.arg pro\n\n"
                "For an argument that attacks or is attacked, an Acceptance part says why it is in, out\n"
                "(the attacker that is in) or undecided (the attack cycle it sits on), on the attack graph\n"
                "of --attacks (declared by default); for a claim that such arguments conclude, how it\n"
                "stands (as its arguments do) and why each of them stands as it does.\n"
                "Each line names its rule and the lines it uses; every line is re-checked by Z3 from the\n"
                "lines it cites, and only the statements of one minimal support set are used.\n"
                "Exit status: 0 explained (a claim that follows or is open, a valid argument, a consistent\n"
                "file) or verified; 1 what was explained is a problem (refuted, unknown, invalid,\n"
                "inconsistent; an argument that is circular or whose premises contradict each other,\n"
                "as check counts it) or --verify rejects a line; 2 bad input or usage.");
    sub->callback([opt, &exit_code] { exit_code = run_explain(*opt); });
}

}   // namespace elenchus::cli
