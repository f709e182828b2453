#include "cli/common.hpp"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/core.h>

#include "cli/app.hpp"
#include "cli/choices.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::cli {

bool use_color(OutputOptions const& o, int fd) {
    if (o.no_color || o.format == Format::json) return false;
    if (char const* v = std::getenv("NO_COLOR"); v && *v) return false;
    return ::isatty(fd) == 1;
}

void add_output_options(CLI::App& sub, OutputOptions& o) {
    static std::map<std::string, Format> const formats{{"text", Format::text}, {"json", Format::json}};
    sub.add_option("--format", o.format, "Output format: text (default) or json")
        ->transform(one_of(formats))
        ->option_text("text|json");
    sub.add_flag("--no-color", o.no_color, "Never colour the output (colour is used only on a terminal)");
    add_warning_options(sub, o.warnings);
}

namespace {

std::string known_flags() {
    std::string out;
    for (char const* f : warning_flags) out += std::string(out.empty() ? "" : ", ") + f;
    return out;
}

std::string check_warning_switch(std::string& value) {
    std::string_view flag = value;
    if (flag.starts_with("no-")) flag.remove_prefix(3);
    for (char const* f : warning_flags)
        if (flag == f) return {};
    return fmt::format("unknown warning '{}': use no-FLAG to silence one of {} (or --quiet for all)", value,
                       known_flags());
}

}   // namespace

void add_warning_options(CLI::App& sub, WarningOptions& o) {
    sub.add_option("-W", o.switches,
                   fmt::format("-W no-FLAG silences one kind of warning, -W FLAG brings it back; FLAG is one of {} "
                               "(each warning names its flag)",
                               known_flags()))
        ->check(CLI::Validator(check_warning_switch, "[no-]FLAG"))
        ->option_text("[no-]FLAG")
        ->allow_extra_args(false)
        ->take_all();
    sub.add_flag("-q,--quiet", o.quiet, "Print no warnings (errors still); for check, no progress line either");
}

bool WarningOptions::shows(Diagnostic const& d) const {
    if (d.severity != Severity::warning) return true;
    if (quiet) return false;
    bool on = true;
    for (auto const& s : switches) {
        if (s == d.flag) on = true;
        if (s.starts_with("no-") && std::string_view(s).substr(3) == d.flag) on = false;
    }
    return on;
}

std::optional<std::string> read_input(std::string const& path, std::size_t cap, std::string& error) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = fmt::format("cannot open '{}': {}", path, std::strerror(errno));
        return std::nullopt;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        error = fmt::format("cannot read '{}': it is a directory", path);
        return std::nullopt;
    }
    auto too_large = [&] {
        error =
            fmt::format("'{}' is larger than the input limit of {} bytes (--max-input BYTES changes it)", path, cap);
        return std::nullopt;
    };
    std::string text;
    if (S_ISREG(st.st_mode)) {
        if (static_cast<std::uint64_t>(st.st_size) > cap) return too_large();
        text.reserve(static_cast<std::size_t>(st.st_size));
    }
    constexpr std::size_t chunk = 1 << 16;
    while (true) {
        // One byte past the cap is enough to know the input is too large.
        std::size_t const want = std::min(chunk, cap + 1 - text.size());
        std::size_t const old = text.size();
        text.resize(old + want);
        ssize_t n = ::read(fd, text.data() + old, want);
        if (n < 0 && errno == EINTR) {
            text.resize(old);
            continue;
        }
        if (n < 0) {
            error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
            return std::nullopt;
        }
        text.resize(old + static_cast<std::size_t>(n));
        if (n == 0) break;
        if (text.size() > cap) return too_large();
    }
    return text;
}

namespace {

// A number of seconds that converts to at least 1 ms and at most a day. NaN, infinities and
// anything that would round to "no limit" are refused here, not silently switched off.
std::string check_seconds(std::string& value) {
    char* end = nullptr;
    errno = 0;
    double s = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() || errno == ERANGE || !std::isfinite(s))
        return fmt::format("'{}' is not a number of seconds", value);
    if (std::floor(s * 1000) < 1) return fmt::format("{} s is less than the smallest limit, 0.001 s (1 ms)", value);
    if (s > largest_timeout)
        return fmt::format("{} s is more than the largest limit, {} s (a day)", value, largest_timeout);
    return {};
}

