// Types shared by the X3 translation units of the parser (internal: include only from the
// parser's .cpp files). The iterator and context types here are the ones every rule is
// instantiated with; the driver builds exactly this context.
#pragma once

#include <cstdint>
#include <string>

#include <boost/spirit/home/x3/support/context.hpp>
#include <boost/spirit/home/x3/support/unused.hpp>

#include "grammar/ast.hpp"

namespace elenchus::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;

// What the grammar needs beyond the text: positions become byte offsets from `begin`;
// `depth` counts formula nesting against the limit.
struct ParseState {
    char const* begin = nullptr;
    char const* end = nullptr;
    std::size_t max_nesting = 256;
    std::size_t max_tree_depth = 2048;   // operator chains deepen the tree without nesting
    std::size_t depth = 0;
    char const* stack_base = nullptr;      // frame address at the start of the parse
    std::size_t stack_budget = 4u << 20;   // bytes below stack_base it may use (grammar/deep_stack.hpp)

    ast::Span span(char const* b, char const* e) const {
        return {static_cast<std::uint32_t>(b - begin), static_cast<std::uint32_t>(e - begin)};
    }
};

struct state_tag;
using context_type = x3::context<state_tag, ParseState, x3::unused_type>;

// A syntax error: thrown inside the grammar, caught by the driver, which turns it into a
// diagnostic and recovers. Never leaves the parser.
struct SyntaxError {
    char const* where;
    std::size_t length;
    std::string message;
};

// A formula under construction with the depth of its tree, so that long operator chains
// cannot build a tree too deep for the recursive consumers (printer, checker, solver).
struct Term {
    ast::Expr expr;
    std::uint32_t depth = 1;
    int pending = 0;   // the operator or quantifier just read, until its operand comes
    ast::Span pending_span;
};

}   // namespace elenchus::parser
