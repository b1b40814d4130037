#!/usr/bin/env bash
# Screenshots of every dialog of the INSTALLED app: unpacks target/installer/reportdesk_*.deb, starts
# its launcher under Xvfb with no JDK on the PATH and opens each dialog with the keyboard (xdotool),
# as a user would: shortcuts, or a click on the menu item (nothing is typed in Chinese).
# A report is open from the start because the launcher is given a .report.json, as a double-click on
# one does (the .deb's file association). Four starts: the dialogs of an open report; the data folder
# moved away while the app runs (the store-trouble dialog and the close question); an uncaught
# exception (the crash dialog, provoked by the kill test's edit-script hook); a damaged database (the
# start-up error). Each picture is the whole screen once a new window of the app is mapped.
# Usage: bench/dialog-screenshots.sh [out-dir]   (default assets/dialogs; after
# mvn -B -Pinstaller -DskipTests package). Needs: dpkg-deb, xvfb-run, xdotool, imagemagick (import).
# Look at every picture afterwards: the script can tell that a window appeared, not what it shows.
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
mkdir -p "$W/empty" "$W/home" "$W/bad" "$W/out"
cat > "$W/sample.report.json" <<'JSON'
{"format": "reportdesk.report", "version": 1, "title": "某县教育局2025年上半年工作总结", "unit": "某县教育局",
 "year": 2025, "period": "上半年", "opening": ["2025年上半年，我局扎实推进各项重点工作。现将有关情况报告如下："],
 "sections": [{"heading": "上半年主要工作", "body": [], "children": [
   {"heading": "强化党建引领", "runIn": true, "body": ["全年开展专题培训xx次。"]},
   {"heading": "推进课后服务", "body": ["全县中小学课后服务实现全覆盖。"]}]},
  {"heading": "下半年工作计划", "body": ["抓好秋季招生入学工作。"]}],
 "signature": "某县教育局", "date": "2025年7月5日"}
