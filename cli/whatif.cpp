// `elenchus whatif FILE`: scenarios beside the baseline (named or ad hoc), and for one claim
// the load-bearing statements and supports (--sweep), the minimal sets whose removal breaks
// it (--break) and the minimal hypothesis sets that would make it follow (--make).
#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>
#include <memory>

#include <unistd.h>

#include <fmt/format.h>

#include "arguments/verdicts/relations.hpp"
#include "arguments/verdicts/verdicts.hpp"
#include "arguments/whatif/whatif.hpp"
#include "cli/acceptance.hpp"
#include "cli/choices.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/whatif_format.hpp"
#include "grammar/checker.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer.hpp"

namespace elenchus::cli {
namespace {

struct WhatifCommand {
    std::string file;
    std::string scenario;
    std::vector<std::string> without, with, assume;
    std::string save;
    std::string sweep, break_claim, make;
    OutputOptions output;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
    std::size_t max_sets = 64;
    standing::AttackSource attacks = standing::AttackSource::declared;

    bool adhoc_given() const { return !without.empty() || !with.empty() || !assume.empty(); }
};

std::vector<std::string> names_where(logic::Theory const& t, std::vector<int> const& indices) {
    std::vector<std::string> r;
    for (int i : indices) r.push_back(t.statements[static_cast<std::size_t>(i)].name);
    return r;
}

bool contains(std::vector<int> const& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

struct NameAt {
    std::string name;
    ast::Span span;
};

// `a, b ,c` → the names with their byte ranges in the flag's text.
std::vector<NameAt> split_names(std::string const& text, Diagnostics& d) {
    std::vector<NameAt> names;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::size_t b = start, e = end;
        while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
        while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
        ast::Span span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
        if (b == e)
            d.error({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}, "expected a statement name");
        else names.push_back({text.substr(b, e - b), span});
        start = end + 1;
    }
    return names;
}

// The statement names given to a repeatable flag (`--without a,b --without c`), added to `into`
// once each. A name that is not a statement gets a suggestion from `pool`; `problem` says why a
// statement cannot be used here (empty: it can). On an error, the exit code.
std::optional<int> resolve_names(logic::Theory const& theory, std::string const& flag,
                                 std::vector<std::string> const& texts, std::vector<int> const& pool,
                                 std::function<std::string(std::string const&, int)> const& problem,
                                 std::vector<int>& into, OutputOptions const& output) {
    for (auto const& text : texts) {
        FlagInput e(flag, text);
        for (auto const& n : split_names(text, e.diagnostics())) {
            auto i = theory.find_statement(n.name);
            std::string why =
                i ? problem(n.name, *i)
                  : fmt::format("no statement named '{}'{}", n.name, did_you_mean(n.name, names_where(theory, pool)));
            if (!why.empty()) e.diagnostics().error(n.span, std::move(why));
            else if (!contains(into, *i)) into.push_back(*i);
        }
        if (e.failed()) return e.report(output);
    }
    return std::nullopt;
}

std::string world_name(logic::Theory const& t, std::optional<int> scenario) {
    return scenario ? "scenario " + t.scenarios[static_cast<std::size_t>(*scenario)].name : "the baseline";
}

// An ASCII identifier, [A-Za-z_][A-Za-z0-9_]*, that is not a reserved word. (Not std::regex:
// GCC 12 warns falsely, -Wmaybe-uninitialized, inside <regex> in the sanitize build.)
bool valid_scenario_name(std::string const& name) {
    auto const letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
    return !name.empty() && letter(name.front()) &&
           std::all_of(name.begin() + 1, name.end(), [&](char c) { return letter(c) || lexical::is_digit(c); }) &&
           !lexical::is_reserved(name);
}

// ---- ad hoc: the changes the flags ask for, checked against the file --------------------

// --save: a fresh identifier, and something to save.
std::optional<int> read_save(WhatifCommand const& o, logic::Theory const& theory, whatif::AdHoc& adhoc) {
    if (o.save.empty()) return std::nullopt;
    std::string why;
    if (!o.adhoc_given()) why = "nothing to save: give the changes with --without, --with or --assume";
    else if (!valid_scenario_name(o.save)) why = "a scenario name must be an identifier";
    else if (theory.find_statement(o.save) || theory.find_argument(o.save) || theory.find_scenario(o.save))
        why = fmt::format("'{}' is already declared in {}", o.save, o.file);
    if (!why.empty()) return flag_error(o.output, "--save", o.save, std::move(why));
    adhoc.name = o.save;
    return std::nullopt;
}

std::optional<int> read_scenario(WhatifCommand const& o, logic::Theory const& theory, whatif::AdHoc& adhoc) {
    if (o.scenario.empty()) return std::nullopt;
    adhoc.base = theory.find_scenario(o.scenario);
    if (!adhoc.base) {
        std::vector<std::string> known;
        for (auto const& s : theory.scenarios) known.push_back(s.name);
        return flag_error(o.output, "--scenario", o.scenario,
                          fmt::format("no scenario named '{}'{}", o.scenario, did_you_mean(o.scenario, known)));
    }
    adhoc.name = o.scenario + (o.adhoc_given() ? "_adhoc" : "");
    return std::nullopt;
}

// --without and --with, against the world the changes start from.
std::optional<int> read_statements(WhatifCommand const& o, logic::Theory const& theory, whatif::AdHoc& adhoc) {
    std::vector<int> const before =
        adhoc.base ? theory.asserted_in(theory.scenarios[static_cast<std::size_t>(*adhoc.base)]) : theory.baseline();
    auto const not_asserted = [&](std::string const& name, int i) {
        return contains(before, i) ? std::string()
                                   : fmt::format("'{}' is not asserted in {}, so it cannot be dropped", name,
                                                 world_name(theory, adhoc.base));
    };
    if (auto failed = resolve_names(theory, "--without", o.without, before, not_asserted, adhoc.without, o.output))
        return failed;
    std::vector<int> const candidates = whatif::open_hypotheses(theory, before, adhoc.base);
    auto const not_hypothesis = [&](std::string const& name, int i) {
        if (contains(before, i))
            return fmt::format("'{}' is already asserted in {}", name, world_name(theory, adhoc.base));
        if (!contains(candidates, i))
            return fmt::format("'{}' is a {}, not a hypothesis: only hypotheses can be turned on", name,
                               ast::to_string(theory.statements[static_cast<std::size_t>(i)].kind));
        return std::string();
    };
    return resolve_names(theory, "--with", o.with, candidates, not_hypothesis, adhoc.with, o.output);
}

// --assume: each formula parsed and checked in the file's vocabulary; `formulas` keeps what
// was written, for --save.
std::optional<int> read_assumptions(WhatifCommand const& o, logic::Theory const& theory, whatif::AdHoc& adhoc,
                                    std::vector<ast::Expr>& formulas) {
    for (auto const& text : o.assume) {
        FlagInput e("--assume", text);
        auto expr = parse_formula(e.source(), e.diagnostics());
        std::optional<logic::Term> term;
        if (expr && !e.failed()) term = check_formula(theory, *expr, e.diagnostics());
        if (e.failed() || !term) return e.report(o.output);
        formulas.push_back(*expr);
        adhoc.assumed.push_back(std::move(*term));
    }
    return std::nullopt;
}

// The `scenario` block that declares the ad hoc scenario, to paste into the file.
std::string scenario_block(logic::Theory const& theory, whatif::AdHoc const& adhoc,
                           std::vector<ast::Expr> const& formulas) {
    std::string out = "scenario " + adhoc.name + " {\n";
    if (!adhoc.without.empty())
        out += "  without " + fmt::format("{}", fmt::join(names_where(theory, adhoc.without), ", ")) + "\n";
    if (!adhoc.with.empty())
        out += "  with " + fmt::format("{}", fmt::join(names_where(theory, adhoc.with), ", ")) + "\n";
    logic::Theory const full = whatif::with_adhoc(theory, adhoc);
    auto const& declared = full.scenarios.back().statements;
    for (std::size_t k = 0; k < formulas.size(); ++k)
        out += fmt::format("  premise {}: {}\n", full.statements[static_cast<std::size_t>(declared[k])].name,
                           print(formulas[k]));
    return out + "}\n";
}

int save_mode(WhatifCommand const& o, logic::Theory const& theory, whatif::AdHoc const& adhoc,
              std::vector<ast::Expr> const& formulas) {
    std::string block = scenario_block(theory, adhoc, formulas);
    if (o.output.format == Format::json)
        std::cout << nlohmann::json{{"file", o.file}, {"scenario", o.save}, {"block", block}}.dump(2) << '\n';
    else std::cout << block;
    return code(Exit::ok);
}

// ---- the analyses, on one Session over the theory with the ad hoc scenario added ---------

struct Run {
    WhatifCommand const& o;
    logic::Theory const& full;
    std::optional<int> world;   // the scenario analysed in, else the baseline
    whatif::Options options;
    solver::Session& session;
    bool color;
    bool json;

