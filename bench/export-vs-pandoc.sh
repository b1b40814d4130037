#!/usr/bin/env bash
# Times a whole-process CLI export against pandoc writing a .docx from the same content as Markdown.
# Target: ReportDesk within 2x pandoc's time. Timed: the portable launcher reportdesk.sh (what a user
# runs: class-data archive, C1, serial GC, the exporter warm-up), the same without the warm-up, and
# the plain `java -jar target/reportdesk.jar` of earlier figures.
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

# What a user runs: the portable launcher (src/packaging/portable/reportdesk.sh) over the same jar,
# with its cache in the work folder. Its first run makes the export command's class-data archive
# (not timed; printed once); the timed runs use it, as every later export on a user's machine does.
APP="$WORK/app"
mkdir -p "$APP/lib"
cp target/reportdesk.jar "$APP/reportdesk.jar"
cp src/packaging/portable/reportdesk.sh "$APP/reportdesk.sh"
chmod 755 "$APP/reportdesk.sh"
export XDG_CACHE_HOME="$WORK/cache"
LAUNCH=("$APP/reportdesk.sh" export "$WORK/large.report.json" -o "$WORK/rd.docx")

echo "input: $(wc -c < "$WORK/large.report.json") bytes report.json, $(wc -c < "$WORK/large.md") bytes markdown; $RUNS runs each; $(uptime | sed 's/.*load/load/')"
FIRST=$(RUNS=1 median_ms "${LAUNCH[@]}")
RD=$(median_ms java -jar target/reportdesk.jar export "$WORK/large.report.json" -o "$WORK/rd.docx")
PD=$(median_ms pandoc "$WORK/large.md" -o "$WORK/pandoc.docx")
LN=$(median_ms "${LAUNCH[@]}")
# the launcher without the exporter warm-up on a second thread (the JVM reads JAVA_TOOL_OPTIONS)
NW=$(JAVA_TOOL_OPTIONS=-Dreportdesk.exportWarmUp=false median_ms "${LAUNCH[@]}")
show() { echo "$1: median ${2%% *} ms wall, ${2##* } ms CPU"; }
show "reportdesk.sh export (what a user runs) " "$LN"
show "pandoc md -> docx (whole process)       " "$PD"
show "reportdesk.sh, no exporter warm-up      " "$NW"
show "java -jar reportdesk.jar export (no CDS)" "$RD"
show "reportdesk.sh first run (makes the CDS archive, once)" "$FIRST"
awk -v l="${LN%% *}" -v p="${PD%% *}" -v n="${NW%% *}" -v r="${RD%% *}" \
    -v lc="${LN##* }" -v pc="${PD##* }" -v nc="${NW##* }" -v rc="${RD##* }" 'BEGIN {
  printf "ratio reportdesk/pandoc, wall: %.2f launcher (target <= 2.00), %.2f launcher without warm-up, %.2f plain jar\n", l / p, n / p, r / p
  printf "ratio reportdesk/pandoc, CPU:  %.2f launcher, %.2f launcher without warm-up, %.2f plain jar\n", lc / pc, nc / pc, rc / pc }'
