// Writing an explanation as JSON, and reading its derivations back for `explain --verify`.
#include "arguments/explain/saved.hpp"

#include <cctype>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "arguments/formulas/formulas.hpp"
#include "grammar/checker.hpp"
#include "grammar/diagnostics.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer.hpp"

namespace elenchus {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

namespace {

ordered nullable(std::string const& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

std::string type_name(logic::Theory const& theory, logic::Type const& t);

ordered steps_json(logic::Theory const& theory, Derivation const& d) {
    auto steps = ordered::array();
    for (auto const& s : d.steps) {
        ordered j{{"n", s.n},        {"formula", print(theory, s.formula, true)}, {"rule", json_name(s.rule)},
                  {"uses", s.uses},  {"statement", nullable(s.statement)},        {"reading", nullable(s.reading)},
                  {"depth", s.depth}};
        if (!s.quotations.empty()) {
            auto cites = ordered::array();
            for (auto const& c : s.quotations)
                cites.push_back({{"source", c.source}, {"quotation", nullable(c.quotation)}});
            j["cites"] = std::move(cites);
        }
        if (!s.substitution.empty()) j["substitution"] = s.substitution;
        if (!s.nonempty.empty()) j["nonempty"] = s.nonempty;
        if (s.claim) j["claim"] = true;   // a claim listed as a premise: stated, not established
        // Arbitrary individuals (free variables) with their types, so the line reads back.
        if (auto free = formulas::free_variables(s.formula); !free.empty()) {
            auto list = ordered::array();
            for (auto const& v : free) list.push_back(v.name + ": " + type_name(theory, v.type));
            j["arbitrary"] = std::move(list);
        }
        steps.push_back(std::move(j));
    }
    return steps;
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

// Display names back to the names the parser knows: a member's display name is printed
// bare when it reads as a name and quoted otherwise (grammar/printer.hpp).
std::string undisplay(logic::Theory const& theory, std::string const& text) {
    auto member_for = [&](std::string const& display) -> std::string const* {
        for (auto const& s : theory.symbols)
            if (s.kind == logic::Symbol::Kind::member && s.display == display) return &s.name;
        return nullptr;
    };
    auto declared = [&](std::string const& name) {
        for (auto const& s : theory.symbols)
            if (s.name == name) return true;
        for (auto const& d : theory.defines)
            if (d.name == name) return true;
        return false;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '"') {
            std::string value;
            std::size_t j = i + 1;
            for (; j < text.size() && text[j] != '"'; ++j) {
                if (text[j] == '\\' && j + 1 < text.size()) {
                    ++j;
                    value += text[j] == 'n' ? '\n' : text[j];
                } else {
                    value += text[j];
                }
            }
            auto const* m = member_for(value);
            out += m ? *m : text.substr(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        auto const uc = static_cast<unsigned char>(c);
        if (std::isalpha(uc) || c == '_' || uc >= 0x80) {
            std::size_t j = i;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' ||
                                       static_cast<unsigned char>(text[j]) >= 0x80))
                ++j;
            std::string word = text.substr(i, j - i);
            auto const* m = declared(word) ? nullptr : member_for(word);
            out += m ? *m : word;
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

// Line numbers, depths and citations: whole numbers in a range no derivation outgrows, read
// exactly (nlohmann's get<int> would wrap 4294967297 to 1 and truncate 1.9 to 1).
constexpr std::int64_t max_line_number = 1'000'000;
std::optional<int> line_number(json const& v) {
    if (v.is_number_unsigned()) {
        auto n = v.get<std::uint64_t>();
        if (n <= static_cast<std::uint64_t>(max_line_number)) return static_cast<int>(n);
    } else if (v.is_number_integer()) {
        auto n = v.get<std::int64_t>();
        if (n >= 0 && n <= max_line_number) return static_cast<int>(n);
    }
    return std::nullopt;
}

std::optional<logic::Term> reparse(logic::Theory const& theory, std::string const& text,
                                   std::vector<std::string> const& arbitrary, std::string& why) {
    // A line about arbitrary individuals is read inside `forall x: T. (…)`, then unwrapped.
    std::string wrapped = undisplay(theory, text);
    if (!arbitrary.empty()) {
        std::string binders;
        for (auto const& a : arbitrary) binders += (binders.empty() ? "" : ", ") + a;
        wrapped = "forall " + binders + ". (" + wrapped + ")";
    }
    SourceFile source("<formula>", wrapped);
    Diagnostics diagnostics;
    auto expr = parse_formula(source, diagnostics);
    std::optional<logic::Term> term;
    if (expr && !diagnostics.has_errors()) term = check_formula(theory, *expr, diagnostics);
    if (!term || diagnostics.has_errors()) {
        auto const& all = diagnostics.all();
        why = "the formula does not read back: " + (all.empty() ? std::string("syntax error") : all.front().message);
        return std::nullopt;
    }
    if (!arbitrary.empty()) {
        if (term->op != logic::Term::Op::forall || term->args.empty()) return std::nullopt;
        return logic::Term(term->args[0]);
    }
    return term;
}

}   // namespace

ordered explanation_json(std::string const& file, logic::Theory const& theory, Explanation const& e) {
    ordered doc{{"file", file}, {"name", e.name}, {"kind", to_string(e.kind)}, {"status", to_string(e.status)}};
    if (e.kind == DerivationKind::inconsistency) {
        auto list = ordered::array();
        bool all = !e.derivations.empty();
        for (auto const& d : e.derivations) {
            list.push_back({{"support", d.support},
                            {"steps", steps_json(theory, d)},
                            {"verified", d.verified},
                            {"fallback_steps", fallback_steps(d)}});
            all = all && d.verified;
        }
        doc["derivations"] = std::move(list);
        doc["verified"] = e.derivations.empty() ? ordered(nullptr) : ordered(all);
    } else if (!e.derivations.empty()) {
        auto const& d = e.derivations.front();
        doc["support"] = d.support;
        doc["steps"] = steps_json(theory, d);
        doc["verified"] = d.verified;
        doc["fallback_steps"] = fallback_steps(d);
    } else {
        doc["steps"] = ordered::array();
        doc["verified"] = nullptr;
    }
    if (!e.worlds.empty()) {
        auto worlds = ordered::array();
        for (auto const& w : e.worlds)
            worlds.push_back({{"title", w.title}, {"facts", w.facts}, {"satisfies", w.satisfies}});
        doc["worlds"] = std::move(worlds);
    }
    if (!e.missing.empty()) doc["missing"] = e.missing;
    if (!e.bridging.empty()) doc["bridging"] = e.bridging;
    if (!e.reason.empty()) doc["reason"] = e.reason;
    if (!e.notes.empty()) doc["notes"] = e.notes;
    if (!e.problems.empty()) doc["problems"] = e.problems;
    return doc;
}

namespace {

std::optional<std::string> text_field(json const& j, char const* field) {
    if (!j.contains(field) || !j[field].is_string()) return std::nullopt;
    return j[field].get<std::string>();
}

// One line of a saved derivation; `why` says what is wrong with it when it cannot be read.
std::optional<Step> read_step(logic::Theory const& theory, json const& j, std::string& why) {
    if (!j.is_object()) {
        why = "the line is not a JSON object";
        return std::nullopt;
    }
    Step s;
    try {
        std::string bad;
        auto number = [&](json const& v, char const* field) {
            auto n = line_number(v);
            if (!n && bad.empty()) bad = field;
            return n.value_or(0);
        };
        s.n = number(j.at("n"), "n");
        s.depth = number(j.at("depth"), "depth");
        if (!j.at("uses").is_array()) bad = "uses";
        else
            for (auto const& u : j.at("uses")) s.uses.push_back(number(u, "uses"));
        if (!bad.empty()) {
            why = fmt::format("\"{}\" must hold whole numbers from 0 to {}", bad, max_line_number);
            return std::nullopt;
        }
        auto rule = rule_from_json(j.at("rule").get<std::string>());
        if (!rule) {
            why = fmt::format("unknown rule '{}'", j.at("rule").get<std::string>());
            return std::nullopt;
        }
        s.rule = *rule;
        if (j.contains("statement") && j["statement"].is_string()) s.statement = j["statement"].get<std::string>();
        std::vector<std::string> arbitrary;
        if (j.contains("arbitrary")) arbitrary = j["arbitrary"].get<std::vector<std::string>>();
        auto term = reparse(theory, j.at("formula").get<std::string>(), arbitrary, why);
        if (!term) return std::nullopt;
        s.formula = std::move(*term);
    } catch (json::exception const&) {
        why = "the line lacks \"n\", \"formula\", \"rule\", \"uses\" or \"depth\", or has the wrong type";
        return std::nullopt;
    }
    return s;
}

// The lists of steps in the document: one per minimal inconsistent set, or the one.
std::vector<json> step_lists(json const& doc) {
    std::vector<json> lists;
    if (doc.contains("derivations") && doc["derivations"].is_array()) {
        for (auto const& d : doc["derivations"])
            if (d.is_object() && d.contains("steps")) lists.push_back(d["steps"]);
    } else if (doc.contains("steps")) {
        lists.push_back(doc["steps"]);
    }
    return lists;
}

}   // namespace

ReadBack read_explanation(logic::Theory const& theory, json const& doc) {
    ReadBack r;
    auto fail = [&](int line, std::string message) {
        r.bad_line = line;
        r.message = std::move(message);
        return r;
    };
    if (!doc.is_object()) return fail(0, "the explanation is not a JSON object");
    auto name = text_field(doc, "name");
    auto kind = text_field(doc, "kind");
    auto status = text_field(doc, "status");
    if (!name || !kind || !status) return fail(0, "the explanation lacks its \"name\", \"kind\" or \"status\"");
    DerivationKind k;
    if (*kind == "claim") k = DerivationKind::claim;
    else if (*kind == "argument") k = DerivationKind::argument;
    else if (*kind == "inconsistency") k = DerivationKind::inconsistency;
    else return fail(0, fmt::format("unknown kind '{}'", *kind));

    for (auto const& steps : step_lists(doc)) {
        if (!steps.is_array() || steps.empty())
            return fail(0, fmt::format("there is no derivation to verify (status '{}')", *status));
        Derivation d;
        d.name = *name;
        d.kind = k;
        d.status = *status;
        for (auto const& j : steps) {
            std::string why;
            auto s = read_step(theory, j, why);
            if (!s) return fail(static_cast<int>(d.steps.size()) + 1, why);
            d.steps.push_back(std::move(*s));
        }
        r.derivations.push_back(std::move(d));
    }
    if (r.derivations.empty()) return fail(0, fmt::format("there is no derivation to verify (status '{}')", *status));
    return r;
}

std::string with_member_names(logic::Theory const& theory, std::string const& text) { return undisplay(theory, text); }

}   // namespace elenchus
