// Reading NLTK-style first-order formulas (formalization.hpp) and printing them as Elenchus
// formulas, fully parenthesised so that no precedence difference between the notations can
// change what a formula says.
#include "arguments/argdown/formalization.hpp"
#include "arguments/argdown/import.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

namespace elenchus::argdown {

struct Formalization::Node {
    enum class Op { atom, not_, and_, or_, implies, iff, forall, exists, eq, ne, true_, false_ };
    Op op = Op::atom;
    std::string name;                 // atom: the predicate
    std::vector<std::string> terms;   // atom: its arguments; eq, ne: the two sides
    std::vector<std::string> vars;    // quantifiers
    std::vector<std::shared_ptr<Node const>> kids;
    int height = 1;   // levels of parentheses it is printed with, about
};

namespace {

using Node = Formalization::Node;
using NodePtr = std::shared_ptr<Node const>;
constexpr int max_depth = 200;   // deeper input is an error, never a deep recursion

struct Token {
    std::string text;   // a name, or the operator in its canonical spelling
    bool name = false;
    std::size_t offset = 0;
};

struct Failure {
    std::string message;
    std::size_t offset;
};

std::vector<Token> tokenize(std::string_view s) {
    static constexpr std::pair<char const*, char const*> spellings[] = {{"<->", "<->"},
                                                                        {"->", "->"},
                                                                        {"!=", "!="},
                                                                        {"&", "&"},
                                                                        {"|", "|"},
                                                                        {"-", "-"},
                                                                        {"~", "-"},
                                                                        {"!", "-"},
                                                                        {"(", "("},
                                                                        {")", ")"},
                                                                        {",", ","},
                                                                        {".", "."},
                                                                        {"=", "="},
                                                                        {":", "."},
                                                                        {"\xC2\xAC", "-"},
                                                                        {"\xE2\x88\xA7", "&"},
                                                                        {"\xE2\x88\xA8", "|"},
                                                                        {"\xE2\x86\x92", "->"},
                                                                        {"\xE2\x86\x94", "<->"},
                                                                        {"\xE2\x88\x80", "all"},
                                                                        {"\xE2\x88\x83", "exists"}};
    static std::map<std::string, std::string> const words{
        {"not", "-"},   {"and", "&"},      {"or", "|"},          {"implies", "->"},   {"iff", "<->"},
        {"all", "all"}, {"forall", "all"}, {"exists", "exists"}, {"exist", "exists"}, {"some", "exists"}};
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '_') {
            std::size_t k = i;
            while (k < s.size() && (std::isalnum(static_cast<unsigned char>(s[k])) || s[k] == '_')) ++k;
            std::string w(s.substr(i, k - i));
            auto it = words.find(w);
            out.push_back(it == words.end() ? Token{w, true, i} : Token{it->second, false, i});
            i = k;
            continue;
        }
        bool found = false;
        for (auto const& [spelled, canonical] : spellings) {
            std::string_view sp = spelled;
            if (s.substr(i, sp.size()) == sp) {
                out.push_back({canonical, false, i});
                i += sp.size();
                found = true;
                break;
            }
        }
        if (!found) throw Failure{"unexpected '" + std::string(1, s[i]) + "'", i};
    }
    out.push_back({"", false, s.size()});   // the end
    return out;
}

struct Parser {
    std::vector<Token> tokens;
    std::size_t pos = 0;
    std::map<std::string, FormalSymbol>& symbols;
    int depth = 0;

    Token const& peek() const { return tokens[pos]; }
    bool accept(char const* op) {
        if (!peek().name && peek().text == op) return ++pos, true;
        return false;
    }
    [[noreturn]] void fail(std::string const& what) const {
        throw Failure{what + (peek().text.empty() ? ", found the end" : ", found '" + peek().text + "'"),
                      peek().offset};
    }
    void use(std::string const& name, FormalSymbol s, std::size_t offset) {
        auto [it, added] = symbols.try_emplace(name, s);
        if (!added && (it->second.individual != s.individual || it->second.arity != s.arity))
            throw Failure{"'" + name + "' is used both as " +
                              (it->second.individual
                                   ? "an individual"
                                   : "a predicate of " + std::to_string(it->second.arity) + " argument(s)") +
                              " and otherwise",
                          offset};
    }
    std::string term() {
        if (!peek().name) fail("expected a name");
        Token t = tokens[pos++];
        if (!peek().name && peek().text == "(")
            throw Failure{"function symbols are not read ('" + t.text + "(...)')", t.offset};
        if (!is_bound(t.text)) use(t.text, {true, 0}, t.offset);
        return t.text;
    }
    NodePtr make(Node n) {
        for (auto const& k : n.kids) n.height = std::max(n.height, k->height + 1);
        // Printed fully parenthesised, a long chain (`p & q & ...`) nests as deep as it is
        // long, and Elenchus reads at most 256 levels.
        if (n.height > max_depth) throw Failure{"formula nested too deeply (more than 200 levels)", peek().offset};
        return std::make_shared<Node const>(std::move(n));
    }
    bool is_bound(std::string const& name) const { return bound_count.count(name) != 0; }
    std::map<std::string, int> bound_count;   // variables in scope, for a lookup that stays cheap
    std::size_t in_scope = 0;

