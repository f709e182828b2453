#include "tptp_to_arg.hpp"

#include <cctype>
#include <map>
#include <set>
#include <vector>

namespace elenchus::tptp {
namespace {

// Thrown inside the converter only; to_arg turns it into Conversion::error.
struct Failure {
    int line;
    std::string message;
};

struct Token {
    enum Kind { word, variable, dollar_word, quoted, number, punct, distinct, end };
    Kind kind = end;
    std::string text;
    int line = 0;
};

// Longest spellings first, so `<=>` is not read as `<=` and `!=` not as `!`.
constexpr std::string_view punctuation[] = {"<=>", "<~>", "=>", "<=", "~|", "~&", "!=", "(", ")", "[",
                                            "]",   ",",   ".",  ":",  "!",  "?",  "~",  "&", "|", "="};

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::vector<Token> lex(std::string_view s) {
    std::vector<Token> tokens;
    int line = 1;
    std::size_t i = 0;
    auto word_end = [&](std::size_t j) {
        while (j < s.size() && is_alnum(s[j])) ++j;
        return j;
    };
    while (i < s.size()) {
        char const c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (c == '%') {
            while (i < s.size() && s[i] != '\n') ++i;
            continue;
        }
        if (s.substr(i, 2) == "/*") {
            auto close = s.find("*/", i + 2);
            if (close == std::string_view::npos) throw Failure{line, "unterminated /* comment"};
            for (std::size_t j = i; j < close; ++j) line += s[j] == '\n';
            i = close + 2;
            continue;
        }
        Token t;
        t.line = line;
        if (std::islower(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c))) {
            auto j = word_end(i);
            t.kind = std::islower(static_cast<unsigned char>(c)) ? Token::word : Token::variable;
            t.text = std::string(s.substr(i, j - i));
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            auto j = word_end(i);
            t.kind = Token::number;
            t.text = std::string(s.substr(i, j - i));
            i = j;
        } else if (c == '$') {
            auto j = i + 1;
            if (j < s.size() && s[j] == '$') ++j;
            j = word_end(j);
            t.kind = Token::dollar_word;
            t.text = std::string(s.substr(i, j - i));
            i = j;
        } else if (c == '\'' || c == '"') {
            // 'single quoted' is an ordinary name; "double quoted" a distinct object.
            std::string text;
            std::size_t j = i + 1;
            for (; j < s.size() && s[j] != c; ++j) {
                if (s[j] == '\\' && j + 1 < s.size()) ++j;
                if (s[j] == '\n') throw Failure{line, "newline inside a quoted name"};
                text += s[j];
            }
            if (j >= s.size()) throw Failure{line, "unterminated quoted name"};
            t.kind = c == '\'' ? Token::quoted : Token::distinct;
            t.text = std::move(text);
            i = j + 1;
        } else {
            bool found = false;
            for (auto p : punctuation) {
                if (s.substr(i, p.size()) == p) {
                    t.kind = Token::punct;
                    t.text = std::string(p);
                    i += p.size();
                    found = true;
                    break;
                }
            }
            if (!found) throw Failure{line, "unexpected character '" + std::string(1, c) + "'"};
        }
        tokens.push_back(std::move(t));
    }
    tokens.push_back(Token{Token::end, "end of file", line});
    return tokens;
}

struct Term {
    std::string name;
    bool variable = false;
    std::vector<Term> args;
    int line = 0;
};

struct Formula {
    enum Kind {
        atom,
        equal,
        not_equal,
        truth,
        falsity,
        negation,
        conjunction,
        disjunction,
        implication,
        equivalence,
        exclusive,
        nor,
        nand,
        forall,
        exists
    };
    Kind kind = truth;
    Term applied;              // atom: the predicate and its arguments
    std::vector<Term> sides;   // equal, not_equal
    std::vector<std::string> variables;
    std::vector<Formula> parts;
};

struct Annotated {
    std::string name;
    std::string role;
    Formula formula;
    int line = 0;
};

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

// Any TPTP name becomes an identifier: letters, digits and `_` stay, anything else (only
// possible in a 'quoted name') becomes `_xHH`.
std::string identifier(std::string_view name) {
    static char const hex[] = "0123456789abcdef";
    std::string out;
    for (char c : name) {
        if (is_alnum(c)) {
            out += c;
        } else {
            auto const byte = static_cast<unsigned char>(c);
            out += "_x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

class Printer {
public:
    explicit Printer(std::vector<Annotated> const& formulas) {
        for (auto const& a : formulas) collect(a.formula);
    }

    std::string declarations() const {
        std::string out;
        if (universe_) out += "sort U\n";
        std::vector<std::string> constants;
        for (auto const& [name, arities] : functions_)
            if (arities.count(0)) constants.push_back(function(name, 0));
        if (!constants.empty()) {
            out += "entity ";
            for (std::size_t i = 0; i < constants.size(); ++i) out += (i ? ", " : "") + constants[i];
            out += ": U\n";
        }
        for (auto const& [name, arities] : functions_)
            for (int n : arities)
                if (n > 0) {
                    out += "function ";
                    out += function(name, n);
                    out += parameters(n);
                    out += ": U\n";
                }
        for (auto const& [name, arities] : predicates_)
            for (int n : arities) {
                out += "predicate ";
                out += predicate(name, n);
                if (n > 0) out += parameters(n);
                out += '\n';
            }
        return out;
    }

    std::string formula(Formula const& f, int line) {
        bound_.clear();
        line_ = line;
        return print(f, false);
    }

private:
    std::map<std::string, std::set<int>> predicates_, functions_;
    bool universe_ = false;
    std::vector<std::string> bound_;   // variables in scope, innermost last
    int line_ = 0;

    void collect(Term const& t) {
        universe_ = true;
        if (!t.variable) functions_[t.name].insert(static_cast<int>(t.args.size()));
        for (auto const& a : t.args) collect(a);
    }
    void collect(Formula const& f) {
        if (f.kind == Formula::atom) {
            predicates_[f.applied.name].insert(static_cast<int>(f.applied.args.size()));
            for (auto const& a : f.applied.args) collect(a);
        }
        if (f.kind == Formula::forall || f.kind == Formula::exists) universe_ = true;
        for (auto const& s : f.sides) collect(s);
        for (auto const& p : f.parts) collect(p);
    }

    static std::string parameters(int n) {
        std::string out = "(";
        for (int i = 0; i < n; ++i) out += i ? ", U" : "U";
        out += ')';
        return out;
    }
    // A name used with several arities is several symbols in TPTP: the arity tells them apart.
    std::string predicate(std::string const& name, int arity) const {
        return symbol("p_", name, arity, predicates_.at(name));
    }
    std::string function(std::string const& name, int arity) const {
        return symbol(arity == 0 ? "c_" : "f_", name, arity, functions_.at(name));
    }
    static std::string symbol(char const* prefix, std::string const& name, int arity, std::set<int> const& arities) {
        std::string out = prefix;
        out += identifier(name);
        if (arities.size() > 1) {
            out += '_';
            out += std::to_string(arity);
        }
        return out;
    }

    std::string term(Term const& t) const {
        if (t.variable) {
            for (auto const& v : bound_)
                if (v == t.name) return "v" + t.name;
            throw Failure{t.line, "free variable " + t.name + " (fof formulas must be closed)"};
        }
        std::string out = function(t.name, static_cast<int>(t.args.size()));
        if (!t.args.empty()) out += "(" + list(t.args) + ")";
        return out;
    }
    std::string list(std::vector<Term> const& ts) const {
        std::string out;
        for (std::size_t i = 0; i < ts.size(); ++i) out += (i ? ", " : "") + term(ts[i]);
        return out;
    }

    // `operand`: the formula is an operand of a connective, so anything looser than an
    // atom gets parentheses (every binary connective and quantifier; TPTP's own nesting
    // is kept instead of relying on Elenchus precedence).
    std::string print(Formula const& f, bool operand) {
        auto wrap = [&](std::string s) { return operand ? "(" + s + ")" : s; };
        auto join = [&](char const* op) {
            std::string out;
            for (std::size_t i = 0; i < f.parts.size(); ++i) out += (i ? op : "") + print(f.parts[i], true);
            return out;
        };
        switch (f.kind) {
        case Formula::truth: return "true";
        case Formula::falsity: return "false";
        case Formula::atom: {
            auto const arity = static_cast<int>(f.applied.args.size());
            std::string out = predicate(f.applied.name, arity);
            if (arity > 0) out += "(" + list(f.applied.args) + ")";
            return out;
        }
        case Formula::equal: return term(f.sides[0]) + " = " + term(f.sides[1]);
        case Formula::not_equal: return term(f.sides[0]) + " != " + term(f.sides[1]);
        case Formula::negation: {
            // `not a = b` would parse as intended, but reads as `(not a) = b`.
            auto const& operand_formula = f.parts[0];
            bool const comparison =
                operand_formula.kind == Formula::equal || operand_formula.kind == Formula::not_equal;
            return comparison ? "not (" + print(operand_formula, false) + ")" : "not " + print(operand_formula, true);
        }
        case Formula::conjunction: return wrap(join(" and "));
        case Formula::disjunction: return wrap(join(" or "));
        case Formula::implication: return wrap(join(" -> "));
        case Formula::equivalence: return wrap(join(" <-> "));
        case Formula::exclusive: return wrap(join(" xor "));
        case Formula::nor: return "not (" + join(" or ") + ")";
        case Formula::nand: return "not (" + join(" and ") + ")";
        case Formula::forall:
        case Formula::exists: {
            std::string out = f.kind == Formula::forall ? "forall " : "exists ";
            for (std::size_t i = 0; i < f.variables.size(); ++i) out += (i ? ", v" : "v") + f.variables[i];
            out += ": U. ";
            auto const depth = bound_.size();
            bound_.insert(bound_.end(), f.variables.begin(), f.variables.end());
            out += print(f.parts[0], false);
            bound_.resize(depth);
            return wrap(out);
        }
        }
        throw Failure{line_, "unknown formula kind"};
    }
};

bool asserted_role(std::string const& role) {
    static std::set<std::string> const roles{"axiom",   "hypothesis", "definition",         "assumption", "lemma",
                                             "theorem", "corollary",  "negated_conjecture", "plain"};
    return roles.count(role) > 0;
}

}   // namespace

std::string status_of(std::string_view problem) {
    std::size_t at = 0;
    while (at < problem.size()) {
        auto end = problem.find('\n', at);
        if (end == std::string_view::npos) end = problem.size();
        std::string_view line = problem.substr(at, end - at);
        at = end + 1;
        if (line.substr(0, 1) != "%") continue;
        line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.substr(0, 6) != "Status") continue;
        line.remove_prefix(6);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.substr(0, 1) != ":") continue;
        line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        std::size_t n = 0;
        while (n < line.size() && is_alnum(line[n])) ++n;
        return std::string(line.substr(0, n));
    }
    return {};
}

Conversion to_arg(std::string_view problem) {
    Conversion result;
    try {
        auto formulas = Parser(lex(problem)).file();
        Printer printer(formulas);
        std::string statements;
        std::vector<std::string> conjectures;
        std::set<std::string> names;
        for (auto const& a : formulas) {
            std::string const body = printer.formula(a.formula, a.line);
            if (a.role == "conjecture") {
                conjectures.push_back(body);
                continue;
            }
            if (!asserted_role(a.role)) throw Failure{a.line, "unsupported role " + a.role};
            std::string name = "ax_" + identifier(a.name);
            for (int i = 2; names.count(name); ++i) name = "ax_" + identifier(a.name) + "_" + std::to_string(i);
            names.insert(name);
            statements += "axiom " + name + ": " + body + "\n";
        }
        result.text = "// Converted from TPTP: one open sort U, TPTP names prefixed (p_ predicate,\n"
                      "// f_ function, c_ constant, v variable, ax_ formula).\n";
        result.text += printer.declarations();
        if (!statements.empty()) result.text += "\n" + statements;
        if (!conjectures.empty()) {
            std::string claim;
            for (std::size_t i = 0; i < conjectures.size(); ++i)
                claim += conjectures.size() > 1 ? (i ? " and (" : "(") + conjectures[i] + ")" : conjectures[i];
            result.text += "\nclaim conj: " + claim + "\n";
            result.has_conjecture = true;
        }
    } catch (Failure const& f) {
        result.text.clear();
        result.error = "line " + std::to_string(f.line) + ": " + f.message;
    }
    return result;
}

}   // namespace elenchus::tptp
