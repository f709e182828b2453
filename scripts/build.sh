#!/usr/bin/env bash
# Configures and builds Elenchus (the `release` preset of CMakePresets.json) in build/.
# ELENCHUS_WERROR=ON (as CI sets it) turns warnings into errors. Extra arguments go to
# cmake --build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release -DELENCHUS_WERROR="${ELENCHUS_WERROR:-OFF}" >/dev/null
cmake --build build -j"$(nproc)" "$@"