    NodePtr formula() {
        if (++depth > max_depth) throw Failure{"formula nested too deeply", peek().offset};
        NodePtr left = implication();
        while (accept("<->")) left = make({Node::Op::iff, {}, {}, {}, {left, implication()}});
        --depth;
        return left;
    }
    // NLTK reads every binary operator from the left: `p -> q -> r` is `(p -> q) -> r`.
    NodePtr implication() {
        NodePtr left = disjunction();
        while (accept("->")) left = make({Node::Op::implies, {}, {}, {}, {left, disjunction()}});
        return left;
    }
    NodePtr disjunction() {
        NodePtr left = conjunction();
        while (accept("|")) left = make({Node::Op::or_, {}, {}, {}, {left, conjunction()}});
        return left;
    }
    NodePtr conjunction() {
        NodePtr left = unary();
        while (accept("&")) left = make({Node::Op::and_, {}, {}, {}, {left, unary()}});
        return left;
    }
    NodePtr unary() {
        if (++depth > max_depth) throw Failure{"formula nested too deeply", peek().offset};
        NodePtr r;
        if (accept("-")) r = make({Node::Op::not_, {}, {}, {}, {unary()}});
        else if (peek().text == "all" || peek().text == "exists") r = quantified();
        else r = atom();
        --depth;
        return r;
    }
    NodePtr quantified() {
        Node n;
        n.op = tokens[pos++].text == "all" ? Node::Op::forall : Node::Op::exists;
        while (peek().name) n.vars.push_back(tokens[pos++].text);
        if (n.vars.empty()) fail("expected a variable after the quantifier");
        if (!accept(".")) fail("expected '.' after the quantifier's variables");
        // Elenchus allows 256 variables in scope at one place.
        in_scope += n.vars.size();
        if (in_scope > static_cast<std::size_t>(max_depth))
            throw Failure{"more than 200 variables in scope", peek().offset};
        for (auto const& v : n.vars) ++bound_count[v];
        // As in NLTK, a quantifier binds tighter than '&': `all x.F(x) & G(x)` is
        // `(all x.F(x)) & G(x)`; its scope is one negation, quantifier, atom or parenthesis.
        n.kids.push_back(unary());
        for (auto const& v : n.vars)
            if (--bound_count[v] == 0) bound_count.erase(v);
        in_scope -= n.vars.size();
        return make(std::move(n));
    }
    NodePtr atom() {
        if (accept("(")) {
            NodePtr f = formula();
            if (!accept(")")) fail("expected ')'");
            return f;
        }
        if (!peek().name) fail("expected a formula");
        std::size_t offset = peek().offset;
        if (tokens[pos + 1].text == "=" || tokens[pos + 1].text == "!=") {
            Node n;
            n.terms.push_back(term());
            n.op = tokens[pos++].text == "=" ? Node::Op::eq : Node::Op::ne;
            n.terms.push_back(term());
            return make(std::move(n));
        }
        Node n;
        n.name = tokens[pos++].text;
        if (n.name == "true" || n.name == "false") {
            n.op = n.name == "true" ? Node::Op::true_ : Node::Op::false_;
            return make(std::move(n));
        }
        if (is_bound(n.name)) throw Failure{"the variable '" + n.name + "' cannot stand as a formula", offset};
        if (accept("(")) {
            do n.terms.push_back(term());
            while (accept(","));
            if (!accept(")")) fail("expected ')' after the arguments of '" + n.name + "'");
        }
        use(n.name, {false, n.terms.size()}, offset);
        return make(std::move(n));
    }
};

// A free name as the caller renamed it; a bound variable kept, unless it is a keyword.
std::string named(std::string const& name, std::map<std::string, std::string> const& rename) {
    auto it = rename.find(name);
    return it == rename.end() ? identifier(name, name) : it->second;
}

std::string print_node(Node const& n, std::map<std::string, std::string> const& rename) {
    auto kid = [&](std::size_t k) { return print_node(*n.kids[k], rename); };
    switch (n.op) {
    case Node::Op::atom: {
        std::string s = named(n.name, rename);
        if (n.terms.empty()) return s;
        s += '(';
        for (std::size_t k = 0; k < n.terms.size(); ++k) s += (k ? ", " : "") + named(n.terms[k], rename);
        return s + ')';
    }
    case Node::Op::true_: return "true";
    case Node::Op::false_: return "false";
    case Node::Op::not_: return "not (" + kid(0) + ")";
    case Node::Op::and_: return "(" + kid(0) + ") and (" + kid(1) + ")";
    case Node::Op::or_: return "(" + kid(0) + ") or (" + kid(1) + ")";
    case Node::Op::implies: return "(" + kid(0) + ") -> (" + kid(1) + ")";
    case Node::Op::iff: return "(" + kid(0) + ") <-> (" + kid(1) + ")";
    case Node::Op::eq: return named(n.terms[0], rename) + " = " + named(n.terms[1], rename);
    case Node::Op::ne: return named(n.terms[0], rename) + " != " + named(n.terms[1], rename);
    case Node::Op::forall:
    case Node::Op::exists: {
        std::string s = n.op == Node::Op::forall ? "forall " : "exists ";
        for (std::size_t k = 0; k < n.vars.size(); ++k) s += (k ? ", " : "") + named(n.vars[k], rename);
        return s + ": Thing. (" + kid(0) + ")";
    }
    }
    return "true";
}

}   // namespace

Formalization read_formalization(std::string_view text) {
    Formalization f;
    try {
        Parser p{tokenize(text), 0, f.symbols, 0, {}, 0};
        f.root = p.formula();
        if (!p.peek().text.empty()) p.fail("expected the end of the formula");
        f.ok = true;
    } catch (Failure const& e) {
        f.ok = false;
        f.error = e.message;
        f.error_offset = e.offset;
        f.symbols.clear();
        f.root.reset();
    }
    return f;
}

std::string Formalization::print(std::map<std::string, std::string> const& rename) const {
    return root ? print_node(*root, rename) : std::string("true");
}

}   // namespace elenchus::argdown
