// `elenchus af FILE -p TASK [-a ARG] [--format apx|i23] [--timeout SECONDS]`: the ICCMA solver interface over an
// abstract argumentation framework (docs/acceptability.md). Output is the competition's, so
// that ICCMA scripts can call the program as they call any other solver.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/core.h>

#include "arguments/acceptability/iccma.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace elenchus::cli {
namespace {

namespace af = elenchus::acceptability;

struct AfCommand {
    std::string file;
    std::string task;
    std::string argument;
    bool argument_given = false;   // -a was on the command line (even as an empty string)
    std::string format;
    std::size_t max_input = default_max_input;
    double timeout = 0;   // seconds; 0: none given (no limit)
};

int usage_error(std::string const& message, std::string const& hint) {
    std::cerr << "error: " << message << '\n';
    if (!hint.empty()) std::cerr << "  hint: " << hint << '\n';
    return 2;
}

// The offending line with a caret under the column, as clang shows it; a long or odd line
// is shown with its control characters blanked so the caret stays aligned.
std::string excerpt(std::string_view text, af::FormatError const& e) {
    constexpr std::size_t widest = 160;
    std::size_t start = 0;
    for (std::size_t line = 1; line < e.line; ++line) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) return {};
        ++start;
    }
    std::size_t end = std::min(text.find('\n', start), text.size());
    if (e.column > widest || end - start > 4 * widest) return {};
    std::string shown(text.substr(start, std::min(end - start, widest)));
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    std::string const number = std::to_string(e.line);
    return fmt::format("{:>5} | {}\n{:>5} | {}^\n", number, shown, "", std::string(e.column - 1, ' '));
}

class Printer {
public:
    ~Printer() { flush(); }
    void extension(af::Framework const& f, af::Extension const& e) {
        buffer_ += 'w';
        for (af::ArgumentId a : e) {
            buffer_ += ' ';
            buffer_ += f.name(a);
        }
        buffer_ += '\n';
        if (buffer_.size() > (1u << 16)) flush();
    }
    void line(std::string_view s) {
        buffer_ += s;
        buffer_ += '\n';
    }
    void flush() {
        std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
        std::fflush(stdout);
        buffer_.clear();
    }

private:
    std::string buffer_;
};

// The answer of the task, printed; throws TimeLimitReached past the deadline, before
// printing anything but the extensions EE has already found.
void answer(af::Task const& task, af::Framework const& framework, af::ArgumentId argument, af::Deadline const& deadline,
            Printer& out) {
    switch (task.problem) {
    case af::Problem::some_extension:
        if (auto e = af::some_extension(framework, task.semantics, deadline)) out.extension(framework, *e);
        else out.line("NO");
        break;
    case af::Problem::credulous:
        out.line(af::credulously_accepted(framework, task.semantics, argument, deadline) ? "YES" : "NO");
        break;
    case af::Problem::sceptical:
        out.line(af::sceptically_accepted(framework, task.semantics, argument, deadline) ? "YES" : "NO");
        break;
    case af::Problem::enumerate:
        af::enumerate_extensions(
            framework, task.semantics,
            [&](af::Extension const& e) {
                out.extension(framework, e);
                return true;
            },
            deadline);
        break;
    }
}

