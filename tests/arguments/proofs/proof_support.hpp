// What the proof tests share: loading a file, grading a proof text against it in-process,
// and checking a countermodel in the printed world (support/world_eval.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "arguments/formulas/formulas.hpp"
#include "arguments/proofs/grade.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/loaded.hpp"
#include "support/run.hpp"
#include "support/world_eval.hpp"

namespace elenchus::test {

// A file through the front end (support/loaded.hpp); `load_source` names it `<test>`.
using LoadedFile = Loaded;

inline LoadedFile load_source(std::string text) { return load_text("<test>", std::move(text)); }

struct Graded {
    std::string errors;   // reading the proof: the rendered diagnostics
    proofs::ProofText text;
    std::optional<proofs::Grade> grade;
    std::string grade_error;
};

inline Graded grade_text(logic::Theory const& theory, std::string const& proof, std::string const& goal,
                         proofs::GradeOptions options = {}) {
    Graded g;
    SourceFile source("<proof>", proof);
    Diagnostics d;
    g.text = proofs::read_proof(theory, source, d);
    if (d.has_errors()) {
        g.errors = render(source, d.sorted(), false);
        return g;
    }
    g.grade = proofs::grade(theory, g.text, goal, options, g.grade_error);
    return g;
}

// The countermodel of a line holds up: in the printed world, at the values it prints for the
// arbitrary individuals (`a = socrates`; for some value of any it does not print), every
// cited line (a cited subproof as `supposition -> last line`) is true and the line is false.
// nullopt when the printed world does not settle it.
inline std::optional<bool> countermodel_holds(logic::Theory const& theory, proofs::Proof const& proof,
                                              proofs::LineResult const& r) {
    if (!r.countermodel) return false;
    auto const& step = proof.lines[static_cast<std::size_t>(r.n - 1)].step;
    auto formula = [&](int k) { return proof.lines[static_cast<std::size_t>(k - 1)].step.formula; };
    std::vector<logic::Term> parts;
    std::size_t const first_range = first_subproof_use(step).value_or(step.uses.size());
    for (std::size_t k = 0; k < step.uses.size(); ++k) {
        if (k >= first_range && k + 1 < step.uses.size()) {
            parts.push_back(formulas::make_implies(formula(step.uses[k]), formula(step.uses[k + 1])));
            ++k;
        } else {
            parts.push_back(formula(step.uses[k]));
        }
    }
    parts.push_back(formulas::make_not(step.formula));
    logic::Term claim = parts.size() == 1 ? parts[0] : formulas::make_and(parts);
    auto const world = read_world(r.countermodel->facts);
    std::vector<std::pair<std::string, std::string>> printed;
    std::vector<logic::Variable> unprinted;
    for (auto const& v : formulas::free_variables(claim)) {
        if (auto it = world.value.find(v.name); it != world.value.end()) printed.emplace_back(v.name, it->second);
        else unprinted.push_back(v);
    }
    if (!unprinted.empty()) {   // for some individual
        logic::Term e;
        e.op = logic::Term::Op::exists;
        e.binders = unprinted;
        e.args.push_back(claim);
        claim = e;
    }
    return WorldEvaluator(theory, world).holds(claim, std::move(printed));
}

}   // namespace elenchus::test
