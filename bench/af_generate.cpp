// `af_generate N [--degree D] [--planted] [--seed S] [--format apx|i23]`: a random abstract
// argumentation framework of N arguments with about D attacks each (default 3), for the
// `elenchus af` versus clingo figures (bench/af_vs_clingo.sh, docs/performance.md).
//
// With --planted, a random third of the arguments forms a stable extension by construction:
// no attack among them, every other argument attacked by one of them, and each of them
// attacked by some other argument (so that no argument is unattacked and the grounded
// extension is empty: the solver has to find it); the remaining attacks are random.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: af_generate N [--degree D] [--planted] [--seed S] [--format apx|i23]\n");
        return 2;
    }
    unsigned long const n = std::strtoul(argv[1], nullptr, 10);
    double degree = 3;
    bool planted = false, apx = true;
    unsigned long seed = 1;
    for (int i = 2; i < argc; ++i) {
        std::string_view const a = argv[i];
        if (a == "--planted") planted = true;
        else if (a == "--degree" && i + 1 < argc) degree = std::strtod(argv[++i], nullptr);
        else if (a == "--seed" && i + 1 < argc) seed = std::strtoul(argv[++i], nullptr, 10);
        else if (a == "--format" && i + 1 < argc) apx = std::string_view(argv[++i]) != "i23";
        else {
            std::fprintf(stderr, "af_generate: unknown option '%s'\n", argv[i]);
            return 2;
        }
    }
    if (n == 0 || n > 10'000'000) {
        std::fprintf(stderr, "af_generate: N must be 1 to 10000000\n");
        return 2;
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<unsigned long> any(0, n - 1);
    std::vector<char> member(n, 0);
    std::vector<unsigned long> members;
    if (planted) {
        std::bernoulli_distribution third(1.0 / 3);
        for (unsigned long i = 0; i < n; ++i)
            if (third(rng)) {
                member[i] = 1;
                members.push_back(i);
            }
        if (members.empty()) {
            member[0] = 1;
            members.push_back(0);
        }
    }
    std::vector<std::pair<unsigned long, unsigned long>> attacks;
    auto const total = static_cast<unsigned long>(degree * static_cast<double>(n));
    attacks.reserve(total);
    if (planted) {
        std::uniform_int_distribution<std::size_t> pick(0, members.size() - 1);
        std::vector<unsigned long> others;
        for (unsigned long i = 0; i < n; ++i)
            if (!member[i]) others.push_back(i);
        std::uniform_int_distribution<std::size_t> pick_other(0, others.empty() ? 0 : others.size() - 1);
        for (unsigned long i = 0; i < n; ++i) {
            if (!member[i]) attacks.emplace_back(members[pick(rng)], i);
            else if (!others.empty()) attacks.emplace_back(others[pick_other(rng)], i);
        }
    }
    while (attacks.size() < total) {
        unsigned long const from = any(rng), to = any(rng);
        // Only attacks between the extension and the rest: an attack inside the rest would
        // make random 3-SAT-like cores that neither solver settles at 10,000 arguments.
        if (planted && member[from] == member[to]) continue;
        attacks.emplace_back(from, to);
    }

    std::string out;
    out.reserve(total * 24);
    if (apx) {
        for (unsigned long i = 0; i < n; ++i) out += "arg(a" + std::to_string(i + 1) + ").\n";
        for (auto [f, t] : attacks) out += "att(a" + std::to_string(f + 1) + ",a" + std::to_string(t + 1) + ").\n";
    } else {
        out += "p af " + std::to_string(n) + "\n";
        for (auto [f, t] : attacks) out += std::to_string(f + 1) + " " + std::to_string(t + 1) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
