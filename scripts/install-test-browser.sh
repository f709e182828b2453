#!/usr/bin/env bash
# Installs Debian's `chromium` for the end-to-end test of the HTML map
# (tests/arguments/map/map_browser_test.cpp), only on the machine that runs the tests: the build itself
# never needs a browser. Idempotent; the test skips itself when no browser is found.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: chromium (for the HTML map's browser test)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
