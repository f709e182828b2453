// `elenchus map FILE --format dot|svg|html|png -o OUT [--scenario NAME]`: the argument map,
// coloured by what `check` finds, with every declared relation checked against the logic.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "arguments/explain/explain.hpp"
#include "arguments/map/render.hpp"
#include "arguments/verdicts/relations.hpp"
#include "arguments/verdicts/report.hpp"
#include "cli/choices.hpp"
#include "cli/acceptance.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/explain_format.hpp"
#include "cli/output_file.hpp"

namespace elenchus::cli {
namespace {

enum class MapFormat { dot, svg, html, png };

struct MapCommand {
    std::string file;
    MapFormat format = MapFormat::svg;
    std::string output = "-";
    std::string scenario;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
    bool no_check = false;
    bool no_explain = false;
    bool no_color = false;
    WarningOptions warnings;
    standing::AttackSource attacks = standing::AttackSource::declared;
};

std::string write_output(std::string const& path, std::string const& data) {
    if (path == "-") {
        std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
        std::cout.flush();
        return std::cout ? "" : "cannot write to standard output";
    }
    return write_output_file(path, data);
}

std::map<std::string, std::string> explanations(solver::Session& session, solver::Limits limits) {
    auto const& theory = session.theory();
    std::map<std::string, std::string> out;
    ExplainOptions options;
    options.limits = limits;
    // Re-checked lines keep the library's own caps per line (and the user's, when smaller),
    // and draw on the run's budget.
    auto tighter = [](unsigned a, unsigned b) { return a && b ? std::min(a, b) : std::max(a, b); };
    options.step_limits.timeout_ms = tighter(options.step_limits.timeout_ms, limits.timeout_ms);
    options.step_limits.rlimit = tighter(options.step_limits.rlimit, limits.rlimit);
    options.step_limits.run = limits.run;
    for (int c : theory.claims()) {
        auto const& name = theory.statements[static_cast<std::size_t>(c)].name;
        if (auto e = explain(session, name, options))
            out[name] = explanation_text(theory, *e, ExplainStyle::fitch, false);
    }
    return out;
}

// Colours the arguments by their grounded label and gives the HTML page every labelling
// to choose from: grounded, then each complete, preferred and stable extension.
void add_acceptance(map::Map& m, standing::Standing const& st) {
    auto const& g = st.graph;
    auto word = [](std::optional<standing::Label> l) {
        return l ? std::string(acceptability::to_string(*l)) : std::string("absent");
    };
    for (auto& n : m.nodes)
        for (std::size_t a = 0; a < g.arguments.size(); ++a)
            if (n.kind == map::NodeKind::argument && n.name == g.arguments[a]) n.acceptance = word(st.grounded[a]);
    m.attacks = to_string(g.source);
    for (auto const& sem : st.semantics) {
        std::string const name = standing::semantics_name(sem.semantics);
        if (sem.extensions.empty() && !sem.capped) m.no_extension.push_back(name);
        for (std::size_t k = 0; k < sem.extensions.size(); ++k) {
            map::AcceptanceView v;
            v.semantics = name;
            std::vector<std::string> members;
            for (auto a : sem.extensions[k]) members.push_back(g.arguments[a]);
            v.title = sem.semantics == standing::Semantics::grounded
                          ? fmt::format("grounded: {{{}}}", fmt::join(members, ", "))
                          : fmt::format("{} {} of {}{}: {{{}}}", name, k + 1, sem.extensions.size(),
                                        sem.capped ? "+" : "", fmt::join(members, ", "));
            auto const labels = st.labelling(sem.extensions[k]);
            for (std::size_t a = 0; a < g.arguments.size(); ++a) v.labels.emplace_back(g.arguments[a], word(labels[a]));
            m.acceptance.push_back(std::move(v));
        }
    }
}

int run_map(MapCommand const& o) {
    OutputOptions out;
    out.no_color = o.no_color;
    out.warnings = o.warnings;
    Loaded loaded = load(o.file, true, o.max_input);
    if (!loaded.theory) return fail_input(loaded, out);
    report_diagnostics(loaded, out);   // warnings
    auto const& theory = *loaded.theory;
    std::vector<int> asserted = theory.baseline();
    if (!o.scenario.empty()) {
        auto s = theory.find_scenario(o.scenario);
        if (!s) {
            std::vector<std::string> names;
            for (auto const& sc : theory.scenarios) names.push_back(sc.name);
            return flag_error(
                out, "--scenario", o.scenario,
                fmt::format("no scenario named '{}' in {}{}", o.scenario, o.file, did_you_mean(o.scenario, names)));
        }
        asserted = theory.asserted_in(theory.scenarios[static_cast<std::size_t>(*s)]);
    }
    if (o.format == MapFormat::png && !map::can_render("png"))
        return flag_error(
            out, "--format", "png",
            "this Graphviz has no PNG renderer (the cairo plugin, libgvc6's pango plugin); use --format svg");

    CheckOptions options;
    options.limits = run_limits(o.limits);
    Report report;
    std::vector<RelationVerdict> relations;
    std::optional<solver::Session> session;   // one for the check, the relations and the explanations
    if (!o.no_check) {
        session.emplace(theory, options.limits);
        report = check_theory(*session, options);
        relations = check_relations(*session, theory, asserted);
    }
    map::Map m = map::build_map(theory, report, relations, o.file, o.scenario);
    if (!o.no_check && !theory.arguments.empty()) {
        std::vector<int> dropped;
        if (!o.scenario.empty())
            dropped = theory.scenarios[static_cast<std::size_t>(*theory.find_scenario(o.scenario))].without;
        // Without an attack between arguments every argument is in: the map keeps its plain
        // argument colour rather than paint every one green.
        auto st = acceptance_of(theory, relations, o.attacks, dropped);
        if (st.attack_count() > 0) add_acceptance(m, st);
    }
    std::string dot = map::to_dot(m);

    std::string data;
    if (o.format == MapFormat::dot) {
        data = std::move(dot);
    } else {
        auto const deadline =
            options.limits.run ? options.limits.run->deadline : std::chrono::steady_clock::time_point::max();
        auto r = map::render_graphviz(dot, o.format == MapFormat::png ? "png" : "svg", deadline);
        if (!r.error.empty()) {
            // Nothing is written: a failure inside Graphviz is exit 3 with its reason, never a signal.
            std::cerr << "elenchus: Graphviz failed: " << r.error << '\n';
            return code(Exit::internal);
        }
        data = std::move(r.data);
        if (o.format == MapFormat::html) {
            // Explanations are of the baseline; a scenario's page shows its statuses only.
            std::map<std::string, std::string> why;
            if (session && !o.no_explain && o.scenario.empty()) why = explanations(*session, options.limits);
            data = map::to_html(m, data, why);
        }
    }
    if (auto error = write_output(o.output, data); !error.empty()) return usage_error(out, o.output, error);
    return code(Exit::ok);
}

}   // namespace

void setup_map(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<MapCommand>();
    auto* sub = app.add_subcommand("map", "Draw the argument map (DOT, SVG, PNG or an HTML report), relations checked");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->required()->check(existing_file());
    static std::map<std::string, MapFormat> const formats{
        {"dot", MapFormat::dot}, {"svg", MapFormat::svg}, {"html", MapFormat::html}, {"png", MapFormat::png}};
    sub->add_option("--format", opt->format,
                    "dot (Graphviz text), svg (default), html (a self-contained report) or png")
        ->transform(one_of(formats))
        ->option_text("dot|svg|html|png");
    sub->add_option("-o,--output", opt->output,
                    "Write here; - for standard output (default). A regular file is replaced atomically, keeping its "
                    "mode and owner; a link is written through; a device or FIFO is written as it is");
    sub->add_option("--scenario", opt->scenario,
                    "Draw this scenario: its statuses, dropped statements greyed, added ones shown");
    add_attacks_option(*sub, opt->attacks);
    add_limit_options(*sub, opt->limits);
    add_warning_options(*sub, opt->warnings);
    add_input_option(*sub, opt->max_input);
    sub->add_flag("--no-check", opt->no_check,
                  "Draw the structure only: no statuses, no relation checks (fast on huge files)");
    sub->add_flag("--no-explain", opt->no_explain, "HTML: leave out the step-by-step explanations of the claims");
    sub->add_flag("--no-color", opt->no_color, "Never colour the diagnostics");
    sub->footer("Examples:\n"
                "  elenchus map examples/azerbaijan-nato.arg --format html -o map.html\n"
                "  elenchus map examples/azerbaijan-nato.arg --format svg -o map.svg --scenario amended\n"
                "  elenchus map examples/syllogisms.arg --format dot | dot -Tpdf > map.pdf\n\n"
                "Nodes: claims (rounded, coloured by status: green follows, red refuted, yellow open,\n"
                "grey unknown), premises (solid), assumptions (dashed: unstated), hypotheses (dotted),\n"
                "axioms (grey, when used), arguments (filled by their grounded label: green in, red out,\n"
                "yellow undecided; blue with --no-check); purple: member of an inconsistent set. The HTML\n"
                "page colours the arguments by any complete, preferred or stable extension on request.\n"
                "Arrows: premise-of and concludes (premises flow down to conclusions), supports (green),\n"
                "attacks (red, labelled rebuts / undermines), a declared relation the logic does not\n"
                "bear out (dashed orange, with '?'), a conflict nobody declared (dotted purple).\n"
                "Layout and rendering run in a child process with Graphviz's libraries.\n"
                "Exit status: 0 the map was written, 2 bad input or usage (nothing written), 3 Graphviz failed\n"
                "or another internal error (nothing written).");
    sub->callback([opt, &exit_code] { exit_code = run_map(*opt); });
}

}   // namespace elenchus::cli
