// The argument map as a graph: statements and arguments as nodes, premise-of / concludes /
// supports / attacks as edges, each carrying what the checker found about it. The renderers
// (DOT, SVG, HTML, PNG) only draw this model; they decide nothing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "arguments/verdicts/relations.hpp"
#include "arguments/verdicts/report.hpp"
#include "grammar/theory.hpp"

namespace elenchus::map {

enum class NodeKind { claim, premise, assumption, axiom, hypothesis, argument };
char const* to_string(NodeKind k);   // "claim", "premise", "assumption", ...

// What the checker found about a node: a claim's status, an argument's validity, or nothing
// (other statements, and every node of a map drawn without checking).
enum class NodeStatus { none, follows, refuted, open, unknown, vacuous, valid, invalid };
char const* to_string(NodeStatus s);   // "" for none, else the word: "follows", "valid", ...
NodeStatus node_status(ClaimStatus s);
NodeStatus node_status(std::optional<bool> valid);   // nullopt: unknown

struct Node {
    std::string name;   // the statement's or argument's name: unique in a file
    NodeKind kind = NodeKind::premise;
    std::string label;     // `means`, an argument's title, else the name (unwrapped)
    std::string formula;   // statements: the formula, printed
    NodeStatus status = NodeStatus::none;
    bool inconsistent = false;              // member of a minimal inconsistent set of the asserted statements
    bool dropped = false;                   // dropped by the scenario (`without`)
    bool added = false;                     // declared by the scenario or turned on by its `with`
    std::vector<std::string> support;       // claims: the support set (or of the negation, when refuted)
    std::vector<std::string> assumptions;   // the unstated assumptions (`assume`) in `support`
    std::string note;                       // one line: why unknown, premises not needed, ...
    std::vector<std::string> cites;         // sources cited
    // Arguments: the grounded label ("in", "out", "undec"; "absent": not put forward in the
    // world drawn); empty when acceptance was not evaluated (`--no-check`).
    std::string acceptance;
};

// One labelling of the arguments the HTML page can colour the map by: the grounded one, or
// an extension under complete, preferred or stable semantics.
struct AcceptanceView {
    std::string semantics;                                     // "grounded", "complete", "preferred", "stable"
    std::string title;                                         // e.g. "preferred 2 of 3: {a, c}"
    std::vector<std::pair<std::string, std::string>> labels;   // argument name, "in" / "out" / "undec" / "absent"
};

enum class EdgeKind { premise_of, concludes, supports, attacks };
char const* to_string(EdgeKind k);   // "premise-of", "concludes", "supports", "attacks"

struct Edge {
    std::size_t from = 0;   // Map::nodes indices
    std::size_t to = 0;
    EdgeKind kind = EdgeKind::premise_of;
    bool declared = true;                           // supports / attacks: written in the file, else detected
    bool flagged = false;                           // a declared relation the logic does not bear out
    std::optional<RelationStatus> classification;   // supports / attacks, when checked
    std::vector<std::string> given;                 // the background it holds under (RelationVerdict::given)
    std::string note;
};

struct ScenarioStatuses {
    std::string name;
    std::string title;
    std::string consistency;                                  // "consistent", "inconsistent", "unknown"
    std::vector<std::pair<std::string, NodeStatus>> claims;   // name, status
};

struct Map {
    std::string title;         // the file's path, and the scenario when one is drawn
    std::string scenario;      // empty: the baseline
    std::string consistency;   // of the drawn world: "consistent", "inconsistent", "unknown"
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    // The baseline's claim statuses (name empty), then every scenario's, for the HTML page.
    std::vector<ScenarioStatuses> scenarios;
    // How the arguments stand (filled by the caller; empty: not evaluated). The first view is
    // the grounded labelling, the one the map is drawn with.
    std::string attacks;   // the attack graph evaluated: "declared", "logical", "all"
    std::vector<AcceptanceView> acceptance;
    // The semantics with no extension at all (only stable can have none, e.g. on an odd attack
    // cycle): they offer no view, and the HTML page says so beside the selector.
    std::vector<std::string> no_extension;
};

// Builds the map of the baseline, or of `scenario` (a name in `theory.scenarios`; its
// statuses come from the matching ScenarioVerdict). `relations` are the verdicts of
// check_relations for the same world. Axioms and hypotheses appear only when an argument or a
// relation uses them (or the scenario turns the hypothesis on): they would otherwise float
// unconnected.
Map build_map(logic::Theory const& theory, Report const& report, std::vector<RelationVerdict> const& relations,
              std::string const& title, std::string const& scenario = {});

// `text` broken into lines of at most `width` code points at spaces (a longer word stays whole).
std::vector<std::string> wrap(std::string const& text, std::size_t width = 28);

}   // namespace elenchus::map
