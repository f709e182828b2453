// What the proof tests share: loading a file and grading a proof text against it in-process.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "arguments/proofs/grade.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "support/run.hpp"

namespace elenchus::test {

struct LoadedFile {
    std::unique_ptr<SourceFile> source;
    std::optional<logic::Theory> theory;
};

inline LoadedFile load_file(std::filesystem::path const& path) {
    LoadedFile l;
    l.source = std::make_unique<SourceFile>(path.string(), read_text(path));
    Diagnostics d;
    auto file = parse(*l.source, d);
    if (!d.has_errors()) l.theory = check(file, d);
    return l;
}

inline LoadedFile load_source(std::string text) {
    LoadedFile l;
    l.source = std::make_unique<SourceFile>("<test>", std::move(text));
    Diagnostics d;
    auto file = parse(*l.source, d);
    if (!d.has_errors()) l.theory = check(file, d);
    return l;
}

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

}   // namespace elenchus::test
