// The block structure of an Argdown text: top-level elements separated by empty lines,
// relation trees below them (a child is linked to the nearest line above it that is indented
// less), premise-conclusion structures, lists and headings.
#include <map>
#include <optional>

#include "arguments/argdown/document.hpp"
#include "arguments/argdown/element.hpp"
#include "arguments/argdown/source.hpp"

namespace elenchus::argdown {

bool Document::has_errors() const {
    for (auto const& d : diagnostics)
        if (d.severity == Diagnostic::Severity::error) return true;
    return false;
}

namespace {

using detail::Element;
using detail::Joined;
using detail::SourceLine;

struct Symbol {
    RelationKind kind;
    bool child_to_parent;   // `+`, `<+`: the child supports the parent; `+>`: the parent the child
    std::size_t length;
};

std::size_t first_char(std::string const& t) {
    auto k = t.find_first_not_of(" \t");
    return k == std::string::npos ? t.size() : k;
}

bool ends_token(std::string const& t, std::size_t k) { return k >= t.size() || t[k] == ' ' || t[k] == '\t'; }

std::optional<Symbol> relation_symbol(std::string const& t, std::size_t k) {
    static constexpr struct {
        char const* text;
        RelationKind kind;
        bool child_to_parent;
    } symbols[] = {{"<+", RelationKind::support, true},       {"<-", RelationKind::attack, true},
                   {"<_", RelationKind::undercut, true},      {"+>", RelationKind::support, false},
                   {"->", RelationKind::attack, false},       {"_>", RelationKind::undercut, false},
                   {"><", RelationKind::contradiction, true}, {"+", RelationKind::support, true},
                   {"-", RelationKind::attack, true},         {"_", RelationKind::undercut, true}};
    for (auto const& s : symbols) {
        std::string_view text = s.text;
        if (t.compare(k, text.size(), text) == 0 && ends_token(t, k + text.size()))
            return Symbol{s.kind, s.child_to_parent, text.size()};
    }
    return std::nullopt;
}

// `(1)`, `(P1)`: the label and the length of the marker, or nothing.
std::optional<std::pair<std::string, std::size_t>> pcs_label(std::string const& t, std::size_t k) {
    if (k >= t.size() || t[k] != '(') return std::nullopt;
    std::size_t m = k + 1;
    while (m < t.size() && (std::isalnum(static_cast<unsigned char>(t[m])) || t[m] == '_' || t[m] == '.')) ++m;
    if (m == k + 1 || m >= t.size() || t[m] != ')' || !ends_token(t, m + 1)) return std::nullopt;
    return std::pair{t.substr(k + 1, m - k - 1), m + 1 - k};
}

bool inference_line(std::string const& t, std::size_t k) {
    return t.compare(k, 2, "--") == 0 && !relation_symbol(t, k);
}

bool all_hyphens(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s.size() >= 2 && s.find_first_not_of('-') == std::string_view::npos;
}

std::size_t list_marker(std::string const& t, std::size_t k) {
    if (t.compare(k, 2, "* ") == 0) return 2;
    std::size_t m = k;
    while (m < t.size() && std::isdigit(static_cast<unsigned char>(t[m]))) ++m;
    if (m > k && t.compare(m, 2, ". ") == 0) return m + 2 - k;
    return 0;
}

bool heading(std::string const& t, std::size_t k) {
    std::size_t m = k;
    while (m < t.size() && t[m] == '#') ++m;
    return m > k && ends_token(t, m);
}

class Reader {
public:
    explicit Reader(std::vector<SourceLine> const& lines) : lines_(lines) {}
    Document doc;

    void read() {
        std::size_t i = 0;
        while (i < lines_.size()) {
            if (lines_[i].blank()) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < lines_.size() && !lines_[end].blank()) ++end;
            block(i, end);
            i = end;
        }
    }

private:
    struct Parent {
        int indent;
        Member member;
        int argument = -1;   // a pcs line or inference: its argument (undercuts go to it)
    };

    std::vector<SourceLine> const& lines_;
    std::map<std::string, int> statement_titles_, argument_titles_;
    int previous_argument_ = -1;   // the argument of the previous block when it was one alone
    std::vector<Parent> stack_;

    void error(Position at, std::string message) {
        doc.diagnostics.push_back({Diagnostic::Severity::error, at, std::move(message)});
    }

    bool structural(std::string const& t, bool in_pcs, bool in_list) {
        std::size_t k = first_char(t);
        return relation_symbol(t, k) || (in_pcs && (pcs_label(t, k) || inference_line(t, k))) ||
               (in_list && list_marker(t, k)) || heading(t, k);
    }

