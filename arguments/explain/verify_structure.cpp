// The walk down a derivation's lines: numbering, subproofs opened and closed by depth,
// citations of lines and whole subproofs in scope, then each line's shape
// (verify_shapes.cpp) and its entailment by what it cites; at the end, no dead lines and the
// right last line.
#include <algorithm>
#include <fmt/format.h>

#include "arguments/explain/verify_internal.hpp"
#include "arguments/formulas/formulas.hpp"

namespace elenchus::verifying {

namespace f = formulas;

Scopes::Scopes(std::size_t lines) : open(lines + 1), end_of(lines + 1, 0), used(lines + 1, false) {}

bool Scopes::shares(std::vector<int> const& in_force, std::size_t len) const {
    return len <= in_force.size() && len <= stack.size() &&
           std::equal(in_force.begin(), in_force.begin() + static_cast<long>(len), stack.begin());
}

namespace {

// The line's number and depth: a supposition opens a subproof one level deeper; any other
// line stays at the depth of a subproof still open, closing those deeper.
std::string enter(Scopes& scopes, Step const& s, int line) {
    if (s.n != line) return fmt::format("line {} is numbered {}", line, s.n);
    if (s.depth < 0) return "negative depth";
    auto const depth = static_cast<std::size_t>(s.depth);
    auto& stack = scopes.stack;
    if (s.rule == Rule::supposition) {
        if (depth == 0 || depth > stack.size() + 1) return "a supposition must open a subproof one level deeper";
        stack.resize(depth - 1);
        stack.push_back(line);
    } else {
        if (depth > stack.size()) return "the line is deeper than any open subproof";
        stack.resize(depth);
    }
    scopes.open[static_cast<std::size_t>(line)] = stack;
    for (int sup : stack) scopes.end_of[static_cast<std::size_t>(sup)] = line;
    return {};
}

// Splits the line's citations into plain lines and subproofs, each cited as [first, last].
std::string split_uses(LineCheck& c, std::vector<int>& plain) {
    Step const& s = c.s;
    plain = s.uses;
    auto const subproofs_from = first_subproof_use(s);
    if (!subproofs_from) return {};
    std::size_t const first = *subproofs_from;
    if (first == 0 && s.uses.size() != 2)
        return fmt::format("{} cites one subproof, as its first and last line", to_string(s.rule));
    if (s.uses.size() < first + 2 || (s.uses.size() - first) % 2 != 0)
        return fmt::format("{} cites {}each subproof as its first and last line", to_string(s.rule),
                           first ? "the disjunction, then " : "");
    plain.assign(s.uses.begin(), s.uses.begin() + static_cast<long>(first));
    for (std::size_t k = first; k < s.uses.size(); k += 2) c.ranges.emplace_back(s.uses[k], s.uses[k + 1]);
    return {};
}

std::string cite_lines(LineCheck& c, Scopes& scopes, std::vector<int> const& plain) {
    for (int j : plain) {
        if (j < 1 || j >= c.line) return fmt::format("cites line {}, which is not an earlier line", j);
        if (!scopes.in_scope(scopes.open[static_cast<std::size_t>(j)]))
            return fmt::format("cites line {}, inside a subproof that is closed here", j);
        scopes.used[static_cast<std::size_t>(j)] = true;
        c.cited.push_back(&c.formula(j));
    }
    return {};
}

// A cited subproof [a, b]: opened by a supposition at a, closed just before this line, b at
// its own depth, and in scope but for its own supposition.
std::string cite_subproof(LineCheck& c, Scopes& scopes, int a, int b) {
    if (a < 1 || b < a || b >= c.line) return fmt::format("cites {}-{}, which is not an earlier subproof", a, b);
    auto const& oa = scopes.open[static_cast<std::size_t>(a)];
    if (c.d.steps[static_cast<std::size_t>(a - 1)].rule != Rule::supposition || oa.empty() || oa.back() != a)
        return fmt::format("cites {}-{}, but line {} opens no subproof", a, b, a);
    if (scopes.end_of[static_cast<std::size_t>(a)] != b || scopes.in_scope(oa))
        return fmt::format("cites {}-{}, which is not a whole subproof closed here", a, b);
    // The last line must stand at the subproof's own depth: one inside a nested subproof
    // rests on that subproof's supposition as well, which this step would never discharge.
    if (scopes.open[static_cast<std::size_t>(b)] != oa)
        return fmt::format("cites {}-{}, but line {} is inside a subproof opened within it", a, b, b);
    if (!scopes.shares(oa, oa.size() - 1)) return fmt::format("cites {}-{}, a subproof out of scope", a, b);
    scopes.used[static_cast<std::size_t>(a)] = scopes.used[static_cast<std::size_t>(b)] = true;
    c.conditionals.push_back(f::make_implies(c.formula(a), c.formula(b)));
    return {};
}

// The free variables of a step's formulas, each once; `clash` names one that occurs with two
// types (Z3 knows variables by name, and would read both as one).
std::vector<logic::Variable> free_in_all(std::vector<Term const*> const& terms, std::string& clash) {
    std::vector<logic::Variable> out;
    for (auto const* t : terms)
        for (auto const& v : f::free_variables(*t)) {
            auto seen =
                std::find_if(out.begin(), out.end(), [&](logic::Variable const& w) { return w.name == v.name; });
            if (seen == out.end()) out.push_back(v);
            else if (f::type_key(seen->type) != f::type_key(v.type)) clash = v.name;
        }
    return out;
}

// Z3: the line follows from the lines and subproofs it cites, for every value of the
// arbitrary individuals they mention.
std::string check_entailment(LineCheck& c) {
    std::vector<Term const*> premises = c.cited;
    for (auto const& cond : c.conditionals) premises.push_back(&cond);
    std::vector<Term const*> all = premises;
    all.push_back(&c.s.formula);
    std::string clash;
    auto const free = free_in_all(all, clash);
    if (!clash.empty()) {
        c.fault = LineFault::shape;
        return fmt::format("'{}' stands for individuals of two different types", clash);
    }
    solver::Outcome o;
    if (free.empty()) {
        o = c.checker.entails(premises, c.s.formula);
    } else {
        std::vector<Term> parts;
        for (auto const* p : premises) parts.push_back(*p);
        Term const step = closure(parts.empty() ? c.s.formula : f::make_implies(f::make_and(parts), c.s.formula), free);
        o = c.checker.entails({}, step);
    }
    if (o.answer == solver::Answer::sat) {
        c.fault = LineFault::not_following;
        return "Z3 finds that the line does not follow from the lines it cites";
    }
    if (o.answer == solver::Answer::unknown) {
        c.fault = LineFault::unknown;
        return "Z3 could not confirm the line (" + o.reason + ")";
    }
    return {};
}

LineVerdict check_line(LineCheck& c, Scopes& scopes) {
    LineVerdict v;
    auto fail = [&](LineFault fault, std::string message) {
        v.fault = fault;
        v.message = std::move(message);
        v.settled = c.settled;
        return v;
    };
    if (auto e = enter(scopes, c.s, c.line); !e.empty()) return fail(LineFault::structure, e);
    std::vector<int> plain;
    c.conditionals.reserve(c.s.uses.size());
    if (auto e = split_uses(c, plain); !e.empty()) return fail(LineFault::shape, e);
    if (auto e = cite_lines(c, scopes, plain); !e.empty()) return fail(LineFault::citation, e);
    for (auto [a, b] : c.ranges)
        if (auto e = cite_subproof(c, scopes, a, b); !e.empty()) return fail(LineFault::citation, e);
    auto const shape = check_shape(c);
    for (auto const* t : c.cited) v.premises.push_back(*t);
    v.premises.insert(v.premises.end(), c.conditionals.begin(), c.conditionals.end());
    v.cited_read = true;
    if (!shape.empty()) return fail(c.fault == LineFault::none ? LineFault::shape : c.fault, shape);
    if (c.settled) return fail(LineFault::none, {});
    if (auto e = check_entailment(c); !e.empty()) return fail(c.fault, e);
    return v;
}

}   // namespace

}   // namespace elenchus::verifying

