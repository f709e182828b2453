// Elenchus → Argument Interchange Format, in the JSON of OVA and AIFdb (export.hpp):
// {"nodes": [{"nodeID", "text", "type"}], "edges": [{"edgeID", "fromID", "toID"}], "locutions": []}.
#include <map>

#include <nlohmann/json.hpp>

#include "arguments/argdown/export.hpp"
#include "grammar/printer.hpp"

namespace elenchus::argdown {

Exported to_aif(logic::Theory const& t) {
    Exported out;
    nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
    int next_node = 1, next_edge = 1;
    auto node = [&](std::string const& text, char const* type) {
        std::string id = std::to_string(next_node++);
        nodes.push_back({{"nodeID", id}, {"text", text}, {"type", type}});
        return id;
    };
    auto edge = [&](std::string const& from, std::string const& to) {
        edges.push_back({{"edgeID", std::to_string(next_edge++)}, {"fromID", from}, {"toID", to}});
    };
    std::map<std::string, std::string> inode;   // statement name -> I-node
    for (auto const& s : t.statements) {
        if (!s.scenario.empty()) continue;
        inode[s.name] = node(s.means.empty() ? print(t, s.formula) : s.means, "I");
    }
    std::map<std::string, std::string> conclusion;   // argument name -> its conclusion's I-node
    for (auto const& a : t.arguments) {
        std::string ra = node("Default Inference", "RA");
        for (int p : a.premises) edge(inode[t.statements[static_cast<std::size_t>(p)].name], ra);
        std::string c = inode[t.statements[static_cast<std::size_t>(a.conclusion)].name];
        edge(ra, c);
        conclusion[a.name] = c;
    }
    auto side = [&](std::string const& name, bool is_argument) { return is_argument ? conclusion[name] : inode[name]; };
    for (auto const& r : t.relations) {
        std::string from = side(r.from, r.from_is_argument), to = side(r.to, r.to_is_argument);
        bool attack = r.kind == ast::RelationKind::attacks;
        std::string s = node(attack ? "Default Conflict" : "Default Inference", attack ? "CA" : "RA");
        edge(from, s);
        edge(s, to);
    }
    for (auto const& sc : t.scenarios) out.left_out.push_back("scenario '" + sc.name + "' (AIF has no scenarios)");
    out.text =
        nlohmann::json{{"nodes", nodes}, {"edges", edges}, {"locutions", nlohmann::json::array()}}.dump(2) + "\n";
    return out;
}

}   // namespace elenchus::argdown
