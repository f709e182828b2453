// The one translation unit that instantiates the formula grammar.
#include "grammar/expression_rule_def.hpp"

namespace elenchus::parser {

BOOST_SPIRIT_INSTANTIATE(formula_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(binders_type, iterator_type, context_type)

formula_type const& formula() { return formula_rule; }
binders_type const& binders() { return binders_rule; }

}   // namespace elenchus::parser
