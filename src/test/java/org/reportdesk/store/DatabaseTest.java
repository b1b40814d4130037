package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesTheDatabaseAndReportsSurviveARestart() {
        Path data = dir.resolve("new-folder");
        long id;
        try (Database db = Database.open(data)) {
            Report r = new Report();
            r.setTitle("年度工作总结");
            r.root().add(new Section("主要工作"));
            id = new H2ReportRepository(db).save(r).id();
        }
        assertThat(data.resolve("reportdesk.mv.db")).exists();
        try (Database db = Database.open(data)) {
            Report back = new H2ReportRepository(db).load(id);
            assertThat(back.title()).isEqualTo("年度工作总结");
            assertThat(back.sections().get(0).numberedHeading()).isEqualTo("一、主要工作");
        }
    }

    @Test
    void severalImportedReportsAreStoredAllOrNone() {
        try (Database db = Database.open(dir.resolve("all-or-none"))) {
            H2ReportRepository repo = new H2ReportRepository(db);
            Report first = new Report();
            first.setTitle("篇一：上半年工作总结");
            Report gone = new Report();
            gone.setTitle("已被删除的报告");
            gone.setId(987_654L); // an update of a report that is not there fails after the first insert
            assertThatThrownBy(() -> repo.saveAll(java.util.List.of(first, gone))).isInstanceOf(StoreException.class);
            assertThat(repo.list()).as("the first insert was rolled back").isEmpty();
            assertThat(first.id()).isNull();

            Report second = new Report();
            second.setTitle("篇二：下半年工作计划");
            repo.saveAll(java.util.List.of(first, second));
            assertThat(repo.list()).extracting(org.reportdesk.model.ReportSummary::title)
                    .containsExactlyInAnyOrder("篇一：上半年工作总结", "篇二：下半年工作计划");
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderGetsAClearMessage() throws Exception {
        Path data = dir.resolve("shared");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("open"));
            assertThat(line).as("the holder process opened the database").isEqualTo("open");
            assertThatThrownBy(() -> Database.open(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("已在运行");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDamagedFileIsReportedNotOverwritten() throws Exception {
        Path data = dir.resolve("damaged");
        Files.createDirectories(data);
        Path file = data.resolve("reportdesk.mv.db");
        byte[] garbage = "this is not an H2 database file at all, just words".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("损坏");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    /** Holds a database open in a separate process, like a running ReportDesk. */
    public static final class DatabaseHolder {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            try {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
            } finally {
                db.close();
            }
        }
    }
}
