// The public entry points: UTF-8 and comments first, then the declarations one at a time,
// each syntax error turned into a diagnostic followed by recovery at the next declaration.
#include "grammar/parser.hpp"

#include <algorithm>
#include <exception>
#include <new>

#include "grammar/declaration_rule.hpp"
#include "grammar/deep_stack.hpp"
#include "grammar/expression_rule.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parse_support.hpp"
#include "grammar/spelling_hints.hpp"

namespace elenchus {

namespace {

using parser::iterator_type;
using parser::ParseState;
using parser::SyntaxError;
namespace x3 = boost::spirit::x3;

struct Driver {
    SourceFile const& source;
    Diagnostics& diagnostics;
    ParseState state;
    parser::context_type context;
    char const* begin;
    char const* end;
    char const* text_start;   // after a byte-order mark, which is no part of the text

    Driver(SourceFile const& s, Diagnostics& d, ParseLimits limits, std::size_t stack_budget)
        : source(s), diagnostics(d), context(state, x3::unused) {
        begin = s.text().data();
        end = begin + s.text().size();
        text_start = begin + lexical::bom_length(s.text());
        state.begin = begin;
        state.end = end;
        state.max_nesting = limits.max_nesting;
        state.max_tree_depth = std::max<std::size_t>(8 * limits.max_nesting, 64);
        state.stack_base = static_cast<char const*>(__builtin_frame_address(0));
        state.stack_budget = stack_budget;
    }

    ast::Span span(char const* at, std::size_t length) const { return state.span(at, at + length); }
    void report(SyntaxError const& e) { diagnostics.error(span(e.where, e.length), e.message); }
    void report_here(char const* at, std::string message) {
        diagnostics.error(span(at, lexical::token_at(at, end).size()), std::move(message));
    }
    std::string_view word_at(char const* p) const {
        return {p, static_cast<std::size_t>(lexical::scan_word(p, end) - p)};
    }

    bool starts_standalone_relation(char const* p) const {
        auto word = word_at(p);
        if (word.empty() || lexical::is_reserved(word)) return false;
        char const* q = lexical::skip_space(p + word.size(), end);
        auto next = word_at(q);
        return next == "attacks" || next == "supports";
    }
    bool at_line_start(char const* p) const {
        char const* q = p;
        while (q != begin && (q[-1] == ' ' || q[-1] == '\t')) --q;
        return q == text_start || lexical::is_line_break(q[-1]);
    }
    bool after_space(char const* p) const {
        return p == text_start || lexical::is_space(p[-1]) || (p - begin >= 2 && p[-1] == '/' && p[-2] == '*');
    }

    // Moves to the next place a declaration can start (`stop` decides), stepping token by
    // token over strings and comments so that keywords inside them do not count. Linear.
    template <typename Stop>
    char const* recover(char const* p, Stop stop) const {
        for (;;) {
            p = lexical::skip_space(p, end);
            if (p == end) return p;
            if (stop(p)) return p;
            if (char const* w = lexical::scan_word(p, end); w != p) {
                p = w;
            } else if (*p == '"') {
                ++p;
                while (p != end && *p != '"' && !lexical::is_line_break(*p))
                    p += (*p == '\\' && p + 1 != end && !lexical::is_line_break(p[1])) ? 2 : 1;
                if (p != end && *p == '"') ++p;
            } else if (lexical::is_digit(*p)) {
                while (p != end && (lexical::is_digit(*p) || *p == '.')) ++p;
            } else {
                ++p;
            }
        }
    }
    bool declaration_start(char const* p) const {
        auto word = word_at(p);
        if (!word.empty() && lexical::is_declaration_keyword(word) && after_space(p)) return true;
        return at_line_start(p) && starts_standalone_relation(p);
    }

    // Past the string literal whose opening quote is at p (or the end of its line).
    char const* skip_string(char const* p) const {
        ++p;
        while (p != end && *p != '"' && !lexical::is_line_break(*p))
            p += (*p == '\\' && p + 1 != end && !lexical::is_line_break(p[1])) ? 2 : 1;
        return p != end && *p == '"' ? p + 1 : p;
    }

