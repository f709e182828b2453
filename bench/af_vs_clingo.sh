#!/usr/bin/env bash
# `elenchus af` beside clingo with the ASPARTIX encodings (docs/performance.md).
#
#   bench/af_vs_clingo.sh [ELENCHUS]        default build/cli/elenchus
#   SIZES="1000 10000" TIMEOUT=60 bench/af_vs_clingo.sh build-h4/cli/elenchus
#
# Generates random frameworks (bench/af_generate.cpp, compiled here) of each size with about
# 3 attacks per argument, plain and with a planted stable extension, and times SE-GR, SE-ST
# and SE-PR for elenchus and for clingo on the same apx file. Prints a Markdown table of wall
# seconds; "timeout" past TIMEOUT seconds (default 300). clingo comes from Debian's gringo.
set -euo pipefail
cd "$(dirname "$0")/.."
elenchus=${1:-build/cli/elenchus}
sizes=${SIZES:-"1000 10000 100000"}
limit=${TIMEOUT:-300}
[ -x "$elenchus" ] || { echo "no elenchus at $elenchus (build it first, or pass its path)" >&2; exit 2; }
command -v clingo >/dev/null || scripts/install-deps.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
c++ -O2 -std=c++20 bench/af_generate.cpp -o "$work/af_generate"

# ASPARTIX (Egly, Gaggl & Woltran 2010): guess a set, check it. Grounded as a positive
# program, whose least model gringo computes while grounding. Preferred: complete plus
# clingo's domain heuristic, which with --enum-mode=domRec yields subset-maximal models.
cat > "$work/grounded.dl" <<'ASP'
in(X) :- arg(X), defeated(Y) : att(Y,X).
defeated(X) :- in(Y), att(Y,X).
#show in/1.
ASP
cat > "$work/guess.dl" <<'ASP'
in(X) :- not out(X), arg(X).
out(X) :- not in(X), arg(X).
:- in(X), in(Y), att(X,Y).
defeated(X) :- in(Y), att(Y,X).
#show in/1.
ASP
cat > "$work/stable.dl" <<'ASP'
:- out(X), not defeated(X).
ASP
cat > "$work/complete.dl" <<'ASP'
undefended(X) :- att(Y,X), not defeated(Y).
:- in(X), undefended(X).
:- out(X), not undefended(X).
ASP
echo '#heuristic in(X) : arg(X). [1,true]' > "$work/maximal.dl"

# Wall seconds of a command (its output to $1), or "timeout".
timed() {
  local out=$1 start end rc
  shift
  start=$(date +%s.%N)
  set +e
  timeout "$limit" "$@" > "$out" 2>/dev/null
  rc=$?
  set -e
  end=$(date +%s.%N)
  if [ "$rc" -eq 124 ]; then echo timeout; else awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'; fi
}
# "NO", or the size of the extension found.
answer_elenchus() { awk 'NR == 1 { print ($1 == "w") ? NF - 1 " args" : $0 }' "$1"; }
answer_clingo() {
  if grep -q '^UNSATISFIABLE' "$1"; then echo NO
  elif grep -q '^SATISFIABLE' "$1"; then awk 'NR == 1 { print NF " args" }' "$1"
  else echo "-"; fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "timeout" || b == "timeout" || b == 0) print "-"; else printf "%.2f", a / b }'; }

echo "| arguments | framework | task | elenchus s | clingo s | elenchus/clingo | answer (elenchus / clingo) |"
echo "|---:|---|---|---:|---:|---:|---|"
for n in $sizes; do
  for kind in random planted; do
    file="$work/$kind-$n.apx"
    if [ "$kind" = planted ]; then "$work/af_generate" "$n" --planted > "$file"; else "$work/af_generate" "$n" > "$file"; fi
    for task in SE-GR SE-ST SE-PR; do
      case $task in
        SE-GR) clingo_args=("$work/grounded.dl") ;;
        SE-ST) clingo_args=("$work/guess.dl" "$work/stable.dl") ;;
        SE-PR) clingo_args=(--heuristic=Domain --enum-mode=domRec "$work/guess.dl" "$work/complete.dl" "$work/maximal.dl") ;;
      esac
      te=$(timed "$work/e.out" "$elenchus" af "$file" -p "$task")
      tc=$(timed "$work/c.out" clingo -V0 1 "${clingo_args[@]}" "$file")
      echo "| $n | $kind | $task | $te | $tc | $(ratio "$te" "$tc") | $(answer_elenchus "$work/e.out") / $(answer_clingo "$work/c.out") |"
    done
  done
done
