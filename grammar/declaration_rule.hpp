// The declaration grammar, declared for the driver (internal). Scenarios are parsed piece by
// piece (head, items) so the driver can recover inside them.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "grammar/parse_config.hpp"

namespace elenchus::parser {

struct declaration_class;
struct scenario_head_class;
struct scenario_item_class;
using declaration_type = x3::rule<declaration_class, ast::Declaration>;
using scenario_head_type = x3::rule<scenario_head_class, ast::ScenarioDecl>;
// Adds one `without` / `with` clause or statement to the scenario passed as attribute.
using scenario_item_type = x3::rule<scenario_item_class, ast::ScenarioDecl>;

BOOST_SPIRIT_DECLARE(declaration_type, scenario_head_type, scenario_item_type)

declaration_type const& declaration();
scenario_head_type const& scenario_head();
scenario_item_type const& scenario_item();

}   // namespace elenchus::parser
