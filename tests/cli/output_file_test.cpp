// `map -o PATH` and `fmt --in-place` change nothing but the content of what they write: a
// regular file keeps its mode, owner and hard links, a symbolic link is written through, a
// device or FIFO is written as it is, never replaced (cli/output_file.hpp, docs/cli.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include "support/run.hpp"

namespace fs = std::filesystem;
using elenchus::test::read_text;
using elenchus::test::run;

namespace {

std::string program(std::string const& arguments) { return elenchus::test::elenchus(arguments); }

std::string const messy = "predicate p\npremise one : p\n";
std::string const canonical = "predicate p\n\npremise one: p\n";

class OutputFile : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("elenchus-out-" + std::to_string(::getpid()) + "-" +
                                            testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        dot_ = run(program("map --no-check --format dot examples/syllogisms.arg")).out;
        ASSERT_FALSE(dot_.empty());
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(std::string const& name) const { return (dir_ / name).string(); }
    std::string file(std::string const& name, std::string const& text) const {
        std::ofstream(path(name), std::ios::binary) << text;
        return path(name);
    }
    elenchus::test::RunResult map_to(std::string const& out) const {
        return run(program("map --no-check --format dot examples/syllogisms.arg -o '" + out + "'"));
    }
    static struct stat info(std::string const& p, bool follow = true) {
        struct stat st {};
        EXPECT_EQ(follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st), 0) << p;
        return st;
    }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }

    fs::path dir_;
    std::string dot_;
};

TEST_F(OutputFile, ARegularFileIsReplacedAtomicallyKeepingItsMode) {
    auto out = file("map.dot", "old");
    ASSERT_EQ(::chmod(out.c_str(), 0600), 0);
    auto before = info(out);
    auto r = map_to(out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(out), dot_);
    auto after = info(out);
    EXPECT_EQ(after.st_mode & 07777, 0600u) << "a private file stays private";
    EXPECT_NE(after.st_ino, before.st_ino) << "replaced by a rename";
    EXPECT_EQ(entries(), 1u) << "no temporary file is left behind";
}

TEST_F(OutputFile, AnAbsentFileIsCreatedWithTheUmasksMode) {
    auto out = path("new.dot");
    auto r = run("umask 027 && " + program("map --no-check --format dot examples/syllogisms.arg -o '" + out + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(out), dot_);
    EXPECT_EQ(info(out).st_mode & 07777, 0640u);
    EXPECT_EQ(entries(), 1u);
}

TEST_F(OutputFile, ASymbolicLinkIsWrittenThrough) {
    auto target = file("target.dot", "old");
    auto link = path("link.dot");
    fs::create_symlink("target.dot", link);
    auto r = map_to(link);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::is_symlink(link)) << "the link stays a link";
    EXPECT_EQ(read_text(target), dot_);

    auto dangling = path("dangling.dot");
    fs::create_symlink("made.dot", dangling);
    r = map_to(dangling);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::is_symlink(dangling));
    EXPECT_EQ(read_text(path("made.dot")), dot_) << "a dangling link's target is created";
}

TEST_F(OutputFile, HardLinksStayOneFile) {
    auto a = file("a.arg", messy);
    auto b = path("b.arg");
    fs::create_hard_link(a, b);
    auto before = info(a);
    auto r = run(program("fmt --in-place '" + a + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(a), canonical);
    EXPECT_EQ(read_text(b), canonical) << "written in place, so every link sees it";
    EXPECT_EQ(info(a).st_ino, before.st_ino);
    EXPECT_EQ(info(a).st_nlink, 2u);

    r = map_to(b);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(a), dot_) << "a longer content, then cut to its length";
    r = run(program("fmt --in-place '" + a + "'"));
    EXPECT_EQ(r.exit_code, 2) << "the map is no .arg file";
    std::ofstream(a, std::ios::binary | std::ios::trunc) << messy;
    r = run(program("fmt --in-place '" + b + "'"));
    EXPECT_EQ(read_text(a), canonical) << "shorter than before: no stale tail";
}

TEST_F(OutputFile, TheOwnerIsKept) {
    if (::geteuid() != 0) GTEST_SKIP() << "only root can give a file to another user";
    auto arg = file("theirs.arg", messy);
    auto out = file("theirs.dot", "old");
    for (auto const& p : {arg, out}) {
        ASSERT_EQ(::chown(p.c_str(), 4242, 4343), 0);
        ASSERT_EQ(::chmod(p.c_str(), 0640), 0);
    }
    auto r = run(program("fmt --in-place '" + arg + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    r = map_to(out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (auto const& p : {arg, out}) {
        auto st = info(p);
        EXPECT_EQ(st.st_uid, 4242u) << p;
        EXPECT_EQ(st.st_gid, 4343u) << p;
        EXPECT_EQ(st.st_mode & 07777, 0640u) << p;
    }
    EXPECT_EQ(read_text(arg), canonical);
    EXPECT_EQ(read_text(out), dot_);
}

TEST_F(OutputFile, AFifoIsWrittenNotReplaced) {
    auto fifo = path("pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = read_text(fifo); });
    auto r = map_to(fifo);
    reader.join();
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(received, dot_);
    EXPECT_TRUE(S_ISFIFO(info(fifo).st_mode)) << "still a FIFO";
}

TEST_F(OutputFile, DevicesAreWrittenAsTheyAre) {
    auto r = map_to("/dev/null");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(S_ISCHR(info("/dev/null").st_mode));

    r = map_to("/dev/full");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("cannot write '/dev/full'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    EXPECT_TRUE(S_ISCHR(info("/dev/full").st_mode)) << "never replaced by a regular file";

    r = run(program("map --no-check --format dot examples/syllogisms.arg -o /dev/stdout"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, dot_) << "through the descriptor the shell set up (here a pipe)";

    auto log = file("log.txt", "first\n");
    r = run(program("map --no-check --format dot examples/syllogisms.arg -o /dev/stdout >> '" + log + "'"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_text(log), "first\n" + dot_) << "a redirection that appends keeps appending";
}

TEST_F(OutputFile, ADirectoryIsAnError) {
    auto r = map_to(dir_.string());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("it is a directory"), std::string::npos) << r.err;
    r = map_to(path("no/such/dir/map.dot"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("No such file or directory"), std::string::npos) << r.err;
    EXPECT_EQ(entries(), 0u);
}

}   // namespace
