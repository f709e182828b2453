#!/usr/bin/env bash
# Installs, with apt-get, whatever is missing of the Debian 12 packages Elenchus builds,
# tests and benchmarks with. Idempotent: installed packages are left alone.
set -euo pipefail

packages=(
  g++ cmake pkg-config
  libboost-dev libz3-dev z3 libfmt-dev libcli11-dev nlohmann-json3-dev
  libgtest-dev libbenchmark-dev libgraphviz-dev libexpat1-dev
  valgrind time xz-utils
  libcadical-dev gringo
  clang
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
