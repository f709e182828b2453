// The fixed parts of the HTML report: its style sheet, legend and script, kept apart from
// the code that fills in a file's map and tables.
#pragma once

namespace elenchus::map {

char const* page_style();
char const* page_legend();
// Clicking a node or a table row shows that node's details from the page's JSON island.
// With `#selftest` in the URL the page clicks its first claim itself and writes what it saw
// into #selftest-result (data-result="pass" or "fail"): the map is visible, the click showed
// the claim's details and explanation, no two labels overlap, no script error occurred, and
// choosing the last labelling in the semantics selector recoloured every argument
// (data-semantics="recoloured"; "none" without a selector).
char const* page_script();

}   // namespace elenchus::map