    std::vector<int> asserted() const {
        return world ? full.asserted_in(full.scenarios[static_cast<std::size_t>(*world)]) : full.baseline();
    }
    WorldLabel where() const {
        return {o.file, world ? full.scenarios[static_cast<std::size_t>(*world)].name : "baseline"};
    }
};

Exit undecided_if(bool undecided) { return undecided ? Exit::problem : Exit::ok; }

int sweep_mode(Run const& r, int claim) {
    auto s = whatif::sweep(r.session, r.asserted(), claim, r.options);
    std::cout << (r.json ? sweep_json(r.where(), s).dump(2) + "\n" : sweep_text(r.where(), r.full, s, r.color));
    return code(undecided_if(
        s.status == ClaimStatus::unknown || !s.reason.empty() ||
        std::any_of(s.drops.begin(), s.drops.end(), [](auto const& d) { return d.status == ClaimStatus::unknown; })));
}

int break_mode(Run const& r, int claim) {
    auto b = whatif::break_claim(r.session, r.asserted(), claim, r.options);
    std::cout << (r.json ? break_json(r.where(), b).dump(2) + "\n" : break_text(r.where(), r.full, b, r.color));
    return code(undecided_if(b.status == ClaimStatus::unknown || !b.reason.empty()));
}

int make_mode(Run const& r, int claim) {
    auto const world = r.asserted();
    auto hypotheses = whatif::open_hypotheses(r.full, world, r.world);
    auto m = whatif::make_claim(r.session, world, hypotheses, claim, r.options);
    std::cout << (r.json ? make_json(r.where(), m).dump(2) + "\n" : make_text(r.where(), m, r.color));
    return code(undecided_if(m.status == ClaimStatus::unknown || !m.reason.empty()));
}

// --sweep, --break or --make CLAIM: a claim of the world analysed.
int claim_mode(Run const& r) {
    auto const& o = r.o;
    std::string const flag = !o.sweep.empty() ? "--sweep" : !o.break_claim.empty() ? "--break" : "--make";
    std::string const name = !o.sweep.empty() ? o.sweep : !o.break_claim.empty() ? o.break_claim : o.make;
    std::vector<int> const claims =
        verdicts::claims_of(r.full, r.world ? &r.full.scenarios[static_cast<std::size_t>(*r.world)] : nullptr);
    auto c = r.full.find_statement(name);
    if (!c || !contains(claims, *c))
        return flag_error(
            o.output, flag, name,
            !c ? fmt::format("no claim named '{}'{}", name, did_you_mean(name, names_where(r.full, claims)))
               : fmt::format("'{}' is a {}, not a claim", name,
                             ast::to_string(r.full.statements[static_cast<std::size_t>(*c)].kind)));
    if (!o.sweep.empty()) return sweep_mode(r, *c);
    if (!o.break_claim.empty()) return break_mode(r, *c);
    return make_mode(r, *c);
}

// The arguments' acceptance in a world: the baseline (nullopt) or a scenario, whose dropped
// statements take the arguments that use them out of its framework.
standing::Standing acceptance_in(Run const& r, std::optional<int> scenario) {
    std::vector<int> asserted = r.full.baseline(), dropped;
    if (scenario) {
        auto const& s = r.full.scenarios[static_cast<std::size_t>(*scenario)];
        asserted = r.full.asserted_in(s);
        dropped = s.without;
    }
    std::vector<RelationVerdict> relations;
    if (needs_relations(r.o.attacks)) relations = check_relations(r.session, r.full, asserted);
    return acceptance_of(r.full, relations, r.o.attacks, dropped);
}

// The scenario analysed (named or ad hoc) beside the baseline, else every scenario of the file.
int scenario_mode(Run const& r) {
    auto const& o = r.o;
    std::vector<int> compared;
    if (r.world) compared.push_back(*r.world);
    else
        for (std::size_t k = 0; k < r.full.scenarios.size(); ++k) compared.push_back(static_cast<int>(k));
    if (compared.empty())
        return usage_error(o.output, o.file,
                           fmt::format("{} declares no scenario; give --scenario, --without, --with or "
                                       "--assume, or --sweep, --break or --make CLAIM",
                                       o.file));
    Exit status = Exit::ok;
    auto docs = nlohmann::json::array();
    whatif::Baseline const base = whatif::baseline(r.session, r.options);
    // Acceptance is about arguments: a file without any keeps its output as it was.
    bool const arguments = !r.full.arguments.empty();
    std::optional<standing::Standing> base_standing;
    if (arguments) base_standing = acceptance_in(r, std::nullopt);
    for (int k : compared) {
        auto cmp = whatif::compare(r.session, base, k, r.options);
        std::optional<standing::Standing> standing;
        if (arguments) standing = acceptance_in(r, k);
        for (auto const& cl : cmp.claims)
            if (cl.scenario.status == ClaimStatus::unknown) status = Exit::problem;
        if (!cmp.consistency.consistent.has_value()) status = Exit::problem;
        if (r.json) {
            auto doc = comparison_json(cmp);
            doc["file"] = o.file;
            if (standing) doc["acceptance"] = acceptance_change_json(r.full, *base_standing, *standing);
            docs.push_back(std::move(doc));
        } else {
            if (k != compared.front()) std::cout << '\n';
            std::cout << comparison_text({o.file, cmp.scenario}, r.full, cmp, r.color);
            if (standing) std::cout << acceptance_change_text(r.full, *base_standing, *standing, Palette{r.color});
        }
    }
    if (r.json)
        std::cout << (r.world ? docs[0] : nlohmann::json{{"file", o.file}, {"scenarios", docs}}).dump(2) << '\n';
    return code(status);
}

int run_whatif(WhatifCommand const& o) {
    Loaded l = load(o.file, true, o.max_input);
    if (!l.theory) return fail_input(l, o.output);
    report_diagnostics(l, o.output);   // warnings
    logic::Theory const& theory = *l.theory;

    whatif::AdHoc adhoc;
    std::vector<ast::Expr> formulas;
    if (auto failed = read_save(o, theory, adhoc)) return *failed;
    if (auto failed = read_scenario(o, theory, adhoc)) return *failed;
    if (auto failed = read_statements(o, theory, adhoc)) return *failed;
    if (auto failed = read_assumptions(o, theory, adhoc, formulas)) return *failed;
    if (!o.save.empty()) return save_mode(o, theory, adhoc, formulas);

    logic::Theory const full = o.adhoc_given() ? whatif::with_adhoc(theory, adhoc) : theory;
    std::optional<int> world = adhoc.base;
    if (o.adhoc_given()) world = static_cast<int>(full.scenarios.size()) - 1;
    whatif::Options options;
    options.check.limits = run_limits(o.limits);
    options.check.max_inconsistent_sets = o.max_sets;
    options.max_sets = o.max_sets;
    solver::Session session(full, options.check.limits);
    Run const r{o, full, world, options, session, use_color(o.output, STDOUT_FILENO), o.output.format == Format::json};
    bool const claim_given = !o.sweep.empty() || !o.break_claim.empty() || !o.make.empty();
    return claim_given ? claim_mode(r) : scenario_mode(r);
}

}   // namespace

void setup_whatif(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<WhatifCommand>();
    auto* sub = app.add_subcommand("whatif",
                                   "Counterfactuals: scenarios, load-bearing statements, what breaks or makes a claim");
    sub->add_option("file", opt->file, "Elenchus file (.arg)")->required()->check(existing_file());
    auto* scenario = sub->add_option(
        "--scenario", opt->scenario,
        "A scenario of the file: its verdicts beside the baseline's (with a claim mode: analyse inside it)");
    sub->add_option("--without", opt->without, "Ad hoc: drop these asserted statements (comma-separated; repeatable)")
        ->allow_extra_args(false);
    sub->add_option("--with", opt->with, "Ad hoc: turn these hypotheses on (comma-separated; repeatable)")
        ->allow_extra_args(false);
    sub->add_option("--assume", opt->assume, "Ad hoc: assume this formula, in the file's vocabulary (repeatable)")
        ->allow_extra_args(false);
    auto* save = sub->add_option(
        "--save", opt->save, "Print the `scenario NAME { ... }` block of the ad hoc changes, to paste into the file");
    auto* sweep =
        sub->add_option("--sweep", opt->sweep,
                        "CLAIM: which statements are load-bearing, every minimal support, the critical statements");
    auto* brk = sub->add_option("--break", opt->break_claim,
                                "CLAIM: every minimal set of statements whose removal stops it following");
    auto* make = sub->add_option("--make", opt->make,
                                 "CLAIM: every minimal set of hypotheses that makes it follow, consistently");
    sweep->excludes(brk)->excludes(make)->excludes(save);
    brk->excludes(make)->excludes(save);
    make->excludes(save);
    save->excludes(scenario);
    add_output_options(*sub, opt->output);
    add_attacks_option(*sub, opt->attacks);
    add_limit_options(*sub, opt->limits);
    add_input_option(*sub, opt->max_input);
    sub->add_option("--max-sets", opt->max_sets,
                    "Report at most this many support, break, make or inconsistent sets (default 64); more sets may "
                    "exist when the output says capped")
        ->check(whole_number(1'000'000));
    sub->footer("Examples:\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --scenario amended\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --without base_ban --with amendment\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --assume 'may_host_foreign_bases(Azerbaijan)' --save "
                "amended2 >> my.arg\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --sweep legal_barrier\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --break legal_barrier\n"
                "  elenchus whatif examples/azerbaijan-nato.arg --make for_membership\n"
                "  elenchus whatif examples/classroom-phones.arg --without office_line\n\n"
                "Beside a scenario, the arguments whose acceptance changes are listed (grounded label,\n"
                "preferred and stable acceptance, on the attacks of --attacks); an argument one of whose\n"
                "premises the scenario drops is not put forward there (absent).\n"
                "Without a mode or scenario flag, every scenario of the file is compared with the baseline.\n"
                "The ad hoc flags combine with each other and with --scenario (the changes apply on top\n"
                "of it); --sweep, --break and --make work inside the scenario when one is given.\n"
                "Exit status: 0 done; 1 Z3 could not decide something (reported as unknown); 2 bad input.");
    sub->callback([opt, &exit_code] { exit_code = run_whatif(*opt); });
}

}   // namespace elenchus::cli
