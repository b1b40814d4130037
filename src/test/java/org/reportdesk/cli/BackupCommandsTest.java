package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;
import picocli.CommandLine;

class BackupCommandsTest {

    @TempDir
    Path tmp;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(dataDir -> { throw new AssertionError("the app must not open"); });
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void backupThenRestoreOnAnotherMachineRoundTripsAndAFullFolderNeedsReplace() {
        Path home = tmp.resolve("home");
        long id;
        try (Database db = Database.open(home)) {
            Report r = new Report();
            r.setTitle("2026年工作计划");
            r.root().add(new Section("重点任务", RichText.ofPlain("推进集团化办学。")));
            id = new H2ReportRepository(db).save(r).id();
        }
        Path file = tmp.resolve("all.backup.zip");
        assertThat(run("--data-dir", home.toString(), "backup", file.toString())).isEqualTo(Cli.EXIT_OK);

        Path other = tmp.resolve("other machine");
        assertThat(run("--data-dir", other.toString(), "restore", file.toString())).isEqualTo(Cli.EXIT_OK);
        try (Database db = Database.open(other)) {
            assertThat(new H2ReportRepository(db).load(id).sections().get(0).body().plainText()).isEqualTo("推进集团化办学。");
        }
        assertThat(run("--data-dir", other.toString(), "restore", file.toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--replace");
        assertThat(run("--data-dir", other.toString(), "restore", file.toString(), "--replace")).isEqualTo(Cli.EXIT_OK);
    }
}
