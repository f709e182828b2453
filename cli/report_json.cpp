#include "arguments/verdicts/problems.hpp"
#include "cli/json_pieces.hpp"
#include "cli/report_format.hpp"

#include "cli/app.hpp"

namespace elenchus::cli {
namespace {

nlohmann::json world_json(std::optional<solver::World> const& w) {
    return w ? nlohmann::json(solver::lines(*w)) : nlohmann::json(nullptr);
}

void consistency_fields(ConsistencyVerdict const& c, nlohmann::json& into) {
    into["consistent"] = tristate(c.consistent);
    into["inconsistent_sets"] = c.inconsistent_sets;
    if (c.capped) into["inconsistent_sets_capped"] = true;
    if (!c.reason.empty()) into["reason"] = c.reason;
    if (c.witness) into["witness"] = solver::lines(*c.witness);
}

nlohmann::json claims_json(std::vector<ClaimVerdict> const& claims) {
    auto list = nlohmann::json::array();
    for (auto const& c : claims) {
        nlohmann::json item{
            {"name", c.name}, {"status", to_string(c.status)}, {"support", c.support}, {"assumptions", c.assumptions}};
        if (!c.reason.empty()) item["reason"] = c.reason;
        if (c.holds) item["holds_in"] = world_json(c.holds);
        if (c.fails) item["fails_in"] = world_json(c.fails);
        list.push_back(std::move(item));
    }
    return list;
}

nlohmann::json arguments_json(std::vector<ArgumentVerdict> const& arguments) {
    auto list = nlohmann::json::array();
    for (auto const& a : arguments) {
        nlohmann::json item{{"name", a.name},
                            {"valid", tristate(a.valid)},
                            {"redundant", a.redundant},
                            {"circular", a.circular || a.circular_unknown.empty() ? nlohmann::json(a.circular)
                                                                                  : nlohmann::json(nullptr)},
                            {"premises_inconsistent", tristate(a.premises_inconsistent)},
                            {"missing", a.missing}};
        if (!a.circular_premise.empty()) item["circular_premise"] = a.circular_premise;
        if (!a.circular_cycle.empty()) item["circular_cycle"] = a.circular_cycle;
        if (!a.circular_unknown.empty()) item["circular_reason"] = a.circular_unknown;
        if (!a.bridging.empty()) item["bridging"] = a.bridging;
        if (!a.reason.empty()) item["reason"] = a.reason;
        if (a.counterexample) item["counterexample"] = world_json(a.counterexample);
        list.push_back(std::move(item));
    }
    return list;
}

nlohmann::json relations_json(std::vector<RelationVerdict> const& relations) {
    auto list = nlohmann::json::array();
    for (auto const& r : relations) {
        nlohmann::json item{{"from", r.from},
                            {"to", r.to},
                            {"kind", ast::to_string(r.kind)},
                            {"declared", r.declared},
                            {"classification", to_string(r.classification)},
                            {"flagged", r.flagged}};
        if (!r.premise.empty()) item["premise"] = r.premise;
        if (!r.given.empty()) item["given"] = r.given;
        if (!r.note.empty()) item["note"] = r.note;
        list.push_back(std::move(item));
    }
    return list;
}

}   // namespace

nlohmann::json report_json(logic::Theory const& theory, Report const& report) {
    nlohmann::json doc;
    consistency_fields(report.consistency, doc);
    doc["claims"] = claims_json(report.claims);
    doc["arguments"] = arguments_json(report.arguments);
    doc["relations"] = relations_json(report.relations);
    auto scenarios = nlohmann::json::array();
    for (auto const& s : report.scenarios) {
        nlohmann::json item{{"name", s.name}};
        if (!s.title.empty()) item["title"] = s.title;
        consistency_fields(s.consistency, item);
        item["claims"] = claims_json(s.claims);
        item["arguments"] = arguments_json(s.arguments);
        scenarios.push_back(std::move(item));
    }
    doc["scenarios"] = std::move(scenarios);
    return doc;
}

int report_exit_code(Report const& report) { return problems(report).empty() ? code(Exit::ok) : code(Exit::problem); }

}   // namespace elenchus::cli
