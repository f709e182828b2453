// The outputs of `elenchus proof`: a graded proof as text, markdown or JSON, and a class's
// submissions as one CSV table.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "arguments/proofs/grade.hpp"
#include "arguments/proofs/proof_text.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

// One proof file, as read and graded.
struct GradedProof {
    std::string path;
    proofs::ProofText text;
    proofs::Grade grade;
};

std::string graded_text(logic::Theory const& theory, GradedProof const& g, bool color);
std::string graded_markdown(logic::Theory const& theory, GradedProof const& g);
nlohmann::ordered_json graded_json(GradedProof const& g);

// A row per submission: `proof,status,lines,right,wrong,first_wrong,reason` (a submission
// that could not be read: status `unreadable` and the first error).
std::string csv_header();
std::string csv_row(GradedProof const& g);
std::string csv_unreadable(std::string const& path, std::string const& error);

}   // namespace elenchus::cli
