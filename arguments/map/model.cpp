#include "arguments/map/model.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "grammar/printer.hpp"

namespace elenchus::map {

char const* to_string(NodeKind k) {
    switch (k) {
    case NodeKind::claim: return "claim";
    case NodeKind::premise: return "premise";
    case NodeKind::assumption: return "assumption";
    case NodeKind::axiom: return "axiom";
    case NodeKind::hypothesis: return "hypothesis";
    case NodeKind::argument: return "argument";
    }
    return "?";
}

char const* to_string(EdgeKind k) {
    switch (k) {
    case EdgeKind::premise_of: return "premise-of";
    case EdgeKind::concludes: return "concludes";
    case EdgeKind::supports: return "supports";
    case EdgeKind::attacks: return "attacks";
    }
    return "?";
}

char const* to_string(NodeStatus s) {
    switch (s) {
    case NodeStatus::none: return "";
    case NodeStatus::follows: return "follows";
    case NodeStatus::refuted: return "refuted";
    case NodeStatus::open: return "open";
    case NodeStatus::unknown: return "unknown";
    case NodeStatus::vacuous: return "vacuous";
    case NodeStatus::valid: return "valid";
    case NodeStatus::invalid: return "invalid";
    }
    return "";
}

NodeStatus node_status(ClaimStatus s) {
    switch (s) {
    case ClaimStatus::follows: return NodeStatus::follows;
    case ClaimStatus::refuted: return NodeStatus::refuted;
    case ClaimStatus::open: return NodeStatus::open;
    case ClaimStatus::unknown: return NodeStatus::unknown;
    case ClaimStatus::vacuous: return NodeStatus::vacuous;
    }
    return NodeStatus::unknown;
}

NodeStatus node_status(std::optional<bool> valid) {
    return valid == true ? NodeStatus::valid : valid == false ? NodeStatus::invalid : NodeStatus::unknown;
}

namespace {

// Bytes of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

std::size_t code_points(std::string const& s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); i += sequence_length(static_cast<unsigned char>(s[i]))) ++n;
    return n;
}

NodeKind node_kind(ast::StatementKind k) {
    switch (k) {
    case ast::StatementKind::axiom: return NodeKind::axiom;
    case ast::StatementKind::premise: return NodeKind::premise;
    case ast::StatementKind::assume: return NodeKind::assumption;
    case ast::StatementKind::hypothesis: return NodeKind::hypothesis;
    case ast::StatementKind::claim: return NodeKind::claim;
    }
    return NodeKind::premise;
}

std::string consistency_word(ConsistencyVerdict const& c) {
    return c.consistent == true ? "consistent" : c.consistent == false ? "inconsistent" : "unknown";
}

