// What every subcommand needs: reading a file, running the front end, and reporting
// diagnostics in text (clang style) or JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"
#include "solver/session.hpp"

namespace elenchus::cli {

enum class Format { text, json };

// Which warnings reach stderr: `-W no-<flag>` switches one kind off (`-W <flag>` back on; the
// last word wins), `-q/--quiet` all of them. JSON output lists every diagnostic regardless,
// with its flag, for tools that filter themselves.
struct WarningOptions {
    bool quiet = false;
    std::vector<std::string> switches;   // as given: "no-unconcluded-claim", "unused", ...
    bool shows(Diagnostic const& d) const;
};

struct OutputOptions {
    Format format = Format::text;
    bool no_color = false;
    WarningOptions warnings;
};

// Colour only on a terminal, and never when asked not to (or when NO_COLOR is set).
bool use_color(OutputOptions const& o, int fd);

// Adds `--format text|json`, `--no-color` and the warning switches to a subcommand.
void add_output_options(CLI::App& sub, OutputOptions& o);
// Adds `-W [no-]FLAG` and `-q/--quiet` (for subcommands with output options of their own).
void add_warning_options(CLI::App& sub, WarningOptions& o);

// Input is read in chunks up to a cap, so that /dev/zero, a FIFO or a huge file ends with an
// error instead of filling memory (a stat cannot tell: special files have no size).
constexpr std::size_t default_max_input = std::size_t{64} << 20;   // 64 MiB
constexpr std::size_t largest_max_input = std::size_t{4} << 30;    // 4 GiB
// The whole content of `path`, or nullopt with `error` set (it cannot be opened or read,
// it is a directory, or it is larger than `cap` bytes).
std::optional<std::string> read_input(std::string const& path, std::size_t cap, std::string& error);
// Adds `--max-input BYTES` to a subcommand that reads files.
void add_input_option(CLI::App& sub, std::size_t& max_input);

// What Z3 may spend: `--query-rlimit` each query's resource units (deterministic, so that
// verdicts do not depend on the machine's load), `--timeout` the whole run's wall-clock time
// (the user's outer bound), `--query-timeout` each query's time (only when given; cut to what
// is left of the run), `--rlimit` the run's resource units.
struct LimitOptions {
    double timeout = 600;                                        // seconds, the whole run
    double query_timeout = 0;                                    // seconds, each query; 0 = none
    std::uint64_t query_rlimit = solver::default_query_rlimit;   // resource units, each query
    std::uint64_t rlimit = 0;                                    // resource units for the whole run; 0 = none
};
constexpr double largest_timeout = 86400;   // seconds: a day
constexpr std::uint64_t largest_rlimit = 4'294'967'295;
void add_limit_options(CLI::App& sub, LimitOptions& limits);
// The check of a number of seconds that --timeout makes: at least 0.001 (1 ms), at most
// largest_timeout, a finite number; for a subcommand with a time limit of its own (af).
CLI::Validator seconds_validator();
// The limits of a run that starts now: every copy shares the one run budget.
solver::Limits run_limits(LimitOptions const& o);

// A file read and run through the front end. `theory` is set only when there is no error.
struct Loaded {
    std::unique_ptr<SourceFile> source;
    Diagnostics diagnostics;
    ast::File file;
    std::optional<logic::Theory> theory;
    std::string read_error;   // the file could not be read at all
};

// Parses; with `check_names`, also resolves names and types.
Loaded load(std::string const& path, bool check_names = true, std::size_t max_input = default_max_input);

nlohmann::json diagnostics_json(Loaded const& loaded);
// Prints the diagnostics (text to stderr) and returns whether there was an error.
bool report_diagnostics(Loaded const& loaded, OutputOptions const& o);

// The same, written to `err` instead of stderr (a file checked beside others, whose output
// is held until its turn).
bool report_diagnostics(Loaded const& loaded, OutputOptions const& o, std::ostream& err);

// Bad input: the JSON document (when asked for) carries the errors and no verdicts. Returns
// the exit code, code(Exit::bad_input).
int fail_input(Loaded const& loaded, OutputOptions const& o);

// Usage errors go where input errors go, through the same printer, so they look alike in
// text and in JSON.
//
// A flag's value as a source of its own (`<--assume>`): a diagnostic about it points into
// what the user typed, as one about the file points into the file.
class FlagInput {
public:
    FlagInput(std::string const& flag, std::string text);
    Diagnostics& diagnostics() { return loaded_->diagnostics; }
    SourceFile const& source() const { return *loaded_->source; }
    bool failed() const { return loaded_->diagnostics.has_errors(); }
    // Reports the errors as fail_input does and returns its exit code.
    int report(OutputOptions const& o) const { return fail_input(*loaded_, o); }

private:
    std::unique_ptr<Loaded> loaded_;   // on the heap: the diagnostics point at its source
};
// One error about the whole of a flag's value (`--scenario nope`); returns the exit code.
int flag_error(OutputOptions const& o, std::string const& flag, std::string const& value, std::string message);
// An error about no flag in particular, e.g. a file with nothing to do; `file` is what the
// JSON document names. Returns the exit code.
int usage_error(OutputOptions const& o, std::string const& file, std::string message);
// "; did you mean 'x'?" for the candidate nearest to `wanted`, or empty.
std::string did_you_mean(std::string const& wanted, std::vector<std::string> const& candidates);

}   // namespace elenchus::cli
