#!/usr/bin/env bash
# Installs what is missing, builds everything, runs the whole test suite with ctest, then
# builds the parser's mutation test and the map's rendering test (with the program it runs)
# under AddressSanitizer + UndefinedBehaviorSanitizer (the `sanitize` preset, in
# build-sanitize/) and runs them there. docs/testing.md says where the whole suite under the
# sanitizers stands.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step prints its duration on stderr, so that a CI log shows where its hour goes.
timed() {
  local start=$SECONDS
  "$@"
  echo "scripts/test.sh: '$*' took $((SECONDS - start)) s" >&2
}
timed scripts/install-deps.sh
timed scripts/build.sh
timed scripts/install-test-browser.sh   # chromium, for the map's end-to-end test
timed scripts/install-test-editor.sh    # neovim, for the language server's end-to-end test
# @argdown/cli from npm, for the Argdown tests' second opinion; they skip without it. In CI
# (CI=true, as .ci/run is started) a failed install fails the run, so that a skip there is
# never mistaken for a pass.
if [ "${CI:-}" = true ]; then
  scripts/install-test-argdown.sh >/dev/null
else
  scripts/install-test-argdown.sh >/dev/null || echo "argdown not installed: its comparisons will be skipped" >&2
fi
timed ctest --test-dir build --output-on-failure -j"$(nproc)"
cmake --preset sanitize -DELENCHUS_WERROR="${ELENCHUS_WERROR:-OFF}" >/dev/null
timed cmake --build build-sanitize -j"$(nproc)" --target elenchus mutation_test map_render_test
# A sanitizer's report fails the test it happens in (UBSan does not recover, see
# CMakeLists.txt; an invalid free inside Graphviz aborts the map's child process, which the
# program reports as exit 3).
timed ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" -R '^(mutation|map_render)_test\.'
