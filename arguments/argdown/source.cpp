// Lines, comments and positions of an Argdown text (see source.hpp).
#include "arguments/argdown/source.hpp"

namespace elenchus::argdown::detail {

bool SourceLine::blank() const { return text.find_first_not_of(" \t") == std::string::npos; }

int SourceLine::indent() const {
    int n = 0;
    for (char c : text) {
        if (c == ' ') ++n;
        else if (c == '\t') n += 4;
        else break;
    }
    return n;
}

Position SourceLine::at(std::size_t byte) const {
    int column = 1;
    for (std::size_t i = 0; i < byte && i < original.size(); ++i)
        if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++column;   // count lead bytes only
    return {number, column};
}

namespace {

// The length of the UTF-8 sequence at s[i], or 0 when it is not valid UTF-8.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    if (n == 2 && b < 0xC2) return 0;   // overlong
    return n;
}

}   // namespace

std::vector<SourceLine> split_source(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    std::vector<SourceLine> lines;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t start = 0;
    int number = 1;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
            SourceLine l;
            l.number = number++;
            l.original = std::string(text.substr(start, i - start));
            l.text = l.original;
            lines.push_back(std::move(l));
            if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    for (auto& l : lines)
        for (std::size_t i = 0; i < l.original.size();) {
            std::size_t n = utf8_length(l.original, i);
            if (n == 0) {
                diagnostics.push_back({Diagnostic::Severity::error, l.at(i), "invalid UTF-8"});
                return {};
            }
            i += n;
        }

    // Frontmatter: `===` on the first non-blank line, up to the next `===` line.
    std::size_t first = 0;
    while (first < lines.size() && lines[first].blank()) ++first;
    if (first < lines.size() && lines[first].text.rfind("===", 0) == 0) {
        std::size_t k = first + 1;
        while (k < lines.size() && lines[k].text.rfind("===", 0) != 0) ++k;
        if (k == lines.size()) {
            diagnostics.push_back(
                {Diagnostic::Severity::error, lines[first].at(0), "frontmatter '===' is never closed"});
            return {};
        }
        for (std::size_t j = first; j <= k; ++j) lines[j].text.assign(lines[j].text.size(), ' ');
    }

    // Comments, across lines; data braces and quotes protect their content.
    enum class In { plain, block, html };
    In in = In::plain;
    Position opened;
    int braces = 0;
    char quote = 0;
    for (auto& l : lines) {
        std::string& t = l.text;
        if (in == In::plain && l.blank()) braces = 0;   // data never spans an empty line
        Forward forward(t);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (in != In::plain) {
                bool end = in == In::block ? t.compare(i, 2, "*/") == 0 : t.compare(i, 3, "-->") == 0;
                std::size_t len = end ? (in == In::block ? 2 : 3) : 1;
                for (std::size_t k = 0; k < len; ++k) t[i + k] = ' ';
                i += len - 1;
                if (end) in = In::plain;
                continue;
            }
            char c = t[i];
            if (quote) {
                if (c == '\\') ++i;
                else if (c == quote) quote = 0;
                continue;
            }
            if (braces > 0) {
                if (c == '"' || c == '\'') quote = c;
                else if (c == '{') ++braces;
                else if (c == '}') --braces;
                continue;
            }
            if (c == '\\') {
                ++i;
                continue;
            }
            if (c == '{') {
                ++braces;
                continue;
            }
            if (c == '[') {   // a link [text](url) keeps its `//`
                if (auto end = link_end(t, i, forward); end != std::string::npos) i = end;
                continue;
            }
            if (t.compare(i, 2, "//") == 0) {
                for (std::size_t k = i; k < t.size(); ++k) t[k] = ' ';
                break;
            }
            if (t.compare(i, 2, "/*") == 0 || t.compare(i, 4, "<!--") == 0) {
                in = t[i] == '/' ? In::block : In::html;
                opened = l.at(i);
                std::size_t len = in == In::block ? 2 : 4;
                for (std::size_t k = 0; k < len; ++k) t[i + k] = ' ';
                i += len - 1;
            }
        }
        quote = 0;   // a quote does not run past the end of its line
    }
    if (in != In::plain) diagnostics.push_back({Diagnostic::Severity::error, opened, "unterminated comment"});
    // A line that held only comments (or frontmatter) is gone, not empty: it separates no blocks.
    std::erase_if(lines, [](SourceLine const& l) {
        return l.blank() && l.original.find_first_not_of(" \t") != std::string::npos;
    });
    return lines;
}

void Joined::append(SourceLine const& line, std::size_t byte) {
    if (!text.empty()) text += '\n';
    pieces.push_back({text.size(), &line, byte});
    text.append(line.text, byte, std::string::npos);
}

Position Joined::at(std::size_t offset) const {
    if (pieces.empty()) return {};
    std::size_t k = 0;
    while (k + 1 < pieces.size() && pieces[k + 1].offset <= offset) ++k;
    auto const& p = pieces[k];
    return p.line->at(p.byte + (offset - p.offset));
}

}   // namespace elenchus::argdown::detail