JSON
# A text to import, as pasted from a web page (site furniture, a mask, a half-width comma).
cat > "$W/home/last-year.txt" <<'TXT'
首页 > 工作总结 > 正文
某县教育局2024年工作总结
2024年，我局围绕办好人民满意的教育，各项工作取得新进展。现将有关情况报告如下：
一、主要工作
（一）学前教育普惠发展。新建公办幼儿园**所,普惠率达到90%。
（二）义务教育均衡发展。全面落实“双减”政策。
二、存在的问题
城乡教育资源配置仍不均衡。
三、2025年工作打算
继续推进教育强县建设。
上一篇：某县教育局2023年工作总结
TXT
printf 'new 崩溃对话框示例\nnot-an-edit\n' > "$W/crash.script"
echo "not a database" > "$W/bad/reportdesk.mv.db"
cat > "$W/session.sh" <<SESSION
set -u
# exec: the app replaces the background subshell, so \$! is its own pid (xdotool --pid, kill).
# LANG as a desktop session sets it: with no locale at all the JVM cannot name files in Chinese.
run() { exec env -i PATH="$W/empty" HOME="$W/home" LANG=C.UTF-8 DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" "\$@"; }
wins() { xdotool search --onlyvisible --pid "\$1" 2>/dev/null | wc -l; }
# Waits (at most 90 s) until the app shows more windows than before, then lets it paint.
more() { local pid=\$1 before=\$2 i; for i in \$(seq 1 \${4:-180}); do [ "\$(wins \$pid)" -gt "\$before" ] && { sleep 4; return 0; }; sleep 0.5; done; echo "no new window for \$3"; return 1; }
fewer() { local pid=\$1 n=\$2 i; for i in \$(seq 1 \${3:-60}); do [ "\$(wins \$pid)" -le "\$n" ] && { sleep 1; return 0; }; sleep 0.5; done; return 1; }
# A screen the same as the last one means the app has not painted yet (the loaded machine): wait, retake.
last=""
shot() { local i sum; for i in 1 2 3 4 5; do import -window root "$OUT/\$1.png"; sum=\$(md5sum < "$OUT/\$1.png");
  [ "\$sum" != "\$last" ] && break; sleep 3; done; last=\$sum; echo "shot \$1 (\$i)"; }
# Gives the input focus to the app's topmost window (there is no window manager to hand it back to
# the main window when a dialog closes; a lost F10 would let Enter press the focused toolbar button).
keyto() { local w=\$(xdotool search --onlyvisible --pid \$pid 2>/dev/null | tail -1); [ -n "\$w" ] && xdotool windowfocus "\$w" 2>/dev/null; sleep 0.3; xdotool key --delay 150 "\$@"; }
# dialog NAME KEYS... : sends the keys, waits for the dialog, takes it, closes it with Escape (or
# \$CLOSE: an alert with 确定 alone ignores Escape).
dialog() { local name=\$1; shift; local n=\$(wins \$pid); keyto "\$@"; if more \$pid \$n \$name; then shot \$name; close \$n; fi; }
# Closes the newest window with \$CLOSE (default Escape), again if a key came before it listened.
close() { local i; for i in 1 2 3; do keyto \${CLOSE:-Escape}; fewer \$pid \$1 20 && return 0; done; echo "still open after \${CLOSE:-Escape}"; }
# Menu items are clicked with the mouse: F10 and the arrow keys were lost now and then on the loaded
# machine, and Enter then pressed the focused toolbar button (新建…). The main window opens at (40,7),
# 1200x780 (the default size); menu titles at y=20, items 28 px apart from y=53, 3 px more per separator.
click() { xdotool mousemove "\$1" "\$2" click 1; }
# The main window is given the focus first: after a GTK file chooser closes nothing has it, and the
# click on the menu title is then lost.
menu() { local w=\$(xdotool search --onlyvisible --pid \$pid 2>/dev/null | tail -1); [ -n "\$w" ] && xdotool windowfocus "\$w" 2>/dev/null; sleep 0.5
  click "\$1" 20; sleep 2; xdotool mousemove "\$2" "\$3"; sleep 1; click "\$2" "\$3"; }
# Opens a menu item and waits for its window; clicks again when the first click only took the focus.
menuopen() { local name=\$1 n=\$(wins \$pid); shift; menu "\$@"; more \$pid \$n \$name 40 >/dev/null && return 0; menu "\$@"; more \$pid \$n \$name; }
# dialogm NAME MENU_X ITEM_X ITEM_Y : as dialog, with a menu item clicked.
dialogm() { local name=\$1 n=\$(wins \$pid); if menuopen "\$@"; then shot \$name; close \$n; fi; }

# 1. The dialogs of an open report. user.home is the test's home, where the file choosers open.
run JAVA_TOOL_OPTIONS="-Duser.home=$W/home" "$APP/bin/ReportDesk" --data-dir "$W/data" "$W/sample.report.json" > "$W/app.out" 2>&1 &
pid=\$!
timeout 300 xdotool search --sync --onlyvisible --pid \$pid >/dev/null
sleep \${SHOT_WAIT:-10}
shot main
dialog new-report ctrl+n
dialog open-report ctrl+o
dialog find-replace ctrl+h
n=\$(wins \$pid); click 847 515  # the 目标字数 button of the 检查 pane
if more \$pid \$n target-length; then shot target-length; close \$n; fi
dialogm save-as-template 163 220 137    # 大纲 → 存为模板…
dialogm export-profiles 71 120 255      # 文件 → 导出方案…
dialogm history 71 120 342              # 文件 → 历史版本…
CLOSE=Return dialogm shortcuts 209 210 53  # 帮助 → 快捷键
CLOSE=Return dialogm about 209 210 81      # 帮助 → 关于
# 导出: the preflight question (返回修改 is the default), then 仍然导出 leads to 导出 Word.
n=\$(wins \$pid); keyto ctrl+e
if more \$pid \$n preflight-warning; then
  shot preflight-warning
  keyto Tab space; sleep 3; shot export-word; keyto Escape; fewer \$pid \$n
fi
# 导入: the file chooser, then the import preview of the chosen file (cancelled).
n=\$(wins \$pid); keyto ctrl+shift+i
if more \$pid \$n import-chooser; then
  shot import-chooser
  keyto Return  # last-year.txt, the only file in the folder, is selected
  sleep 4; more \$pid \$n import-preview; shot import-preview; keyto Escape; fewer \$pid \$n
fi
# 备份…: the save chooser and the file written; 从备份恢复…: the chooser and the confirmation (cancelled).
n=\$(wins \$pid)
if menuopen backup-chooser 71 120 370; then  # 文件 → 备份…
  shot backup-chooser
  keyto ctrl+a; xdotool type --delay 100 "backup.zip"; sleep 1; xdotool key Return
  fewer \$pid \$n; sleep 4; shot backup-done  # a note in the status bar
fi
n=\$(wins \$pid)
if menuopen restore-chooser 71 120 398; then  # 文件 → 从备份恢复…
  shot restore-chooser
  keyto Return  # backup.zip, the only .zip in the folder, is selected
  sleep 6; shot restore-confirm; keyto Escape; fewer \$pid \$n
fi
# 2. The data folder moved away while the app runs: the next write is refused, then closing asks.
mv "$W/data" "$W/data-moved"
xdotool mousemove 650 300 click 1; sleep 1; xdotool type --delay 100 "abc"
n=\$(wins \$pid)
if more \$pid \$n folder-gone; then shot folder-gone; keyto Escape; fewer \$pid \$n; fi
dialogm close-question 71 120 429  # 文件 → 退出
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null

# 3. An uncaught exception: the edit-script hook of the kill test meets a line it does not know.
run JAVA_TOOL_OPTIONS="-Dreportdesk.editScript=$W/crash.script -Dreportdesk.editLog=$W/crash.log" \
  "$APP/bin/ReportDesk" --data-dir "$W/crash" > "$W/crash.out" 2>&1 &
pid=\$!
timeout 300 xdotool search --sync --onlyvisible --pid \$pid >/dev/null
more \$pid 1 crash && shot crash
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null

# 4. A damaged database: the start-up error window.
run "$APP/bin/ReportDesk" --data-dir "$W/bad" > "$W/bad.out" 2>&1 &
pid=\$!
timeout 300 xdotool search --sync --onlyvisible --pid \$pid >/dev/null
sleep 5; shot startup-error
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
exit 0
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$W/session.sh" || echo "session ended with $?"
ls -la "$OUT"
