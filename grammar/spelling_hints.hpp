// Hints for the spellings beginners bring from programming languages and textbooks (`==`,
// `=>`, `&&`, `AND`, `⇒`, a name with `é` in it): the parser stops at them with "expected
// ...", which says nothing about what to write instead (docs/language.md, section 8).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace elenchus::lexical {

struct Hint {
    char const* where;
    std::size_t length;
    std::string message;
};

// A wrong spelling where the parser stopped: at `at`, in the operator run `at` belongs to
// (`==` when the parser read `=` and stopped at the second one), or the word that ends at
// `previous_end`, the end of the last token read (`NOT` in `NOT p`). `text` is the whole
// input: a word such as `AND` gets no hint where the file declares it as a name.
std::optional<Hint> spelling_hint(std::string_view text, char const* previous_end, char const* at);

// `AND`, `Not`: a reserved word of the formula language written with capitals.
bool is_capitalised_keyword(std::string_view word);

// `from a b`: a name where the list wanted ',' or its end. `what` names the list's items.
std::optional<Hint> missing_comma(std::string_view text, char const* previous_end, char const* at, char const* what);

}   // namespace elenchus::lexical
