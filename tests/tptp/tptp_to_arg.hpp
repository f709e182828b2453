// Converts TPTP first-order problems (FOF) into Elenchus files, so the TPTP library's
// problems with known answers can test the whole pipeline. Hand-written: the subset of
// TPTP we need is small, and the test should not depend on a TPTP toolchain.
#pragma once

#include <string>
#include <string_view>

namespace elenchus::tptp {

// The answer a problem states on its `% Status` line ("Theorem", "CounterSatisfiable",
// "ContradictoryAxioms", ...); empty when there is none.
std::string status_of(std::string_view problem);

struct Conversion {
    std::string text;              // the Elenchus file; empty when `error` is set
    std::string error;             // "line N: why", when the problem cannot be converted
    bool has_conjecture = false;   // the file has `claim conj`
};

// One open sort `U`; every predicate and function by its arity (a TPTP constant becomes an
// `entity`, since TPTP constants are not assumed distinct); axioms, hypotheses,
// definitions, lemmas, theorems and negated conjectures become axioms; the conjectures
// (conjoined, if several) become `claim conj`. Names are prefixed so that no TPTP name
// can clash with a reserved word: predicates `p_`, functions `f_`, constants `c_`,
// variables `v`, statements `ax_`.
Conversion to_arg(std::string_view problem);

}   // namespace elenchus::tptp