std::string check_count(std::string const& value, std::uint64_t largest) {
    bool digits = !value.empty() && value.size() <= 20 && value.find_first_not_of("0123456789") == std::string::npos;
    errno = 0;
    unsigned long long n = digits ? std::strtoull(value.c_str(), nullptr, 10) : 0;
    if (!digits || errno == ERANGE || n == 0 || n > largest)
        return fmt::format("'{}' is not a whole number from 1 to {}", value, largest);
    return {};
}

template <std::uint64_t Largest>
std::string check_count(std::string& value) {
    return check_count(value, Largest);
}

unsigned milliseconds(double seconds) { return static_cast<unsigned>(std::floor(seconds * 1000)); }

}   // namespace

void add_input_option(CLI::App& sub, std::size_t& max_input) {
    sub.add_option("--max-input", max_input,
                   fmt::format("Refuse input files larger than this many bytes (default {}, 64 MiB; at most {})",
                               default_max_input, largest_max_input))
        ->check(CLI::Validator(check_count<largest_max_input>, "BYTES"))
        ->option_text("BYTES");
}

CLI::Validator existing_file() {
    return CLI::Validator(
        [](std::string& path) -> std::string {
            struct stat st {};
            if (::stat(path.c_str(), &st) != 0) return fmt::format("'{}': {}", path, std::strerror(errno));
            if (S_ISDIR(st.st_mode)) return fmt::format("'{}' is a directory, not a file", path);
            return {};
        },
        "FILE");
}

CLI::Validator whole_number(std::uint64_t largest) {
    return CLI::Validator([largest](std::string& value) { return check_count(value, largest); }, "N");
}

CLI::Validator seconds_validator() { return CLI::Validator(check_seconds, "SECONDS"); }

void add_limit_options(CLI::App& sub, LimitOptions& limits) {
    sub.add_option("--timeout", limits.timeout,
                   "Seconds the whole run may spend in Z3 (default 600, at most 86400); what is left "
                   "undecided then is reported as unknown")
        ->check(CLI::Validator(check_seconds, "SECONDS"))
        ->option_text("SECONDS");
    sub.add_option("--query-timeout", limits.query_timeout,
                   "Seconds one Z3 query may take (default: no limit but --query-rlimit, so that answers do not "
                   "depend on the machine's load; at most 86400), cut to what is left of --timeout")
        ->check(CLI::Validator(check_seconds, "SECONDS"))
        ->option_text("SECONDS");
    sub.add_option("--query-rlimit", limits.query_rlimit,
                   fmt::format("Z3 resource units one query may spend (default {}, at most {}): the same "
                               "answers on any machine",
                               solver::default_query_rlimit, largest_rlimit))
        ->check(CLI::Validator(check_count<largest_rlimit>, "N"))
        ->option_text("N");
    sub.add_option("--rlimit", limits.rlimit,
                   "Z3 resource units the whole run may spend (at most 4294967295): the same answers on "
                   "any machine (default: none)")
        ->check(CLI::Validator(check_count<largest_rlimit>, "N"))
        ->option_text("N");
}

solver::Limits run_limits(LimitOptions const& o) {
    solver::Limits limits;
    limits.timeout_ms = o.query_timeout > 0 ? milliseconds(std::min(o.query_timeout, o.timeout)) : 0;
    limits.rlimit = static_cast<unsigned>(o.query_rlimit);
    limits.run = std::make_shared<solver::RunBudget>();
    limits.run->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds(o.timeout));
    limits.run->units = o.rlimit;
    return limits;
}

Loaded load(std::string const& path, bool check_names, std::size_t max_input) {
    Loaded loaded;
    auto text = read_input(path, max_input, loaded.read_error);
    if (!text) {
        loaded.source = std::make_unique<SourceFile>(path, "");
        return loaded;
    }
    loaded.source = std::make_unique<SourceFile>(path, std::move(*text));
    loaded.file = parse(*loaded.source, loaded.diagnostics);
    // After a syntax error the declarations that parsed are still checked: one run reports
    // every error (check returns no theory then).
    if (check_names) {
        loaded.theory = check(loaded.file, loaded.diagnostics);
        // Every later stage reads the Theory; the syntax tree, about as large, goes before
        // the solver's memory is added to it (docs/performance.md, "Memory").
        if (loaded.theory) {
            loaded.file = {};
#ifdef __GLIBC__
            // Its many small blocks would stay in the heap, unused: the solver's big tables
            // are mapped apart from it.
            ::malloc_trim(0);
#endif
        }
    }
    return loaded;
}

