#include <fmt/format.h>

#include <cctype>
#include <unordered_map>
#include <vector>

#include "arguments/acceptability/iccma_read.hpp"

namespace elenchus::acceptability::detail {

std::string shown(std::string_view token) {
    constexpr std::size_t longest = 64;
    std::string out;
    for (std::size_t i = 0; i < token.size() && i < longest; ++i) {
        auto const c = static_cast<unsigned char>(token[i]);
        if (c < 0x20 || c > 0x7e) out += fmt::format("<0x{:02X}>", c);
        else out += static_cast<char>(c);
    }
    if (token.size() > longest) out += "...";
    return out;
}

std::string_view token_at(Cursor const& c) {
    std::size_t end = c.at;
    while (end < c.text.size() && end - c.at < 64 && !is_blank(c.text[end]) && c.text[end] != '\n') ++end;
    return c.text.substr(c.at, end - c.at);
}

namespace {

struct Mention {
    std::string_view name;
    std::size_t line = 0, column = 0;
};

// Control characters end a name too, so that none reaches a name (or an ICCMA answer line).
bool ends_name(char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f || is_blank(c) || c == '\n' || c == '(' || c == ')' ||
           c == ',' || c == '.' || c == '%';
}

constexpr char const* statement_hint = "an apx file holds only arg(NAME). and att(NAME,NAME). statements";

// Blanks, line ends and `%` comments.
void skip_space(Cursor& c) {
    while (!c.done()) {
        char const ch = c.peek();
        if (ch == '%') {
            while (!c.done() && c.peek() != '\n') c.advance();
        } else if (is_blank(ch) || ch == '\n') {
            c.advance();
        } else {
            return;
        }
    }
}

std::string found(Cursor const& c) {
    return c.done() ? std::string("the end of the file") : fmt::format("'{}'", shown(token_at(c)));
}

class ApxReader {
public:
    explicit ApxReader(std::string_view text) : c_{text} {}

    ParsedFramework read() {
        ParsedFramework result;
        while (!result.error) {
            skip_space(c_);
            if (c_.done()) break;
            result.error = statement();
        }
        if (!result.error) result.error = resolve();
        if (!result.error) {
            std::vector<std::string> names;
            names.reserve(arguments_.size());
            for (Mention const& m : arguments_) names.emplace_back(m.name);
            result.framework = Framework(std::move(names), attacks_);
        }
        return result;
    }

private:
    std::optional<FormatError> statement() {
        std::size_t const start = c_.at;
        while (!c_.done() && std::isalpha(static_cast<unsigned char>(c_.peek()))) c_.advance();
        std::string_view const keyword = c_.text.substr(start, c_.at - start);
        if (keyword != "arg" && keyword != "att") {
            c_.at = start;   // point at the statement, not past it (letters cross no line)
            return c_.error(fmt::format("expected arg(...) or att(...), found {}", found(c_)), statement_hint);
        }
        bool const is_attack = keyword == "att";
        if (auto e = expect('(', is_attack ? "att(a,b)." : "arg(a).")) return e;
        Mention first;
        if (auto e = name(first)) return e;
        Mention second;
        if (is_attack) {
            if (auto e = expect(',', "att(a,b): an attack names its attacker and its target")) return e;
            if (auto e = name(second)) return e;
        }
        if (auto e = expect(')', is_attack ? "att(a,b)." : "arg(a).: one name per arg statement")) return e;
        if (auto e = full_stop(is_attack ? fmt::format("att({},{})", shown(first.name), shown(second.name))
                                         : fmt::format("arg({})", shown(first.name))))
            return e;
        if (is_attack) {
            attack_mentions_.push_back({first, second});
        } else {
            auto [at, fresh] = ids_.try_emplace(first.name, static_cast<ArgumentId>(arguments_.size()));
            if (!fresh) {
                Mention const& before = arguments_[at->second];
                return FormatError{first.line, first.column,
                                   fmt::format("argument '{}' is declared twice", shown(first.name)),
                                   fmt::format("it was first declared at line {}, column {}; remove one of the two",
                                               before.line, before.column)};
            }
            if (arguments_.size() >= max_arguments)
                return FormatError{first.line, first.column, fmt::format("more than {} arguments", max_arguments),
                                   "split the framework, or ask for a larger limit"};
            arguments_.push_back(first);
        }
        return std::nullopt;
    }

    std::optional<FormatError> expect(char wanted, char const* hint) {
        skip_space(c_);
        if (c_.peek() != wanted || c_.done())
            return c_.error(fmt::format("expected '{}', found {}", wanted, found(c_)), hint);
        c_.advance();
        return std::nullopt;
    }

    // The full stop may follow after blanks, line breaks and comments; a missing one is
    // reported where the statement ends (just after its ')'), where the '.' belongs, rather
    // than at whatever comes next, which may be lines further on.
    std::optional<FormatError> full_stop(std::string const& statement) {
        Cursor const end = c_;
        skip_space(c_);
        if (!c_.done() && c_.peek() == '.') {
            c_.advance();
            return std::nullopt;
        }
        std::string next = found(c_);
        if (!c_.done() && c_.line != end.line) next += fmt::format(" on line {}", c_.line);
        return end.error(fmt::format("expected '.' to end {}, found {}", statement, next),
                         fmt::format("put a full stop after {}: every statement ends with one", statement));
    }

    std::optional<FormatError> name(Mention& m) {
        skip_space(c_);
        m.line = c_.line;
        m.column = c_.column();
        std::size_t const start = c_.at;
        while (!c_.done() && !ends_name(c_.peek())) c_.advance();
        m.name = c_.text.substr(start, c_.at - start);
        if (m.name.empty())
            return FormatError{m.line, m.column, fmt::format("expected an argument name, found {}", found(c_)),
                               "a name is a run of letters, digits or other characters except blanks, "
                               "parentheses, commas, full stops and %"};
        return std::nullopt;
    }

    // Attacks may come before the arguments they name, so names are resolved at the end;
    // the first unknown one in the file is reported.
    std::optional<FormatError> resolve() {
        attacks_.reserve(attack_mentions_.size());
        for (auto const& [from, to] : attack_mentions_) {
            auto f = ids_.find(from.name);
            auto t = ids_.find(to.name);
            for (auto [m, it] : {std::pair{&from, f}, std::pair{&to, t}})
                if (it == ids_.end())
                    return FormatError{
                        m->line, m->column, fmt::format("argument '{}' is not declared", shown(m->name)),
                        fmt::format("every argument an attack names needs its own arg({}). statement", shown(m->name))};
            attacks_.push_back({f->second, t->second});
        }
        return std::nullopt;
    }

    Cursor c_;
    std::vector<Mention> arguments_;
    std::unordered_map<std::string_view, ArgumentId> ids_;
    std::vector<std::pair<Mention, Mention>> attack_mentions_;
    std::vector<Attack> attacks_;
};

}   // namespace

ParsedFramework parse_apx(std::string_view text) { return ApxReader(text).read(); }

}   // namespace elenchus::acceptability::detail
