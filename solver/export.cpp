// SMT-LIB 2 for the `z3` binary: the same translation as the Session, in a context of its
// own, printed with declarations and one named assertion per statement.
#include <set>
#include <stdexcept>
#include <sstream>

#include "solver/session.hpp"
#include "solver/translate.hpp"

namespace elenchus::solver {

namespace {

// SMT-LIB's reserved words: legal identifiers of ours that SMT-LIB cannot take as names.
bool reserved(std::string const& name) {
    static const std::set<std::string> words{"_",       "!",      "as",     "let",        "par",
                                             "match",   "exists", "forall", "lambda",     "NUMERAL",
                                             "DECIMAL", "STRING", "BINARY", "HEXADECIMAL"};
    return words.count(name) > 0;
}

// Z3 knows sorts our language does not (String, Array, Seq, ...): ask a scratch context
// whether it accepts the name as a new sort.
bool free_sort_name(std::string const& name) {
    if (reserved(name)) return false;
    z3::context scratch;
    try {
        scratch.parse_string(("(declare-sort " + name + " 0)").c_str());
        return true;
    } catch (z3::exception const&) {
        return false;
    }
}

// A `!` cannot occur in our identifiers, so a renamed name never meets another.
Naming export_naming(logic::Theory const& theory) {
    Naming n = Naming::plain(theory);
    for (auto& s : n.sorts)
        if (!free_sort_name(s)) s += "!";
    for (auto& s : n.symbols)
        if (reserved(s)) s += "!";
    return n;
}

}   // namespace

namespace {

std::string encode(logic::Theory const& theory, std::span<int const> statements, logic::Term const* goal,
                   std::span<int const> each) {
    std::ostringstream out;
    z3::context ctx;
    Z3_set_ast_print_mode(ctx, Z3_PRINT_SMTLIB2_COMPLIANT);
    Translator tr(ctx, theory, export_naming(theory));
    auto const& naming = tr.naming();

    out << "; Elenchus export: unsat means the statements are inconsistent";
    out << (goal ? " or entail the goal\n" : "\n");
    out << "(set-option :produce-unsat-cores true)\n";
    for (std::size_t k = 0; k < theory.sorts.size(); ++k) {
        auto const& s = theory.sorts[k];
        if (!tr.enumerated(static_cast<int>(k))) {
            out << "(declare-sort " << naming.sorts[k] << " 0)\n";
            continue;
        }
        out << "(declare-datatypes ((" << naming.sorts[k] << " 0)) ((";
        for (std::size_t m = 0; m < s.members.size(); ++m)
            out << (m ? " (" : "(") << naming.symbols[static_cast<std::size_t>(s.members[m])] << ")";
        out << ")))\n";
    }
    std::set<std::string> taken;
    for (std::size_t i = 0; i < theory.symbols.size(); ++i) {
        taken.insert(naming.symbols[i]);
        if (theory.symbols[i].kind == logic::Symbol::Kind::member) continue;
        out << tr.decl(static_cast<int>(i)).to_string() << "\n";
    }
    // `:named` declares a constant, so a statement may not reuse a symbol's name.
    auto label = [&](std::string name) {
        if (taken.count(name) || reserved(name)) name += "!";
        taken.insert(name);
        return name;
    };
    for (int i : statements) {
        auto const& st = theory.statements.at(static_cast<std::size_t>(i));
        out << "(assert (! " << tr.translate(st.formula) << " :named " << label(st.name) << "))\n";
    }
    if (goal) out << "(assert (! " << !tr.translate(*goal) << " :named " << label("negated_goal!") << "))\n";
    out << "(check-sat)\n";
    // One scope per claim, as `check` asks them: the echo names the claim whose answer follows.
    for (int c : each) {
        auto const& st = theory.statements.at(static_cast<std::size_t>(c));
        out << "(echo \"" << st.name << "\")\n(push 1)\n(assert " << !tr.translate(st.formula)
            << ")\n(check-sat)\n(pop 1)\n";
    }
    return out.str();
}

}   // namespace

std::string export_smtlib(logic::Theory const& theory, std::span<int const> statements, logic::Term const* goal,
                          std::span<int const> each) {
    try {
        return encode(theory, statements, goal, each);
    } catch (z3::exception const& e) {
        throw std::runtime_error(std::string("Z3: ") + e.msg());
    }
}

}   // namespace elenchus::solver