namespace elenchus {

DerivationCheck check_derivation(logic::Theory const& theory, Derivation const& d, solver::StepChecker& checker,
                                 VerifyOptions options) {
    using namespace verifying;
    auto bad = [](int line, std::string message) { return DerivationCheck{false, line, std::move(message)}; };
    std::string why;
    auto target = target_of(theory, d, why);
    if (!target) return bad(0, why);
    if (d.steps.empty()) return bad(0, "the derivation has no lines");

    std::size_t const n = d.steps.size();
    Scopes scopes(n);
    for (std::size_t i = 1; i <= n; ++i) {
        LineCheck c{theory, d, *target, d.steps[i - 1], static_cast<int>(i), scopes, checker, {}, {}, {}};
        if (auto v = check_line(c, scopes); v.fault != LineFault::none) return bad(c.line, v.message);
    }

    Step const& last = d.steps.back();
    if (last.depth != 0) return bad(static_cast<int>(n), "the last line is inside a subproof");
    if (options.last_line_is_goal)
        if (auto e = check_goal(last, *target, checker); !e.empty()) return bad(static_cast<int>(n), e);
    for (std::size_t j = 1; j < n; ++j)
        if (!scopes.used[j]) return bad(static_cast<int>(j), "the line is never used");

    if (options.end_to_end) return check_end_to_end(theory, d, checker);
    return DerivationCheck{true, 0, {}};
}

std::vector<LineVerdict> check_each_line(logic::Theory const& theory, Derivation const& d,
                                         DerivationTarget const& target, solver::StepChecker& checker) {
    using namespace verifying;
    std::size_t const n = d.steps.size();
    Scopes scopes(n);
    std::vector<LineVerdict> out;
    out.reserve(n);
    for (std::size_t i = 1; i <= n; ++i) {
        LineCheck c{theory, d, target, d.steps[i - 1], static_cast<int>(i), scopes, checker, {}, {}, {}};
        out.push_back(check_line(c, scopes));
    }
    return out;
}

}   // namespace elenchus
