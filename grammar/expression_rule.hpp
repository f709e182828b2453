// The formula grammar, declared for the other X3 translation units (internal).
#pragma once

#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/parse_config.hpp"

namespace elenchus::parser {

struct formula_class;
struct binders_class;
using formula_type = x3::rule<formula_class, Term>;
using binders_type = x3::rule<binders_class, std::vector<ast::Binder>>;

BOOST_SPIRIT_DECLARE(formula_type, binders_type)

formula_type const& formula();
binders_type const& binders();

}   // namespace elenchus::parser
