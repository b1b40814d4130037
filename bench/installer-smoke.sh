#!/usr/bin/env bash
# Smoke test of the .deb on a machine without Java: unpacks target/installer/reportdesk_*.deb
# (dpkg-deb -x), makes its CDS archive as the package's postinst does, and starts the installed
# launcher under Xvfb with an environment that has no JDK, no JAVA_HOME and no Maven (PATH holds
# nothing but an empty folder). Passes when the app reports its main window shown (the start-up
# probe) and a screenshot of it is taken. Usage: bench/installer-smoke.sh [screenshot.png]
# Needs: dpkg-deb, xvfb-run, imagemagick (import). After: mvn -B -Pinstaller -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls target/installer/reportdesk_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || { echo "FAIL: no .deb, run mvn -B -Pinstaller -DskipTests package" >&2; exit 2; }
SHOT=$(realpath -m "${1:-target/installer/smoke-main-window.png}")
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
dpkg-deb -x "$DEB" "$W/root"
APP="$W/root/opt/reportdesk"
"$APP/bin/reportdesk-cds-dump" >/dev/null 2>&1 && echo "CDS archive: $(du -h "$APP/lib/app/reportdesk.jsa" | cut -f1)" \
  || echo "CDS archive not made (the app starts without it)"
mkdir -p "$W/empty-path" "$W/home"
cat > "$W/session.sh" <<SESSION
set -u
# The app's environment: no PATH entries with a java or mvn, no JAVA_HOME.
run() { env -i PATH="$W/empty-path" HOME="$W/home" DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" "\$@"; }
# The same, in the background: exec, so that \$! is the app's own pid (kill, xdotool --pid).
spawn() { exec env -i PATH="$W/empty-path" HOME="$W/home" DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" "\$@"; }
run /bin/sh -c 'command -v java || command -v mvn' && { echo "FAIL: java or mvn on the PATH"; exit 1; }
run REPORTDESK_STARTUP_PROBE=true "$APP/bin/ReportDesk" --data-dir "$W/data" > "$W/probe.out" 2>&1
spawn "$APP/bin/ReportDesk" --data-dir "$W/data" > "$W/app.out" 2>&1 &
pid=\$!
# Until the main window is mapped (xdotool, if installed), or a fixed wait; then time to paint.
if command -v xdotool >/dev/null; then
  timeout \${SMOKE_WAIT:-180} xdotool search --sync --onlyvisible --pid \$pid >/dev/null
  sleep 5
else
  sleep \${SMOKE_WAIT:-40}
fi
import -window root "$SHOT"
kill \$pid
wait \$pid 2>/dev/null
exit 0
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$W/session.sh"
if grep -q '^STARTUP window=' "$W/probe.out"; then
  echo "PASS: installed launcher, no JDK on the PATH: $(grep '^STARTUP' "$W/probe.out" | cut -d' ' -f1-2) ms; screenshot $SHOT"
else
  echo "FAIL: no main window; launcher output:"; cat "$W/probe.out"; exit 1
fi
