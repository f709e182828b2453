// `tptp2arg PROBLEM.p > problem.arg`: the TPTP converter of the conformance test as a
// program, to look at (or `elenchus check`) what the test checks.
#include <fstream>
#include <iostream>
#include <sstream>

#include "tptp/tptp_to_arg.hpp"

int main(int argc, char** argv) {
    if (argc != 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
        std::cerr << "usage: tptp2arg PROBLEM.p > PROBLEM.arg   (TPTP FOF to Elenchus; '-' reads stdin)\n";
        return 2;
    }
    std::ostringstream text;
    if (std::string_view(argv[1]) == "-") {
        text << std::cin.rdbuf();
    } else {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "tptp2arg: cannot open '" << argv[1] << "'\n";
            return 2;
        }
        text << in.rdbuf();
    }
    auto const problem = std::move(text).str();
    auto const conversion = elenchus::tptp::to_arg(problem);
    if (!conversion.error.empty()) {
        std::cerr << argv[1] << ": " << conversion.error << '\n';
        return 1;
    }
    if (auto status = elenchus::tptp::status_of(problem); !status.empty())
        std::cout << "// TPTP status: " << status << '\n';
    std::cout << conversion.text;
    return 0;
}
