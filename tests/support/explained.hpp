// What the explain tests ask of every derivation: the explanation of a name (its error
// recorded as a test failure), its rules, a line-by-line dump for failure messages, and the
// one verified derivation of a claim that follows.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "arguments/explain/explain.hpp"

namespace elenchus::test {

inline Explanation explained(logic::Theory const& theory, std::string const& name) {
    auto e = explain(theory, name, ExplainOptions{});
    EXPECT_TRUE(e) << e.error;
    return e ? *e : Explanation{};
}

inline std::vector<Rule> rules_of(Derivation const& d) {
    std::vector<Rule> r;
    for (auto const& s : d.steps) r.push_back(s.rule);
    return r;
}

inline bool has_rule(Derivation const& d, Rule rule) {
    auto r = rules_of(d);
    return std::find(r.begin(), r.end(), rule) != r.end();
}

inline std::string dump(Derivation const& d) {
    std::string out;
    for (auto const& s : d.steps) {
        out += std::to_string(s.n) + " [" + std::to_string(s.depth) + "] " + to_string(s.rule) + " (";
        for (int u : s.uses) out += std::to_string(u) + " ";
        out += ") " + s.statement + "\n";
    }
    return out;
}

// The one derivation of `claim`, where the claim follows (the textbook verdict), verified
// by the checker; nullopt, with the failure recorded, otherwise.
inline std::optional<Derivation> derivation_in(logic::Theory const& theory, std::string const& claim) {
    auto e = explained(theory, claim);
    if (e.status != ExplanationStatus::follows || e.derivations.size() != 1) {
        ADD_FAILURE() << claim << ": " << to_string(e.status) << " with " << e.derivations.size()
                      << " derivations, expected follows with one";
        return std::nullopt;
    }
    Derivation d = e.derivations[0];
    EXPECT_TRUE(d.verified) << dump(d);
    if (d.steps.empty()) {
        ADD_FAILURE() << "an empty derivation";
        return std::nullopt;
    }
    return d;
}

}   // namespace elenchus::test
