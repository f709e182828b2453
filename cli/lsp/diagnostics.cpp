#include "cli/lsp/diagnostics.hpp"

#include <string>

namespace elenchus::lsp {
namespace {

using nlohmann::json;

int lsp_severity(elenchus::Severity s) {
    switch (s) {
    case elenchus::Severity::error: return static_cast<int>(Severity::error);
    case elenchus::Severity::warning: return static_cast<int>(Severity::warning);
    case elenchus::Severity::note: return static_cast<int>(Severity::information);
    }
    return static_cast<int>(Severity::error);
}

json diagnostic(json range, Severity severity, std::string message, char const* code) {
    return {{"range", std::move(range)},
            {"severity", static_cast<int>(severity)},
            {"source", "elenchus"},
            {"code", code},
            {"message", std::move(message)}};
}

json location(Analysis const& a, ast::Span span) { return {{"uri", a.uri}, {"range", range_json(a.lines, span)}}; }

// Where a verdict about `name` is shown: its name in its declaration.
ast::Span name_span(Analysis const& a, std::string const& name) {
    if (auto const* d = a.names.find(name)) return d->name_span;
    return {};
}

class VerdictDiagnostics {
public:
    VerdictDiagnostics(Analysis const& a) : a_(a) {}

    void add(std::string const& name, Severity severity, std::string message, char const* code) {
        out_.push_back(diagnostic(range_json(a_.lines, name_span(a_, name)), severity, std::move(message), code));
    }

    void consistency(ConsistencyVerdict const& c) {
        if (!c.consistent.has_value()) {
            out_.push_back(diagnostic(range_json(a_.lines, {0, 0}), Severity::warning,
                                      "whether the premises are consistent is unknown: " + c.reason,
                                      "consistency-unknown"));
        }
        for (auto const& set : c.inconsistent_sets) {
            for (auto const& member : set) {
                add(member, Severity::error,
                    "inconsistent: " + name_list(set) + " cannot all hold (a minimal inconsistent set)" +
                        (c.capped ? "; more sets may exist past the cap" : ""),
                    "inconsistent-set");
                auto related = json::array();
                for (auto const& other : set)
                    if (other != member)
                        related.push_back({{"location", location(a_, name_span(a_, other))},
                                           {"message", "'" + other + "' is in the same inconsistent set"}});
                out_.back()["relatedInformation"] = std::move(related);
            }
        }
    }

    void claim(ClaimVerdict const& v) {
        std::string const why = v.reason.empty() ? "" : " (" + v.reason + ")";
        switch (v.status) {
        case ClaimStatus::follows: return;
        case ClaimStatus::refuted:
            add(v.name, Severity::error,
                "claim '" + v.name + "' is refuted: its negation follows from " + name_list(v.support) + why,
                "claim-refuted");
            return;
        case ClaimStatus::unknown:
            add(v.name, Severity::warning, "claim '" + v.name + "' is unknown: " + v.reason, "claim-unknown");
            return;
        case ClaimStatus::open:
            add(v.name, Severity::information,
                "claim '" + v.name + "' is open: the premises neither entail nor refute it", "claim-open");
            return;
        case ClaimStatus::vacuous:
            add(v.name, Severity::warning,
                "claim '" + v.name + "' follows only vacuously: the premises are inconsistent", "claim-vacuous");
            return;
        }
    }

    void argument(ArgumentVerdict const& v) {
        if (v.valid == false) {
            std::string m = "argument '" + v.name + "' is invalid: its conclusion does not follow from its premises";
            if (!v.missing.empty()) m += "; it would with " + name_list(v.missing.front());
            add(v.name, Severity::error, m, "argument-invalid");
        } else if (!v.valid.has_value()) {
            add(v.name, Severity::warning, "whether argument '" + v.name + "' is valid is unknown: " + v.reason,
                "argument-unknown");
        }
        if (v.circular) {
            std::string why = "its conclusion is among its premises";
            if (!v.circular_premise.empty())
                why = "premise '" + v.circular_premise + "' says the same as its conclusion, given the axioms";
            if (!v.circular_cycle.empty()) {
                why = "its premises rest on its own conclusion through other arguments:";
                for (auto const& n : v.circular_cycle) why += " " + n + " →";
                why += " " + v.circular_cycle.front();
            }
            add(v.name, Severity::warning, "argument '" + v.name + "' is circular: " + why, "argument-circular");
        }
        if (v.premises_inconsistent == true)
            add(v.name, Severity::warning,
                "argument '" + v.name + "': its premises contradict each other, so it proves anything",
                "argument-premises-inconsistent");
    }

    void relation(RelationVerdict const& v, std::vector<bool>& used) {
        if (!v.declared || !v.flagged) return;
        ast::Span span = name_span(a_, v.from);
        auto const& relations = a_.theory->relations;
        for (std::size_t i = 0; i < relations.size(); ++i) {
            auto const& r = relations[i];
            if (used[i] || r.from != v.from || r.to != v.to || r.kind != v.kind) continue;
            used[i] = true;
            span = r.span;
            break;
        }
        out_.push_back(diagnostic(range_json(a_.lines, span), Severity::warning,
                                  "'" + v.from + " " + ast::to_string(v.kind) + " " + v.to + "' is flagged (" +
                                      to_string(v.classification) + "): " + v.note,
                                  "relation-flagged"));
    }

    json take() { return std::move(out_); }

private:
    Analysis const& a_;
    json out_ = json::array();
};

}   // namespace

std::string name_list(std::vector<std::string> const& names) {
    std::string s = "{";
    for (std::size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + names[i];
    return s + "}";
}

json front_end_diagnostics(Analysis const& a) {
    auto list = json::array();
    for (auto const& d : a.diagnostics.sorted()) {
        json item{{"range", range_json(a.lines, d.span)},
                  {"severity", lsp_severity(d.severity)},
                  {"source", "elenchus"},
                  {"message", d.message}};
        if (!d.notes.empty()) {
            auto related = json::array();
            for (auto const& n : d.notes)
                related.push_back({{"location", location(a, n.span)}, {"message", n.message}});
            item["relatedInformation"] = std::move(related);
        }
        list.push_back(std::move(item));
    }
    if (a.diagnostics.dropped() > 0)
        list.push_back(diagnostic(range_json(a.lines, {0, 0}), Severity::information,
                                  std::to_string(a.diagnostics.dropped()) + " more errors not shown", "more-errors"));
    return list;
}

json verdict_diagnostics(Analysis const& a, Report const& report) {
    if (!a.theory) return json::array();
    VerdictDiagnostics out(a);
    out.consistency(report.consistency);
    for (auto const& c : report.claims) out.claim(c);
    for (auto const& v : report.arguments) out.argument(v);
    std::vector<bool> used(a.theory->relations.size(), false);
    for (auto const& r : report.relations) out.relation(r, used);
    return out.take();
}

}   // namespace elenchus::lsp
