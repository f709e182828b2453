// Which of a file's arguments stand once attacks are taken into account (issue 13, item 1):
// the file's arguments and an attack graph between them, evaluated as a Dung framework
// (acceptability/) under grounded, complete, preferred and stable semantics.
//
// The attack graph (AttackSource):
//   declared  the `attacks` the file declares between two arguments (the default): an
//             attack is the author's claim, practical objections included, whatever the
//             logic says of it;
//   logical   the conflicts the checker finds between arguments (relations.hpp): a rebuttal
//             (the two conclusions cannot both hold) attacks both ways, an undermining (A's
//             conclusion contradicts a premise of B) attacks B; declared or detected alike,
//             given a background or not;
//   all       the union of the two.
// A declared attack with a statement at one end is not part of the framework (it has no
// argument to attack or be attacked by); `ignored` lists it.
//
// A world (a scenario) puts forward every argument of the file except those one of whose
// premises it drops (`without`): such an argument, and every attack from or on it, is left
// out of that world's framework ("not put forward").
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "arguments/acceptability/labelling.hpp"
#include "arguments/acceptability/semantics.hpp"
#include "arguments/verdicts/relations.hpp"
#include "grammar/theory.hpp"

namespace elenchus::standing {

using acceptability::Label;
using acceptability::Semantics;

enum class AttackSource { declared, logical, all };
char const* to_string(AttackSource s);   // "declared", "logical", "all"
std::optional<AttackSource> attack_source_named(std::string_view name);

// The four semantics in the order every output lists them.
inline constexpr std::array<Semantics, 4> all_semantics{Semantics::grounded, Semantics::complete, Semantics::preferred,
                                                        Semantics::stable};
char const* semantics_name(Semantics s);   // "grounded", "complete", "preferred", "stable"

struct GraphAttack {
    std::size_t from = 0;   // Graph::arguments indices
    std::size_t to = 0;
    bool declared = false;                   // the file declares it
    std::optional<RelationStatus> logical;   // rebuts / undermines, when the checker found the conflict
};

struct Graph {
    AttackSource source = AttackSource::declared;
    std::vector<std::string> arguments;   // every argument of the file, in file order
    std::vector<int> conclusions;         // per argument: its conclusion (Theory::statements index)
    std::vector<bool> present;            // per argument: put forward in this world
    std::vector<GraphAttack> attacks;     // between arguments put forward, by (from, to), each pair once
    std::vector<std::string> ignored;     // declared attacks with a statement at one end: "A attacks S"
};

// `relations`: check_relations for the same world (read for `logical` and `all`; the declared
// attacks come from the theory, so `declared` needs no checking at all). `dropped`: the
// statements the world drops (a scenario's `without`); empty for the baseline.
Graph attack_graph(logic::Theory const& theory, std::span<RelationVerdict const> relations, AttackSource source,
                   std::span<int const> dropped = {});

// Arguments (Graph::arguments indices) of one extension, sorted.
using Members = std::vector<std::size_t>;

struct SemanticsStanding {
    Semantics semantics = Semantics::grounded;
    std::vector<Members> extensions;   // every extension (grounded: exactly one), up to the cap
    bool capped = false;               // more extensions may exist than are listed
    // Per argument, exact whatever the cap (asked of the framework itself): in at least one
    // extension / in every extension (true when there is none, as in ICCMA). False for an
    // argument not put forward.
    std::vector<bool> credulous, sceptical;
};

// A statement some argument concludes: it is accepted as its arguments are.
struct ConclusionStanding {
    int statement = -1;
    std::vector<std::size_t> concluded_by;   // the arguments put forward that conclude it
    // Grounded: in when an argument concluding it is in, out when every one is out (or none is
    // put forward), otherwise undecided.
    Label grounded = Label::undecided;
    // Per semantics (all_semantics order): some extension holds an argument concluding it /
    // every extension does (true when there is none). Sceptical acceptance of a conclusion can
    // hold where no single argument for it is sceptically accepted (two arguments in different
    // extensions: a "floating" conclusion). nullopt: the extensions were capped, so unknown.
    std::array<bool, 4> credulous{};
    std::array<std::optional<bool>, 4> sceptical{};
};

struct Standing {
    Graph graph;
    std::vector<std::optional<Label>> grounded;    // per argument; nullopt: not put forward
    std::array<SemanticsStanding, 4> semantics;    // all_semantics order
    std::vector<ConclusionStanding> conclusions;   // per concluded statement, in file order

    SemanticsStanding const& of(Semantics s) const;
    // The labelling of one extension: in (a member), out (attacked by a member), undecided;
    // nullopt for an argument not put forward.
    std::vector<std::optional<Label>> labelling(Members const& extension) const;
    std::size_t attack_count() const { return graph.attacks.size(); }
};

// Evaluates the graph. Listing stops at `max_extensions` per semantics (complete extensions
// can be exponentially many); acceptance of arguments stays exact past it.
Standing evaluate(Graph graph, std::size_t max_extensions = 64);

// Why an argument has its grounded label.
struct Why {
    std::optional<Label> label;              // nullopt: not put forward
    std::vector<std::size_t> attackers;      // every attacker
    std::vector<std::size_t> in_attackers;   // out: the attackers that are in
    // undecided: a cycle of undecided arguments, each attacking the next and the last the
    // first, and the path of attacks from that cycle to the argument (empty when the argument
    // is on it). in: nothing, or the attackers (all out) and, for each, an attacker in.
    std::vector<std::size_t> cycle;
    std::vector<std::size_t> path;
    std::vector<std::pair<std::size_t, std::size_t>> defended_by;   // (attacker, its attacker that is in)
};
Why why(Standing const& standing, std::size_t argument);

}   // namespace elenchus::standing
