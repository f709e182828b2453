#include <fmt/format.h>

#include <vector>

#include "arguments/acceptability/iccma_read.hpp"

namespace elenchus::acceptability::detail {

namespace {

constexpr char const* header_hint = "an i23 file starts with 'p af N' (N arguments, numbered 1 to N)";

bool ends_line(Cursor const& c) { return c.done() || c.peek() == '\n' || c.peek() == '#'; }

std::string found_at(Cursor const& c) {
    return ends_line(c) ? std::string("the end of the line") : fmt::format("'{}'", shown(token_at(c)));
}

class I23Reader {
public:
    explicit I23Reader(std::string_view text) : c_{text} {}

    ParsedFramework read() {
        ParsedFramework result;
        while (!c_.done() && !result.error) result.error = line();
        if (!result.error && !count_) result.error = c_.error("no 'p af N' line", header_hint);
        if (!result.error) result.framework = Framework::numbered(*count_, attacks_);
        return result;
    }

private:
    void skip_blanks() {
        while (!c_.done() && is_blank(c_.peek())) c_.advance();
    }
    bool at_line_end() const { return ends_line(c_); }
    void skip_rest_of_line() {
        while (!c_.done() && c_.peek() != '\n') c_.advance();
        if (!c_.done()) c_.advance();
    }
    std::string found() const { return found_at(c_); }

    std::optional<FormatError> line() {
        skip_blanks();
        if (at_line_end()) {
            skip_rest_of_line();
            return std::nullopt;
        }
        if (c_.peek() == 'p') return header();
        if (!count_) return c_.error(fmt::format("expected 'p af N', found {}", found()), header_hint);
        ArgumentId from = 0, to = 0;
        if (auto e = argument(from)) return e;
        if (auto e = argument(to)) return e;
        if (auto e = line_end("an attack line holds two argument numbers, the attacker's and the target's")) return e;
        attacks_.push_back({from, to});
        return std::nullopt;
    }

    std::optional<FormatError> header() {
        if (count_)
            return c_.error("a second 'p af N' line",
                            fmt::format("the first one, at line {}, already says {} arguments", header_line_, *count_));
        header_line_ = c_.line;
        c_.advance();
        skip_blanks();
        if (c_.text.substr(c_.at, 2) != "af" ||
            (c_.at + 2 < c_.text.size() && !is_blank(c_.text[c_.at + 2]) && c_.text[c_.at + 2] != '\n'))
            return c_.error(fmt::format("expected 'af' after 'p', found {}", found()), header_hint);
        c_.advance();
        c_.advance();
        skip_blanks();
        std::size_t n = 0;
        if (auto e = number(n, "the number of arguments")) return e;
        if (n > max_arguments)
            return c_.error(fmt::format("{} arguments is more than the limit of {}", n, max_arguments),
                            "split the framework, or ask for a larger limit");
        count_ = n;
        return line_end(header_hint);
    }

    std::optional<FormatError> argument(ArgumentId& id) {
        skip_blanks();
        Cursor const at = c_;
        std::size_t n = 0;
        if (auto e = number(n, "an argument number")) return e;
        if (n == 0 || n > *count_)
            return at.error(
                fmt::format("argument {} does not exist: the p line (line {}) says {} argument{}", n, header_line_,
                            *count_, *count_ == 1 ? "" : "s"),
                *count_ == 0
                    ? std::string("raise N in 'p af N'")
                    : fmt::format("arguments are numbered 1 to {}; raise N in 'p af N' or fix the number", *count_));
        id = static_cast<ArgumentId>(n - 1);
        return std::nullopt;
    }

    // A decimal number of at most 18 digits, so it cannot overflow.
    std::optional<FormatError> number(std::size_t& n, char const* what) {
        std::size_t digits = 0;
        n = 0;
        Cursor const at = c_;
        while (!c_.done() && c_.peek() >= '0' && c_.peek() <= '9') {
            if (++digits > 18) return at.error(fmt::format("{} with more than 18 digits", what), header_hint);
            n = n * 10 + static_cast<std::size_t>(c_.peek() - '0');
            c_.advance();
        }
        if (digits == 0 || !(ends_line(c_) || is_blank(c_.peek()))) {
            return at.error(fmt::format("expected {}, found {}", what, found_at(at)),
                            "numbers are written in decimal digits, separated by blanks");
        }
        return std::nullopt;
    }

    std::optional<FormatError> line_end(char const* hint) {
        skip_blanks();
        if (!at_line_end()) return c_.error(fmt::format("unexpected {} at the end of the line", found()), hint);
        skip_rest_of_line();
        return std::nullopt;
    }

    Cursor c_;
    std::optional<std::size_t> count_;
    std::size_t header_line_ = 0;
    std::vector<Attack> attacks_;
};

}   // namespace

ParsedFramework parse_i23(std::string_view text) { return I23Reader(text).read(); }

}   // namespace elenchus::acceptability::detail

namespace elenchus::acceptability {

ParsedFramework parse_framework(std::string_view text, FileFormat format) {
    return format == FileFormat::apx ? detail::parse_apx(text) : detail::parse_i23(text);
}

}   // namespace elenchus::acceptability
