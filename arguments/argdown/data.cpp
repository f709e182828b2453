// YAML data in flow style, as Argdown writes it after a statement or an inference:
// `{formalization: "p -> q", declarations: {p: "it rains"}, uses: [1, 2]}`. Only what such
// data needs: maps, lists, quoted and plain scalars. Block-style YAML is not read here (the
// reader reports it as not carried over).
#include <string>

#include "arguments/argdown/document.hpp"

namespace elenchus::argdown {

Data const* Data::find(std::string_view key) const {
    for (auto const& [k, v] : entries)
        if (k == key) return &v;
    return nullptr;
}

namespace {

// Nesting is bounded so that deep input ends in an error, never in a deep recursion.
constexpr int max_depth = 64;

struct FlowReader {
    std::string_view text;
    std::size_t pos = 0;
    std::string error;

    void skip_space() {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
            ++pos;
    }
    bool fail(std::string message) {
        if (error.empty()) error = std::move(message);
        return false;
    }

    bool quoted(std::string& out) {
        char quote = text[pos++];
        while (pos < text.size()) {
            char c = text[pos++];
            if (c == quote) {
                if (quote == '\'' && pos < text.size() && text[pos] == '\'') {   // '' inside '...'
                    out += '\'';
                    ++pos;
                    continue;
                }
                return true;
            }
            if (c == '\\' && quote == '"' && pos < text.size()) {
                char e = text[pos++];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                default: out += e; break;   // \" \\ \/ and the rest stand for themselves
                }
                continue;
            }
            out += c;
        }
        return fail("unterminated string in the data");
    }

    // A plain scalar ends at , ] } (or : followed by a space, for a key).
    void plain(std::string& out, bool key) {
        std::size_t start = pos;
        while (pos < text.size()) {
            char c = text[pos];
            if (c == ',' || c == ']' || c == '}' || c == '{' || c == '[') break;
            if (key && c == ':' && (pos + 1 >= text.size() || text[pos + 1] == ' ' || text[pos + 1] == '\n')) break;
            ++pos;
        }
        std::string_view s = text.substr(start, pos - start);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
            s.remove_suffix(1);
        out = std::string(s);
    }

    bool value(Data& out, int depth) {
        if (depth > max_depth) return fail("data nested too deeply");
        skip_space();
        if (pos >= text.size()) return fail("unexpected end of the data");
        char c = text[pos];
        if (c == '{') return map(out, depth);
        if (c == '[') return list(out, depth);
        out.kind = Data::Kind::scalar;
        if (c == '"' || c == '\'') return quoted(out.scalar);
        plain(out.scalar, false);
        return true;
    }

    bool list(Data& out, int depth) {
        out.kind = Data::Kind::list;
        ++pos;   // [
        skip_space();
        if (pos < text.size() && text[pos] == ']') return ++pos, true;
        while (true) {
            Data item;
            if (!value(item, depth + 1)) return false;
            out.items.push_back(std::move(item));
            skip_space();
            if (pos >= text.size()) return fail("expected ']' to close the list in the data");
            if (text[pos] == ']') return ++pos, true;
            if (text[pos] != ',') return fail("expected ',' or ']' in the data");
            ++pos;
        }
    }

    bool map(Data& out, int depth) {
        out.kind = Data::Kind::map;
        ++pos;   // {
        skip_space();
        if (pos < text.size() && text[pos] == '}') return ++pos, true;
        while (true) {
            skip_space();
            if (pos >= text.size()) return fail("expected '}' to close the data");
            std::string key;
            if (text[pos] == '"' || text[pos] == '\'') {
                if (!quoted(key)) return false;
            } else plain(key, true);
            skip_space();
            if (pos >= text.size() || text[pos] != ':')
                return fail("expected ':' after the key '" + key + "' in the data");
            ++pos;
            Data v;
            skip_space();
            if (pos < text.size() && (text[pos] == ',' || text[pos] == '}'))
                v.kind = Data::Kind::scalar;   // key: (null)
            else if (!value(v, depth + 1)) return false;
            out.entries.emplace_back(std::move(key), std::move(v));
            skip_space();
            if (pos >= text.size()) return fail("expected '}' to close the data");
            if (text[pos] == '}') return ++pos, true;
            if (text[pos] != ',') return fail("expected ',' or '}' in the data");
            ++pos;
        }
    }
};

}   // namespace

bool read_data(std::string_view text, std::size_t pos, Data& out, std::size_t& end, std::string& error) {
    FlowReader r{text, pos, {}};
    out = Data{};
    bool ok = r.map(out, 0);
    end = r.pos;
    if (!ok) error = r.error;
    return ok;
}

}   // namespace elenchus::argdown