std::string join(std::vector<std::string> const& names) {
    std::string out;
    for (auto const& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// The statements the map shows: everything but unused axioms and other scenarios' statements.
std::vector<int> shown_statements(logic::Theory const& theory, logic::Scenario const* scenario) {
    std::set<int> used;
    for (auto const& a : theory.arguments) {
        used.insert(a.premises.begin(), a.premises.end());
        used.insert(a.conclusion);
    }
    for (auto const& r : theory.relations) {
        if (!r.from_is_argument)
            if (auto s = theory.find_statement(r.from)) used.insert(*s);
        if (!r.to_is_argument)
            if (auto s = theory.find_statement(r.to)) used.insert(*s);
    }
    std::vector<int> shown;
    for (std::size_t i = 0; i < theory.statements.size(); ++i) {
        auto const& s = theory.statements[i];
        int const id = static_cast<int>(i);
        bool const own = scenario && std::find(scenario->statements.begin(), scenario->statements.end(), id) !=
                                         scenario->statements.end();
        if (!s.scenario.empty() && !own) continue;
        bool const turned_on =
            scenario && std::find(scenario->with.begin(), scenario->with.end(), id) != scenario->with.end();
        // Axioms and hypotheses nothing uses would float unconnected: background knowledge
        // and candidates for scenarios, not part of this map.
        bool const background = s.kind == ast::StatementKind::axiom || s.kind == ast::StatementKind::hypothesis;
        if (background && !used.count(id) && !own && !turned_on) continue;
        shown.push_back(id);
    }
    return shown;
}

}   // namespace

std::vector<std::string> wrap(std::string const& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
        if (end == at) break;
        std::string word = text.substr(at, end - at);
        std::size_t const w = code_points(word);
        if (!line.empty() && line_width + 1 + w > width) {
            lines.push_back(std::move(line));
            line.clear();
            line_width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += w;
        at = end;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

namespace {

// The verdicts of the world drawn: the baseline's, or the scenario's.
struct WorldVerdicts {
    logic::Scenario const* scenario = nullptr;
    ConsistencyVerdict const* consistency;
    std::vector<ClaimVerdict> const* claims;
    std::vector<ArgumentVerdict> const* arguments;
};

WorldVerdicts world_verdicts(logic::Theory const& theory, Report const& report, std::string const& scenario_name,
                             std::string& title) {
    WorldVerdicts w{nullptr, &report.consistency, &report.claims, &report.arguments};
    if (scenario_name.empty()) return w;
    std::string const plain = title;
    if (auto s = theory.find_scenario(scenario_name)) w.scenario = &theory.scenarios[static_cast<std::size_t>(*s)];
    for (auto const& v : report.scenarios) {
        if (v.name != scenario_name) continue;
        w.consistency = &v.consistency;
        w.claims = &v.claims;
        w.arguments = &v.arguments;
        if (!v.title.empty()) title += " — " + v.title;
    }
    if (title == plain) title += " — scenario " + scenario_name;
    return w;
}

// Nodes and edges as they are added, nodes found by name.
class MapBuilder {
public:
    explicit MapBuilder(Map& map) : map_(map) {}

    void add(Node node) {
        index_.emplace(node.name, map_.nodes.size());
        map_.nodes.push_back(std::move(node));
    }

    // nullptr when an end is not drawn.
    Edge* edge(std::string const& from, std::string const& to, EdgeKind kind) {
        auto f = index_.find(from);
        auto t = index_.find(to);
        if (f == index_.end() || t == index_.end()) return nullptr;
        Edge e;
        e.from = f->second;
        e.to = t->second;
        e.kind = kind;
        map_.edges.push_back(std::move(e));
        return &map_.edges.back();
    }

private:
    Map& map_;
    std::unordered_map<std::string, std::size_t> index_;
};

void statement_nodes(MapBuilder& b, logic::Theory const& theory, WorldVerdicts const& w) {
    std::set<std::string> inconsistent;
    for (auto const& set : w.consistency->inconsistent_sets) inconsistent.insert(set.begin(), set.end());
    std::unordered_map<std::string, ClaimVerdict const*> claim_of;
    for (auto const& c : *w.claims) claim_of.emplace(c.name, &c);
    for (int id : shown_statements(theory, w.scenario)) {
        auto const& s = theory.statements[static_cast<std::size_t>(id)];
        Node n;
        n.name = s.name;
        n.kind = node_kind(s.kind);
        n.label = s.means.empty() ? s.name : s.means;
        n.formula = print(theory, s.formula, true);
        n.inconsistent = inconsistent.count(s.name) > 0;
        for (auto const& c : s.cites) n.cites.push_back(c.source);
        if (w.scenario) {
            auto has = [&](std::vector<int> const& v) { return std::find(v.begin(), v.end(), id) != v.end(); };
            n.dropped = has(w.scenario->without);
            n.added = has(w.scenario->with) || has(w.scenario->statements);
        }
        if (auto it = claim_of.find(s.name); it != claim_of.end()) {
            auto const& c = *it->second;
            n.status = node_status(c.status);
            n.support = c.support;
            n.assumptions = c.assumptions;
            n.note = c.reason;
        }
        b.add(std::move(n));
    }
}

void argument_nodes(MapBuilder& b, logic::Theory const& theory, WorldVerdicts const& w) {
    std::unordered_map<std::string, ArgumentVerdict const*> argument_of;
    for (auto const& a : *w.arguments) argument_of.emplace(a.name, &a);
    for (auto const& a : theory.arguments) {
        Node n;
        n.name = a.name;
        n.kind = NodeKind::argument;
        n.label = a.title.empty() ? a.name : a.title;
        if (auto it = argument_of.find(a.name); it != argument_of.end()) {
            auto const& v = *it->second;
            n.status = node_status(v.valid);
            if (v.valid == false && !v.bridging.empty()) n.note = "bridging premise: " + v.bridging;
            if (!v.redundant.empty())
                n.note += (n.note.empty() ? "" : "; ") + ("premises not needed: " + join(v.redundant));
            if (v.circular) n.note += (n.note.empty() ? "" : "; ") + std::string("circular");
            if (v.valid != true && v.valid != false) n.note = v.reason;
        }
        b.add(std::move(n));
    }
}

void edges(MapBuilder& b, logic::Theory const& theory, std::vector<RelationVerdict> const& relations) {
    for (auto const& a : theory.arguments) {
        for (int p : a.premises)
            b.edge(theory.statements[static_cast<std::size_t>(p)].name, a.name, EdgeKind::premise_of);
        if (a.conclusion >= 0)
            b.edge(a.name, theory.statements[static_cast<std::size_t>(a.conclusion)].name, EdgeKind::concludes);
    }
    // Declared relations are drawn even when unchecked; a verdict, when there is one, styles them.
    for (auto const& r : theory.relations) {
        auto kind = r.kind == ast::RelationKind::attacks ? EdgeKind::attacks : EdgeKind::supports;
        Edge* e = b.edge(r.from, r.to, kind);
        if (!e) continue;
        for (auto const& v : relations) {
            if (v.declared && v.from == r.from && v.to == r.to && v.kind == r.kind) {
                e->classification = v.classification;
                e->flagged = v.flagged;
                e->given = v.given;
                e->note = v.note;
                break;
            }
        }
    }
    for (auto const& v : relations) {
        if (v.declared) continue;
        Edge* e = b.edge(v.from, v.to, v.kind == ast::RelationKind::supports ? EdgeKind::supports : EdgeKind::attacks);
        if (!e) continue;
        e->declared = false;
        e->classification = v.classification;
        e->given = v.given;
        e->note = v.note;
    }
}

std::vector<ScenarioStatuses> scenario_statuses(Report const& report) {
    std::vector<ScenarioStatuses> out;
    ScenarioStatuses baseline{"", "baseline", consistency_word(report.consistency), {}};
    for (auto const& c : report.claims) baseline.claims.emplace_back(c.name, node_status(c.status));
    out.push_back(std::move(baseline));
    for (auto const& s : report.scenarios) {
        ScenarioStatuses st{s.name, s.title, consistency_word(s.consistency), {}};
        for (auto const& c : s.claims) st.claims.emplace_back(c.name, node_status(c.status));
        out.push_back(std::move(st));
    }
    return out;
}

}   // namespace

Map build_map(logic::Theory const& theory, Report const& report, std::vector<RelationVerdict> const& relations,
              std::string const& title, std::string const& scenario_name) {
    Map map;
    map.title = title;
    map.scenario = scenario_name;
    WorldVerdicts const w = world_verdicts(theory, report, scenario_name, map.title);
    map.consistency = consistency_word(*w.consistency);
    MapBuilder b(map);
    statement_nodes(b, theory, w);
    argument_nodes(b, theory, w);
    edges(b, theory, relations);
    map.scenarios = scenario_statuses(report);
    return map;
}

}   // namespace elenchus::map
