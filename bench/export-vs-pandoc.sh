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

median_ms() {  # runs "$@" RUNS times, prints the median wall time in ms
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "input: $(wc -c < "$WORK/large.report.json") bytes report.json, $(wc -c < "$WORK/large.md") bytes markdown; $RUNS runs each"
RD=$(median_ms java -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx")
PD=$(median_ms pandoc "$WORK/large.md" -o "$WORK/pandoc.docx")
# Deployment option, not the plain jar: an AppCDS archive of the loaded classes plus C1-only JIT,
# as a launcher script or jpackage --java-options could pass them.
java -XX:ArchiveClassesAtExit="$WORK/rd.jsa" -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx" >/dev/null 2>&1
CDS=$(median_ms java -XX:SharedArchiveFile="$WORK/rd.jsa" -XX:TieredStopAtLevel=1 -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx")
echo "reportdesk export (whole process): median ${RD} ms"
echo "pandoc md -> docx (whole process): median ${PD} ms"
echo "reportdesk with AppCDS + C1 JIT:   median ${CDS} ms"
awk -v a="$RD" -v b="$PD" -v c="$CDS" 'BEGIN { printf "ratio reportdesk/pandoc: %.2f plain jar, %.2f with AppCDS + C1 (target <= 2.00)\n", a / b, c / b }'
