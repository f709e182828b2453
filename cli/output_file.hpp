// Writing a file the user named, changing nothing but its content.
//
// - A symbolic link is written through, to its target (a dangling one creates the target).
// - A regular file with one link, or an absent one, is replaced atomically: a temporary file
//   in the same directory, given the original's mode and owner, flushed, then renamed over
//   it. A reader sees the old content or the new, never a mix, and an error leaves the old.
// - A regular file with several hard links is rewritten in place, so that every link keeps
//   seeing it: its space is reserved first (so a full disk fails before anything is
//   overwritten), then the content is written and the file cut to its length. The same
//   when the owner cannot be kept (not root, another user's file) or the directory is not
//   ours to write in.
// - A device, FIFO, socket or other special file is opened and written as it is (like the
//   shell's `>`), never replaced by a regular file.
// - A directory is an error.
#pragma once

#include <string>
#include <string_view>

namespace elenchus::cli {

// Empty on success; otherwise "cannot write 'PATH': reason".
std::string write_output_file(std::string const& path, std::string_view data);

}   // namespace elenchus::cli
