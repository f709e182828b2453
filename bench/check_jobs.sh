#!/bin/bash
# `elenchus check -j N` over many small files (a course's exercises, a corpus): generates
# FILES files of STATEMENTS statements each (bench/generate.cpp, one seed per file), then
# times `check --format json` over all of them with -j 1 and with -j JOBS (wall, and CPU as
# user + sys), checks that the two outputs are the same byte for byte, and prints the
# speed-up. Figures: docs/performance.md ("check -j over many files").
#
#   bench/check_jobs.sh [ELENCHUS] [GENERATE]      (defaults: build/cli/elenchus, build/bench/elenchus_generate)
#   FILES=600 STATEMENTS=40 JOBS=2 bench/check_jobs.sh
set -euo pipefail
ELENCHUS=${1:-build/cli/elenchus}
GENERATE=${2:-build/bench/elenchus_generate}
FILES=${FILES:-600}
STATEMENTS=${STATEMENTS:-40}
JOBS=${JOBS:-2}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq 1 "$FILES"); do "$GENERATE" "$STATEMENTS" "$i" > "$dir/f$i.arg"; done
files=("$dir"/f*.arg)
echo "$FILES files of $STATEMENTS statements; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed() {   # prints "wall user sys" in seconds (CPU counts the worker processes, which elenchus reaps); output to $1
    local out=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$dir/time" "$ELENCHUS" check --format json "$@" "${files[@]}" > "$out" || true
    tail -n 1 "$dir/time"   # after "Command exited with non-zero status 1", which time writes first
}
read -r one one_user one_sys < <(timed "$dir/j1.json" -j 1)
read -r many many_user many_sys < <(timed "$dir/jN.json" -j "$JOBS")
cmp -s "$dir/j1.json" "$dir/jN.json" && same="identical" || same="DIFFERENT"
echo "-j 1: ${one} s wall, ${one_user} s user + ${one_sys} s sys"
echo "-j $JOBS: ${many} s wall, ${many_user} s user + ${many_sys} s sys"
echo "speed-up $(echo "scale=2; $one / $many" | bc)x   outputs $same"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
