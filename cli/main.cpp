// `elenchus`: the thin program. The command line is the library call cli::run (cli/app.hpp);
// each subcommand lives in its own file (cli/<name>.cpp).
#include "cli/app.hpp"

int main(int argc, char** argv) { return elenchus::cli::run(argc, argv); }
