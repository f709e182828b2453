// What the editor shows about a name: hover text and the inlay hints with each claim's and
// argument's verdict.
#include <algorithm>
#include <variant>

#include "cli/lsp/diagnostics.hpp"
#include "cli/lsp/features.hpp"

namespace elenchus::lsp {
namespace {

using nlohmann::json;

ast::Statement const* find_statement(ast::File const& file, std::string const& name) {
    for (auto const& d : file.declarations) {
        if (auto const* s = std::get_if<ast::Statement>(&d); s && s->name.text == name) return s;
        if (auto const* sc = std::get_if<ast::ScenarioDecl>(&d))
            for (auto const& s : sc->statements)
                if (s.name.text == name) return &s;
    }
    return nullptr;
}

template <class Verdict>
Verdict const* find_verdict(std::vector<Verdict> const& verdicts, std::string const& name) {
    auto it = std::find_if(verdicts.begin(), verdicts.end(), [&](Verdict const& v) { return v.name == name; });
    return it == verdicts.end() ? nullptr : &*it;
}

std::string code_block(std::string_view text) {
    constexpr std::size_t longest = 2000;   // a hover is not the place for a whole scenario
    std::string shown(text.substr(0, longest));
    if (text.size() > longest) shown += "\n…";
    return "```elenchus\n" + shown + "\n```\n";
}

std::string argument_status(ArgumentVerdict const& v) {
    std::string s = v.valid == true ? "valid" : v.valid == false ? "invalid" : "unknown";
    if (v.circular) s += ", circular";
    if (v.premises_inconsistent == true) s += ", premises inconsistent";
    return s;
}

// The verdicts about a statement, one markdown line each.
std::string statement_verdicts(Report const& report, std::string const& name) {
    std::string out;
    if (auto const* c = find_verdict(report.claims, name)) {
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on `"`" + string`.
        out.append("\n**status:** ").append(to_string(c->status));
        if (!c->support.empty()) {
            out.append(c->status == ClaimStatus::refuted ? "; its negation follows from `" : "; minimal support `");
            out.append(name_list(c->support)).append("`");
        }
        if (!c->assumptions.empty()) out.append(" (assumed: `").append(name_list(c->assumptions)).append("`)");
        if (!c->reason.empty()) out.append(" — ").append(c->reason);
        out += "\n";
    }
    for (auto const& set : report.consistency.inconsistent_sets)
        if (std::find(set.begin(), set.end(), name) != set.end())
            out += "\n**inconsistent** with the rest of `" + name_list(set) + "`\n";
    return out;
}

std::string statement_hover(Analysis const& a, Report const* report, Declaration const& d) {
    std::string out = code_block(a.slice(d.span));
    if (auto const* s = find_statement(a.file, d.name)) {
        if (s->means) out += "\n*means:* " + s->means->value + "\n";
        for (auto const& c : s->cites) {
            out += "\n*cites* `" + c.source.text + "`";
            if (c.quotation) out += ": “" + c.quotation->value + "”";
            out += "\n";
        }
    }
    if (report) out += statement_verdicts(*report, d.name);
    return out;
}

}   // namespace

json hover(Analysis const& a, Report const* report, json const& params) {
    auto occurrence = a.names.at(offset_of(a, params));
    if (!occurrence) return nullptr;
    Declaration const* d = a.names.find(occurrence->name);
    if (!d) return nullptr;
    std::string text =
        "**" + std::string(d->kind == NameKind::statement ? ast::to_string(d->statement_kind) : to_string(d->kind)) +
        "** `" + d->name + "`";
    if (!d->container.empty())
        text += d->kind == NameKind::member ? " of sort `" + d->container + "`" : " in scenario `" + d->container + "`";
    text += "\n\n";
    if (d->kind == NameKind::statement) {
        text += statement_hover(a, report, *d);
    } else {
        text += code_block(a.slice(d->span));
        if (d->kind == NameKind::argument && report)
            if (auto const* v = find_verdict(report->arguments, d->name))
                text += "\n**status:** " + argument_status(*v) + (v->reason.empty() ? "" : " — " + v->reason) + "\n";
    }
    return {{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", range_json(a.lines, occurrence->span)}};
}

json inlay_hints(Analysis const& a, Report const* report, json const& params) {
    auto out = json::array();
    if (!report) return out;
    std::uint32_t from = 0, to = static_cast<std::uint32_t>(a.text().size());
    if (params.contains("range")) {
        from = a.lines.offset(position_from_json(params["range"].value("start", json::object())));
        to = a.lines.offset(position_from_json(params["range"].value("end", json::object())));
    }
    auto hint = [&](std::string const& name, std::string label) {
        Declaration const* d = a.names.find(name);
        if (!d || d->name_span.end < from || d->name_span.end > to) return;
        out.push_back({{"position", to_json(a.lines.position(d->name_span.end))},
                       {"label", std::move(label)},
                       {"paddingLeft", true},
                       {"tooltip", "the verdict of elenchus check"}});
    };
    for (auto const& c : report->claims) hint(c.name, std::string("⟨") + to_string(c.status) + "⟩");
    for (auto const& v : report->arguments) hint(v.name, "⟨" + argument_status(v) + "⟩");
    return out;
}

}   // namespace elenchus::lsp