    // The item starting at lines_[i] byte `byte`, with its continuation lines; advances i.
    Joined gather(std::size_t& i, std::size_t end, std::size_t byte, bool in_pcs, bool in_list) {
        Joined j;
        j.append(lines_[i], byte);
        for (++i; i < end && !structural(lines_[i].text, in_pcs, in_list); ++i) j.append(lines_[i], 0);
        return j;
    }

    std::optional<Member> member(Element const& e) {
        if (e.kind == Element::Kind::none) return std::nullopt;
        if (e.kind == Element::Kind::argument) {
            auto [it, added] = argument_titles_.try_emplace(e.title, static_cast<int>(doc.arguments.size()));
            if (added) doc.arguments.push_back({e.title, {}, {}, e.at, {}});
            if (e.definition && !e.text.empty())
                doc.arguments[static_cast<std::size_t>(it->second)].descriptions.push_back(e.text);
            return Member{true, it->second};
        }
        int index = static_cast<int>(doc.statements.size());
        if (!e.title.empty()) {
            auto [it, added] = statement_titles_.try_emplace(e.title, index);
            index = it->second;
            if (added) doc.statements.push_back({e.title, {}, e.at});
        } else doc.statements.push_back({{}, {}, e.at});
        doc.statements[static_cast<std::size_t>(index)].uses.push_back(
            {e.title, e.definition ? e.text : std::string(), e.data, e.has_data, e.at});
        return Member{false, index};
    }

    // A relation line at lines_[i]: links its element to the parent above it.
    void relation(std::size_t& i, std::size_t end, bool in_pcs) {
        auto const& line = lines_[i];
        std::size_t k = first_char(line.text);
        Symbol sym = *relation_symbol(line.text, k);
        int indent = line.indent();
        Position at = line.at(k);
        while (!stack_.empty() && stack_.back().indent >= indent) stack_.pop_back();
        Joined j = gather(i, end, k + sym.length, in_pcs, false);
        auto child = member(read_element(j, doc.diagnostics));
        if (!child) return error(at, "a relation needs a statement or an argument after its symbol");
        if (stack_.empty()) return error(at, "a relation needs an element above it, indented less");
        Parent parent = stack_.back();
        Member target = parent.member;
        if (sym.kind == RelationKind::undercut && parent.argument >= 0) target = {true, parent.argument};
        if (sym.child_to_parent) doc.relations.push_back({sym.kind, *child, target, at});
        else doc.relations.push_back({sym.kind, target, *child, at});
        stack_.push_back({indent, *child, -1});
    }

    void relations_below(std::size_t& i, std::size_t end, bool in_pcs) {
        while (i < end) {
            std::size_t k = first_char(lines_[i].text);
            if (!relation_symbol(lines_[i].text, k)) return;
            relation(i, end, in_pcs);
        }
    }

    void block(std::size_t i, std::size_t end) {
        std::string const& t = lines_[i].text;
        std::size_t k = first_char(t);
        int argument_before = previous_argument_;
        previous_argument_ = -1;
        stack_.clear();
        if (heading(t, k)) return;   // a heading is a block of its own, its lines all its text
        if (relation_symbol(t, k))
            return error(lines_[i].at(k),
                         "a relation cannot start a block: write it directly below its element, with no empty line");
        if (pcs_label(t, k)) return pcs(i, end, argument_before);
        bool in_list = list_marker(t, k) != 0;
        while (i < end) {
            std::string const& line = lines_[i].text;
            std::size_t first = first_char(line);
            std::size_t marker = in_list ? list_marker(line, first) : 0;
            if (in_list && marker == 0) return error(lines_[i].at(first), "expected a list item ('* ' or '1. ')");
            if (heading(line, first)) return block(i, end);
            int indent = lines_[i].indent();
            Joined j = gather(i, end, first + marker, false, in_list);
            Element e = read_element(j, doc.diagnostics);
            auto m = member(e);
            if (!m) return;
            stack_.assign(1, {indent, *m, -1});
            relations_below(i, end, false);
            if (!in_list && i == end && m->is_argument && stack_.size() == 1) previous_argument_ = m->index;
            if (!in_list && i < end) return block(i, end);   // only a heading ends an item early
        }
    }

