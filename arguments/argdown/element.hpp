// Reading one statement or argument out of the (joined) text of a list item, pcs line or
// relation line. Internal to the argdown capability.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "arguments/argdown/document.hpp"
#include "arguments/argdown/source.hpp"

namespace elenchus::argdown::detail {

struct Element {
    enum class Kind { none, statement, argument };
    Kind kind = Kind::none;
    std::string title;         // empty: anonymous (statements only)
    bool definition = false;   // `[T]: text`, `<T>: text` or text alone; else a reference
    std::string text;          // cleaned: tags dropped, mentions and links as their words
    Data data;
    bool has_data = false;
    Position at;
};

// Kind::none when the text holds no element (or an error, then in `diagnostics`).
Element read_element(Joined const& j, std::vector<Diagnostic>& diagnostics);

// Tags (#tag, #(a tag)) dropped, mentions (@[T], @<T>) and links ([text](url)) as their
// words, escapes resolved, whitespace collapsed.
std::string clean_text(std::string_view s);

}   // namespace elenchus::argdown::detail
