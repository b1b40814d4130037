package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.text.ImportOptions;
import picocli.CommandLine;

/**
 * A ".txt" that is a link to /dev/zero, a FIFO, a folder: refused with one sentence before
 * anything is read, by the app's import, the report-file reader, packs and the CLI alike, in
 * bounded time and memory (figures printed for docs/limits.md).
 */
class NonRegularFilesTest {

    @TempDir
    Path tmp;

    private List<Path> hostile() throws Exception {
        Path zero = Files.createSymbolicLink(tmp.resolve("zero.txt"), Path.of("/dev/zero"));
        Path zeroJson = Files.createSymbolicLink(tmp.resolve("zero.report.json"), Path.of("/dev/zero"));
        Path fifo = tmp.resolve("fifo.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectories(tmp.resolve("folder.docx"));
        return List.of(zero, zeroJson, fifo, folder);
    }

    @Test
    void devicesFifosAndFoldersAreRefusedEverywhereWithoutReadingThem() throws Exception {
        for (Path p : hostile()) {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap0 = rt.totalMemory() - rt.freeMemory();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> org.reportdesk.services.Importer.readReports(p)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("io.notRegularFile"));
            if (!ReportFiles.isReportFile(p)) {
                assertThatThrownBy(() -> new org.reportdesk.services.Importer().importFile(p, ImportOptions.defaults()))
                        .isInstanceOf(UserFacingException.class);
            }
            assertThatThrownBy(() -> TemplatePacks.read(p)).isInstanceOf(UserFacingException.class);
            StringWriter err = new StringWriter();
            CommandLine cl = Cli.commandLine(d -> { throw new AssertionError(); });
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            assertThat(cl.execute("import", p.toString(), "-o", tmp.resolve("out.report.json").toString()))
                    .isEqualTo(Cli.EXIT_BAD_INPUT);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long grew = Math.max(0, rt.totalMemory() - rt.freeMemory() - heap0) >> 20;
            System.out.printf("non-regular file refused: %-20s %4d ms, heap grew %d MB: %s", p.getFileName(), ms, grew, err);
            assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(ms).isLessThan(10_000);
            assertThat(grew).isLessThan(64);
        }
        assertThat(tmp.resolve("out.report.json")).doesNotExist();
    }

    @Test
    void aFileIsReadOnlyUpToItsCap() throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.write(big, new byte[4096]);
        assertThatThrownBy(() -> ReportFiles.readBytes(big, 1024, "io.tooLarge"))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("io.tooLarge"));
        assertThat(ReportFiles.readBytes(big, 4096, "io.tooLarge")).hasSize(4096);
    }
}
