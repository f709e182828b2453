#include "cli/output_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace elenchus::cli {
namespace {

std::string failed(std::string const& path, std::string const& why) {
    return fmt::format("cannot write '{}': {}", path, why);
}

std::string failed(std::string const& path) { return failed(path, std::strerror(errno)); }

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// `/dev/stdout` and its kin name a descriptor this process already holds: writing to that
// descriptor keeps what the shell set up (a `>>` appends; a pipe stays a pipe), where
// opening the path afresh would start at offset 0 of a redirected file.
std::optional<int> descriptor_alias(std::string const& path) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (path.rfind(prefix, 0) != 0) continue;
        std::string digits = path.substr(prefix.size());
        if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        int fd = std::atoi(digits.c_str());
        if (::fcntl(fd, F_GETFD) < 0) return std::nullopt;
        return fd;
    }
    return std::nullopt;
}

std::string parent_of(std::string const& path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The path a symbolic link chain ends at, for a target that does not exist yet.
std::optional<std::string> follow_links(std::string path, std::string& error) {
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
        char buffer[PATH_MAX];
        ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer - 1);
        if (n < 0) {
            error = std::strerror(errno);
            return std::nullopt;
        }
        std::string target(buffer, static_cast<std::size_t>(n));
        path = target.front() == '/' ? target : parent_of(path) + "/" + target;
    }
    error = std::strerror(ELOOP);
    return std::nullopt;
}

// Devices, FIFOs and the like: written as they are, never created or truncated.
std::string write_special(std::string const& path, std::string_view data) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return failed(path);
    bool ok = write_all(fd, data);
    int saved = errno;
    if (::close(fd) != 0 && ok) return failed(path);
    errno = saved;
    return ok ? "" : failed(path);
}

// Over the existing inode, so that every hard link (and the owner, the mode, the ACLs) stays.
std::string write_in_place(std::string const& path, std::string const& target, std::string_view data) {
    int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return failed(path);
    auto fail = [&] {
        std::string message = failed(path);
        ::close(fd);
        return message;
    };
    auto const size = static_cast<off_t>(data.size());
    // Space first: a full disk fails here, before a byte of the old content is overwritten.
    if (size > 0 && ::fallocate(fd, 0, 0, size) != 0 && errno != EOPNOTSUPP && errno != ENOSYS) return fail();
    if (!write_all(fd, data) || ::ftruncate(fd, size) != 0 || ::fsync(fd) != 0) return fail();
    if (::close(fd) != 0) return failed(path);
    return {};
}

// A new file next to `target`, opened for writing; nullopt (errno set) when none can be made.
std::optional<std::pair<int, std::string>> temporary_beside(std::string const& target, mode_t mode) {
    std::string const dir = parent_of(target);
    std::string const base = target.substr(target.rfind('/') == std::string::npos ? 0 : target.rfind('/') + 1);
    std::random_device seed;
    std::mt19937_64 random(seed());
    for (int attempt = 0; attempt < 64; ++attempt) {
        std::string name = fmt::format("{}/.{}.tmp-{:012x}", dir, base, random() & 0xffffffffffffULL);
        int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0) return std::pair{fd, name};
        if (errno != EEXIST) return std::nullopt;
    }
    errno = EEXIST;
    return std::nullopt;
}

// A temporary file with the original's owner and mode, renamed over it. Falls back to
// writing in place when the owner cannot be kept or the directory takes no new file.
std::string replace(std::string const& path, std::string const& target, struct stat const* original,
                    std::string_view data) {
    // An absent file gets what the shell would give it: 0666 less the umask (open applies it).
    auto temp = temporary_beside(target, original ? 0600 : 0666);
    if (!temp) {
        if (original && (errno == EACCES || errno == EPERM)) return write_in_place(path, target, data);
        return failed(path);
    }
    auto [fd, name] = *temp;
    auto fail = [&, fd = fd, name = name](std::string message) {
        ::close(fd);
        ::unlink(name.c_str());
        return message;
    };
    if (!write_all(fd, data)) return fail(failed(path));
    if (original) {
        struct stat now {};
        if (::fstat(fd, &now) != 0) return fail(failed(path));
        if ((now.st_uid != original->st_uid || now.st_gid != original->st_gid) &&
            ::fchown(fd, original->st_uid, original->st_gid) != 0) {
            fail({});
            return write_in_place(path, target, data);
        }
        // After the chown, which clears set-user-ID and set-group-ID bits.
        if (::fchmod(fd, original->st_mode & 07777) != 0) return fail(failed(path));
    }
    if (::fsync(fd) != 0) return fail(failed(path));
    if (::close(fd) != 0) {
        std::string message = failed(path);
        ::unlink(name.c_str());
        return message;
    }
    if (::rename(name.c_str(), target.c_str()) != 0) {
        std::string message = failed(path);
        ::unlink(name.c_str());
        return message;
    }
    // The rename is durable once the directory is flushed; failing that is no reason to
    // report the file unwritten.
    int dir = ::open(parent_of(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

}   // namespace

std::string write_output_file(std::string const& path, std::string_view data) {
    if (path.empty()) return failed(path, "no path given");
    if (auto fd = descriptor_alias(path)) return write_all(*fd, data) ? "" : failed(path);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return failed(path, "it is a directory");
        if (!S_ISREG(st.st_mode)) return write_special(path, data);
        char* real = ::realpath(path.c_str(), nullptr);
        if (!real) return failed(path);
        std::string target(real);
        std::free(real);
        if (st.st_nlink > 1) return write_in_place(path, target, data);
        return replace(path, target, &st, data);
    }
    if (errno != ENOENT) return failed(path);
    // Absent, or a symbolic link to something absent: create the link's target.
    std::string error;
    auto target = follow_links(path, error);
    if (!target) return failed(path, error);
    return replace(path, *target, nullptr, data);
}

}   // namespace elenchus::cli
