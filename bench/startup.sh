#!/usr/bin/env bash
# Cold start of the desktop app as a whole process, to an interactive main window.
# Runs the real app under xvfb-run with -Dreportdesk.startupProbe=true: the app prints the ms from
# JVM start to the first pulse after the main window is shown, the ms spent opening the database,
# the ms of the library start-up (built-in templates + search index, in the background after the
# window is shown) and the process CPU time, then exits.
# 5 runs with a fresh data folder (first start) and 5 with an existing one; median and max.
# Usage: bench/startup.sh [runs]   (after: mvn -B -q -o compile)
# Extra JVM options via JAVA_OPTS, e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
CP_FILE=target/startup-classpath.txt
if [ ! -s "$CP_FILE" ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
fi
CP="target/classes:$(cat "$CP_FILE")"
run() { # data dir
  xvfb-run -a -s "-screen 0 1280x800x24" java ${JAVA_OPTS:-} -Dreportdesk.startupProbe=true -cp "$CP" \
    org.reportdesk.app.Launcher --data-dir "$1" 2>/dev/null | grep '^STARTUP' || echo "STARTUP failed"
}
stats() { # label, file with one number per line
  sort -n "$2" | awk -v l="$1" '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "  %-34s median %5d ms  max %5d ms\n", l, m, a[NR]}'
}
field() { sed -n "s/.*$1=\([0-9-]*\).*/\1/p"; }
for mode in first existing; do
  OUT=$(mktemp)
  KEEP=$(mktemp -d)
  if [ "$mode" = existing ]; then run "$KEEP/data" >/dev/null; fi
  for i in $(seq "$RUNS"); do
    if [ "$mode" = first ]; then DIR=$(mktemp -d)/data; else DIR="$KEEP/data"; fi
    line=$(run "$DIR")
    echo "$mode run $i: $line"
    echo "$line" >> "$OUT"
  done
  echo "$mode start ($RUNS runs):"
  for f in window databaseOpen libraryStartUp libraryReadyAt cpu; do
    field "$f" < "$OUT" > "$OUT.$f"
    stats "$f" "$OUT.$f"
  done
  paste "$OUT.databaseOpen" "$OUT.libraryStartUp" | awk '{print $1 + $2}' > "$OUT.dblib"
  stats "database + library (open + startUp)" "$OUT.dblib"
done