    void pcs(std::size_t i, std::size_t end, int argument) {
        if (argument < 0 || !doc.arguments[static_cast<std::size_t>(argument)].pcs.empty()) {
            if (argument >= 0)
                doc.diagnostics.push_back(
                    {Diagnostic::Severity::note, lines_[i].at(first_char(lines_[i].text)),
                     "argument <" + doc.arguments[static_cast<std::size_t>(argument)].title +
                         "> has a premise-conclusion structure already; this one is a new, anonymous argument"});
            argument = static_cast<int>(doc.arguments.size());
            doc.arguments.push_back({{}, {}, {}, lines_[i].at(first_char(lines_[i].text)), {}});
        }
        auto& arg = doc.arguments[static_cast<std::size_t>(argument)];
        arg.pcs_at = lines_[i].at(first_char(lines_[i].text));
        bool after_inference = false;
        std::vector<std::string> uses;
        std::string rule;
        Position inference_at;
        while (i < end) {
            std::string const& t = lines_[i].text;
            std::size_t k = first_char(t);
            int indent = lines_[i].indent();
            if (auto label = pcs_label(t, k)) {
                Position at = lines_[i].at(k);
                Joined j = gather(i, end, k + label->second, true, false);
                auto m = member(read_element(j, doc.diagnostics));
                if (!m || m->is_argument)
                    return error(at, "expected a statement after the label (" + label->first + ")");
                doc.arguments[static_cast<std::size_t>(argument)].pcs.push_back(
                    {label->first, m->index, after_inference, uses, rule, at});
                after_inference = false;
                uses.clear();
                rule.clear();
                stack_.assign(1, {indent, *m, argument});
            } else if (inference_line(t, k)) {
                if (after_inference)
                    return error(lines_[i].at(k), "two inferences in a row; a conclusion must come between them");
                inference_at = lines_[i].at(k);
                if (!inference(i, end, uses, rule)) return;
                after_inference = true;
                stack_.assign(1, {indent, Member{true, argument}, argument});
            } else if (relation_symbol(t, k)) {
                relation(i, end, true);
            } else {
                return error(lines_[i].at(k), "expected a numbered statement '(n)', an inference '----' or a relation");
            }
        }
        auto const& steps = doc.arguments[static_cast<std::size_t>(argument)].pcs;
        if (after_inference) return error(inference_at, "an inference must be followed by its conclusion");
        if (steps.empty() || !steps.back().is_conclusion)
            error(steps.empty() ? arg.pcs_at : steps.back().at,
                  "a premise-conclusion structure ends with its conclusion, after an inference line ('----')");
    }

    // `----`, `-- rule {uses: [1, 2]} --`, or `--` lines around a rule and data.
    bool inference(std::size_t& i, std::size_t end, std::vector<std::string>& uses, std::string& rule) {
        std::string const& t = lines_[i].text;
        std::size_t k = first_char(t);
        Joined content;
        std::string_view rest = std::string_view(t).substr(k);
        if (all_hyphens(rest)) {
            std::size_t hyphens = rest.find_last_of('-') + 1;
            ++i;
            if (hyphens >= 4) return true;   // collapsed
            Position open = lines_[i - 1].at(k);
            std::size_t close = i;
            while (close < end &&
                   !all_hyphens(std::string_view(lines_[close].text).substr(first_char(lines_[close].text))))
                ++close;
            if (close == end) {
                error(open, "an expanded inference ('--') is not closed by another '--' line");
                return false;
            }
            for (; i < close; ++i) content.append(lines_[i], 0);
            ++i;
        } else {
            std::size_t from = k + rest.find_first_not_of('-');
            content.append(lines_[i], from);
            while (!content.text.empty() && (content.text.back() == '-' || content.text.back() == ' '))
                content.text.pop_back();
            ++i;
        }
        if (content.text.find_first_not_of(" \t\n") == std::string::npos) return true;
        Element e = read_element(content, doc.diagnostics);
        rule = e.text;
        if (!e.title.empty()) rule = (e.kind == Element::Kind::statement ? "[" : "<") + e.title + "]" + rule;
        if (e.has_data)
            for (char const* key : {"uses", "from"})
                if (auto const* u = e.data.find(key); u && u->kind == Data::Kind::list)
                    for (auto const& item : u->items) uses.push_back(item.scalar);
        return true;
    }
};

}   // namespace

Document read_document(std::string_view text) {
    Document doc;
    auto lines = detail::split_source(text, doc.diagnostics);
    if (doc.has_errors()) return doc;
    Reader r(lines);
    r.read();
    r.doc.diagnostics.insert(r.doc.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
    return std::move(r.doc);
}

}   // namespace elenchus::argdown
