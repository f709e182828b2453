// Deep recursion on a stack of known size. The parser descends once per level of nesting and
// the checker once per level of the tree, and how much stack a level takes depends on the
// build: AddressSanitizer's frames are several times larger than Release's (with the parse
// on the caller's stack, ASan ran out of its 4 MiB budget at 191 parentheses, under the
// documented 256), and the caller's own stack (a worker thread's, a test's) is unknown.
// Parsing and checking on a thread with a stack of its own makes the documented limits
// (docs/language.md §10) hold in every build; the stack-bytes guards stay as a net behind
// the counts of levels.
#pragma once

#include <cstddef>
#include <functional>

namespace elenchus {

// 64 MiB: 256 levels of nesting take about 6 MiB under AddressSanitizer (22 KiB a level).
// Only the pages a parse touches are ever committed.
inline constexpr std::size_t deep_stack_bytes = std::size_t{64} << 20;

// Runs `work` to completion and returns once it has, rethrowing what it throws. `work` is
// given how many bytes of stack below its first frame it may use: most of `deep_stack_bytes`
// on a thread of its own, or a conservative 4 MiB on the calling thread when no thread can
// be made (a process at its thread or memory limit). Called from inside another `work`, it
// makes no thread: `work` runs right there with what is left of the outer budget, measured
// from the current frame (so a caller with many parses to do runs them all inside one call,
// on one thread: a thread with a 64 MiB stack per parse was most of `check`'s loading time,
// docs/performance.md).
void run_on_deep_stack(std::function<void(std::size_t stack_budget)> const& work);

// Bytes of stack the innermost running `work` of this thread has left below the current
// frame; 0 when none runs.
std::size_t deep_stack_left();

}   // namespace elenchus