    // The names the declaration at `start` declares before `stop`, where its syntax error is:
    // `KIND NAME`, and the lists of `entity`, `constant` and `sort ... = { ... }`.
    void note_unparsed(char const* start, char const* stop, ast::File& file) const {
        auto const keyword = word_at(start);
        if (!lexical::is_declaration_keyword(keyword)) return;
        char const* p = lexical::skip_space(start + keyword.size(), end);
        auto take = [&] {
            auto const word = word_at(p);
            if (word.empty() || p + word.size() > stop || lexical::is_reserved(word)) return false;
            file.unparsed.push_back(ast::Name{std::string(word), span(p, word.size())});
            p = lexical::skip_space(p + word.size(), end);
            return true;
        };
        auto next_is = [&](char c) {
            if (p == end || p >= stop || *p != c) return false;
            p = lexical::skip_space(p + 1, end);
            return true;
        };
        if (!take()) return;
        if (keyword == "entity" || keyword == "constant") {
            while (next_is(',') && take()) {
            }
        } else if (keyword == "sort" && next_is('=') && next_is('{')) {
            while (take()) {
                if (p != end && p < stop && *p == '"') p = lexical::skip_space(skip_string(p), end);
                if (!next_is(',')) break;
            }
        }
    }

    // `NOT p` parses as far as the name `NOT`, which the hint has explained already: the
    // checker is not to call it unknown too.
    void note_hinted_word(SyntaxError const& e, ast::File& file) const {
        auto const word = word_at(e.where);
        if (word.size() == e.length && lexical::is_capitalised_keyword(word))
            file.unparsed.push_back(ast::Name{std::string(word), span(e.where, e.length)});
    }

    void report_unterminated(std::optional<std::size_t> at) {
        if (at) diagnostics.error(span(begin + *at, 2), "unterminated comment");
    }

    // A syntax error inside the declaration that began at `start`: resume after it. Past the
    // token at fault, which may be a keyword (`predicate claim`) that would otherwise start a
    // declaration and make a second error out of the correct line after it.
    char const* resume_after(SyntaxError const& e, char const* start, ast::File& file) {
        report(e);
        note_unparsed(start, e.where, file);
        note_hinted_word(e, file);
        char const* from = e.where + e.length;
        if (from <= start) from = lexical::scan_word(start, end);
        if (from == start) from = start + 1;
        return recover(from, [&](char const* p) { return declaration_start(p); });
    }

    template <typename Rule, typename Attribute>
    bool run(Rule const& rule, char const*& p, Attribute& attribute) {
        return rule.parse(p, end, context, x3::unused, attribute);
    }

    // `scenario NAME [TITLE] { items }`, recovering item by item.
    char const* parse_scenario(char const* p, ast::File& file) {
        char const* start = p;
        ast::ScenarioDecl scenario;
        try {
            run(parser::scenario_head(), p, scenario);
        } catch (SyntaxError const& e) {
            return resume_after(e, start, file);
        }
        for (;;) {
            char const* previous_end = p;
            p = lexical::skip_space(p, end);
            if (p != end && *p == '}') {
                scenario.span.end = static_cast<std::uint32_t>(p + 1 - begin);
                file.declarations.push_back(std::move(scenario));
                return p + 1;
            }
            if (diagnostics.at_limit()) return end;
            char const* item = p;
            try {
                if (!run(parser::scenario_item(), p, scenario)) {
                    auto word = word_at(p);
                    bool const next_declaration = lexical::is_declaration_keyword(word) &&
                                                  std::find_if(previous_end, p, lexical::is_line_break) != p;
                    if (auto hint = lexical::spelling_hint(source.text(), previous_end, p); hint && p != end) {
                        SyntaxError const e{hint->where, hint->length, std::move(hint->message)};
                        report(e);
                        note_hinted_word(e, file);
                    } else if (next_declaration)   // the scenario's last line lacks its `}`
                        diagnostics.error(span(previous_end, 0),
                                          "expected '}' at the end of scenario '" + scenario.name.text + "'");
                    else
                        report_here(p, p == end ? "expected '}' at the end of scenario '" + scenario.name.text + "'"
                                                : "expected 'without', 'with', a statement or '}' in scenario '" +
                                                      scenario.name.text + "'");
                    if (p == end || lexical::is_declaration_keyword(word)) {
                        file.declarations.push_back(std::move(scenario));
                        return p;   // the scenario lacks its `}`: go on with the declaration here
                    }
                    p = recover(p + 1, [&](char const* q) { return item_start(q); });
                }
                scenario.span.end = static_cast<std::uint32_t>(p - begin);
            } catch (SyntaxError const& e) {
                report(e);
                note_unparsed(item, e.where, file);
                note_hinted_word(e, file);
                char const* from = e.where + e.length > item ? e.where + e.length : item + 1;
                p = recover(from, [&](char const* q) { return item_start(q); });
                auto word = word_at(p);
                bool inside = p != end &&
                              (*p == '}' || lexical::is_statement_keyword(word) || word == "with" || word == "without");
                if (!inside) {
                    file.declarations.push_back(std::move(scenario));
                    return p;
                }
            }
        }
    }
    bool item_start(char const* p) const {
        if (*p == '}') return true;
        auto word = word_at(p);
        if ((word == "with" || word == "without") && after_space(p)) return true;
        return declaration_start(p);
    }

