#include "cli/usage_errors.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "cli/choices.hpp"
#include "cli/common.hpp"

namespace elenchus::cli {
namespace {

// How the user asked for the output, read from the words themselves: the parse that would
// have set these options is the one that failed.
OutputOptions output_of(std::vector<std::string> const& words) {
    OutputOptions o;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--no-color") o.no_color = true;
        if ((words[i] == "--format" && i + 1 < words.size() && lowercase(words[i + 1]) == "json") ||
            lowercase(words[i]) == "--format=json")
            o.format = Format::json;
    }
    return o;
}

std::vector<std::string> subcommand_names(CLI::App& app) {
    std::vector<std::string> names;
    for (auto const* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
    return names;
}

std::string joined(std::vector<std::string> const& items, bool quoted) {
    std::string out;
    for (auto const& s : items) out += (out.empty() ? "" : ", ") + (quoted ? "'" + s + "'" : s);
    return out;
}

// The subcommand the words chose: the first word that is not an option (the program itself
// has no option that takes a value).
CLI::App* chosen(CLI::App& app, std::vector<std::string> const& words) {
    for (auto const& w : words) {
        if (w.starts_with("-")) continue;
        for (auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
            if (sub->get_name() == w) return sub;
        return nullptr;
    }
    return nullptr;
}

// "--jobs", "-j", ... : what a misspelt option is compared with.
std::vector<std::string> option_names(CLI::App const& sub) {
    std::vector<std::string> names;
    for (auto const* opt : sub.get_options()) {
        for (auto const& l : opt->get_lnames()) names.push_back("--" + l);
        for (auto const& s : opt->get_snames()) names.push_back("-" + s);
    }
    return names;
}

// The option a message of CLI11's starts with ("--jobs: ..."), or empty.
std::string leading_name(std::string const& message) {
    auto colon = message.find(": ");
    return colon == std::string::npos ? "" : message.substr(0, colon);
}

std::string unknown_word(CLI::App& app, std::vector<std::string> const& words) {
    auto const names = subcommand_names(app);
    if (words.empty()) return "no subcommand given: say what to do, one of " + joined(names, false);
    std::string const& w = words.front();
    if (w.starts_with("-"))
        return fmt::format("unknown option '{}' before the subcommand; the options come after it", w);
    return fmt::format("unknown subcommand '{}'{}", w, did_you_mean(w, names));
}

std::string missing(CLI::App const& sub, std::string const& fallback) {
    for (auto const* opt : sub.get_options()) {
        if (!opt->get_required() || opt->count() > 0) continue;
        return fmt::format("'elenchus {}' needs {}: {}", sub.get_name(), opt->get_name(!opt->nonpositional()),
                           opt->get_description());
    }
    return fallback;
}

std::string extras(CLI::App const* sub, CLI::App const& app, std::string const& fallback) {
    std::vector<std::string> left = sub ? sub->remaining() : std::vector<std::string>{};
    if (left.empty()) left = app.remaining();
    if (left.empty()) return fallback;
    std::string const& first = left.front();
    if (first.starts_with("-")) {
        std::string const name = first.substr(0, first.find('='));
        auto candidates = sub ? option_names(*sub) : std::vector<std::string>{"--help", "--version"};
        return fmt::format("unknown option '{}'{}", name, did_you_mean(name, candidates));
    }
    if (left.size() == 1) return fmt::format("unexpected argument '{}'", first);
    return fmt::format("unexpected arguments {}", joined(left, true));
}

// A value given to an option that takes none, or none given to one that takes one.
std::string mismatch(CLI::App const* sub, std::string const& message) {
    std::string const name = leading_name(message);
    if (name.empty()) return message;
    if (message.find("missing") != std::string::npos || message.find("required") != std::string::npos) {
        std::string what;
        if (sub)
            if (auto const* opt = sub->get_option_no_throw(name); opt && !opt->get_option_text().empty())
                what = " (" + opt->get_option_text() + ")";
        return fmt::format("{} needs a value{}", name, what);
    }
    return message;
}

std::string conversion(std::string const& message) {
    std::string const name = leading_name(message);
    if (message.ends_with("too many inputs for a flag") || message.ends_with("Should be true/false or a number"))
        return fmt::format("{} is a switch and takes no value", name);
    if (message.starts_with("Could not convert: ")) {
        std::string rest = message.substr(19);
        auto eq = rest.find(" = ");
        if (eq != std::string::npos)
            return fmt::format("{}: '{}' is not a value it takes", rest.substr(0, eq), rest.substr(eq + 3));
    }
    return message;
}

std::string pair_message(std::string const& message, std::string const& word, std::string const& how) {
    auto at = message.find(word);
    if (at == std::string::npos) return message;
    return fmt::format(fmt::runtime(how), message.substr(0, at), message.substr(at + word.size()));
}

std::string message_of(CLI::App& app, CLI::App* sub, CLI::ParseError const& e, std::vector<std::string> const& words) {
    std::string const what = e.what();
    if (dynamic_cast<CLI::RequiredError const*>(&e)) return sub ? missing(*sub, what) : unknown_word(app, words);
    if (dynamic_cast<CLI::ExtrasError const*>(&e)) return extras(sub, app, what);
    if (dynamic_cast<CLI::ArgumentMismatch const*>(&e)) return mismatch(sub, what);
    if (dynamic_cast<CLI::ConversionError const*>(&e)) return conversion(what);
    if (dynamic_cast<CLI::ExcludesError const*>(&e))
        return pair_message(what, " excludes ", "{} and {} cannot be given together");
    if (dynamic_cast<CLI::RequiresError const*>(&e)) return pair_message(what, " requires ", "{} needs {} too");
    return what;   // ValidationError: the project's validators say what to type
}

}   // namespace

void plain_help(CLI::App& app) {
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        for (auto* opt : sub->get_options()) {
            if (!opt->get_option_text().empty() || opt->get_name() == "--help") continue;
            std::string text;
            if (opt->get_type_size() != 0) {
                // CLI11's "UINT:N": the type, then the checks' names; the last says most.
                std::string const type = opt->get_type_name();
                text = type.substr(type.rfind(':') + 1);
                if (opt->get_items_expected_max() > 1) text += "...";
            }
            std::vector<std::string> excluded;
            for (auto const* other : opt->get_excludes()) excluded.push_back(other->get_name());
            std::sort(excluded.begin(), excluded.end());
            if (!excluded.empty()) text += (text.empty() ? "" : " ") + ("(not with " + joined(excluded, false) + ")");
            if (opt->get_required()) text += (text.empty() ? "" : " ") + std::string("(required)");
            // An empty text would let CLI11 print its own; a flag with nothing to add keeps it.
            if (!text.empty()) opt->option_text(text);
        }
    }
}

int report_parse_error(CLI::App& app, CLI::ParseError const& e, int argc, char const* const* argv) {
    if (dynamic_cast<CLI::Success const*>(&e)) return app.exit(e) == 0 ? code(Exit::ok) : code(Exit::bad_input);
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i) words.emplace_back(argv[i]);
    CLI::App* sub = chosen(app, words);
    std::string const message = message_of(app, sub, e, words);
    std::string const hint = sub ? fmt::format("'elenchus {} --help' lists what it takes", sub->get_name())
                                 : fmt::format("the subcommands are {}; 'elenchus --help' says what each does",
                                               joined(subcommand_names(app), false));
    OutputOptions const o = output_of(words);
    if (o.format == Format::json) {
        nlohmann::json const doc{
            {"file", "<command line>"},
            {"diagnostics",
             {{{"severity", "error"}, {"file", "<command line>"}, {"message", message}, {"hint", hint}}}}};
        std::cout << doc.dump(2) << '\n';
    } else {
        bool const color = use_color(o, STDERR_FILENO);
        std::cerr << (color ? "\033[1;31merror:\033[0m " : "error: ") << message << "\n  hint: " << hint << '\n';
    }
    return code(Exit::bad_input);
}

}   // namespace elenchus::cli
