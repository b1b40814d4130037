#!/usr/bin/env bash
# Times a whole-process CLI export (java -jar target/reportdesk.jar export) against pandoc writing a
# .docx from the same content as Markdown. Target: ReportDesk within 2x pandoc's time.
# Usage: bench/export-vs-pandoc.sh [RUNS]   (from the project root; builds the jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -f target/reportdesk.jar ]; then
  mvn -B -q -o package -DskipTests
fi
if [ ! -d target/test-classes/org/reportdesk/bench ]; then
  mvn -B -q -o test-compile
fi
java -cp target/test-classes:target/reportdesk.jar org.reportdesk.bench.WriteBenchInput "$WORK" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# runs "$@" RUNS times; prints "WALL_MS CPU_MS" medians (CPU = user + system, steadier on a busy machine)
median_ms() {
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%U %S" -o "$WORK/cpu.txt" "$@" >/dev/null 2>&1
      cpus+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu.txt"))
    else
      "$@" >/dev/null 2>&1
      cpus+=(0)
    fi
    t1=$(date +%s%N)
    walls+=($(( (t1 - t0) / 1000000 )))
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

echo "input: $(wc -c < "$WORK/large.report.json") bytes report.json, $(wc -c < "$WORK/large.md") bytes markdown; $RUNS runs each"
RD=$(median_ms java -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx")
PD=$(median_ms pandoc "$WORK/large.md" -o "$WORK/pandoc.docx")
# Deployment option, not the plain jar: an AppCDS archive of the loaded classes plus C1-only JIT,
# as a launcher script or jpackage --java-options could pass them.
java -XX:ArchiveClassesAtExit="$WORK/rd.jsa" -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx" >/dev/null 2>&1
CDS=$(median_ms java -XX:SharedArchiveFile="$WORK/rd.jsa" -XX:TieredStopAtLevel=1 -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx")
show() { echo "$1: median ${2%% *} ms wall, ${2##* } ms CPU"; }
show "reportdesk export (whole process)" "$RD"
show "pandoc md -> docx (whole process)" "$PD"
show "reportdesk with AppCDS + C1 JIT  " "$CDS"
awk -v a="${RD%% *}" -v b="${PD%% *}" -v c="${CDS%% *}" -v ac="${RD##* }" -v bc="${PD##* }" -v cc="${CDS##* }" 'BEGIN {
  printf "ratio reportdesk/pandoc, wall: %.2f plain jar, %.2f with AppCDS + C1 (target <= 2.00)\n", a / b, c / b
  printf "ratio reportdesk/pandoc, CPU:  %.2f plain jar, %.2f with AppCDS + C1\n", ac / bc, cc / bc }'