    ast::File parse_file() {
        ast::File file;
        std::optional<std::size_t> unterminated;
        file.comments = lexical::collect_comments(source.text(), unterminated);
        report_unterminated(unterminated);
        char const* p = text_start;
        for (;;) {
            char const* previous_end = p;
            p = lexical::skip_space(p, end);
            if (p == end || diagnostics.at_limit()) break;
            char const* start = p;
            try {
                if (word_at(p) == "scenario") {
                    p = parse_scenario(p, file);
                    continue;
                }
                ast::Declaration declaration;
                if (run(parser::declaration(), p, declaration)) {
                    file.declarations.push_back(std::move(declaration));
                    continue;
                }
                parser::raise_found(previous_end, p, state,
                                    "expected a declaration, found " +
                                        lexical::describe_token(lexical::token_at(p, end)));
            } catch (SyntaxError const& e) {
                p = resume_after(e, start, file);
            }
        }
        return file;
    }
};

bool check_encoding(SourceFile const& source, Diagnostics& diagnostics) {
    auto const& text = source.text();
    if (text.size() >= 0xFFFFFFFFu) {
        diagnostics.error({0, 0}, "file too large (4 GiB or more)");
        return false;
    }
    if (auto bad = lexical::first_invalid_utf8(text)) {
        auto at = static_cast<std::uint32_t>(*bad);
        diagnostics.error({at, at + 1}, "invalid UTF-8 at byte offset " + std::to_string(*bad));
        return false;
    }
    return true;
}

void internal_error(Diagnostics& diagnostics, char const* what) {
    try {
        diagnostics.error({0, 0}, std::string("internal parser error: ") + what);
    } catch (...) {
    }
}

ast::File parse_here(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits, std::size_t stack_budget) {
    try {
        if (!check_encoding(source, diagnostics)) return {};
        Driver driver(source, diagnostics, limits, stack_budget);
        return driver.parse_file();
    } catch (std::bad_alloc const&) {
        internal_error(diagnostics, "out of memory");
    } catch (std::exception const& e) {
        internal_error(diagnostics, e.what());
    } catch (...) {
        internal_error(diagnostics, "unknown exception");
    }
    return {};
}

std::optional<ast::Expr> parse_formula_here(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits,
                                            std::size_t stack_budget) {
    try {
        if (!check_encoding(source, diagnostics)) return std::nullopt;
        Driver driver(source, diagnostics, limits, stack_budget);
        // Formula text from the command line follows a file's lexical rules: the skipper
        // alone lets an unterminated comment run to the end, so the comments are scanned
        // here as they are for a file.
        std::optional<std::size_t> unterminated;
        lexical::collect_comments(source.text(), unterminated);
        if (unterminated) {
            driver.report_unterminated(unterminated);
            return std::nullopt;
        }
        char const* p = driver.text_start;
        parser::Term term;
        try {
            if (!driver.run(parser::formula(), p, term))
                parser::raise(lexical::skip_space(p, driver.end), driver.end, "expected a formula");
            char const* previous_end = p;
            p = lexical::skip_space(p, driver.end);
            if (p != driver.end)
                parser::raise_found(previous_end, p, driver.state,
                                    "unexpected " + lexical::describe_token(lexical::token_at(p, driver.end)) +
                                        " after the formula");
        } catch (SyntaxError const& e) {
            driver.report(e);
            return std::nullopt;
        }
        return std::move(term.expr);
    } catch (std::bad_alloc const&) {
        internal_error(diagnostics, "out of memory");
    } catch (std::exception const& e) {
        internal_error(diagnostics, e.what());
    } catch (...) {
        internal_error(diagnostics, "unknown exception");
    }
    return std::nullopt;
}

}   // namespace

ast::File parse(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits) {
    ast::File file;
    run_on_deep_stack([&](std::size_t budget) { file = parse_here(source, diagnostics, limits, budget); });
    return file;
}

std::optional<ast::Expr> parse_formula(SourceFile const& source, Diagnostics& diagnostics, ParseLimits limits) {
    std::optional<ast::Expr> formula;
    run_on_deep_stack([&](std::size_t budget) { formula = parse_formula_here(source, diagnostics, limits, budget); });
    return formula;
}

}   // namespace elenchus
