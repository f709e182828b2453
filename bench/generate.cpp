// `elenchus_generate [--map] N [SEED] > file.arg`: a synthetic Elenchus file of about N statements
// for the performance figures: facts over closed sorts, rules with quantifiers, 1% claims,
// some arguments and scenarios.
//
// The file is built around a hidden intended world so that it is consistent by
// construction: the rules are Horn clauses whose bodies only use predicates of a lower
// index than their head, the positive facts are atoms, and every negative fact denies an
// atom that is false in the least model of the rest (with every unknown score 0). Claims
// are mostly atoms of that least model, which the facts and rules entail, so they follow;
// about one in ten is an atom outside it (open, or refuted by a negative fact).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "bench/map_shape.hpp"

namespace {

// Concatenation by appending: GCC 12 warns falsely (-Wrestrict) on chains of `"..." + s`.
std::string piece(std::string const& s) { return s; }
std::string piece(char const* s) { return s; }
std::string piece(int v) { return std::to_string(v); }
std::string piece(long v) { return std::to_string(v); }
template <class... T>
std::string cat(T const&... parts) {
    std::string out;
    ((out += piece(parts)), ...);
    return out;
}

struct Atom {
    int predicate;
    int agent;
};

// Why an atom of the least model holds: the statement that asserts it (a fact), or a
// rule and the atoms its body needed.
struct Reason {
    int statement = -1;       // the fact's or rule's statement number
    std::vector<Atom> body;   // for a rule
};

struct Rule {
    int statement;
    int head;
    std::vector<int> body;   // unary predicates of a lower index
    int region = -1;         // `located(x, r)` in the body
    int threshold = -1;      // `score(x) >= t` in the body
};

class Generator {
public:
    Generator(long n, unsigned seed) : n_(n), random_(seed) {
        agents_ = static_cast<int>(std::clamp<long>(n / 100, 10, 2000));
        predicates_ = static_cast<int>(std::clamp<long>(n / 40, 6, 4000));
        holds_.assign(static_cast<std::size_t>(predicates_) * static_cast<std::size_t>(agents_), false);
        reasons_.resize(holds_.size());
        agent_facts_.resize(static_cast<std::size_t>(agents_));
    }

    void write(std::ostream& out) {
        vocabulary(out);
        long const claims = std::max(1L, n_ / 100);
        long const rules = n_ * 15 / 100;
        long const negatives = n_ * 4 / 100;
        long const facts = std::max(1L, n_ - claims - rules - negatives);
        // Facts first, so the rules' least model can be computed before choosing claims.
        std::string text;
        for (long i = 0; i < facts; ++i) text += fact();
        std::vector<Rule> rule_list;
        for (long i = 0; i < rules; ++i) rule_list.push_back(rule(text));
        least_model(rule_list);
        for (long i = 0; i < negatives; ++i) text += negative();
        out << text;
        write_claims(out, claims);
        write_scenarios(out, rule_list);
    }

private:
    long n_;
    std::mt19937 random_;
    int agents_, predicates_;
    static constexpr int regions_ = 8;
    std::vector<bool> holds_;
    std::vector<Reason> reasons_;
    struct AgentFacts {
        int score = 0;     // 0: unknown
        int region = -1;   // -1: unknown
        int score_fact = -1, region_fact = -1;
    };
    std::vector<AgentFacts> agent_facts_;
    std::set<std::pair<int, int>> denied_;
    std::set<int> rule_statements_;
    int statements_ = 0;

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
    // Predicates and agents are numbered from 0 (picked or counted), never negative.
    std::size_t at(int p, int a) const {
        return static_cast<std::size_t>(p) * static_cast<std::size_t>(agents_) + static_cast<std::size_t>(a);
    }
    AgentFacts& agent(int a) { return agent_facts_[static_cast<std::size_t>(a)]; }
    static std::string atom(int p, int a) { return cat("p", p, "(a", a, ")"); }

    void vocabulary(std::ostream& out) {
        out << "// Synthetic file: about " << n_ << " statements (elenchus_generate).\n";
        out << "sort Agent = { ";
        for (int a = 0; a < agents_; ++a) out << (a ? ", a" : "a") << a;
        out << " }\nsort Region = { ";
        for (int r = 0; r < regions_; ++r) out << (r ? ", reg" : "reg") << r;
        out << " }\n\n";
        for (int p = 0; p < predicates_; ++p) out << "predicate p" << p << "(Agent)\n";
        out << "predicate located(Agent, Region)\n";
        out << "function score(Agent): Int\n\n";
    }

    // Positive facts: mostly about the lower third of the predicates, which rules build on;
    // some locate an agent or give its score (once per agent).
    std::string fact() {
        int const s = statements_++;
        std::string const name = cat("f", s);
        int const a = pick(agents_);
        int const kind = pick(10);
        AgentFacts& facts = agent(a);
        if (kind == 0 && facts.region < 0) {
            facts.region = pick(regions_);
            facts.region_fact = s;
            return cat("premise ", name, ": located(a", a, ", reg", facts.region, ")\n");
        }
        if (kind == 1 && facts.score == 0) {
            facts.score = 1 + pick(10);
            facts.score_fact = s;
            return cat("premise ", name, ": score(a", a, ") = ", facts.score, "\n");
        }
        int const p = pick(std::max(1, predicates_ / 3));
        if (!holds_[at(p, a)]) {
            holds_[at(p, a)] = true;
            reasons_[at(p, a)].statement = s;
        }
        return cat("premise ", name, ": ", atom(p, a), "\n");
    }

