package org.reportdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.EditScriptRunner;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.model.Section;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;

/**
 * Crash recovery of the real app: starts it as a separate JVM with an edit script, kills it with
 * SIGKILL at a random moment (during start-up, early in the editing, or after more than 2 s of
 * editing), opens the database again with the app's own code and counts the edits applied more
 * than 2 s before the kill that are missing. Two lanes, each on its own data folder, run side by
 * side; in a lane every start opens the database the previous kill left behind. Runs in
 * {@code mvn -B verify} (skip with {@code -DskipKillTest}), or alone:
 * {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.reportdesk.bench.KillTest -Dexec.args=50}.
 */
@Tag("kill")
public class KillTest {

    private static final Pattern APPLIED = Pattern.compile("edit (\\d+) applied at (\\d+)");
    private static final long BUDGET_MS = 2000;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final long SEED = 20260705;

    /** startUps / startUpMs: app starts timed from process start to the first edit, and their sum. */
    record Figures(int kills, int duringStartUp, int withChecked, int checked, int lost, int recentMissing,
                   int startUps, long startUpMs) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(kills + o.kills, duringStartUp + o.duringStartUp, withChecked + o.withChecked,
                    checked + o.checked, lost + o.lost, recentMissing + o.recentMissing, startUps + o.startUps,
                    startUpMs + o.startUpMs);
        }
    }

    @TempDir
    Path work;

    @Test
    void noEditOlderThanTwoSecondsIsLostAcrossFiftyKills() throws Exception {
        int kills = Integer.getInteger("reportdesk.kills", 50);
        Figures f = run(kills, Integer.getInteger("reportdesk.killLanes", 2), work);
        assertThat(f.kills()).isEqualTo(kills);
        assertThat(f.withChecked()).as("kills after more than 2 s of editing").isGreaterThanOrEqualTo(kills / 2);
        if (kills >= 20) { // one in ten kills lands in the start-up
            assertThat(f.duringStartUp()).as("kills during start-up").isPositive();
        }
        assertThat(f.lost()).isZero();
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 50, args.length > 1 ? Integer.parseInt(args[1]) : 2,
                Files.createTempDirectory("killtest"));
    }

    static Figures run(int kills, int lanes, Path work) throws Exception {
        long t0 = System.nanoTime();
        FastAppLauncher launcher = FastAppLauncher.prepare(work);
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        Figures total = Figures.NONE;
        try {
            List<Future<Figures>> lanesDone = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                Lane l = new Lane(lane, launcher, work.resolve("lane" + lane), new Random(SEED + lane));
                int share = kills / lanes + (lane < kills % lanes ? 1 : 0);
                lanesDone.add(pool.submit(() -> l.run(share)));
            }
            for (Future<Figures> f : lanesDone) {
                total = total.plus(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("kills: %d (%d during start-up), kills with edits older than 2 s: %d, edits checked: %d, lost: %d"
                        + " (edits of the last 2 s not yet stored: %d); %d lanes, app start to first edit %d ms on average, %s;"
                + " in %d s%n",
                total.kills(), total.duringStartUp(), total.withChecked(), total.checked(), total.lost(),
                total.recentMissing(), lanes, total.startUpMs() / Math.max(1, total.startUps()), launcher.description(),
                (System.nanoTime() - t0) / 1_000_000_000L);
        return total;
    }

    /** A series of kills on one data folder. */
    private static final class Lane {
        private final int lane;
        private final FastAppLauncher launcher;
        private final Path work;
        private final Path data;
        private final Random random;
        /** Markers seen stored after earlier kills, per report title: a later crash must not take them away. */
        private final Map<String, List<String>> stored = new HashMap<>();
        private long startUpMs = 3000;

        Lane(int lane, FastAppLauncher launcher, Path work, Random random) {
            this.lane = lane;
            this.launcher = launcher;
            this.work = work;
            this.data = work.resolve("data");
            this.random = random;
        }

        Figures run(int kills) throws Exception {
            Files.createDirectories(work);
            Figures f = Figures.NONE;
            for (int k = 0; k < kills; k++) {
                f = f.plus(killOnce(k));
            }
            // The last kill's database must also let the app start.
            Process app = start("after", List.of("new 最后启动"));
            waitForFirstEdit(app, work.resolve("editsafter.log"), work.resolve("appafter.out"));
            kill(app, work.resolve("appafter.out"));
            return f;
        }

        private Figures killOnce(int k) throws Exception {
            String title = "崩溃测试报告" + lane + "-" + k;
            List<String> markers = new ArrayList<>();
            Path log = work.resolve("edits" + k + ".log");
            Path out = work.resolve("app" + k + ".out");
            long spawned = System.currentTimeMillis();
            Process app = start(String.valueOf(k), script(title, k, markers));
            // 10 %: anywhere in the start-up (JVM, database open and migration, window); 15 %: in the
            // first 2 s of editing; 75 %: after 2.5-5 s of editing, so older edits are checked.
            double moment = random.nextDouble();
            boolean duringStartUp = moment < 0.1;
            if (duringStartUp) {
                Thread.sleep(random.nextInt((int) startUpMs));
            } else {
                waitForFirstEdit(app, log, out);
                startUpMs = System.currentTimeMillis() - spawned;
                Thread.sleep(moment < 0.25 ? random.nextInt(2000) : 2500 + random.nextInt(2500));
            }
            long killedAt = kill(app, out);

            String content = storedReports(title);
            int checked = 0;
            int lost = 0;
            int recentMissing = 0;
            List<String> present = new ArrayList<>();
            for (String line : Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.<String>of()) {
                Matcher m = APPLIED.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String marker = markers.get(Integer.parseInt(m.group(1)));
                if (marker == null) {
                    continue;
                }
                boolean isStored = content.contains(marker);
                if (isStored) {
                    present.add(marker);
                }
                if (Long.parseLong(m.group(2)) < killedAt - BUDGET_MS) {
                    checked++;
                    if (!isStored) {
                        lost++;
                        System.out.println("LOST: lane " + lane + " kill " + k + " " + line + " (killed at " + killedAt + ")");
                    }
                } else if (!isStored) {
                    recentMissing++;
                }
            }
            stored.put(title, present);
            return new Figures(1, duringStartUp ? 1 : 0, checked > 0 ? 1 : 0, checked, lost, recentMissing,
                    duringStartUp ? 0 : 1, duringStartUp ? 0 : startUpMs);
        }

        private Process start(String run, List<String> script) throws IOException {
            Path scriptFile = work.resolve("script" + run + ".txt");
            Files.write(scriptFile, script, StandardCharsets.UTF_8);
            return launcher.start(data, work.resolve("app" + run + ".out"), List.of(
                    EditScriptRunner.SCRIPT + "=" + scriptFile, EditScriptRunner.LOG + "=" + work.resolve("edits" + run + ".log"),
                    EditScriptRunner.SEED + "=" + random.nextLong()));
        }

        /** SIGKILL; returns the moment of the kill. The app must have been running until then. */
        private static long kill(Process app, Path out) throws Exception {
            if (!app.isAlive()) {
                throw new IllegalStateException("app exited before the kill:\n" + Files.readString(out));
            }
            long killedAt = System.currentTimeMillis();
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("killed app gone").isTrue();
            assertThat(app.exitValue()).as("exit status of a SIGKILLed process").isEqualTo(SIGKILL_EXIT);
            return killedAt;
        }

        /**
         * Opens the database as the app does (it must open after every kill), loads every report
         * through the app's repository (each must read back) and returns the text of the report
         * titled {@code title}; the reports of earlier kills must still hold every marker they held.
         */
        private String storedReports(String title) {
            Map<String, String> text = new HashMap<>();
            try (Database db = Database.open(data)) {
                H2ReportRepository reports = new H2ReportRepository(db);
                for (ReportSummary s : reports.list()) {
                    Report r = reports.load(s.id());
                    StringBuilder sb = new StringBuilder();
                    for (Section sec : r.allSections()) {
                        sb.append(sec.heading()).append('\n').append(sec.body().plainText()).append('\n');
                    }
                    assertThat(text.put(r.title(), sb.toString())).as("one stored report titled " + r.title()).isNull();
                }
            }
            stored.forEach((t, markers) -> {
                String now = text.getOrDefault(t, "");
                for (String m : markers) {
                    assertThat(now).as("report of an earlier kill keeps " + m).contains(m);
                }
            });
            return text.getOrDefault(title, "");
        }
    }

    /** One new report per run; every later edit adds a unique marker that must survive. */
    private static List<String> script(String title, int run, List<String> markers) {
        List<String> lines = new ArrayList<>();
        lines.add("new " + title);
        markers.add(null); // a new report is stored on its first change, not when it is created
        for (int i = 1; i < 400; i++) {
            String marker = "K" + run + "E" + i + "记号";
            markers.add(marker);
            lines.add((i % 3 == 1 ? "section 工作" : "body 完成情况：") + marker);
        }
        return lines;
    }

    private static void waitForFirstEdit(Process app, Path log, Path out) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.size(log) > 0) {
                return;
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("app exited before editing:\n" + Files.readString(out));
            }
            Thread.sleep(20);
        }
        app.destroyForcibly();
        throw new IllegalStateException("app did not start editing within 60 s:\n" + Files.readString(out));
    }
}
