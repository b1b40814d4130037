#!/bin/sh
# ReportDesk 公文写作台 — portable launcher for Linux (x86-64, ARM64) and macOS.
# Needs a Java 17+ runtime: JAVA_HOME, or java on the PATH. Arguments go to the app
# (e.g. --data-dir DIR, or a CLI command: ./reportdesk.sh --help).
HERE=$(cd "$(dirname "$0")" && pwd)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64|Linux-amd64) FX=linux ;;
  Linux-aarch64|Linux-arm64) FX=linux-aarch64 ;;
  Darwin-arm64) FX=mac-aarch64 ;;
  Darwin-*) FX=mac ;;
  *) echo "ReportDesk: 不支持此系统 / unsupported system: $(uname -sm)" >&2; exit 1 ;;
esac
if [ -n "$JAVA_HOME" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=$(command -v java); fi
if [ -z "$JAVA" ] || [ ! -x "$JAVA" ]; then
  echo "ReportDesk: 未找到 Java 17 或更高版本，请安装后重试。/ No Java 17+ found: install one, or set JAVA_HOME." >&2
  exit 1
fi
CP="$HERE/reportdesk.jar"
for f in "$HERE"/lib/*.jar "$HERE"/lib/javafx/$FX/*.jar; do CP="$CP:$f"; done
# Class-data sharing: the first start records the classes it loads into an archive in the cache
# folder (written when the app closes); later starts map it and come up faster. One archive per
# Java runtime and app folder; a stale or unusable archive is ignored by the JVM (-Xshare:auto).
if [ "$(uname -s)" = Darwin ]; then CACHE="$HOME/Library/Caches/ReportDesk"; else CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/reportdesk"; fi
KEY=$(printf '%s|%s' "$(readlink -f "$JAVA" 2>/dev/null || echo "$JAVA")" "$HERE" | cksum | cut -d' ' -f1)
# cli-speed: a command (export, check, ...) loads other classes than the window (POI, XMLBeans
# instead of JavaFX), so each command has an archive of its own, made by its first successful run.
# Anything else on the command line (--help, --version, a mistyped command) runs without an
# archive and makes none: the window's archive is made only by a start of the window.
CMD=app
SKIP=
for a in "$@"; do
  if [ -n "$SKIP" ]; then SKIP=; continue; fi
  case "$a" in
    --data-dir) SKIP=1 ;;
    --data-dir=*|*.report.json) ;;
    export|check|import|outline|templates|backup|restore) CMD=$a; break ;;
    *) CMD=other; break ;;
  esac
done
if [ "$CMD" = other ]; then
  exec "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "$CP" org.reportdesk.app.Launcher "$@"
fi
if [ "$CMD" != app ]; then
  # The archive's name carries a fingerprint of the jars and the Java runtime (names, sizes, times),
  # so an update of either (even one that leaves older file times) makes a new archive instead of
  # a rejected one; the JVM's own notes about archives stay off the terminal.
  REAL=$(readlink -f "$JAVA" 2>/dev/null || echo "$JAVA")
  FP=$(ls -lnL "$HERE"/reportdesk.jar "$HERE"/lib/*.jar "$HERE"/lib/javafx/$FX/*.jar "$REAL" \
    "$(dirname "$REAL")"/../lib/server/libjvm.* 2>/dev/null | cksum | cut -d' ' -f1)
  JSA="$CACHE/reportdesk-$KEY-$CMD-$FP.jsa"
  OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8"
  if [ -s "$JSA" ]; then
    exec "$JAVA" $OPTS -XX:SharedArchiveFile="$JSA" -cp "$CP" org.reportdesk.app.Launcher "$@"
  fi
  if ! mkdir -p "$CACHE" 2>/dev/null; then
    exec "$JAVA" $OPTS -cp "$CP" org.reportdesk.app.Launcher "$@"
  fi
  # written under a name of its own and moved into place only after a run that succeeded, so a
  # failed first run (a typo in a file name) or two first runs at once leave no partial archive
  TMP="$JSA.$$.tmp"
  "$JAVA" $OPTS -XX:ArchiveClassesAtExit="$TMP" -cp "$CP" org.reportdesk.app.Launcher "$@"
  RC=$?
  if [ "$RC" -eq 0 ] && [ -s "$TMP" ]; then
    rm -f "$CACHE/reportdesk-$KEY-$CMD-"*.jsa
    mv -f "$TMP" "$JSA"
  else
    rm -f "$TMP"
  fi
  exit "$RC"
fi
JSA="$CACHE/reportdesk-$KEY.jsa"
CDS="-XX:SharedArchiveFile=$JSA"
if [ ! -s "$JSA" ] || [ "$JSA" -ot "$HERE/reportdesk.jar" ]; then
  mkdir -p "$CACHE" 2>/dev/null && rm -f "$JSA" && CDS="-XX:ArchiveClassesAtExit=$JSA" || CDS=""
fi
exec "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $CDS -Dfile.encoding=UTF-8 \
  -cp "$CP" org.reportdesk.app.Launcher "$@"
