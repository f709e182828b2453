// Theory → Z3: the sorts, symbols and formulas of a checked Theory as Z3 objects of one
// context. Shared by the Session (which asserts them) and the SMT-LIB export (which prints
// them), so both encode the same semantics.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <z3++.h>

#include "grammar/theory.hpp"

namespace elenchus::solver {

// The Z3 name of every sort and symbol. The Session uses the Theory's own names; the export
// renames what would clash with SMT-LIB built-ins.
struct Naming {
    std::vector<std::string> sorts;     // per Theory::sorts
    std::vector<std::string> symbols;   // per Theory::symbols
    static Naming plain(logic::Theory const& theory);
};

class Translator {
public:
    Translator(z3::context& ctx, logic::Theory const& theory, Naming naming);

    z3::sort sort_of(logic::Type const& type) const;
    // A closed formula or term of the Theory (variables must be bound inside it).
    z3::expr translate(logic::Term const& term);

    // Indices of the Theory's symbols and sorts (never negative).
    z3::func_decl const& decl(int symbol) const { return decls_[static_cast<std::size_t>(symbol)]; }
    z3::sort const& sort(int index) const { return sorts_[static_cast<std::size_t>(index)]; }
    // The Z3 sort is an enumeration (a closed sort with members).
    bool enumerated(int sort_index) const;
    Naming const& naming() const { return naming_; }
    // Quantifiers whose binders all range over closed sorts become the conjunction (forall)
    // or disjunction (exists) of their instances when the expansion stays under `nodes`
    // term nodes; 0 (the default) keeps every quantifier. Equivalent, since a closed sort
    // has exactly its members, and ground formulas spare Z3 its quantifier instantiation
    // (the Session's queries on large files are several times faster).
    void expand_closed_quantifiers(std::size_t nodes) { expand_nodes_ = nodes; }
    // How many quantifiers the translations so far kept (did not expand).
    std::size_t kept_quantifiers() const { return kept_quantifiers_; }

private:
    using Env = std::vector<std::pair<std::string, z3::expr>>;
    z3::expr term(logic::Term const& t, Env& env);
    z3::expr apply(logic::Term const& t, Env& env);
    z3::expr arithmetic(logic::Term const& t, Env& env);
    z3::expr quantified(logic::Term const& t, Env& env);
    std::size_t instances(logic::Term const& quantifier) const;   // 0: not all closed
    std::size_t expanded_size(logic::Term const& t) const;

    z3::context& ctx_;
    logic::Theory const& theory_;
    Naming naming_;
    std::vector<z3::sort> sorts_;
    std::vector<z3::func_decl> decls_;   // members: their enumeration constructor
    unsigned depth_ = 0;                 // binders enclosing the term being translated
    std::size_t expand_nodes_ = 0;
    std::size_t kept_quantifiers_ = 0;
    // (define, depth_, Z3 ids of the arguments) → the call unfolded, shared by every use.
    std::map<std::vector<unsigned>, z3::expr> unfolded_;
    z3::expr_vector pinned_;   // the arguments of the calls in unfolded_
    std::size_t unfoldings_ = 0;
    mutable std::vector<std::size_t> define_size_;   // expanded_size of each body, 0: not yet
    // The checker bounds what definitions unfold to (grammar/unfold_bounds.hpp); this is
    // the translator's own guard against work it was not told about.
    static constexpr std::size_t max_unfoldings = 4'000'000;
};

// The symbols (Theory::symbols indices) a term mentions, `define` calls unfolded.
void collect_symbols(logic::Theory const& theory, logic::Term const& term, std::set<int>& out);

}   // namespace elenchus::solver
