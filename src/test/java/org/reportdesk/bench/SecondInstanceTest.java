package org.reportdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.EditScriptRunner;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;

/**
 * Two real app processes on one data folder: the second says so and stops; the database stays
 * sound. And when the folder is deleted under a running app and a second start makes it anew, the
 * running app notices, says so and keeps its edits, and never writes into the new database. Runs in
 * the kill-test execution of mvn verify.
 */
@Tag("kill")
class SecondInstanceTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondStartOnTheSameFolderStopsWithASentenceAndTheFirstComesForward() throws Exception {
        Path data = tmp.resolve("data");
        Process first = AppProcess.start(data, tmp.resolve("first.out"), List.of());
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(data.resolve("instance.port")) || !Files.exists(data.resolve("reportdesk.mv.db"))) {
                assertThat(System.currentTimeMillis()).as("first app started").isLessThan(deadline);
                Thread.sleep(100);
            }
            Thread.sleep(3000);
            Process second = AppProcess.start(data, tmp.resolve("second.out"), List.of());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("second.out"))).contains("已经打开了这个数据文件夹");
            Thread.sleep(500);
            assertThat(first.isAlive()).isTrue();
            // Log lines go to the data folder's log file, never to the terminal (issue 12).
            assertThat(Files.readString(data.resolve("logs").resolve("reportdesk0.log"))).contains("bringing the window forward");
            assertThat(Files.readString(tmp.resolve("first.out"))).doesNotContain("bringing the window forward");
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        Database.open(data).close();
    }

    @Test
    void aFolderDeletedAndMadeAnewByASecondStartIsNoticedAndTheNewDatabaseGetsNothingOfTheFirst() throws Exception {
        Path data = tmp.resolve("data");
        Path script = tmp.resolve("script.txt");
        Path log = tmp.resolve("edits.log");
        List<String> lines = new java.util.ArrayList<>(List.of("new 第一个窗口的报告", "section 主要工作"));
        for (int i = 1; i < 400; i++) {
            lines.add("body 第一个窗口第" + i + "句");
        }
        Files.write(script, lines, StandardCharsets.UTF_8);
        Process first = AppProcess.start(data, tmp.resolve("first.out"), List.of(EditScriptRunner.SCRIPT + "=" + script,
                EditScriptRunner.LOG + "=" + log, EditScriptRunner.SEED + "=" + System.nanoTime()));
        Process second = null;
        try {
            long deadline = System.currentTimeMillis() + 90_000;
            while (!Files.exists(log) || !Files.readString(log, StandardCharsets.UTF_8).contains("stored ")) {
                assertThat(first.isAlive()).as("first app running").isTrue();
                assertThat(System.currentTimeMillis()).as("first app stored its report").isLessThan(deadline);
                Thread.sleep(100);
            }
            // Hold the first app still, so that its next write comes only after the folder is there again.
            signal("STOP", first);
            deleteTree(data);
            second = AppProcess.start(data, tmp.resolve("second.out"), List.of());
            while (!Files.exists(data.resolve("instance.port")) || !Files.exists(data.resolve("reportdesk.mv.db"))) {
                assertThat(second.isAlive()).as("second app running:\n" + Files.readString(tmp.resolve("second.out"))).isTrue();
                assertThat(System.currentTimeMillis()).as("second app started").isLessThan(deadline + 60_000);
                Thread.sleep(100);
            }
            signal("CONT", first);
            int editsAtResume = editsApplied(log);
            long told = System.currentTimeMillis() + 30_000;
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("trouble FOLDER_GONE")) {
                assertThat(System.currentTimeMillis()).as("the first app noticed").isLessThan(told);
                Thread.sleep(100);
            }
            String trouble = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("trouble FOLDER_GONE")).findFirst().orElseThrow();
            assertThat(trouble).contains("已被删除或移走", "修改仍在本窗口中");
            Thread.sleep(1500);
            assertThat(first.isAlive()).isTrue();
            assertThat(editsApplied(log)).as("editing goes on in the first window").isGreaterThan(editsAtResume);
            assertThat(second.isAlive()).isTrue();
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            first.destroy(); // SIGTERM: its shutdown flush must not land in the second app's database either
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
            if (second != null) {
                second.destroyForcibly();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (Database db = Database.open(data)) {
            assertThat(new H2ReportRepository(db).list()).as("the new database holds nothing of the first app")
                    .noneMatch(s -> s.title().contains("第一个窗口"));
        }
    }

    private static int editsApplied(Path log) throws Exception {
        return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("edit ")).count();
    }

    private static void signal(String name, Process p) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(p.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + name).isTrue();
    }

    private static void deleteTree(Path dir) throws Exception {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
