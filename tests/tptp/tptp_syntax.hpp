// The TPTP syntax tree the converter's parser builds (tptp_parse.cpp) and its printer reads
// (tptp_to_arg.cpp): annotated first-order formulas, FOF only.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace elenchus::tptp::syntax {

// Thrown inside the converter only; to_arg turns it into Conversion::error.
struct Failure {
    int line;
    std::string message;
};

inline bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

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

// The annotated formulas of a problem, in order; throws Failure on what it cannot read.
std::vector<Annotated> parse(std::string_view problem);

}   // namespace elenchus::tptp::syntax
