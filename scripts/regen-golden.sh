#!/usr/bin/env bash
# Rewrites the expected outputs of the golden tests (tests/golden/**/NAME.{out,err,code})
# from the current build, after a deliberate change. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --target elenchus golden_test >/dev/null
ELENCHUS_REGENERATE=1 build/tests/golden_test >/dev/null || true
git status --short tests/golden
