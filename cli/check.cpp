// `elenchus check FILE...`: the front end, then every verdict of the design.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <optional>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <thread>

#include <unistd.h>

#include <fmt/core.h>

#include "arguments/verdicts/report.hpp"
#include "cli/choices.hpp"
#include "cli/acceptance.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "cli/report_format.hpp"
#include "cli/worker_processes.hpp"
#include "grammar/deep_stack.hpp"

namespace elenchus::cli {
namespace {

// Files checked at once by default: one per core.
std::size_t default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

struct CheckCommand {
    std::vector<std::string> files;
    OutputOptions output;
    LimitOptions limits;
    std::size_t max_input = default_max_input;
    std::size_t max_sets = 32;
    std::size_t jobs = default_jobs();
    bool witness = false;
    bool worlds = false;
    standing::AttackSource attacks = standing::AttackSource::declared;
};

// One file's output, held until the files before it are printed.
struct Checked {
    int exit_code = 0;
    std::string json;   // --format json: the file's object, as dump(2) writes it alone
    std::string err;    // text: the file's warnings
    std::string out;    // text: its report
};

// A Checked as a worker process sends it: the exit code, then each text after its length.
std::string encode(Checked const& c) {
    std::string bytes;
    auto put = [&](std::uint64_t n) { bytes.append(reinterpret_cast<char const*>(&n), sizeof n); };
    put(static_cast<std::uint64_t>(c.exit_code));
    for (auto const* text : {&c.json, &c.err, &c.out}) put(text->size()), bytes += *text;
    return bytes;
}

Checked decode(std::string_view bytes) {
    auto get = [&] {
        std::uint64_t n = 0;
        if (bytes.size() < sizeof n) throw std::runtime_error("a worker process sent a truncated result");
        std::memcpy(&n, bytes.data(), sizeof n);
        bytes.remove_prefix(sizeof n);
        return n;
    };
    Checked c;
    c.exit_code = static_cast<int>(get());
    for (auto* text : {&c.json, &c.err, &c.out}) {
        std::uint64_t const size = get();
        if (bytes.size() < size) throw std::runtime_error("a worker process sent a truncated result");
        text->assign(bytes.substr(0, size));
        bytes.remove_prefix(size);
    }
    return c;
}

// The files' objects as one JSON array, byte for byte what nlohmann's dump(2) writes for the
// array: each object's lines two spaces further in (a JSON string holds no raw newline, so
// every '\n' of an object's text is a line break of its layout).
std::string json_array(std::vector<std::string> const& objects) {
    std::string out = "[\n";
    for (std::size_t k = 0; k < objects.size(); ++k) {
        out += "  ";
        for (char ch : objects[k]) ch == '\n' ? out += "\n  " : out += ch;
        out += k + 1 < objects.size() ? ",\n" : "\n";
    }
    return out + "]";
}

int run_check(CheckCommand const& o) {
    // Every file is read and checked for input errors first: bad input anywhere means
    // nothing is checked (exit 2), as the contract says.
    // All of them on one deep-stack thread: each parse and type check inside then runs on it
    // rather than on a thread of its own (two 64 MiB stacks made and unmapped per file were
    // most of the loading's time, docs/performance.md). It is joined before any fork.
    std::vector<Loaded> loaded;
    bool bad_input = false;
    run_on_deep_stack([&](std::size_t) {
        for (auto const& path : o.files) {
            loaded.push_back(load(path, true, o.max_input));
            bad_input |= !loaded.back().theory.has_value();
        }
    });
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

    // The wall-clock bound is the whole run's (a time point, the same in the worker
    // processes: steady_clock is the system's monotonic clock); the resource units (--rlimit)
    // are each file's own, so that a file's verdicts do not depend on which files ran beside it.
    solver::Limits const limits = run_limits(o.limits);
    bool const color = use_color(o.output, STDOUT_FILENO);
    auto check_one = [&](std::size_t i, ProgressLine* progress) {
        auto const& l = loaded[i];
        CheckOptions options;
        options.limits = limits;
        options.limits.run = std::make_shared<solver::RunBudget>();
        options.limits.run->deadline = limits.run->deadline;
        options.limits.run->units = limits.run->units;
        options.max_inconsistent_sets = o.max_sets;
        options.witnesses = o.witness;
        // The smallest worlds cost a few checks each (docs/performance.md): searched only when
        // the output shows worlds, in JSON always, in text with --worlds or --witness.
        options.limits.smallest_worlds = o.output.format == Format::json || o.worlds || o.witness;
        if (progress)
            options.progress = [&](std::string_view phase, std::size_t done, std::size_t total) {
                progress->set(progress_text(l.source->path(), phase, done, total));
            };
        Report report = check_theory(*l.theory, options);
        Checked c;
        c.exit_code = report_exit_code(report);
        // Acceptance is about arguments: a file without any keeps its output as it was.
        std::optional<standing::Standing> standing;
        if (!l.theory->arguments.empty()) standing = acceptance_of(*l.theory, report.relations, o.attacks);
        if (o.output.format == Format::json) {
            nlohmann::json doc = {{"file", l.source->path()}};
            doc.update(report_json(*l.theory, report));
            if (standing) doc["acceptance"] = acceptance_json(*l.theory, *standing);
            doc["diagnostics"] = diagnostics_json(l);
            c.json = doc.dump(2);
        } else {
            std::ostringstream err;
            report_diagnostics(l, o.output, err);   // warnings
            c.err = std::move(err).str();
            c.out = report_text(l.source->path(), *l.theory, report, color, o.worlds || o.witness,
                                standing ? acceptance_text(*l.theory, *standing, Palette{color}) : "");
        }
        return c;
    };

    int exit_code = code(Exit::ok);
    std::vector<std::string> objects;
    auto print = [&](std::size_t i, Checked& c, ProgressLine& progress) {
        exit_code = std::max(exit_code, c.exit_code);
        if (o.output.format == Format::json) return objects.push_back(std::move(c.json));
        progress.between([&] {
            std::cerr << c.err;
            if (i > 0) std::cout << '\n';
            std::cout << c.out;
        });
    };
    auto print_json = [&] {
        if (o.output.format != Format::json) return;
        std::cout << (objects.size() == 1 ? objects[0] : json_array(objects)) << '\n';
    };
    bool const show_progress = ProgressLine::wanted(o.output, o.output.warnings.quiet);
    std::string const files_total = std::to_string(loaded.size());

    // Several files at once: in worker processes, forked before the progress line starts
    // its drawing thread (a fork copies only the calling thread). No other thread exists
    // here: loading parsed and checked the files on a thread that has been joined
    // (grammar/deep_stack.hpp), and Z3 has not been used yet in this process.
    if (loaded.size() > 1 && o.jobs > 1) {
        WorkerProcesses workers(loaded.size(), o.jobs, [&](std::size_t i) { return encode(check_one(i, nullptr)); });
        if (workers.started() > 0) {
            ProgressLine progress(show_progress);
            std::size_t finished = 0;
            progress.set("files 0/" + files_total);
            workers.collect(
                [&](std::size_t i, WorkOutcome& outcome) {
                    // A file that failed stops the run at its turn, after the files before it,
                    // as an exception does with -j 1.
                    if (outcome.kind == WorkOutcome::Kind::failed) throw std::runtime_error(outcome.text);
                    if (outcome.kind == WorkOutcome::Kind::lost)
                        throw std::runtime_error(
                            fmt::format("checking {}: {}", loaded[i].source->path(), outcome.text));
                    Checked c = decode(outcome.text);
                    print(i, c, progress);
                },
                [&] { progress.set(fmt::format("files {}/{}", ++finished, files_total)); });
            print_json();
            return exit_code;
        }
    }

    // One at a time, in this process (-j 1, one file, or no worker could be started).
    ProgressLine progress(show_progress);
    if (loaded.size() > 1) progress.set("files 0/" + files_total);
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        Checked c = check_one(i, loaded.size() == 1 ? &progress : nullptr);
        if (loaded.size() > 1) progress.set(fmt::format("files {}/{}", i + 1, files_total));
        print(i, c, progress);
    }
    print_json();
    return exit_code;
}

}   // namespace

