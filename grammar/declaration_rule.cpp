// The one translation unit that instantiates the declaration grammar.
#include "grammar/declaration_rule_def.hpp"

namespace elenchus::parser {

BOOST_SPIRIT_INSTANTIATE(declaration_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(scenario_head_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(scenario_item_type, iterator_type, context_type)

declaration_type const& declaration() { return declaration_rule; }
scenario_head_type const& scenario_head() { return scenario_head_rule; }
scenario_item_type const& scenario_item() { return scenario_item_rule; }

}   // namespace elenchus::parser
