#!/usr/bin/env bash
# Cold start to a shown window, side by side in one run: ReportDesk as installed from the .deb (its
# jlink'd runtime, launcher options and CDS archive), ReportDesk from the portable zip (system java,
# reportdesk.sh, its first-start CDS archive), and a bare JavaFX window with a menu, a tree and a text
# area (bench/Bare.java, plain `java`). Each process reports the ms from JVM start to the first pulse
# after its window is shown, and its CPU time (steadier than the wall clock on a shared machine);
# rounds alternate between the three; medians and ratios to the bare window.
# The app runs on an existing data folder (one untimed start creates it first).
# Usage: bench/startup-vs-bare.sh [rounds]   (after: mvn -B -Pinstaller -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}
DEB=$(ls target/installer/reportdesk_*.deb 2>/dev/null | head -1)
ZIP=$(ls target/installer/ReportDesk-*-portable.zip 2>/dev/null | head -1)
if [ -z "$DEB" ] || [ -z "$ZIP" ]; then
  echo "no installers: run mvn -B -Pinstaller -DskipTests package first" >&2
  exit 2
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
dpkg-deb -x "$DEB" "$W/deb"
APP="$W/deb/opt/reportdesk"
# What the package's postinst does, for this location (the archive names the jars' own paths).
"$APP/bin/reportdesk-cds-dump" >/dev/null 2>&1 || echo "(no CDS archive for the unpacked .deb)"
unzip -q "$ZIP" -d "$W/zip"
PORTABLE=$(ls -d "$W"/zip/ReportDesk-*-portable)
FXCP=$(ls "$APP"/lib/app/javafx-*.jar | tr '\n' ':')
mkdir -p "$W/bare"
javac -nowarn -d "$W/bare" -cp "$FXCP" bench/Bare.java
# Prints "WINDOW_MS CPU_MS" of one start.
X() { xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>/dev/null | grep '^STARTUP' | head -1 \
  | sed -n 's/.*window=\([0-9]*\).* cpu=\([0-9]*\).*/\1 \2/p'; }
bare() { X java -cp "$W/bare:$FXCP" Bare; }
# Untimed: creates the data folder; the portable launcher's first start writes its CDS archive on exit.
REPORTDESK_STARTUP_PROBE=true X "$APP/bin/ReportDesk" --data-dir "$W/data" >/dev/null
REPORTDESK_STARTUP_PROBE=true XDG_CACHE_HOME="$W/cache" X "$PORTABLE/reportdesk.sh" --data-dir "$W/data" >/dev/null
for i in $(seq "$ROUNDS"); do
  a=$(REPORTDESK_STARTUP_PROBE=true X "$APP/bin/ReportDesk" --data-dir "$W/data")
  p=$(REPORTDESK_STARTUP_PROBE=true XDG_CACHE_HOME="$W/cache" X "$PORTABLE/reportdesk.sh" --data-dir "$W/data")
  b=$(bare)
  echo "round $i (window ms, cpu ms): installed ${a:-?}, portable ${p:-?}, bare ${b:-?}"
  echo "${a:-0 0}" >> "$W/a"; echo "${p:-0 0}" >> "$W/p"; echo "${b:-0 0}" >> "$W/b"
done
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {print (NR%2)?a[(NR+1)/2]:int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "medians of $ROUNDS rounds ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(uname -m), java $(java -version 2>&1 | head -1 | cut -d'"' -f2)):"
printf "  %-20s %8s %8s %10s %10s\n" "" "window" "cpu" "window/bare" "cpu/bare"
BW=$(median "$W/b" 1); BC=$(median "$W/b" 2)
for row in "installed .deb:a" "portable zip:p" "bare JavaFX window:b"; do
  f="$W/${row##*:}"; w=$(median "$f" 1); c=$(median "$f" 2)
  awk -v l="${row%:*}" -v w="$w" -v c="$c" -v bw="$BW" -v bc="$BC" \
    'BEGIN {printf "  %-20s %6d ms %6d ms %10.2f %10.2f\n", l, w, c, w/bw, c/bc}'
done
