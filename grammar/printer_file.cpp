// The canonical layout of a whole file (docs/language.md and docs/cli.md, `fmt`).
//
// Comments are not in the tree, so they are placed in two steps. First every printed line
// that may carry comments gets slots, in printed order: a *leading* slot (comment lines just
// before it) and a *trailing* slot (comments at the end of it). Then each comment goes to a
// slot by where it sat in the source: inside an element, before the element; on the same
// line after an element's end, at the end of that element's last printed line; otherwise
// before the next element. Slots are filled in comment order, never going back, so the
// comments keep their order and the printed text re-parses to the same list of comments.
#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "grammar/lexical.hpp"
#include "grammar/printer.hpp"
#include "grammar/printer_detail.hpp"
#include "grammar/printer_source.hpp"

namespace elenchus {
namespace {

using namespace ast;
using printing::Lines;
using printing::lines_of;
using printing::names;
using printing::with_string;

struct Slot {
    bool trailing = false;
    std::vector<Comment const*> comments;
};

// A stretch of source that prints as (the start of) one line: a declaration, a scenario's
// header, one of its `without`/`with` names, a statement inside it, its closing brace.
struct Element {
    Span span;
    std::size_t leading = 0;
    std::size_t trailing = 0;
};

// The slots a scenario's lines use, besides the leading slot of the declaration itself.
struct ScenarioSlots {
    std::size_t header_trailing = 0;
    std::size_t without_leading = 0, without_trailing = 0;
    std::size_t with_leading = 0, with_trailing = 0;
    std::vector<std::size_t> statement_leading, statement_trailing;
    std::size_t closing = 0;   // comments before `}`
};

struct DeclSlots {
    std::size_t leading = 0;
    std::size_t trailing = 0;
    ScenarioSlots scenario;
};

bool is_vocabulary(Declaration const& d) {
    return std::holds_alternative<SourceDecl>(d) || std::holds_alternative<SortDecl>(d) ||
           std::holds_alternative<EntityDecl>(d) || std::holds_alternative<PredicateDecl>(d) ||
           std::holds_alternative<FunctionDecl>(d) || std::holds_alternative<ConstantDecl>(d) ||
           std::holds_alternative<DefineDecl>(d);
}

class FileLayout {
public:
    PrintOptions options_;   // set before run()

    FileLayout(File const& file, std::string_view source, bool has_source)
        : file_(file), source_(source), has_source_(has_source) {}

    std::string run() {
        plan();
        place_comments();
        return emit();
    }

private:
    std::size_t new_slot(bool trailing) {
        slots_.push_back(Slot{trailing, {}});
        return slots_.size() - 1;
    }

    void plan() {
        for (auto const& d : file_.declarations) {
            DeclSlots s;
            s.leading = new_slot(false);
            if (auto const* sc = std::get_if<ScenarioDecl>(&d)) {
                plan_scenario(*sc, s);
            } else {
                s.trailing = new_slot(true);
                elements_.push_back({span_of(d), s.leading, s.trailing});
            }
            decls_.push_back(std::move(s));
        }
        footer_ = new_slot(false);
        std::stable_sort(elements_.begin(), elements_.end(),
                         [](Element const& a, Element const& b) { return a.span.begin < b.span.begin; });
    }

    void plan_scenario(ScenarioDecl const& sc, DeclSlots& s) {
        auto& ss = s.scenario;
        ss.header_trailing = new_slot(true);
        std::uint32_t header_end = sc.name.span.end;
        if (sc.title) header_end = std::max(header_end, sc.title->span.end);
        elements_.push_back({{sc.span.begin, header_end}, s.leading, ss.header_trailing});
        if (!sc.without.empty()) {
            ss.without_leading = new_slot(false);
            ss.without_trailing = new_slot(true);
            for (auto const& n : sc.without) elements_.push_back({n.span, ss.without_leading, ss.without_trailing});
        }
        if (!sc.with.empty()) {
            ss.with_leading = new_slot(false);
            ss.with_trailing = new_slot(true);
            for (auto const& n : sc.with) elements_.push_back({n.span, ss.with_leading, ss.with_trailing});
        }
        for (auto const& st : sc.statements) {
            ss.statement_leading.push_back(new_slot(false));
            ss.statement_trailing.push_back(new_slot(true));
            elements_.push_back({st.span, ss.statement_leading.back(), ss.statement_trailing.back()});
        }
        ss.closing = new_slot(false);
        s.trailing = new_slot(true);
        std::uint32_t brace = sc.span.end;
        if (has_source_ && brace > 0 && brace <= source_.size() && source_[brace - 1] == '}') --brace;
        elements_.push_back({{brace, sc.span.end}, ss.closing, s.trailing});
    }

    bool same_line(std::uint32_t from, std::uint32_t to) const {
        if (!has_source_ || from > to || to > source_.size()) return false;
        return source_.substr(from, to - from).find_first_of("\r\n") == std::string_view::npos;
    }

    // Only one-line block comments may be followed by more on the same line: after `//`
    // anything is part of that comment, and after a line break it is no longer trailing.
    bool accepts(Slot const& slot) const {
        if (!slot.trailing) return true;
        return std::all_of(slot.comments.begin(), slot.comments.end(), [](Comment const* c) {
            return c->text.rfind("/*", 0) == 0 && c->text.find('\n') == std::string::npos;
        });
    }

