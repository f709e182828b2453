// How `whatif` shows its results: aligned text tables, or JSON (documented in docs/cli.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "arguments/whatif/whatif.hpp"
#include "grammar/theory.hpp"

namespace elenchus::cli {

// Where an analysis ran: "baseline", or the name of the scenario whose statements it used.
struct WorldLabel {
    std::string path;
    std::string world = "baseline";
};

std::string comparison_text(WorldLabel const& where, logic::Theory const& theory, whatif::Comparison const& c,
                            bool color);
nlohmann::json comparison_json(whatif::Comparison const& c);

std::string sweep_text(WorldLabel const& where, logic::Theory const& theory, whatif::Sweep const& s, bool color);
nlohmann::json sweep_json(WorldLabel const& where, whatif::Sweep const& s);

std::string break_text(WorldLabel const& where, logic::Theory const& theory, whatif::Breaking const& b, bool color);
nlohmann::json break_json(WorldLabel const& where, whatif::Breaking const& b);

std::string make_text(WorldLabel const& where, whatif::Making const& m, bool color);
nlohmann::json make_json(WorldLabel const& where, whatif::Making const& m);

}   // namespace elenchus::cli