nlohmann::json diagnostics_json(Loaded const& loaded) {
    auto list = nlohmann::json::array();
    if (!loaded.read_error.empty()) {
        // About the whole file: no position (positions are 1-based, and there is none).
        list.push_back({{"severity", "error"}, {"file", loaded.source->path()}, {"message", loaded.read_error}});
        return list;
    }
    auto& src = *loaded.source;
    for (auto const& d : loaded.diagnostics.sorted()) {
        auto at = src.position(d.span.begin);
        auto end = src.position(d.span.end);
        nlohmann::json item{{"severity", to_string(d.severity)},
                            {"file", src.path()},
                            {"line", at.line},
                            {"column", at.column},
                            {"end_line", end.line},
                            {"end_column", end.column},
                            {"message", d.message}};
        if (!d.flag.empty()) item["flag"] = d.flag;
        if (!d.notes.empty()) {
            auto notes = nlohmann::json::array();
            for (auto const& n : d.notes) {
                auto p = src.position(n.span.begin);
                notes.push_back({{"line", p.line}, {"column", p.column}, {"message", n.message}});
            }
            item["notes"] = std::move(notes);
        }
        list.push_back(std::move(item));
    }
    return list;
}

bool report_diagnostics(Loaded const& loaded, OutputOptions const& o) {
    return report_diagnostics(loaded, o, std::cerr);
}

bool report_diagnostics(Loaded const& loaded, OutputOptions const& o, std::ostream& err) {
    bool const failed = !loaded.read_error.empty() || loaded.diagnostics.has_errors();
    if (o.format == Format::json) return failed;
    bool const color = use_color(o, STDERR_FILENO);
    if (!loaded.read_error.empty()) {
        err << (color ? "\033[1;31merror:\033[0m " : "error: ") << loaded.read_error << '\n';
        return true;
    }
    auto shown = loaded.diagnostics.sorted();
    std::erase_if(shown, [&](Diagnostic const& d) { return !o.warnings.shows(d); });
    err << render(*loaded.source, shown, color);
    auto errors = loaded.diagnostics.error_count();
    if (loaded.diagnostics.dropped() > 0)
        err << fmt::format("note: {} more errors not shown\n", loaded.diagnostics.dropped());
    if (errors > 0) err << fmt::format("{} error{} generated.\n", errors, errors == 1 ? "" : "s");
    return failed;
}

int fail_input(Loaded const& loaded, OutputOptions const& o) {
    if (o.format == Format::json) {
        nlohmann::json doc{{"file", loaded.source->path()}, {"diagnostics", diagnostics_json(loaded)}};
        std::cout << doc.dump(2) << '\n';
    } else {
        report_diagnostics(loaded, o);
    }
    return code(Exit::bad_input);
}

FlagInput::FlagInput(std::string const& flag, std::string text) : loaded_(std::make_unique<Loaded>()) {
    loaded_->source = std::make_unique<SourceFile>("<" + flag + ">", std::move(text));
}

int flag_error(OutputOptions const& o, std::string const& flag, std::string const& value, std::string message) {
    FlagInput input(flag, value);
    input.diagnostics().error({0, static_cast<std::uint32_t>(value.size())}, std::move(message));
    return input.report(o);
}

int usage_error(OutputOptions const& o, std::string const& file, std::string message) {
    Loaded loaded;
    loaded.source = std::make_unique<SourceFile>(file, "");
    loaded.read_error = std::move(message);
    return fail_input(loaded, o);
}

std::string did_you_mean(std::string const& wanted, std::vector<std::string> const& candidates) {
    std::string near = closest_name(wanted, candidates);
    return near.empty() ? "" : fmt::format("; did you mean '{}'?", near);
}

}   // namespace elenchus::cli
