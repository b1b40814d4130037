package org.reportdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportdesk.app.EditScriptRunner;
import org.reportdesk.store.Database;

/**
 * Crash recovery of the real app: starts it as a separate JVM with an edit script, kills it with
 * SIGKILL at a random moment, opens the database again and counts the edits applied more than
 * 2 s before the kill that are missing. Run: {@code mvn -B -o verify -Pkill-test} (the JUnit test),
 * or {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.reportdesk.bench.KillTest -Dexec.args=50}.
 */
@Tag("kill")
public class KillTest {

    private static final Pattern APPLIED = Pattern.compile("edit (\\d+) applied at (\\d+)");
    private static final long BUDGET_MS = 2000;

    record Figures(int kills, int checked, int lost, int recentMissing) {
    }

    @Test
    void noEditOlderThanTwoSecondsIsLostAcrossFiftyKills() throws Exception {
        Figures f = run(Integer.getInteger("reportdesk.kills", 50), Files.createTempDirectory("killtest"));
        assertThat(f.kills()).isGreaterThanOrEqualTo(1);
        assertThat(f.checked()).isPositive();
        assertThat(f.lost()).isZero();
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 50, Files.createTempDirectory("killtest"));
    }

    static Figures run(int kills, Path work) throws Exception {
        Path data = work.resolve("data");
        Random random = new Random(20260705);
        int checked = 0;
        int lost = 0;
        int recentMissing = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < kills; k++) {
            Path script = work.resolve("script" + k + ".txt");
            Path log = work.resolve("edits" + k + ".log");
            List<String> markers = writeScript(script, k, 400);
            Process app = AppProcess.start(data, work.resolve("app" + k + ".out"), List.of(
                    EditScriptRunner.SCRIPT + "=" + script, EditScriptRunner.LOG + "=" + log,
                    EditScriptRunner.SEED + "=" + random.nextLong()));
            waitForFirstEdit(app, log, work.resolve("app" + k + ".out"));
            Thread.sleep(500 + random.nextInt(5500));
            long killedAt = System.currentTimeMillis();
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);

            String stored = storedContent(data);
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = APPLIED.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String marker = markers.get(Integer.parseInt(m.group(1)));
                if (marker == null) {
                    continue;
                }
                boolean present = stored.contains(marker);
                if (Long.parseLong(m.group(2)) < killedAt - BUDGET_MS) {
                    checked++;
                    if (!present) {
                        lost++;
                        System.out.println("LOST: kill " + k + " " + line + " (killed at " + killedAt + ")");
                    }
                } else if (!present) {
                    recentMissing++;
                }
            }
        }
        Figures f = new Figures(kills, checked, lost, recentMissing);
        System.out.printf("kills: %d, edits checked: %d, lost: %d (edits of the last 2 s not yet stored: %d) in %d s%n",
                f.kills(), f.checked(), f.lost(), f.recentMissing(), (System.nanoTime() - t0) / 1_000_000_000L);
        return f;
    }

    /** One new report per run; every later edit adds a unique marker that must survive. */
    private static List<String> writeScript(Path script, int run, int edits) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        lines.add("new 崩溃测试报告" + run);
        markers.add(null); // a new report is stored on its first change, not when it is created
        for (int i = 1; i < edits; i++) {
            String marker = "R" + run + "E" + i + "记号";
            markers.add(marker);
            lines.add((i % 3 == 1 ? "section 工作" : "body 完成情况：") + marker);
        }
        Files.write(script, lines, StandardCharsets.UTF_8);
        return markers;
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
            Thread.sleep(50);
        }
        app.destroyForcibly();
        throw new IllegalStateException("app did not start editing within 60 s:\n" + Files.readString(out));
    }

    /** Opens the database as the app would (it must open every time) and returns every report's content. */
    private static String storedContent(Path data) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT content FROM report")) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append('\n');
            }
        }
        return sb.toString();
    }
}