    void place_comments() {
        std::vector<Comment const*> comments;
        for (auto const& c : file_.comments) comments.push_back(&c);
        std::stable_sort(comments.begin(), comments.end(),
                         [](Comment const* a, Comment const* b) { return a->span.begin < b->span.begin; });
        std::size_t next = 0;
        std::size_t floor = 0;
        for (Comment const* c : comments) {
            while (next < elements_.size() && elements_[next].span.end <= c->span.begin) ++next;
            std::size_t slot = footer_;
            if (next < elements_.size() && elements_[next].span.begin <= c->span.begin)
                slot = elements_[next].leading;   // inside: moves before it
            else if (next > 0 && same_line(elements_[next - 1].span.end, c->span.begin))
                slot = elements_[next - 1].trailing;
            else if (next < elements_.size()) slot = elements_[next].leading;
            slot = std::max(slot, floor);
            while (!accepts(slots_[slot])) ++slot;   // the footer is a leading slot: this stops
            slots_[slot].comments.push_back(c);
            floor = slot;
        }
    }

    // A comment the author set apart with a blank line (a file's header, a section title)
    // stays apart from what follows it.
    bool blank_line_after(Comment const& c) const {
        if (!has_source_) return false;
        int breaks = 0;
        for (std::size_t i = c.span.end; i < source_.size(); ++i) {
            char const ch = source_[i];
            if (ch == '\r' && i + 1 < source_.size() && source_[i + 1] == '\n') continue;   // CRLF: one
            if (ch == '\n' || ch == '\r') {
                if (++breaks == 2) return true;
            } else if (ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return false;   // the end of the file is no separation
    }

    // `keep_blank`: before a line of code; not before `}` or the end of the file.
    void comment_lines(std::size_t slot, std::string const& indent, bool keep_blank = true) {
        for (Comment const* c : slots_[slot].comments) {
            out_ += indent + c->text + '\n';
            if (keep_blank && blank_line_after(*c)) out_ += '\n';
        }
    }

    void line(std::string const& indent, std::string const& text, std::size_t trailing) {
        out_ += indent;
        out_ += text;
        for (Comment const* c : slots_[trailing].comments) {
            out_ += c == slots_[trailing].comments.front() ? "  " : " ";
            out_ += c->text;
        }
        out_ += '\n';
    }

    void lines(std::string const& indent, Lines const& ls, std::size_t trailing) {
        if (ls.empty()) return;
        for (std::size_t i = 0; i + 1 < ls.size(); ++i) out_ += indent + ls[i] + '\n';
        line(indent, ls.back(), trailing);
    }

    void emit_scenario(ScenarioDecl const& sc, DeclSlots const& s) {
        auto const& ss = s.scenario;
        line("", with_string("scenario " + sc.name.text, sc.title) + " {", ss.header_trailing);
        if (!sc.without.empty()) {
            comment_lines(ss.without_leading, "  ");
            line("  ", "without " + names(sc.without), ss.without_trailing);
        }
        if (!sc.with.empty()) {
            comment_lines(ss.with_leading, "  ");
            line("  ", "with " + names(sc.with), ss.with_trailing);
        }
        for (std::size_t i = 0; i < sc.statements.size(); ++i) {
            comment_lines(ss.statement_leading[i], "  ");
            lines("  ", lines_of(sc.statements[i], options_), ss.statement_trailing[i]);
        }
        comment_lines(ss.closing, "  ", false);
        line("", "}", s.trailing);
    }

    std::string emit() {
        auto const& ds = file_.declarations;
        for (std::size_t i = 0; i < ds.size(); ++i) {
            bool const grouped = i > 0 && is_vocabulary(ds[i]) && ds[i].index() == ds[i - 1].index();
            if (i > 0 && !grouped) out_ += '\n';
            comment_lines(decls_[i].leading, "");
            if (auto const* sc = std::get_if<ScenarioDecl>(&ds[i])) emit_scenario(*sc, decls_[i]);
            else
                lines("",
                      std::visit(
                          [this](auto const& d) {
                              if constexpr (std::is_same_v<std::decay_t<decltype(d)>, ScenarioDecl>) return Lines{};
                              else if constexpr (requires { lines_of(d, options_); }) return lines_of(d, options_);
                              else return lines_of(d);
                          },
                          ds[i]),
                      decls_[i].trailing);
        }
        if (!ds.empty() && !slots_[footer_].comments.empty()) out_ += '\n';
        comment_lines(footer_, "", false);
        return std::move(out_);
    }

    File const& file_;
    std::string_view source_;
    bool has_source_;
    std::vector<Slot> slots_;
    std::vector<Element> elements_;
    std::vector<DeclSlots> decls_;
    std::size_t footer_ = 0;
    std::string out_;
};

}   // namespace

std::string print(ast::File const& file) { return FileLayout(file, {}, false).run(); }

std::string print(ast::File const& file, std::string_view source_text, PrintOptions options) {
    // A byte-order mark is kept, so that `fmt` leaves a file's encoding as it found it.
    std::size_t const bom = lexical::bom_length(source_text);
    FileLayout layout(file, source_text, true);
    layout.options_ = options;
    return std::string(source_text.substr(0, bom)) + layout.run();
}

}   // namespace elenchus
