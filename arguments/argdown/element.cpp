// One element of an Argdown text: a statement or an argument, defined or referred to, with
// its text cleaned for reading (tags, mentions and links turned into plain words) and its
// YAML data.
#include "arguments/argdown/element.hpp"

#include <cctype>

namespace elenchus::argdown::detail {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}   // namespace

std::string clean_text(std::string_view s) {
    std::string out;
    Forward forward(s);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        bool word_start = i == 0 || space(s[i - 1]);
        if (c == '\\' && i + 1 < s.size()) {   // an escaped character stands for itself
            out += s[++i];
            continue;
        }
        if (c == '#' && word_start && i + 1 < s.size() && !space(s[i + 1])) {   // a tag
            if (s[i + 1] == '(') {
                auto close = forward.next(')', i);
                i = close == std::string_view::npos ? s.size() : close;
            } else {
                while (i + 1 < s.size() && !space(s[i + 1])) ++i;
            }
            continue;
        }
        if (c == '@' && i + 1 < s.size() && (s[i + 1] == '[' || s[i + 1] == '<')) continue;   // a mention: its title
        if (c == '[') {                                                                       // a link: its text
            if (auto end = link_end(s, i, forward); end != std::string_view::npos) {
                out.append(s.substr(i + 1, forward.next(']', i + 1) - i - 1));
                i = end;
                continue;
            }
        }
        out += space(c) ? ' ' : c;
    }
    // Collapse runs of spaces; trim.
    std::string collapsed;
    for (char c : out) {
        if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed += c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    return collapsed;
}

Element read_element(Joined const& j, std::vector<Diagnostic>& diagnostics) {
    Element e;
    std::string_view s = j.text;
    std::size_t i = 0;
    while (i < s.size() && space(s[i])) ++i;
    e.at = j.at(i);
    std::size_t rest = i;
    char open = i < s.size() ? s[i] : 0;
    if (open == '[' || open == '<') {
        char close = open == '[' ? ']' : '>';
        auto end = s.find(close, i + 1);
        bool link = open == '[' && end != std::string_view::npos && end + 1 < s.size() && s[end + 1] == '(';
        auto line_end = s.find('\n', i);
        if (!link && end != std::string_view::npos && end < line_end && end > i + 1) {
            e.kind = open == '[' ? Element::Kind::statement : Element::Kind::argument;
            e.title = clean_text(s.substr(i + 1, end - i - 1));
            rest = end + 1;
            if (rest < s.size() && s[rest] == ':') {
                e.definition = true;
                ++rest;
            }
        } else if (!link && open == '<') {
            diagnostics.push_back({Diagnostic::Severity::error, e.at,
                                   "'<' opens an argument title that is not closed by '>' on its line"});
            e.kind = Element::Kind::none;
            return e;
        }
    }
    if (e.kind == Element::Kind::none) {
        e.kind = Element::Kind::statement;   // text alone: an anonymous statement
        e.definition = true;
    }
    // Data: the first `{` of the rest (an escaped one is text).
    std::string text;
    for (std::size_t k = rest; k < s.size(); ++k) {
        if (s[k] == '\\' && k + 1 < s.size()) {
            text += s.substr(k, 2);
            ++k;
            continue;
        }
        if (s[k] != '{' || e.has_data) {
            text += s[k];
            continue;
        }
        std::size_t after = k + 1;
        while (after < s.size() && (s[after] == ' ' || s[after] == '\t')) ++after;
        if (after < s.size() && s[after] == '\n') {   // block-style YAML: not read
            int depth = 0;
            std::size_t m = k;
            for (; m < s.size(); ++m) {
                if (s[m] == '{') ++depth;
                if (s[m] == '}' && --depth == 0) break;
            }
            diagnostics.push_back({Diagnostic::Severity::note, j.at(k),
                                   "block-style YAML data is not read (write it in flow style: {key: value})"});
            k = m;
            continue;
        }
        std::size_t end = 0;
        std::string error;
        if (!read_data(s, k, e.data, end, error)) {
            diagnostics.push_back({Diagnostic::Severity::error, j.at(end), error});
            e.kind = Element::Kind::none;
            return e;
        }
        e.has_data = true;
        k = end - 1;
    }
    e.text = clean_text(text);
    if (!e.definition && !e.text.empty()) {
        // `[T] text`: Argdown reads the text after a reference as part of nothing; say so.
        diagnostics.push_back(
            {Diagnostic::Severity::note, e.at, "text after a reference is not read: '" + e.text + "'"});
        e.text.clear();
    }
    if (e.kind == Element::Kind::statement && e.title.empty() && e.text.empty()) e.kind = Element::Kind::none;
    return e;
}

}   // namespace elenchus::argdown::detail
