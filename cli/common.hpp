// What every subcommand needs: reading a file, running the front end, and reporting
// diagnostics in text (clang style) or JSON.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "grammar/ast.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

enum class Format { text, json };

struct OutputOptions {
    Format format = Format::text;
    bool no_color = false;
};

// Colour only on a terminal, and never when asked not to (or when NO_COLOR is set).
bool use_color(OutputOptions const& o, int fd);

// Adds `--format text|json` and `--no-color` to a subcommand.
void add_output_options(CLI::App& sub, OutputOptions& o);

// A file read and run through the front end. `theory` is set only when there is no error.
struct Loaded {
    std::unique_ptr<SourceFile> source;
    Diagnostics diagnostics;
    ast::File file;
    std::optional<logic::Theory> theory;
    std::string read_error;   // the file could not be read at all
};

// Parses; with `check_names`, also resolves names and types.
Loaded load(std::string const& path, bool check_names = true);

nlohmann::json diagnostics_json(Loaded const& loaded);
// Prints the diagnostics (text to stderr) and returns whether there was an error.
bool report_diagnostics(Loaded const& loaded, OutputOptions const& o);

// Bad input: the JSON document (when asked for) carries the errors and no verdicts.
int fail_input(Loaded const& loaded, OutputOptions const& o);

}  // namespace elenchus::cli
