#include "cli/json_pieces.hpp"
#include "cli/whatif_format.hpp"

namespace elenchus::cli {
namespace {

void common(WorldLabel const& where, std::string const& claim, ClaimStatus status, std::string const& reason,
            bool capped, nlohmann::json& doc) {
    doc["file"] = where.path;
    doc["world"] = where.world;
    doc["claim"] = claim;
    doc["status"] = to_string(status);
    doc["capped"] = capped;
    if (!reason.empty()) doc["reason"] = reason;
}

}   // namespace

nlohmann::json comparison_json(whatif::Comparison const& c) {
    nlohmann::json doc{{"scenario", c.scenario},
                       {"consistent", tristate(c.consistency.consistent)},
                       {"baseline_consistent", tristate(c.baseline.consistent)},
                       {"without", c.without},
                       {"with", c.with},
                       {"declared", c.declared},
                       {"inconsistent_sets", c.consistency.inconsistent_sets},
                       {"new_inconsistent_sets", c.new_inconsistent_sets}};
    if (!c.title.empty()) doc["title"] = c.title;
    if (!c.consistency.reason.empty()) doc["reason"] = c.consistency.reason;
    auto claims = nlohmann::json::array();
    for (auto const& cl : c.claims) {
        nlohmann::json item{
            {"name", cl.name},
            {"baseline", cl.baseline ? nlohmann::json(to_string(cl.baseline->status)) : nlohmann::json(nullptr)},
            {"scenario", to_string(cl.scenario.status)},
            {"changed", cl.changed},
            {"support", cl.scenario.support}};
        if (!cl.scenario.reason.empty()) item["reason"] = cl.scenario.reason;
        claims.push_back(std::move(item));
    }
    doc["claims"] = std::move(claims);
    auto arguments = nlohmann::json::array();
    for (auto const& a : c.arguments)
        arguments.push_back({{"name", a.name},
                             {"baseline", tristate(a.baseline)},
                             {"scenario", tristate(a.scenario)},
                             {"changed", a.changed}});
    doc["arguments"] = std::move(arguments);
    return doc;
}

nlohmann::json sweep_json(WorldLabel const& where, whatif::Sweep const& s) {
    nlohmann::json doc;
    common(where, s.claim, s.status, s.reason, s.capped, doc);
    NameSet load_bearing;
    auto drops = nlohmann::json::array();
    for (auto const& d : s.drops) {
        if (d.load_bearing) load_bearing.push_back(d.statement);
        nlohmann::json item{
            {"statement", d.statement}, {"without", to_string(d.status)}, {"load_bearing", d.load_bearing}};
        if (!d.reason.empty()) item["reason"] = d.reason;
        drops.push_back(std::move(item));
    }
    doc["load_bearing"] = load_bearing;
    doc["supports"] = s.supports;
    doc["critical"] = s.critical;
    doc["drops"] = std::move(drops);
    return doc;
}

nlohmann::json break_json(WorldLabel const& where, whatif::Breaking const& b) {
    nlohmann::json doc;
    common(where, b.claim, b.status, b.reason, b.capped, doc);
    doc["break_sets"] = b.break_sets;
    return doc;
}

nlohmann::json make_json(WorldLabel const& where, whatif::Making const& m) {
    nlohmann::json doc;
    common(where, m.claim, m.status, m.reason, m.capped, doc);
    doc["make_sets"] = m.make_sets;
    doc["candidates"] = m.candidates;
    return doc;
}

}   // namespace elenchus::cli
