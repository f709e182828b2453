// A countermodel for a line that does not follow: the solver's world where the lines it
// cites are true and the line is false.
#include <fmt/format.h>

#include "arguments/formulas/formulas.hpp"
#include "arguments/proofs/grade_internal.hpp"

namespace elenchus::proofs {

namespace f = formulas;

std::optional<std::vector<std::string>> counterworld(solver::Session& session, std::vector<logic::Term> const& premises,
                                                     logic::Term const& line, solver::Answer& answer) {
    std::vector<logic::Term> parts = premises;
    parts.push_back(f::make_not(line));
    logic::Term body = parts.size() == 1 ? parts.front() : f::make_and(parts);
    // Arbitrary individuals: the line fails for some value of them.
    if (auto free = f::free_variables(body); !free.empty()) {
        logic::Term closed;
        closed.op = logic::Term::Op::exists;
        closed.type.kind = logic::Type::Kind::boolean;
        closed.binders = std::move(free);
        closed.args.push_back(std::move(body));
        body = std::move(closed);
    }
    auto const o = session.satisfiable({}, &body);
    answer = o.answer;
    if (o.answer != solver::Answer::sat) return std::nullopt;
    return solver::lines(session.world());
}

std::vector<std::string> cited_names(Step const& s) {
    std::vector<std::string> out;
    std::size_t const first_range = first_subproof_use(s).value_or(s.uses.size());
    for (std::size_t k = 0; k < s.uses.size(); ++k) {
        if (k >= first_range && k + 1 < s.uses.size()) {
            out.push_back(fmt::format("{}–{}", s.uses[k], s.uses[k + 1]));
            ++k;
        } else {
            out.push_back(std::to_string(s.uses[k]));
        }
    }
    return out;
}

}   // namespace elenchus::proofs
