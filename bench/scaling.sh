#!/bin/bash
# How `elenchus check --format json` grows with the file, side by side with the `z3` binary
# on the file's own export (`export --every-claim`: the file's consistency, then one
# push/assert/check-sat/pop per claim). For each shape (the generator's facts and rules; the
# map-shaped file of bench/map_bench.cpp) and size, prints wall time, CPU time and peak
# memory of both, and the ratio of their wall times, as a Markdown table; writes the table,
# the raw figures and an SVG plot of wall time against size on log axes to OUTDIR.
# A run past CAP seconds is stopped and shown as "> CAP". Figures: docs/performance.md.
#
#   bench/scaling.sh [OUTDIR]        (default /tmp/elenchus-scaling)
#   SIZES="1000 3000 10000" SHAPES=generator CAP=300 BUILD=build bench/scaling.sh
#   PLOT_ONLY=1 CAP=300 bench/scaling.sh OUTDIR      (redraws OUTDIR/scaling.svg from its figures.tsv)
set -euo pipefail
BUILD=${BUILD:-build}
ELENCHUS=$BUILD/cli/elenchus
GENERATE=$BUILD/bench/elenchus_generate
SIZES=${SIZES:-1000 3000 10000 30000 100000}
SHAPES=${SHAPES:-generator map}
CAP=${CAP:-600}
OUT=${1:-/tmp/elenchus-scaling}
mkdir -p "$OUT"
raw=$OUT/figures.tsv
if [ -z "${PLOT_ONLY:-}" ]; then
  for tool in "$ELENCHUS" "$GENERATE"; do
    [ -x "$tool" ] || { echo "scaling.sh: $tool is not built (cmake --build $BUILD --target elenchus elenchus_generate)" >&2; exit 2; }
  done
  for tool in z3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "scaling.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
  done
  printf "shape\tstatements\ttool\twall\tcpu\tpeak_kb\tstopped\n" > "$raw"

  # Runs "$@" with its output to $output, under the cap; sets wall, cpu, peak, stopped.
  measure() {
    local output=$1; shift
    local status=0
    /usr/bin/time -f "%e %U %M" -o "$OUT/time.txt" timeout "$CAP" "$@" > "$output" 2>/dev/null || status=$?
    read -r wall cpu peak < <(tail -n 1 "$OUT/time.txt")
    stopped=no
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then stopped=yes; fi
  }

  show() { if [ "$2" = yes ]; then echo "> ${CAP} s"; else echo "$1 s"; fi; }

  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cap ${CAP} s per run"
  echo
  echo "| shape | statements | elenchus wall | elenchus CPU | elenchus peak | z3 wall | z3 CPU | z3 peak | elenchus / z3 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for shape in $SHAPES; do
    for n in $SIZES; do
      file=$OUT/$shape-$n.arg
      if [ "$shape" = map ]; then "$GENERATE" --map "$n" > "$file"; else "$GENERATE" "$n" > "$file"; fi
      measure "$OUT/$shape-$n.json" "$ELENCHUS" check -q --format json "$file"
      e_wall=$wall e_cpu=$cpu e_peak=$peak e_stopped=$stopped
      printf "%s\t%s\telenchus\t%s\t%s\t%s\t%s\n" "$shape" "$n" "$wall" "$cpu" "$peak" "$stopped" >> "$raw"
      "$ELENCHUS" export -q --every-claim "$file" > "$OUT/$shape-$n.smt2"
      measure "$OUT/$shape-$n.z3.txt" z3 "$OUT/$shape-$n.smt2"
      printf "%s\t%s\tz3\t%s\t%s\t%s\t%s\n" "$shape" "$n" "$wall" "$cpu" "$peak" "$stopped" >> "$raw"
      ratio=$(awk -v a="$e_wall" -v b="$wall" -v s1="$e_stopped" -v s2="$stopped" \
        'BEGIN { if (s1 == "yes" || s2 == "yes" || b == 0) print "–"; else printf "%.2f", a / b }')
      echo "| $shape | $n | $(show "$e_wall" "$e_stopped") | $e_cpu s | $((e_peak / 1024)) MB | $(show "$wall" "$stopped") | $cpu s | $((peak / 1024)) MB | $ratio |"
    done
  done | tee "$OUT/table.md"
fi

# The plot: wall seconds against statements, both log scales, one line per shape and tool;
# a stopped run is drawn at the cap with an open circle.
awk -F'\t' -v cap="$CAP" '
  NR == 1 { next }
  { key = $1 " / " $3; if (!(key in seen)) { seen[key] = 1; keys[++nk] = key }
    n[key, ++count[key]] = $2; t[key, count[key]] = ($7 == "yes" ? cap : ($4 < 0.01 ? 0.01 : $4)); open[key, count[key]] = ($7 == "yes")
    if ($2 < xmin || xmin == "") xmin = $2; if ($2 > xmax) xmax = $2 }
  END {
    W = 640; H = 420; L = 70; R = 170; T = 20; B = 50
    lx0 = log(xmin) / log(10); lx1 = log(xmax) / log(10); if (lx1 == lx0) lx1 = lx0 + 1
    ly0 = -2; ly1 = log(cap) / log(10)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", W, H
    printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
    for (e = -2; e <= int(ly1); e++) { y = T + (H - T - B) * (1 - (e - ly0) / (ly1 - ly0))
      printf "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%g s</text>\n", L, y, W - R, y, L - 6, y + 4, 10 ^ e }
    for (e = int(lx0 + 0.5); e <= lx1 + 0.001; e++) { x = L + (W - L - R) * (e - lx0) / (lx1 - lx0)
      printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x, T, x, H - B, x, H - B + 16, 10 ^ e }
    printf "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">statements (log)</text>\n", (L + W - R) / 2, H - 10
    printf "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">wall time (log)</text>\n", H / 2, H / 2
    split("#1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b", colour, " ")
    for (k = 1; k <= nk; k++) { key = keys[k]; path = ""
      for (i = 1; i <= count[key]; i++) {
        x = L + (W - L - R) * (log(n[key, i]) / log(10) - lx0) / (lx1 - lx0)
        y = T + (H - T - B) * (1 - (log(t[key, i]) / log(10) - ly0) / (ly1 - ly0))
        path = path (i == 1 ? "M" : " L") sprintf("%.1f %.1f", x, y)
        printf "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" stroke=\"%s\"/>\n", x, y, open[key, i] ? "white" : colour[k], colour[k] }
      printf "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n", path, colour[k]
      printf "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>\n", W - R + 10, T + 16 * k, colour[k], key }
    printf "</svg>\n" }' "$raw" > "$OUT/scaling.svg"
echo
echo "written: $OUT/table.md, $OUT/figures.tsv, $OUT/scaling.svg"
