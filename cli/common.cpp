#include "cli/common.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <unistd.h>

#include <fmt/core.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::cli {

bool use_color(OutputOptions const& o, int fd) {
    if (o.no_color || o.format == Format::json) return false;
    if (char const* v = std::getenv("NO_COLOR"); v && *v) return false;
    return ::isatty(fd) == 1;
}

void add_output_options(CLI::App& sub, OutputOptions& o) {
    static std::map<std::string, Format> const formats{{"text", Format::text},
                                                       {"json", Format::json}};
    sub.add_option("--format", o.format, "Output format: text (default) or json")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
        ->option_text("text|json");
    sub.add_flag("--no-color", o.no_color, "Never colour the output (colour is used only on a terminal)");
}

Loaded load(std::string const& path, bool check_names) {
    Loaded loaded;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        loaded.read_error = fmt::format("cannot open '{}'", path);
        loaded.source = std::make_unique<SourceFile>(path, "");
        return loaded;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        loaded.read_error = fmt::format("cannot read '{}'", path);
        loaded.source = std::make_unique<SourceFile>(path, "");
        return loaded;
    }
    loaded.source = std::make_unique<SourceFile>(path, std::move(text).str());
    loaded.file = parse(*loaded.source, loaded.diagnostics);
    if (check_names && !loaded.diagnostics.has_errors())
        loaded.theory = check(loaded.file, loaded.diagnostics);
    return loaded;
}

nlohmann::json diagnostics_json(Loaded const& loaded) {
    auto list = nlohmann::json::array();
    if (!loaded.read_error.empty()) {
        list.push_back({{"severity", "error"}, {"file", loaded.source->path()},
                        {"line", 0}, {"column", 0}, {"message", loaded.read_error}});
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
    bool const failed = !loaded.read_error.empty() || loaded.diagnostics.has_errors();
    if (o.format == Format::json) return failed;
    bool const color = use_color(o, STDERR_FILENO);
    if (!loaded.read_error.empty()) {
        std::cerr << (color ? "\033[1;31merror:\033[0m " : "error: ") << loaded.read_error << '\n';
        return true;
    }
    std::cerr << render(*loaded.source, loaded.diagnostics.sorted(), color);
    auto errors = loaded.diagnostics.error_count();
    if (loaded.diagnostics.dropped() > 0)
        std::cerr << fmt::format("note: {} more errors not shown\n", loaded.diagnostics.dropped());
    if (errors > 0)
        std::cerr << fmt::format("{} error{} generated.\n", errors, errors == 1 ? "" : "s");
    return failed;
}

int fail_input(Loaded const& loaded, OutputOptions const& o) {
    if (o.format == Format::json) {
        nlohmann::json doc{{"file", loaded.source->path()},
                           {"diagnostics", diagnostics_json(loaded)}};
        std::cout << doc.dump(2) << '\n';
    } else {
        report_diagnostics(loaded, o);
    }
    return 2;
}

}  // namespace elenchus::cli