void setup_check(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CheckCommand>();
    auto* sub = app.add_subcommand("check", "Check files: consistency, claims, arguments, scenarios");
    sub->add_option("files", opt->files, "Elenchus files (.arg)")->required()->option_text("FILE... (required)");
    add_output_options(*sub, opt->output);
    add_limit_options(*sub, opt->limits);
    add_input_option(*sub, opt->max_input);
    sub->add_option("--max-sets", opt->max_sets,
                    "At most this many minimal inconsistent sets are enumerated (default 32)")
        ->check(whole_number(1'000'000));
    add_attacks_option(*sub, opt->attacks);
    sub->add_option("-j,--jobs", opt->jobs,
                    "Check this many files at once, each in a process of its own (default: the number of cores, "
                    "here " +
                        std::to_string(default_jobs()) + "); the output is the same for any N")
        ->check(whole_number(1024))
        ->option_text("N");
    sub->add_flag("--witness", opt->witness, "Show a world in which every asserted statement holds");
    sub->add_flag("--worlds", opt->worlds,
                  "In text output, show the witness worlds of open claims and the counterexamples of invalid arguments "
                  "(JSON always has them)");
    sub->footer("Examples:\n"
                "  elenchus check examples/azerbaijan-nato.arg\n"
                "  elenchus check --format json --timeout 2 examples/*.arg\n"
                "  elenchus check --attacks all examples/classroom-phones.arg\n"
                "  elenchus check -j 2 exercises/*.arg\n\n"
                "A file with arguments gets an Acceptance section: each argument's grounded label (in, out,\n"
                "undec) and its acceptance under preferred and stable semantics, on the declared attacks\n"
                "(--attacks logical: the conflicts the checker finds; all: both).\n\n"
                "With several files and --format json, the output is an array of one object per file,\n"
                "in the order of the arguments (also with -j).\n"
                "On a terminal, a check that takes more than a second shows its progress on stderr.\n"
                "Exit status (with several files, the worst of theirs): 0 nothing wrong found; 1 the\n"
                "baseline is inconsistent, an argument is invalid or circular, a claim is refuted or\n"
                "unknown, or a declared relation is flagged; 2 bad input (nothing is checked).");
    sub->callback([opt, &exit_code] { exit_code = run_check(*opt); });
}

}   // namespace elenchus::cli
