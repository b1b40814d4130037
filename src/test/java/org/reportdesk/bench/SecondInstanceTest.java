package org.reportdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.store.Database;

/** Two real app processes on one data folder: the second says so and stops; the database stays sound. Runs in the kill-test execution of mvn verify. */
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
}
