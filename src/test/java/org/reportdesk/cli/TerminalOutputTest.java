package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.AppLogging;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.slf4j.LoggerFactory;

/** What the terminal gets: stored text without escape sequences; one sentence on stderr; details in the log file. */
class TerminalOutputTest {

    @TempDir
    Path tmp;

    @Test
    void escapeSequencesInStoredTextAreNotPrinted() throws Exception {
        Report r = new Report();
        r.setTitle("\u001b]0;owned\u0007标题\u001b[2J");
        r.root().add(new Section("重点\u001b[31m工作\u009b1m\u202e", RichText.ofPlain("正文\u0008\u0008。")));
        Path file = tmp.resolve("esc.report.json");
        ReportFiles.writeReportFile(r, file);
        String out = run("outline", file.toString())[0];
        assertThat(out).contains("标题").contains("重点").contains("工作");
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || (c >= 0x7f && c <= 0x9f) || c == 0x202e))
                .as("control characters in %s", out).isEmpty();
        assertThat(TerminalText.clean("a\u001b[0mb\tc\n")).isEqualTo("a[0mb\tc\n");
    }

    @Test
    void libraryLinesGoToTheRotatedLogFileNeverToStderr() throws Exception {
        Path data = tmp.resolve("data");
        AppLogging.install(data);
        String[] outErr = run("--data-dir", data.toString(), "check", tmp.resolve("missing.txt").toString());
        LoggerFactory.getLogger("org.apache.poi.Something").warn("a library warning with a trace", new IllegalStateException("boom"));
        LoggerFactory.getLogger(TerminalOutputTest.class).error("an app error", new RuntimeException("raw detail"));
        assertThat(outErr[1].strip()).doesNotContain("\n").doesNotContain("Exception").isNotEmpty();
        assertThat(outErr[1]).doesNotContain("library warning").doesNotContain("at org.");
        String log = Files.readString(data.resolve("logs").resolve("reportdesk0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("a library warning with a trace").contains("IllegalStateException: boom")
                .contains("raw detail");
    }

    /** Through {@link Cli#run}, the real entry, with System.out and System.err captured. */
    private static String[] run(String... args) {
        PrintStream out0 = System.out;
        PrintStream err0 = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Cli.run(d -> { throw new AssertionError(); }, args);
        } finally {
            System.setOut(out0);
            System.setErr(err0);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