    Rule rule(std::string& text) {
        Rule r;
        r.statement = statements_++;
        rule_statements_.insert(r.statement);
        r.head = 1 + pick(predicates_ - 1);
        int const kind = pick(4);
        r.body.push_back(pick(r.head));
        if (kind == 1) r.body.push_back(pick(r.head));
        if (kind == 2) r.region = pick(regions_);
        if (kind == 3) r.threshold = 1 + pick(10);
        std::string body;
        for (int p : r.body) body += cat(body.empty() ? "p" : " and p", p, "(x)");
        if (r.region >= 0) body += cat(" and located(x, reg", r.region, ")");
        if (r.threshold >= 0) body += cat(" and score(x) >= ", r.threshold);
        // One rule in ten is an analyst's assumption rather than shared background.
        text += cat(pick(10) == 0 ? "assume" : "axiom", " r", r.statement, ": forall x: Agent. ", body, " -> p", r.head,
                    "(x)\n");
        return r;
    }

    // Bodies use lower predicates only, so one pass in order of the head reaches the fixpoint.
    void least_model(std::vector<Rule> rules) {
        std::stable_sort(rules.begin(), rules.end(), [](Rule const& a, Rule const& b) { return a.head < b.head; });
        for (auto const& r : rules) {
            for (int a = 0; a < agents_; ++a) {
                if (holds_[at(r.head, a)]) continue;
                bool fires = std::all_of(r.body.begin(), r.body.end(), [&](int p) { return holds_[at(p, a)]; });
                if (r.region >= 0) fires = fires && agent(a).region == r.region;
                if (r.threshold >= 0) fires = fires && agent(a).score >= r.threshold;
                if (!fires) continue;
                holds_[at(r.head, a)] = true;
                auto& why = reasons_[at(r.head, a)];
                why.statement = r.statement;
                for (int p : r.body) why.body.push_back({p, a});
                if (r.region >= 0) why.body.push_back({-1, a});      // the agent's location fact
                if (r.threshold >= 0) why.body.push_back({-2, a});   // the agent's score fact
            }
        }
    }

    std::string negative() {
        for (int attempt = 0; attempt < 100; ++attempt) {
            int const p = pick(predicates_), a = pick(agents_);
            if (holds_[at(p, a)] || denied_.count({p, a})) continue;
            denied_.insert({p, a});
            return cat("premise f", statements_++, ": not ", atom(p, a), "\n");
        }
        return cat("premise f", statements_++, ": true\n");
    }

    // The statements a derivation of (p, a) uses; false when there are more than `cap`.
    bool premises(Atom x, std::set<int>& out, std::size_t cap) {
        if (x.predicate == -1) return out.insert(agent(x.agent).region_fact), out.size() <= cap;
        if (x.predicate == -2) return out.insert(agent(x.agent).score_fact), out.size() <= cap;
        auto const& why = reasons_[at(x.predicate, x.agent)];
        out.insert(why.statement);
        if (out.size() > cap) return false;
        for (auto const& b : why.body)
            if (!premises(b, out, cap)) return false;
        return true;
    }

    void write_claims(std::ostream& out, long claims) {
        std::vector<Atom> derived;
        for (int p = 0; p < predicates_; ++p)
            for (int a = 0; a < agents_; ++a)
                if (holds_[at(p, a)] && !reasons_[at(p, a)].body.empty()) derived.push_back({p, a});
        out << '\n';
        for (long c = 0; c < claims; ++c) {
            Atom x{pick(predicates_), pick(agents_)};
            bool const entailed = !derived.empty() && pick(10) != 0;
            if (entailed) x = derived[static_cast<std::size_t>(pick(static_cast<int>(derived.size())))];
            std::string const name = cat("c", c);
            out << "claim " << name << ": " << atom(x.predicate, x.agent) << '\n';
            // An argument for every claim that follows by a short enough derivation.
            std::set<int> used;
            if (holds_[at(x.predicate, x.agent)] && premises(x, used, 12)) {
                out << "argument arg" << c << "\n  from ";
                bool first = true;
                for (int s : used) {
                    out << (first ? "" : ", ") << name_of(s);
                    first = false;
                }
                out << "\n  therefore " << name << '\n';
            }
        }
    }

    std::string name_of(int statement) const { return cat(rule_statements_.count(statement) ? "r" : "f", statement); }

    void write_scenarios(std::ostream& out, std::vector<Rule> const& rules) {
        int const scenarios = static_cast<int>(std::clamp<long>(n_ / 2000, 1, 5));
        for (int s = 0; s < scenarios && !rules.empty(); ++s) {
            auto const& r = rules[static_cast<std::size_t>(pick(static_cast<int>(rules.size())))];
            out << "\nscenario s" << s << " \"Without rule r" << r.statement << "\" {\n  without r" << r.statement
                << "\n}\n";
        }
    }
};

}   // namespace

int main(int argc, char** argv) {
    bool const map = argc >= 2 && std::string(argv[1]) == "--map";
    if (map) --argc, ++argv;
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: elenchus_generate [--map] N [SEED] > file.arg\n"
                             "  writes a consistent synthetic file of about N statements;\n"
                             "  --map: the map-shaped file of bench/map_bench.cpp instead (no SEED)\n");
        return 2;
    }
    char* end = nullptr;
    long const n = std::strtol(argv[1], &end, 10);
    if (*end != '\0' || n < 10) {
        std::fprintf(stderr, "elenchus_generate: N must be an integer of at least 10\n");
        return 2;
    }
    std::ios::sync_with_stdio(false);
    if (map) {
        std::cout << elenchus::bench::map_file(n);
        return 0;
    }
    unsigned const seed = argc == 3 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 1;
    Generator(n, seed).write(std::cout);
    return 0;
}
