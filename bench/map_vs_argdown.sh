#!/usr/bin/env bash
# `elenchus map` beside Argdown's `argdown map` on the same debate (docs/performance.md).
#
#   bench/map_vs_argdown.sh [ELENCHUS]           default build/cli/elenchus
#   STATEMENTS=1000 TIMEOUT=120 bench/map_vs_argdown.sh
#
# Writes the map-shaped file of bench/map_bench.cpp (groups of fact, rule, assumption and
# claim, one argument per group; every third argument builds on the previous claim, every
# tenth attacks and every seventh supports its predecessor) as Elenchus and as Argdown, the
# same statements, arguments and relations, and times DOT and SVG from each. Argdown
# (@argdown/cli, from npm) is installed into ARGDOWN_DIR (default ~/.cache/elenchus-argdown),
# never into the tree or globally. Prints a Markdown table: wall seconds and CPU seconds
# (user + system, children included); "timeout" past TIMEOUT seconds (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
elenchus=${1:-build/cli/elenchus}
statements=${STATEMENTS:-10000}
limit=${TIMEOUT:-300}
tools=${ARGDOWN_DIR:-$HOME/.cache/elenchus-argdown}
[ -x "$elenchus" ] || { echo "no elenchus at $elenchus (build it first, or pass its path)" >&2; exit 2; }
if [ ! -x "$tools/node_modules/.bin/argdown" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund @argdown/cli@1.7.5 >&2
fi
argdown="$tools/node_modules/.bin/argdown"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$statements" "$work" <<'PY'
import sys
n, work = int(sys.argv[1]), sys.argv[2]
groups = n // 4
arg, ad = [], ["===\nselection:\n  statementSelectionMode: all\n===\n\n# Bench\n"]
for g in range(groups):
    arg.append(f"predicate pa{g}\npredicate pb{g}\npredicate pc{g}\n")
for g in range(groups):
    fact, rule = f"Fact number {g} holds in the debate", f"Fact {g} brings the second state of affairs"
    step, claim = f"The second state brings the third one {g}", f"The conclusion of group {g} follows"
    arg.append(f'premise f{g}: pa{g}\n  means "{fact}"\npremise r{g}: pa{g} -> pb{g}\n  means "{rule}"\n')
    arg.append(f'{"assume" if g % 5 == 0 else "premise"} u{g}: pb{g} -> pc{g}\n  means "{step}"\n')
    arg.append(f'claim k{g}: pc{g}\n  means "{claim}"\n')
    extra = f", k{g - 1}" if g % 3 == 2 else ""
    arg.append(f'argument arg{g} "Argument number {g}"\n  from f{g}, r{g}, u{g}{extra}\n  therefore k{g}\n')
    ad.append(f"\n<Argument {g}>: Argument number {g}\n")
    if g % 10 == 9: ad.append(f"  -> <Argument {g - 1}>\n")
    elif g % 7 == 6: ad.append(f"  +> <Argument {g - 1}>\n")
    ad.append(f"\n<Argument {g}>\n\n(1) [f{g}]: {fact}\n(2) [r{g}]: {rule}\n(3) [u{g}]: {step}\n")
    last = 4
    if g % 3 == 2:
        ad.append(f"(4) [k{g - 1}]\n")
        last = 5
    ad.append(f"----\n({last}) [k{g}]: {claim}\n")
open(f"{work}/bench.arg", "w").write("".join(arg))
open(f"{work}/bench.argdown", "w").write("".join(ad))
PY

# Runs "$@" under the time limit; prints "wall cpu" in seconds, or "timeout".
timed() {
  local start end status
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%U %S" -o "$work/cpu" timeout "$limit" "$@" >"$work/err" 2>&1
  status=$?
  set -e
  end=$(date +%s.%N)
  if [ $status -eq 124 ]; then echo "timeout"; return; fi
  if [ $status -ne 0 ]; then
    echo "failed, exit $status after $(tail -1 "$work/cpu" | awk '{ print $1 + $2 }') s CPU: $(grep -m1 -E 'Error|error' "$work/err" | cut -c1-80)"
    return
  fi
  tail -1 "$work/cpu" | awk -v s="$start" -v e="$end" '{ printf "%.2f s | %.2f s", e - s, $1 + $2 }'
}

echo "| $statements statements | wall | CPU |"
echo "|---|---|---|"
echo "| elenchus map --no-check --format dot | $(timed "$elenchus" map --no-check --format dot "$work/bench.arg" -o "$work/e.dot") |"
echo "| elenchus map --no-check --format svg | $(timed "$elenchus" map --no-check --format svg "$work/bench.arg" -o "$work/e.svg") |"
echo "| argdown map --format dot | $(timed "$argdown" map --inclusive -f dot "$work/bench.argdown" "$work/ad-dot") |"
echo "| argdown map --format svg | $(timed "$argdown" map --inclusive -f svg "$work/bench.argdown" "$work/ad-svg") |"
nodes() { grep -c -E '^ *"?[A-Za-z0-9_ ]+"? *\[' "$1" 2>/dev/null || echo 0; }
echo
echo "nodes in the DOT: elenchus $(nodes "$work/e.dot"), argdown $(nodes "$(ls "$work"/ad-dot/*.dot 2>/dev/null | head -1)")"
