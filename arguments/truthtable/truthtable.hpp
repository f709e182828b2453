// Truth tables of propositional claims and arguments, computed by evaluating the formulas
// row by row (no solver): every assignment of the atoms, a column per statement, and the
// rows where every premise holds and the conclusion fails marked.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::truthtable {

// At most 2^8 = 256 rows: beyond that a table no longer reads as a table.
constexpr std::size_t max_atoms = 8;

enum class Role {
    premise,      // a premise the argument lists
    axiom,        // an asserted axiom the argument's validity also rests on
    asserted,     // for a claim: an asserted statement of the baseline
    conclusion,   // the argument's conclusion, or the claim
};
char const* to_string(Role role);   // "premise"

enum class Verdict { valid, invalid, follows, refuted, open, vacuous };
char const* to_string(Verdict verdict);   // "valid"

struct Column {
    std::string statement;   // its name
    std::string formula;     // as `fmt` prints it (display names of members)
    Role role = Role::premise;
};

struct Row {
    std::vector<bool> atoms;    // per Table::atoms
    std::vector<bool> values;   // per Table::columns
    // Every column before the conclusion true and the conclusion false: a row that makes
    // the argument invalid (for a claim: a way the asserted statements hold and it fails).
    bool marked = false;
};

struct Table {
    std::string name;
    bool argument = false;            // an argument; else a claim
    std::vector<std::string> atoms;   // in order of first occurrence, premises first
    std::vector<Column> columns;      // the statements, then the conclusion (last)
    std::vector<Row> rows;            // all true first, as textbooks order them
    Verdict verdict = Verdict::valid;
};

struct Result {
    std::optional<Table> table;
    std::string error;   // set exactly when there is no table
    std::string hint;    // what to do instead
    // Where the error is: the part of a formula that is not propositional (else none).
    std::optional<ast::Span> where;
};

// The table of the argument or baseline claim `name`. A claim's columns are the asserted
// statements of the baseline that share an atom with it, directly or through one another
// (the others say nothing about its atoms). An argument's are its premises and the asserted
// axioms that share atoms with them or the conclusion, as in `check`'s verdict. An error
// when a formula is not propositional (a quantifier, a symbol with arguments, arithmetic)
// or the atoms are more than max_atoms.
Result truth_table(logic::Theory const& theory, std::string const& name);

}   // namespace elenchus::truthtable
