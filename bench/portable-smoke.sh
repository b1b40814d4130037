#!/usr/bin/env bash
# Smoke test of the portable zip: lists the JavaFX natives it carries for each platform (by the
# file type of the glass library in each javafx-graphics jar), unzips it into a temporary folder,
# and starts its reportdesk.sh under Xvfb with the system's java (JAVA_HOME unset), until the app
# reports its main window shown (the start-up probe); then once more to take a screenshot.
# Usage: bench/portable-smoke.sh [screenshot.png]   (after: mvn -B -Pinstaller -DskipTests package)
# Needs: unzip, file, xvfb-run, imagemagick (import); java 17+ on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
ZIP=$(ls target/installer/ReportDesk-*-portable.zip 2>/dev/null | head -1)
[ -n "$ZIP" ] || { echo "FAIL: no portable zip, run mvn -B -Pinstaller -DskipTests package" >&2; exit 2; }
SHOT=$(realpath -m "${1:-target/installer/smoke-portable-window.png}")
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
unzip -q "$ZIP" -d "$W"
DIR=$(ls -d "$W"/ReportDesk-*-portable)
echo "zip: $ZIP ($(du -h "$ZIP" | cut -f1))"
status=0
for p in win linux linux-aarch64 mac mac-aarch64; do
  jar=$(ls "$DIR"/lib/javafx/$p/javafx-graphics-*.jar 2>/dev/null | head -1)
  if [ -z "$jar" ]; then echo "FAIL: no javafx-graphics for $p"; status=1; continue; fi
  natives=$(unzip -Z1 "$jar" | grep -cE '\.(so|dll|dylib)$' || true)
  glass=$(unzip -Z1 "$jar" | grep -E '(^|/)(lib)?glass\.(so|dll|dylib)$' | head -1)
  unzip -p "$jar" "$glass" > "$W/glass.bin"
  echo "natives $p: $natives files, $glass: $(file -b "$W/glass.bin" | cut -d, -f1-2)"
done
for f in reportdesk.jar reportdesk.sh ReportDesk.bat README.txt; do
  [ -e "$DIR/$f" ] || { echo "FAIL: $f missing"; status=1; }
done
[ -x "$DIR/reportdesk.sh" ] || { echo "FAIL: reportdesk.sh not executable after unzip"; status=1; }
echo "java: $(command -v java) ($(java -version 2>&1 | head -1))"
cat > "$W/session.sh" <<SESSION
set -u
cd "$W"
env -u JAVA_HOME HOME="$W/home" REPORTDESK_STARTUP_PROBE=true "$DIR/reportdesk.sh" --data-dir "$W/data" > "$W/probe.out" 2>&1
env -u JAVA_HOME HOME="$W/home" "$DIR/reportdesk.sh" --data-dir "$W/data" > "$W/app.out" 2>&1 &
pid=\$!
timeout \${SMOKE_WAIT:-180} xdotool search --sync --onlyvisible --pid \$pid >/dev/null
sleep 5
import -window root "$SHOT"
kill \$pid
wait \$pid 2>/dev/null
exit 0
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$W/session.sh"
if grep -q '^STARTUP window=' "$W/probe.out"; then
  echo "PASS: portable reportdesk.sh with the system java: $(grep '^STARTUP' "$W/probe.out" | cut -d' ' -f1-2) ms; screenshot $SHOT"
else
  echo "FAIL: no main window; launcher output:"; cat "$W/probe.out"; exit 1
fi
exit $status
