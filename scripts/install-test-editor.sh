#!/usr/bin/env bash
# Installs Debian's `neovim` for the end-to-end test of the language server
# (tests/cli/lsp/lsp_neovim_test.cpp drives Neovim's built-in LSP client headless), only on the
# machine that runs the tests: the build itself never needs an editor. Idempotent; the test
# skips itself, saying so, when nvim is not found.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: neovim (for the language server's editor test)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends neovim
