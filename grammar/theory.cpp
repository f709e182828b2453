#include "grammar/theory.hpp"

#include <algorithm>

namespace elenchus::logic {

namespace {

bool asserted_kind(ast::StatementKind k) {
    return k == ast::StatementKind::axiom || k == ast::StatementKind::premise || k == ast::StatementKind::assume;
}

template <class T>
std::optional<int> find_named(std::vector<T> const& items, std::string const& name) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].name == name) return static_cast<int>(i);
    }
    return std::nullopt;
}

}   // namespace

bool asserted_in_baseline(Statement const& s) { return s.scenario.empty() && asserted_kind(s.kind); }

std::optional<int> Theory::find_statement(std::string const& name) const { return find_named(statements, name); }

std::optional<int> Theory::find_argument(std::string const& name) const { return find_named(arguments, name); }

std::optional<int> Theory::find_scenario(std::string const& name) const { return find_named(scenarios, name); }

std::vector<int> Theory::baseline() const {
    std::vector<int> result;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        if (asserted_in_baseline(statements[i])) result.push_back(static_cast<int>(i));
    }
    return result;
}

std::vector<int> Theory::claims() const {
    std::vector<int> result;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        if (statements[i].scenario.empty() && statements[i].kind == ast::StatementKind::claim) {
            result.push_back(static_cast<int>(i));
        }
    }
    return result;
}

std::vector<int> Theory::hypotheses() const {
    std::vector<int> result;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        if (statements[i].scenario.empty() && statements[i].kind == ast::StatementKind::hypothesis) {
            result.push_back(static_cast<int>(i));
        }
    }
    return result;
}

std::vector<int> Theory::asserted_in(Scenario const& s) const {
    std::vector<int> result;
    for (int i : baseline()) {
        if (std::find(s.without.begin(), s.without.end(), i) == s.without.end()) {
            result.push_back(i);
        }
    }
    for (int i : s.statements) {
        if (asserted_kind(statements[static_cast<std::size_t>(i)].kind)) result.push_back(i);
    }
    for (int i : s.with) {
        if (std::find(result.begin(), result.end(), i) == result.end()) result.push_back(i);
    }
    std::sort(result.begin(), result.end());
    return result;
}

}   // namespace elenchus::logic
