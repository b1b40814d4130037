#!/usr/bin/env bash
# Called by `mvn -B -Pinstaller -DskipTests package` (pom.xml, profile "installer"); see docs/installers.md.
# Usage: build-installers.sh VERSION APP_JAR WORK_DIR OUT_DIR
#   WORK_DIR/lib            the app's runtime dependencies without JavaFX (maven-dependency-plugin)
#   WORK_DIR/javafx/<plat>  javafx-base/graphics/controls/fxml for win, linux, linux-aarch64, mac, mac-aarch64
# Writes OUT_DIR/ReportDesk-VERSION-portable.zip and, on Linux with jpackage, fakeroot and dpkg-deb,
# OUT_DIR/reportdesk_<version>-1_<arch>.deb (its own jlink'd runtime; no JDK needed on the target).
set -euo pipefail
VERSION=$1 APP_JAR=$2 WORK=$3 OUT=$4
HERE=$(cd "$(dirname "$0")" && pwd)
PLATFORMS="win linux linux-aarch64 mac mac-aarch64"
mkdir -p "$OUT"

# --- Portable zip: any Java 17+, every platform's JavaFX, launchers pick theirs ---
NAME="ReportDesk-$VERSION-portable"
P="$WORK/$NAME"
rm -rf "$P" && mkdir -p "$P/lib/javafx"
cp "$APP_JAR" "$P/reportdesk.jar"
cp "$WORK"/lib/*.jar "$P/lib/"
for plat in $PLATFORMS; do
  cp -r "$WORK/javafx/$plat" "$P/lib/javafx/$plat"
done
cp "$HERE/portable/reportdesk.sh" "$P/" && chmod 755 "$P/reportdesk.sh"
sed 's/$/\r/' "$HERE/portable/ReportDesk.bat" > "$P/ReportDesk.bat"
sed "s/VERSION/$VERSION/" "$HERE/portable/README.txt" | sed 's/$/\r/' > "$P/README.txt"
rm -f "$OUT/$NAME.zip"
(cd "$WORK" && zip -q -r -X "$OUT/$NAME.zip" "$NAME")
echo "installer: $OUT/$NAME.zip"

# --- Linux .deb: jlink'd runtime + app via jpackage, a CDS archive made at install time ---
if [ "$(uname -s)" != Linux ]; then
  echo "installer: no .deb on $(uname -s); see docs/installers.md for .msi/.exe and .dmg"
  exit 0
fi
for tool in jlink jpackage fakeroot dpkg-deb; do
  if ! command -v "$tool" >/dev/null; then
    echo "installer: $tool not found, no .deb (apt-get install fakeroot dpkg-dev; a full JDK 17+)" >&2
    exit 0
  fi
done
case "$(uname -m)" in
  x86_64) FX=linux ;;
  aarch64) FX=linux-aarch64 ;;
  *) echo "installer: no JavaFX for $(uname -m), no .deb" >&2; exit 0 ;;
esac
IN="$WORK/deb-input"
rm -rf "$IN" "$WORK/runtime" "$WORK/jpackage-tmp" && mkdir -p "$IN"
cp "$APP_JAR" "$IN/reportdesk.jar"
cp "$WORK"/lib/*.jar "$WORK/javafx/$FX"/*.jar "$IN/"

# The class list for the CDS archive: one real start of the app to its window (needs xvfb-run here).
CP="$IN/reportdesk.jar"
for f in "$IN"/*.jar; do [ "$f" = "$IN/reportdesk.jar" ] || CP="$CP:$f"; done
if command -v xvfb-run >/dev/null; then
  rm -rf "$WORK/classlist-data"
  timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:DumpLoadedClassList="$IN/reportdesk.classlist" -Dreportdesk.startupProbe=true -cp "$CP" \
    org.reportdesk.app.Launcher --data-dir "$WORK/classlist-data" >/dev/null 2>&1 || true
fi
# cli-speed: the same archive serves the command line, so a CLI export of a small report adds the
# classes the window does not load (POI, XMLBeans, the exporter): one list, duplicates dropped.
mkdir -p "$WORK/classlist-cli"
printf '%s\n' "云溪县教育局工作总结" "一、主要工作" "全年完成各项任务。" "（一）教育教学" "教学质量稳步提高。" \
  > "$WORK/classlist-cli/sample.txt"
timeout 180 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:DumpLoadedClassList="$WORK/classlist-cli/cli.classlist" \
  -cp "$CP" org.reportdesk.app.Launcher --data-dir "$WORK/classlist-cli/data" \
  export "$WORK/classlist-cli/sample.txt" -o "$WORK/classlist-cli/sample.docx" >/dev/null 2>&1 || true
if [ -s "$IN/reportdesk.classlist" ] && [ -s "$WORK/classlist-cli/cli.classlist" ]; then
  cat "$IN/reportdesk.classlist" "$WORK/classlist-cli/cli.classlist" | awk '!seen[$0]++' > "$WORK/classlist-cli/merged"
  mv "$WORK/classlist-cli/merged" "$IN/reportdesk.classlist"
fi
if [ ! -s "$IN/reportdesk.classlist" ]; then
  echo "installer: no class list (xvfb-run missing or the app did not start): the .deb starts without CDS" >&2
  : > "$IN/reportdesk.classlist"
fi
echo "installer: class list of $(grep -vc '^#' "$IN/reportdesk.classlist") classes"

# Modules: jdeps --print-module-deps over the app and its libraries, plus the charsets (GBK/GB18030
# imports), Chinese locale data, zip file system and EC crypto the code reaches only by name.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.naming,java.scripting,java.security.jgss,java.sql
MODULES=$MODULES,java.xml.crypto,jdk.jfr,jdk.management,jdk.net,jdk.unsupported,java.logging
MODULES=$MODULES,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec
jlink --add-modules "$MODULES" --include-locales=zh,en --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$WORK/runtime"

JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:SharedArchiveFile=\$APPDIR/reportdesk.jsa -Dfile.encoding=UTF-8"
DEB_VERSION=${VERSION%%-*}
rm -f "$OUT"/reportdesk_*.deb
jpackage --type deb --dest "$OUT" --temp "$WORK/jpackage-tmp" \
  --name ReportDesk --app-version "$DEB_VERSION" --vendor "ReportDesk" \
  --description "ReportDesk 公文写作台: work reports exported as GB/T 9704 .docx" \
  --copyright "MIT licence" --license-file "$HERE/../../LICENSE" \
  --input "$IN" --main-jar reportdesk.jar --main-class org.reportdesk.app.Launcher \
  --runtime-image "$WORK/runtime" --java-options "$JAVA_OPTIONS" \
  --add-launcher "reportdesk-cds-dump=$HERE/linux/cds-dump.properties" \
  --icon "$HERE/reportdesk.png" --resource-dir "$HERE/linux" \
  --file-associations "$HERE/linux/report-json.properties" \
  --linux-package-name reportdesk --linux-shortcut --linux-menu-group Office --linux-app-category office \
  --linux-deb-maintainer "reportdesk@localhost"
echo "installer: $(ls "$OUT"/reportdesk_*.deb)"
