#!/usr/bin/env bash
# Runs every benchmark harness and prints its figures (the README's benchmark table comes from here).
# Usage: bench/run-all.sh            (from the project root; about 3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests
mvn -B -q -o test-compile
CP="target/test-classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test):target/classes"
run() {
  echo
  echo "=== $1"
  java -Xmx2g -cp "$CP" -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dtestfx.headless=true -Djava.awt.headless=true "org.reportdesk.bench.$1" "${@:2}"
}
for b in ${BENCHMARKS:-ExportBenchmark ImportBenchmark PreflightBenchmark SearchBenchmark FirstStartBenchmark OutlineMoveBenchmark}; do
  run "$b"
done
echo
echo "=== export as a whole process vs pandoc"
bench/export-vs-pandoc.sh 7
if [ -x bench/startup.sh ]; then
  echo
  echo "=== cold start to an interactive main window"
  bench/startup.sh
fi
