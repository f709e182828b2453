#!/usr/bin/env bash
# Installs what is missing, builds, and checks the bundled example (the article's argument).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
set +e
build/cli/elenchus check examples/azerbaijan-nato.arg
status=$?
# 1 means the check found something worth a look (a refuted claim, an inconsistent
# scenario is not one of those); only bad input (2) or a crash (3) fails the quick start.
[ $status -le 1 ] || exit $status