int run_af(AfCommand const& o) {
    // The clock starts with the subcommand, as for the other subcommands' --timeout.
    af::Deadline deadline;
    if (o.timeout > 0)
        deadline.at = std::chrono::steady_clock::now() +
                      std::chrono::milliseconds(static_cast<long long>(std::floor(o.timeout * 1000)));
    auto const task = af::task_named(o.task);
    if (!task)
        return usage_error(fmt::format("unknown task '{}'", o.task),
                           "a task is SE, DC, DS or EE, a dash, then GR, CO, PR or ST: SE-PR, DC-CO, DS-ST, EE-GR");
    if (af::needs_argument(task->problem) && o.argument.empty())
        return usage_error(fmt::format("task {} asks about one argument", af::task_name(*task)), "name it with -a ARG");
    // An argument given to a task that asks about none is a mistake in the call (another
    // task was meant, or the wrong script line), not something to ignore.
    if (!af::needs_argument(task->problem) && o.argument_given)
        return usage_error(fmt::format("task {} takes no argument, but -a {} was given", af::task_name(*task),
                                       o.argument),
                           "-a is for DC and DS (credulous and sceptical acceptance of one argument); leave it "
                           "out for SE and EE");

    std::optional<af::FileFormat> format = o.format.empty() ? af::format_for_path(o.file) : af::format_named(o.format);
    if (!format)
        return usage_error(o.format.empty() ? fmt::format("cannot tell the format of '{}' from its name", o.file)
                                            : fmt::format("unknown format '{}'", o.format),
                           "use --format apx (arg(a). att(a,b).) or --format i23 (p af N, then 'i j' lines); "
                           ".apx files are apx, .af and .i23 files are i23");

    std::string read_error;
    auto const text = read_input(o.file, o.max_input, read_error);
    if (!text) return usage_error(read_error, "");
    af::ParsedFramework parsed = af::parse_framework(*text, *format);
    if (parsed.error) {
        auto const& e = *parsed.error;
        std::cerr << fmt::format("{}:{}:{}: error: {}\n", o.file, e.line, e.column, e.message) << excerpt(*text, e)
                  << "  hint: " << e.hint << '\n';
        return 2;
    }
    af::Framework const& framework = parsed.framework;

    af::ArgumentId argument = 0;
    if (af::needs_argument(task->problem)) {
        auto const found = framework.find(o.argument);
        if (!found)
            return usage_error(fmt::format("there is no argument '{}' in {}", o.argument, o.file),
                               *format == af::FileFormat::i23
                                   ? fmt::format("arguments of an i23 file are the numbers 1 to {}", framework.size())
                                   : std::string("argument names are case-sensitive, as declared by arg(NAME)."));
        argument = *found;
    }

    Printer out;
    try {
        answer(*task, framework, argument, deadline, out);
    } catch (af::TimeLimitReached const&) {
        out.flush();
        std::cerr << fmt::format("elenchus af: no answer: the time limit of {} s was reached\n", o.timeout);
        if (task->problem == af::Problem::enumerate)
            std::cerr << "  the extensions printed, if any, are extensions, but the enumeration is incomplete\n";
        return 1;
    }
    return 0;
}

}   // namespace

void setup_af(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<AfCommand>();
    auto* sub =
        app.add_subcommand("af", "Abstract argumentation (ICCMA): extensions and acceptance under grounded, complete, "
                                 "preferred and stable semantics");
    // One option under two names: CLI11 lists it under both, so the text says that either is
    // enough instead of marking each "(required)".
    sub->add_option("file,-f,--file", opt->file,
                    "The framework: .apx (ICCMA 2019) or .af/.i23 (ICCMA 2023); required once, as FILE or -f FILE")
        ->required()
        ->option_text("FILE");
    sub->add_option("-p,--problem", opt->task, "Task (required): SE, DC, DS or EE, then -GR, -CO, -PR or -ST")
        ->required()
        ->option_text("TASK");
    sub->add_option("-a,--argument", opt->argument,
                    "The argument DC and DS ask about (a number in i23 files); not taken by SE and EE")
        ->option_text("ARG")
        ->each([opt](std::string const&) { opt->argument_given = true; });
    sub->add_option("--format", opt->format, "File format when the extension does not tell: apx or i23")
        ->option_text("apx|i23");
    add_input_option(*sub, opt->max_input);
    sub->add_option("--timeout", opt->timeout,
                    "Seconds the run may take (0.001 to 86400; default: no limit): past it, no answer and "
                    "exit status 1")
        ->check(seconds_validator())
        ->option_text("SECONDS");
    sub->footer("Examples:\n"
                "  elenchus af nixon.apx -p SE-PR           w quaker        (one preferred extension)\n"
                "  elenchus af nixon.apx -p EE-PR           one 'w ...' line per preferred extension\n"
                "  elenchus af cycle.af -p DC-ST -a 2       YES or NO\n"
                "  elenchus af big.txt --format i23 -p SE-GR\n\n"
                "Tasks: SE some extension (or NO), DC credulous and DS sceptical acceptance of -a ARG\n"
                "(YES/NO; DS is YES when there is no extension at all), EE every extension; over\n"
                "GR grounded, CO complete, PR preferred, ST stable. Semantics: docs/acceptability.md.\n"
                "Exit status: 0 answered (YES and NO alike); 1 no answer within --timeout; 2 bad input or\n"
                "usage (the diagnostic gives file:line:column and a hint); 3 internal error.");
    sub->callback([opt, &exit_code] { exit_code = run_af(*opt); });
}

}   // namespace elenchus::cli
