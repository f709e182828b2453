// A hand-written lexer and recursive-descent parser for the FOF subset of TPTP the
// conformance problems use (tptp_to_arg.hpp says why not a TPTP toolchain).
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tptp_syntax.hpp"

namespace elenchus::tptp::syntax {
namespace {

struct Token {
    enum Kind { word, variable, dollar_word, quoted, number, punct, distinct, end };
    Kind kind = end;
    std::string text;
    int line = 0;
};

// Longest spellings first, so `<=>` is not read as `<=` and `!=` not as `!`.
constexpr std::string_view punctuation[] = {"<=>", "<~>", "=>", "<=", "~|", "~&", "!=", "(", ")", "[",
                                            "]",   ",",   ".",  ":",  "!",  "?",  "~",  "&", "|", "="};

// Skips white space and comments from `i`, counting lines; false at the end of the input.
bool skip_blanks(std::string_view s, std::size_t& i, int& line) {
    while (i < s.size()) {
        char const c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '%') {
            while (i < s.size() && s[i] != '\n') ++i;
        } else if (s.substr(i, 2) == "/*") {
            auto close = s.find("*/", i + 2);
            if (close == std::string_view::npos) throw Failure{line, "unterminated /* comment"};
            for (std::size_t j = i; j < close; ++j) line += s[j] == '\n';
            i = close + 2;
        } else {
            return true;
        }
    }
    return false;
}

std::size_t word_end(std::string_view s, std::size_t j) {
    while (j < s.size() && is_alnum(s[j])) ++j;
    return j;
}

// 'single quoted' is an ordinary name; "double quoted" a distinct object.
Token quoted_token(std::string_view s, std::size_t& i, int line) {
    char const quote = s[i];
    std::string text;
    std::size_t j = i + 1;
    for (; j < s.size() && s[j] != quote; ++j) {
        if (s[j] == '\\' && j + 1 < s.size()) ++j;
        if (s[j] == '\n') throw Failure{line, "newline inside a quoted name"};
        text += s[j];
    }
    if (j >= s.size()) throw Failure{line, "unterminated quoted name"};
    i = j + 1;
    return Token{quote == '\'' ? Token::quoted : Token::distinct, std::move(text), line};
}

// The token that starts at `i` (not a blank), and `i` moved past it.
Token next_token(std::string_view s, std::size_t& i, int line) {
    char const c = s[i];
    auto span = [&](Token::Kind kind, std::size_t j) {
        Token t{kind, std::string(s.substr(i, j - i)), line};
        i = j;
        return t;
    };
    if (std::islower(static_cast<unsigned char>(c))) return span(Token::word, word_end(s, i));
    if (std::isupper(static_cast<unsigned char>(c))) return span(Token::variable, word_end(s, i));
    if (std::isdigit(static_cast<unsigned char>(c))) return span(Token::number, word_end(s, i));
    if (c == '$') return span(Token::dollar_word, word_end(s, i + 1 < s.size() && s[i + 1] == '$' ? i + 2 : i + 1));
    if (c == '\'' || c == '"') return quoted_token(s, i, line);
    for (auto p : punctuation)
        if (s.substr(i, p.size()) == p) return span(Token::punct, i + p.size());
    throw Failure{line, "unexpected character '" + std::string(1, c) + "'"};
}

std::vector<Token> lex(std::string_view s) {
    std::vector<Token> tokens;
    int line = 1;
    std::size_t i = 0;
    while (skip_blanks(s, i, line)) tokens.push_back(next_token(s, i, line));
    tokens.push_back(Token{Token::end, "end of file", line});
    return tokens;
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    std::vector<Annotated> file() {
        std::vector<Annotated> out;
        while (peek().kind != Token::end) out.push_back(annotated());
        return out;
    }

private:
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;

    Token const& peek() const { return tokens_[pos_]; }
    bool at(std::string_view p) const { return peek().kind == Token::punct && peek().text == p; }
    Token const& next() {
        Token const& t = tokens_[pos_];
        if (t.kind != Token::end) ++pos_;
        return t;
    }
    [[noreturn]] void fail(std::string message) const { throw Failure{peek().line, std::move(message)}; }
    void expect(std::string_view p) {
        if (!at(p)) fail("expected '" + std::string(p) + "' but found '" + peek().text + "'");
        next();
    }

    std::string name() {
        auto const& t = peek();
        if (t.kind != Token::word && t.kind != Token::quoted && t.kind != Token::number)
            fail("expected a name but found '" + t.text + "'");
        return next().text;
    }

    Annotated annotated() {
        int const line = peek().line;
        std::string const language = name();
        if (language == "include") fail("include directives are not supported");
        if (language != "fof") fail("only fof formulas are supported, not " + language);
        expect("(");
        Annotated a;
        a.line = line;
        a.name = name();
        expect(",");
        a.role = name();
        expect(",");
        a.formula = logic();
        if (at(",")) skip_annotations();
        expect(")");
        expect(".");
        return a;
    }

    // Source and useful-info annotations carry nothing the conversion needs.
    void skip_annotations() {
        int depth = 0;
        while (peek().kind != Token::end) {
            if (at("(") || at("[")) ++depth;
            if (at(")") || at("]")) {
                if (depth == 0) return;
                --depth;
            }
            next();
        }
    }

    Formula logic() {
        Formula first = unitary();
        if (at("&") || at("|")) {
            std::string const op = peek().text;
            Formula chain;
            chain.kind = op == "&" ? Formula::conjunction : Formula::disjunction;
            chain.parts.push_back(std::move(first));
            while (at("&") || at("|")) {
                if (peek().text != op) fail("'&' and '|' mixed without parentheses");
                next();
                chain.parts.push_back(unitary());
            }
            return chain;
        }
        static std::map<std::string, Formula::Kind, std::less<>> const binary{
            {"=>", Formula::implication}, {"<=", Formula::implication}, {"<=>", Formula::equivalence},
            {"<~>", Formula::exclusive},  {"~|", Formula::nor},         {"~&", Formula::nand}};
        if (peek().kind == Token::punct) {
            if (auto it = binary.find(peek().text); it != binary.end()) {
                bool const converse = peek().text == "<=";
                next();
                Formula f;
                f.kind = it->second;
                f.parts.push_back(std::move(first));
                f.parts.push_back(unitary());
                if (converse) std::swap(f.parts[0], f.parts[1]);
                return f;
            }
        }
        return first;
    }

    Formula unitary() {
        if (at("(")) {
            next();
            Formula f = logic();
            expect(")");
            return f;
        }
        if (at("~")) {
            next();
            Formula f;
            f.kind = Formula::negation;
            f.parts.push_back(unitary());
            return f;
        }
        if (at("!") || at("?")) {
            Formula f;
            f.kind = next().text == "!" ? Formula::forall : Formula::exists;
            expect("[");
            do {
                if (peek().kind != Token::variable) fail("expected a variable but found '" + peek().text + "'");
                f.variables.push_back(next().text);
                if (at(":")) fail("typed variables (TFF) are not supported");
            } while (at(",") && (next(), true));
            expect("]");
            expect(":");
            f.parts.push_back(unitary());
            return f;
        }
        if (peek().kind == Token::dollar_word && (peek().text == "$true" || peek().text == "$false")) {
            Formula f;
            f.kind = next().text == "$true" ? Formula::truth : Formula::falsity;
            return f;
        }
        Term lhs = term();
        if (at("=") || at("!=")) {
            Formula f;
            f.kind = next().text == "=" ? Formula::equal : Formula::not_equal;
            f.sides.push_back(std::move(lhs));
            f.sides.push_back(term());
            return f;
        }
        if (lhs.variable) fail("a variable is not a formula: " + lhs.name);
        Formula f;
        f.kind = Formula::atom;
        f.applied = std::move(lhs);
        return f;
    }

    Term term() {
        Term t;
        t.line = peek().line;
        if (peek().kind == Token::variable) {
            t.name = next().text;
            t.variable = true;
            return t;
        }
        if (peek().kind == Token::distinct) fail("distinct objects (\"...\") are not supported");
        if (peek().kind == Token::number) fail("numbers are not supported");
        if (peek().kind != Token::word && peek().kind != Token::quoted)
            fail("expected a term but found '" + peek().text + "'");
        t.name = next().text;
        if (at("(")) {
            next();
            t.args.push_back(term());
            while (at(",")) {
                next();
                t.args.push_back(term());
            }
            expect(")");
        }
        return t;
    }
};

}   // namespace

std::vector<Annotated> parse(std::string_view problem) { return Parser(lex(problem)).file(); }

}   // namespace elenchus::tptp::syntax
