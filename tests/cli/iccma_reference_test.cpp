// `elenchus af` against published ICCMA reference results: an ICCMA 2019 instance and the
// competition's reference answers for it, as redistributed by probo2 (provenance and licence:
// tests/arguments/acceptability/iccma/PROVENANCE.md). Third-party ground truth: nothing
// expected here is computed by Elenchus or by this test's own reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::read_text;
using elenchus::test::run;

namespace {

using Extension = std::set<std::string>;
using Extensions = std::set<Extension>;

fs::path const fixtures = fs::path(ELENCHUS_SOURCE_DIR) / "tests/arguments/acceptability/iccma";
std::string const instance = "Medium-result-b1";

// An ICCMA 2019 answer file: `[[a,b],[c]]` (EE), `[a,b]` (SE) or `YES`/`NO`, then for the
// extension tasks a line `N solution(s) found`, which is checked against what was read.
struct Reference {
    Extensions extensions;
    std::string decision;   // YES or NO, for DC/DS
};

Reference read_reference(std::string const& task) {
    auto const text = read_text(fixtures / "reference" / ("iccma-2019-" + instance + ".apx-" + task + ".out"));
    Reference r;
    std::istringstream in(text);
    std::string first;
    std::getline(in, first);
    if (first == "YES" || first == "NO") {
        r.decision = first;
        return r;
    }
    // Split the bracketed lists: depth 1 opens an EE list of extensions, depth 2 an extension
    // (for SE the whole line is one extension at depth 1).
    bool const many = first.starts_with("[[");
    int depth = 0;
    Extension current;
    std::string name;
    auto flush_name = [&] {
        if (!name.empty()) current.insert(name);
        name.clear();
    };
    for (char c : first) {
        if (c == '[') {
            ++depth;
            if (depth == (many ? 2 : 1)) current.clear();
        } else if (c == ']') {
            flush_name();
            if (depth == (many ? 2 : 1)) r.extensions.insert(current);
            --depth;
        } else if (c == ',') {
            flush_name();
        } else if (c != ' ') {
            name += c;
        }
    }
    EXPECT_EQ(depth, 0) << task;
    std::string rest((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(rest.find(std::to_string(r.extensions.size()) + " solution(s) found"), std::string::npos)
        << task << ": the reference's own count differs from what was read";
    return r;
}

// `w a b` lines, as `elenchus af` prints them.
Extensions read_answer(std::string const& out) {
    Extensions all;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string w;
        words >> w;
        EXPECT_EQ(w, "w") << line;
        Extension e;
        for (std::string a; words >> a;) e.insert(a);
        all.insert(e);
    }
    return all;
}

bool subset(Extension const& a, Extension const& b) { return std::includes(b.begin(), b.end(), a.begin(), a.end()); }

class IccmaReference : public ::testing::Test {
protected:
    void SetUp() override {
        if (run("command -v xz >/dev/null 2>&1").exit_code != 0)
            GTEST_SKIP() << "xz is not installed (Debian: apt-get install xz-utils); the instance is shipped compressed";
        dir_ = fs::temp_directory_path() / ("elenchus-iccma-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        apx_ = (dir_ / (instance + ".apx")).string();
        auto const r = run("xz -dc '" + (fixtures / (instance + ".apx.xz")).string() + "' > '" + apx_ + "'");
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    void TearDown() override {
        if (!dir_.empty()) fs::remove_all(dir_);
    }
    elenchus::test::RunResult af(std::string const& options) {
        return run(fmt::format("'{}' af '{}' {}", ELENCHUS_BINARY, apx_, options));
    }
    Extensions enumerate(std::string const& task) {
        auto const r = af("-p " + task);
        EXPECT_EQ(r.exit_code, 0) << task << r.err;
        return read_answer(r.out);
    }

    fs::path dir_;
    std::string apx_;
};

// The tasks the published answers cover, compared as they are.
TEST_F(IccmaReference, PublishedAnswers) {
    auto const complete = read_reference("EE-CO").extensions;
    auto const stable = read_reference("EE-ST").extensions;
    ASSERT_EQ(complete.size(), 24u);   // the sizes the reference files state
    ASSERT_EQ(stable.size(), 15u);
    EXPECT_EQ(enumerate("EE-CO"), complete);
    EXPECT_EQ(enumerate("EE-ST"), stable);

    // SE-CO: any complete extension is a right answer; the reference's is one too.
    auto const se = read_reference("SE-CO").extensions;
    ASSERT_EQ(se.size(), 1u);
    EXPECT_TRUE(complete.contains(*se.begin()));
    auto const ours = enumerate("SE-CO");
    ASSERT_EQ(ours.size(), 1u);
    EXPECT_TRUE(complete.contains(*ours.begin()));

    // The decision tasks ask about the argument the benchmark names.
    std::string argument = read_text(fixtures / (instance + ".argument"));
    argument.erase(argument.find_last_not_of("\n") + 1);
    ASSERT_EQ(argument, "a48_54");
    for (std::string task : {"DC-CO", "DC-GR", "DS-CO"}) {
        auto const r = af("-p " + task + " -a " + argument);
        EXPECT_EQ(r.exit_code, 0) << task << r.err;
        EXPECT_EQ(r.out, read_reference(task).decision + "\n") << task;
    }
}

// The other semantics follow from the published complete extensions by Dung's definitions:
// grounded is the least complete extension, preferred the maximal ones; credulous and
// sceptical acceptance are membership in some / every extension.
TEST_F(IccmaReference, TasksThatFollowFromThePublishedExtensions) {
    auto const complete = read_reference("EE-CO").extensions;
    auto const stable = read_reference("EE-ST").extensions;
    Extensions grounded, preferred;
    for (auto const& e : complete) {
        if (std::all_of(complete.begin(), complete.end(), [&](auto const& o) { return subset(e, o); }))
            grounded.insert(e);
        if (std::none_of(complete.begin(), complete.end(), [&](auto const& o) { return o != e && subset(e, o); }))
            preferred.insert(e);
    }
    ASSERT_EQ(grounded.size(), 1u);   // a complete set of complete extensions has a least one
    EXPECT_EQ(enumerate("EE-GR"), grounded);
    EXPECT_EQ(enumerate("SE-GR"), grounded);
    EXPECT_EQ(enumerate("EE-PR"), preferred);
    EXPECT_TRUE(preferred.contains(*enumerate("SE-PR").begin()));
    EXPECT_TRUE(stable.contains(*enumerate("SE-ST").begin()));

    // Decisions for a spread of arguments: every 73rd in file order, and the named one.
    std::vector<std::string> names;
    std::ifstream in(apx_);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("arg(")) names.push_back(line.substr(4, line.find(')') - 4));
    ASSERT_EQ(names.size(), 438u);
    std::vector<std::string> asked{"a48_54"};
    for (std::size_t i = 0; i < names.size(); i += 73) asked.push_back(names[i]);
    struct Semantics {
        char const* code;
        Extensions const* extensions;
    };
    for (auto const& [code, extensions] :
         {Semantics{"GR", &grounded}, Semantics{"CO", &complete}, Semantics{"PR", &preferred}, Semantics{"ST", &stable}}) {
        for (auto const& a : asked) {
            bool const some = std::any_of(extensions->begin(), extensions->end(), [&](auto const& e) { return e.contains(a); });
            bool const every = std::all_of(extensions->begin(), extensions->end(), [&](auto const& e) { return e.contains(a); });
            EXPECT_EQ(af(std::string("-p DC-") + code + " -a " + a).out, some ? "YES\n" : "NO\n") << code << " " << a;
            EXPECT_EQ(af(std::string("-p DS-") + code + " -a " + a).out, every ? "YES\n" : "NO\n") << code << " " << a;
        }
    }
}

}   // namespace
