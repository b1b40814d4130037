#!/usr/bin/env bash
# Screenshots of the dialogs of the INSTALLED app: unpacks target/installer/reportdesk_*.deb, starts
# its launcher under Xvfb (no JDK on the PATH) on a report with a leftover "xx", opens each dialog
# with the keyboard (xdotool) and takes a screenshot of the screen; then the start-up error window
# (a damaged database). Usage: bench/dialog-screenshots.sh [out-dir]   (default assets/dialogs)
# Needs: dpkg-deb, xvfb-run, xdotool, imagemagick (import). Look at every picture afterwards: keys
# sent before a dialog is up are lost, and the script cannot tell.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls target/installer/reportdesk_*.deb | head -1)
OUT=$(realpath -m "${1:-assets/dialogs}")
mkdir -p "$OUT"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
dpkg-deb -x "$DEB" "$W/root"
APP="$W/root/opt/reportdesk"
# No CDS archive here: the pictures do not need it, and making it takes a minute.
mkdir -p "$W/empty" "$W/home" "$W/bad"
cat > "$W/sample.report.json" <<'JSON'
{"format": "reportdesk.report", "version": 1, "title": "某县教育局2025年上半年工作总结", "unit": "某县教育局",
 "year": 2025, "period": "上半年", "opening": ["2025年上半年，我局扎实推进各项重点工作。现将有关情况报告如下："],
 "sections": [{"heading": "上半年主要工作", "body": [], "children": [
   {"heading": "强化党建引领", "runIn": true, "body": ["全年开展专题培训xx次。"]},
   {"heading": "推进课后服务", "body": ["全县中小学课后服务实现全覆盖。"]}]},
  {"heading": "下半年工作计划", "body": ["抓好秋季招生入学工作。"]}],
 "signature": "某县教育局", "date": "2025年7月5日"}
JSON
echo "not a database" > "$W/bad/reportdesk.mv.db"
cat > "$W/session.sh" <<SESSION
set -u
run() { env -i PATH="$W/empty" HOME="$W/home" DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" "\$@"; }
shot() { sleep \${2:-3}; import -window root "$OUT/\$1.png"; }
key() { xdotool mousemove 640 400; xdotool key --delay 120 "\$@"; }
run "$APP/bin/ReportDesk" --data-dir "$W/data" > "$W/app.out" 2>&1 &
pid=\$!
timeout 300 xdotool search --sync --name "ReportDesk" >/dev/null
sleep \${SHOT_WAIT:-10}
shot main 1
key ctrl+n; shot new-report; xdotool type --delay 150 "某县教育局"; key Return; sleep 5
key ctrl+o; shot open-report; key Escape
key ctrl+h; shot find-replace; key Escape
key ctrl+e; shot preflight-warning; key Tab space; shot export-word; key Escape
sleep 1
run "$APP/bin/ReportDesk" --data-dir "$W/bad" > "$W/bad.out" 2>&1 &
bad=\$!
timeout 300 xdotool search --sync --pid \$bad >/dev/null
shot startup-error 5
kill \$bad \$pid 2>/dev/null
wait 2>/dev/null
exit 0
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$W/session.sh"
ls -la "$OUT"
