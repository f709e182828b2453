// The HTML report: one file that opens anywhere, offline. The map is inline SVG; the claims,
// arguments, relations and scenarios are tables; what a click reveals comes from a JSON
// island read by a small inline script (textContent only, so no text from the file can
// become markup). `#selftest` in the URL makes the page test itself (see map_page_script).
#include <algorithm>

#include <fmt/format.h>

#include "arguments/map/page.hpp"
#include "arguments/map/render.hpp"

namespace elenchus::map {
namespace {

std::string escape_html(std::string const& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// A JSON string, safe inside <script>: `<` is escaped so `</script>` cannot end the island.
std::string json_string(std::string const& s) {
    std::string out = "\"";
    for (char ch : s) {
        auto const c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default:
            if (c < 0x20) out += fmt::format("\\u{:04x}", c);
            else out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string json_list(std::vector<std::string> const& items) {
    std::string out = "[";
    for (auto const& i : items) {
        if (out.size() > 1) out += ',';
        out += json_string(i);
    }
    return out + "]";
}

// Per node: the premises of an argument and what it concludes, by name.
struct Links {
    std::vector<std::vector<std::string>> premises, conclusions;
    explicit Links(Map const& map) : premises(map.nodes.size()), conclusions(map.nodes.size()) {
        for (auto const& e : map.edges) {
            if (e.kind == EdgeKind::premise_of) premises[e.to].push_back(map.nodes[e.from].name);
            if (e.kind == EdgeKind::concludes) conclusions[e.from].push_back(map.nodes[e.to].name);
        }
    }
};

std::string node_json(Map const& map, Links const& links, Node const& n,
                      std::map<std::string, std::string> const& explanations) {
    auto const self = static_cast<std::size_t>(&n - map.nodes.data());
    auto const& premises = links.premises[self];
    auto const& conclusions = links.conclusions[self];
    auto ex = explanations.find(n.name);
    return fmt::format("{{\"name\":{},\"kind\":{},\"label\":{},\"formula\":{},\"status\":{},\"inconsistent\":{},"
                       "\"dropped\":{},\"added\":{},\"support\":{},\"assumptions\":{},\"note\":{},\"cites\":{},"
                       "\"premises\":{},\"concludes\":{},\"explanation\":{},\"acceptance\":{}}}",
                       json_string(n.name), json_string(to_string(n.kind)), json_string(n.label),
                       json_string(n.formula), json_string(to_string(n.status)), n.inconsistent, n.dropped, n.added,
                       json_list(n.support), json_list(n.assumptions), json_string(n.note), json_list(n.cites),
                       json_list(premises), json_list(conclusions),
                       json_string(ex == explanations.end() ? "" : ex->second), json_string(n.acceptance));
}

std::string status_cell(NodeStatus status) {
    if (status == NodeStatus::none) return "<td>—</td>";
    return fmt::format("<td><span class=\"status {0}\">{0}</span></td>", to_string(status));
}

std::string names_with_assumptions(Node const& n) {
    std::string out;
    for (auto const& s : n.support) {
        if (!out.empty()) out += ", ";
        bool const unstated = std::find(n.assumptions.begin(), n.assumptions.end(), s) != n.assumptions.end();
        out += unstated
                   ? fmt::format("<span class=\"unstated\" title=\"unstated assumption\">{}*</span>", escape_html(s))
                   : escape_html(s);
    }
    return out.empty() ? "—" : out;
}

void claims_table(Map const& map, std::string& out) {
    out += "<section id=\"claims\"><h2>Claims</h2>\n<table><thead><tr><th>claim</th><th>reading</th>"
           "<th>status</th><th>support (* unstated assumption)</th></tr></thead><tbody>\n";
    for (auto const& n : map.nodes) {
        if (n.kind != NodeKind::claim) continue;
        out += fmt::format("<tr class=\"claim-row\" data-name=\"{0}\" tabindex=\"0\"><td><code>{0}</code></td>"
                           "<td>{1}</td>{2}<td>{3}</td></tr>\n",
                           escape_html(n.name), escape_html(n.label == n.name ? "" : n.label), status_cell(n.status),
                           names_with_assumptions(n));
    }
    out += "</tbody></table></section>\n";
}

void arguments_table(Map const& map, std::string& out) {
    // The grounded label beside the verdict; the page's script rewrites the column (and its
    // heading) with the labelling the selector chooses.
    bool const labels = !map.acceptance.empty();
    out += fmt::format("<section id=\"arguments\"><h2>Arguments</h2>\n<table><thead><tr><th>argument</th><th>title</th>"
                       "<th>verdict</th>{}<th>note</th></tr></thead><tbody>\n",
                       labels ? "<th id=\"label-heading\">grounded</th>" : "");
    for (auto const& n : map.nodes) {
        if (n.kind != NodeKind::argument) continue;
        std::string const label =
            labels ? fmt::format("<td class=\"label-cell\"><span class=\"status label-{0}\">{0}</span></td>",
                                 escape_html(n.acceptance))
                   : "";
        out += fmt::format("<tr class=\"argument-row\" data-name=\"{0}\" tabindex=\"0\"><td><code>{0}</code></td>"
                           "<td>{1}</td>{2}{3}<td>{4}</td></tr>\n",
                           escape_html(n.name), escape_html(n.label == n.name ? "" : n.label), status_cell(n.status),
                           label, escape_html(n.note));
    }
    out += "</tbody></table></section>\n";
}

void relations_table(Map const& map, std::string& out) {
    std::string rows;
    for (auto const& e : map.edges) {
        if (e.kind != EdgeKind::attacks && e.kind != EdgeKind::supports) continue;
        std::string given;
        for (std::size_t i = 0; i < e.given.size(); ++i) given += (i ? ", " : ", given ") + escape_html(e.given[i]);
        rows += fmt::format("<tr class=\"{}\"><td><code>{}</code></td><td>{}</td><td><code>{}</code></td>"
                            "<td>{}</td><td>{}</td><td>{}</td></tr>\n",
                            e.flagged    ? "flagged"
                            : e.declared ? "declared"
                                         : "detected",
                            escape_html(map.nodes[e.from].name), to_string(e.kind), escape_html(map.nodes[e.to].name),
                            e.declared ? "declared" : "detected",
                            std::string(e.classification ? to_string(*e.classification) : "not checked") + given +
                                (e.flagged ? " <strong>(flagged)</strong>" : ""),
                            escape_html(e.note));
    }
    if (rows.empty()) return;
    out += "<section id=\"relations\"><h2>Relations</h2>\n<table><thead><tr><th>from</th><th>relation</th>"
           "<th>to</th><th></th><th>verdict</th><th>why</th></tr></thead><tbody>\n" +
           rows + "</tbody></table></section>\n";
}

void scenarios_table(Map const& map, std::string& out) {
    if (map.scenarios.size() < 2) return;   // the baseline alone is the claims table
    out += "<section id=\"scenarios\"><h2>Scenarios</h2>\n<table><thead><tr><th>claim</th>";
    for (auto const& s : map.scenarios)
        out += fmt::format("<th title=\"{}\">{}<br><small>{}</small></th>", escape_html(s.title),
                           escape_html(s.name.empty() ? "baseline" : s.name), escape_html(s.consistency));
    out += "</tr></thead><tbody>\n";
    for (std::size_t i = 0; i < map.scenarios.front().claims.size(); ++i) {
        auto const& name = map.scenarios.front().claims[i].first;
        out += fmt::format("<tr class=\"claim-row\" data-name=\"{0}\" tabindex=\"0\"><td><code>{0}</code></td>",
                           escape_html(name));
        for (auto const& s : map.scenarios) {
            NodeStatus status = NodeStatus::none;
            for (auto const& [n, st] : s.claims)
                if (n == name) status = st;
            out += status_cell(status);
        }
        out += "</tr>\n";
    }
    out += "</tbody></table></section>\n";
}

// The selector of the labelling the map is coloured by, and the views it offers.
std::string acceptance_selector(Map const& map) {
    if (map.acceptance.empty()) return "";
    std::string out = fmt::format(
        "<p class=\"acceptance\"><label for=\"semantics\">Arguments coloured by</label> <select id=\"semantics\">");
    for (std::size_t i = 0; i < map.acceptance.size(); ++i)
        out += fmt::format("<option value=\"{}\" data-semantics=\"{}\">{}</option>", i,
                           escape_html(map.acceptance[i].semantics), escape_html(map.acceptance[i].title));
    out += "</select>";
    for (auto const& s : map.no_extension)
        out += fmt::format(" <strong class=\"no-extension\">no {} extension</strong>", escape_html(s));
    out += fmt::format(" <span class=\"hint\">attacks: {}; green in, red out, yellow undecided</span></p>\n",
                       escape_html(map.attacks));
    return out;
}

std::string acceptance_json(Map const& map) {
    std::string out = "[";
    for (auto const& v : map.acceptance) {
        if (out.size() > 1) out += ",\n";
        out += fmt::format("{{\"semantics\":{},\"title\":{},\"labels\":{{", json_string(v.semantics),
                           json_string(v.title));
        bool first = true;
        for (auto const& [name, label] : v.labels) {
            out += fmt::format("{}{}:{}", first ? "" : ",", json_string(name), json_string(label));
            first = false;
        }
        out += "}}";
    }
    return out + "]";
}

// Graphviz's SVG starts with an XML prolog and a DOCTYPE, which have no place inside HTML.
std::string inline_svg(std::string const& svg) {
    auto at = svg.find("<svg");
    return at == std::string::npos ? std::string() : svg.substr(at);
}

}   // namespace

std::string to_html(Map const& map, std::string const& svg, std::map<std::string, std::string> const& explanations) {
    std::string out;
    out.reserve(svg.size() + 64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<title>{} — Elenchus map</title>\n<style>\n{}</style>\n</head>\n<body>\n",
                       escape_html(map.title), page_style());
    out +=
        fmt::format("<header><h1>{}</h1><p>The asserted statements are <span class=\"status {}\">{}</span>. "
                    "Click a node or a row for its details.</p>\n{}</header>\n",
                    escape_html(map.title), escape_html(map.consistency), escape_html(map.consistency), page_legend());
    out += acceptance_selector(map);
    out += "<div class=\"layout\">\n<section id=\"map\" aria-label=\"argument map\">\n";
    out += inline_svg(svg);
    out += "</section>\n<aside id=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a claim, a "
           "statement or an argument in the map or the tables to see its status, its support and why."
           "</p></aside>\n</div>\n";
    claims_table(map, out);
    arguments_table(map, out);
    relations_table(map, out);
    scenarios_table(map, out);
    out += "<div id=\"selftest-result\" hidden></div>\n";
    out += "<script type=\"application/json\" id=\"elenchus-data\">{\"nodes\":[";
    Links const links(map);
    for (auto const& n : map.nodes)
        out += (&n == map.nodes.data() ? "" : ",\n") + node_json(map, links, n, explanations);
    out += "],\n\"acceptance\":" + acceptance_json(map) + "}</script>\n<script>\n";
    out += page_script();
    out += "</script>\n</body>\n</html>\n";
    return out;
}

}   // namespace elenchus::map
