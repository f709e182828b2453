// A formula of a proof line: the grammar's own formula parser and type checker, with
// explain's display names read back and undeclared names taken as arbitrary individuals.
#include <algorithm>
#include <fmt/format.h>

#include "arguments/explain/saved.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"

namespace elenchus::proofs {
namespace {

// At most this many ways of typing a line's undeclared names are tried.
constexpr std::size_t max_typings = 256;

std::optional<logic::Term> checked(logic::Theory const& theory, std::string const& text, Diagnostics& diagnostics) {
    SourceFile source("<proof>", text);
    auto expr = parse_formula(source, diagnostics);
    if (!expr || diagnostics.has_errors()) return std::nullopt;
    auto term = check_formula(theory, *expr, diagnostics);
    if (!term || diagnostics.has_errors()) return std::nullopt;
    return term;
}

// The names the checker reports unknown; empty when any error is of another kind.
std::vector<std::string> unknown_names(Diagnostics const& diagnostics) {
    std::vector<std::string> names;
    for (auto const& d : diagnostics.all()) {
        if (d.severity != Severity::error) continue;
        std::string const prefix = "unknown name '";
        if (d.message.rfind(prefix, 0) != 0) return {};
        auto const end = d.message.find('\'', prefix.size());
        if (end == std::string::npos) return {};
        auto name = d.message.substr(prefix.size(), end - prefix.size());
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    return names;
}

std::string type_name(logic::Theory const& theory, logic::Type const& t) {
    switch (t.kind) {
    case logic::Type::Kind::boolean: return "Bool";
    case logic::Type::Kind::integer: return "Int";
    case logic::Type::Kind::real: return "Real";
    case logic::Type::Kind::sort: return theory.sorts[static_cast<std::size_t>(t.sort)].name;
    }
    return "?";
}

// `text` read inside `forall u: T, … . (text)`, for each way of giving the unknown names a
// sort (the type a name had on an earlier line first), then unwrapped.
std::optional<logic::Term> with_arbitrary(logic::Theory const& theory, std::string const& text,
                                          std::vector<std::string> const& names,
                                          std::map<std::string, logic::Type>& arbitrary) {
    std::vector<std::vector<logic::Type>> choices;
    for (auto const& n : names) {
        std::vector<logic::Type> types;
        if (auto it = arbitrary.find(n); it != arbitrary.end()) types.push_back(it->second);
        else
            for (std::size_t k = 0; k < theory.sorts.size(); ++k) {
                logic::Type t;
                t.kind = logic::Type::Kind::sort;
                t.sort = static_cast<int>(k);
                types.push_back(t);
            }
        if (types.empty()) return std::nullopt;
        choices.push_back(std::move(types));
    }
    std::vector<std::size_t> pick(names.size(), 0);
    for (std::size_t tried = 0; tried < max_typings; ++tried) {
        std::string binders;
        for (std::size_t k = 0; k < names.size(); ++k)
            binders += (k ? ", " : "") + names[k] + ": " + type_name(theory, choices[k][pick[k]]);
        Diagnostics quiet;
        auto term = checked(theory, "forall " + binders + ". (" + text + ")", quiet);
        if (term && term->op == logic::Term::Op::forall && !term->args.empty()) {
            for (std::size_t k = 0; k < names.size(); ++k) arbitrary[names[k]] = choices[k][pick[k]];
            return logic::Term(term->args[0]);
        }
        std::size_t k = 0;   // the next combination
        while (k < pick.size() && ++pick[k] == choices[k].size()) pick[k++] = 0;
        if (k == pick.size()) break;
    }
    return std::nullopt;
}

}   // namespace

std::optional<logic::Term> read_formula(logic::Theory const& theory, std::string const& text, std::uint32_t offset,
                                        std::map<std::string, logic::Type>& arbitrary, Diagnostics* diagnostics) {
    Diagnostics first;
    if (auto term = checked(theory, text, first)) return term;
    // Explanations print a member by its display name, quoted when it is not a name.
    std::string const named = with_member_names(theory, text);
    if (named != text) {
        Diagnostics quiet;
        if (auto term = checked(theory, named, quiet)) return term;
        if (auto names = unknown_names(quiet); !names.empty())
            if (auto term = with_arbitrary(theory, named, names, arbitrary)) return term;
    }
    if (auto names = unknown_names(first); !names.empty())
        if (auto term = with_arbitrary(theory, text, names, arbitrary)) return term;
    if (diagnostics)
        for (auto d : first.all()) {
            d.span.begin += offset;
            d.span.end += offset;
            d.notes.clear();   // they point into the .arg file, not the proof
            diagnostics->add(std::move(d));
        }
    return std::nullopt;
}

}   // namespace elenchus::proofs
