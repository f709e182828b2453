#include "grammar/checker.hpp"

#include "grammar/checker_internal.hpp"
#include "grammar/deep_stack.hpp"

namespace elenchus {

namespace {

std::optional<logic::Theory> check_here(ast::File const& file, Diagnostics& diagnostics, std::size_t stack_budget) {
    logic::Theory theory;
    checking::Checker checker(theory, diagnostics);
    char stack_base = 0;
    checker.set_stack(&stack_base, stack_budget);
    // After a syntax error the declarations that parsed are still checked, so one run reports
    // every error; but the file is incomplete, so what is "never used" is not known.
    bool const complete = !diagnostics.has_errors();
    for (ast::Name const& name : file.unparsed) checker.poison(name.text);
    checker.declare_all(file);
    for (ast::Declaration const& d : file.declarations) {
        // Past the cap nothing more is shown, and "did you mean" searches would only cost time.
        if (diagnostics.at_limit()) break;
        checker.check_declaration(d);
    }
    if (!diagnostics.at_limit()) checker.check_display_names(file);
    if (complete && !diagnostics.at_limit()) checker.warn_unused();
    // A file with syntax errors is incomplete: no theory of it is reasoned about.
    if (diagnostics.has_errors()) return std::nullopt;
    // Vectors grown one declaration at a time hold up to twice their size: the theory lives
    // through the whole run.
    theory.statements.shrink_to_fit();
    theory.symbols.shrink_to_fit();
    return theory;
}

std::optional<logic::Term> check_formula_here(logic::Theory const& theory, ast::Expr const& formula,
                                              Diagnostics& diagnostics, std::size_t stack_budget) {
    // The vocabulary is copied in the same order, so symbol indices stay valid for `theory`.
    logic::Theory scratch;
    checking::Checker checker(scratch, diagnostics);
    char stack_base = 0;
    checker.set_stack(&stack_base, stack_budget);
    checker.declare_vocabulary_of(theory);
    std::size_t const errors = diagnostics.error_count();
    auto term = checker.check_bool(formula, "an assumed formula");
    if (!term || diagnostics.error_count() > errors) return std::nullopt;
    return term;
}

}   // namespace

// On a stack of known size, as the parse is: operator chains as deep as the parser accepts
// (docs/language.md §10) are checked in every build (grammar/deep_stack.hpp).
std::optional<logic::Theory> check(ast::File const& file, Diagnostics& diagnostics) {
    std::optional<logic::Theory> theory;
    run_on_deep_stack([&](std::size_t budget) { theory = check_here(file, diagnostics, budget); });
    return theory;
}

std::optional<logic::Term> check_formula(logic::Theory const& theory, ast::Expr const& formula,
                                         Diagnostics& diagnostics) {
    std::optional<logic::Term> term;
    run_on_deep_stack([&](std::size_t budget) { term = check_formula_here(theory, formula, diagnostics, budget); });
    return term;
}

}   // namespace elenchus
