#!/usr/bin/env bash
# Installs Argdown's command line (@argdown/cli, from npm) for the tests that parse
# `elenchus export --format argdown` with Argdown's own parser (tests/cli/argdown_cli_test.sh),
# only on the machine that runs the tests: neither the build nor `elenchus import` needs
# Node. It goes into ARGDOWN_DIR (default ~/.cache/elenchus-argdown, the directory
# bench/map_vs_argdown.sh uses), never into the tree or globally. Idempotent; the test
# skips itself, saying so, when the program is not found. Prints the program's path.
set -euo pipefail

tools=${ARGDOWN_DIR:-$HOME/.cache/elenchus-argdown}
argdown="$tools/node_modules/.bin/argdown"
if [ ! -x "$argdown" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    # Debian's npm (with nodejs), so that a fresh machine runs the Argdown comparisons too.
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing: npm (for Argdown's command line, used by the Argdown tests)" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >&2
  fi
  mkdir -p "$tools"
  echo "installing: @argdown/cli@1.7.5 into $tools (for the Argdown export test)" >&2
  npm install --prefix "$tools" --no-audit --no-fund @argdown/cli@1.7.5 >&2
fi
echo "$argdown"
