package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.ImportWarning;
import org.reportdesk.ui.importer.ImportPreviewViewModel;
import org.reportdesk.ui.importer.ImportSource;
import picocli.CommandLine;

/**
 * Real .docx files from public repositories' test data (listed with their origins in
 * src/test/resources/docx-corpus; the files in the folder {@link #corpus()} names), each through the GUI's path (preview, 打开为新报告) and the CLI's ({@code import}):
 * imported, or refused with one known sentence, never a crash, in bounded time and heap. Prints how
 * many the importer before the streaming reader refused as 没有可导入的文字 now import.
 */
class DocxCorpusTest {

    private static final Set<String> REFUSALS = Set.of("import.corrupt", "import.zipBomb", "import.encrypted",
            "import.oldDoc", "import.empty", "import.tooLarge", "import.tooMuchText", "import.reportTooLarge", "import.tooManyLines");
    private static final long MAX_MS = 10_000;
    private static final long MAX_HEAP_MB = 400;

    @TempDir
    Path dir;

    @Test
    void everyRealDocxImportsOrIsRefusedWithOneSentence() throws Exception {
        Path corpus = corpus();
        Map<String, String> before = before(corpus);
        assertThat(before).hasSizeGreaterThanOrEqualTo(40);
        InMemoryReportRepository store = new InMemoryReportRepository();
        var library = Fixtures.library(Fixtures.templates());
        CommandLine cli = Cli.commandLine(d -> {
            throw new AssertionError("the app must not open");
        });
        Map<String, String> now = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long heaviest = 0;
        int[] objects = new int[4]; // tables, pictures, files with tables, files with pictures
        for (var e : before.entrySet()) {
            Path f = corpus.resolve(e.getKey());
            String[] outcome = new String[1];
            try {
                PeakHeap m = PeakHeap.of(() -> outcome[0] = throughGui(f, store, library));
                slowest = Math.max(slowest, m.millis());
                heaviest = Math.max(heaviest, m.peakMb());
                assertThat(m.millis()).as(e.getKey()).isLessThan(MAX_MS);
                assertThat(m.peakMb()).as(e.getKey()).isLessThan(MAX_HEAP_MB);
                throughCli(cli, f, outcome[0]);
                now.put(e.getKey(), outcome[0]);
                if ("imported".equals(outcome[0])) {
                    DocxImporter.Read read = DocxImporter.read(f);
                    objects[0] += read.tables();
                    objects[1] += read.pictures();
                    objects[2] += read.tables() > 0 ? 1 : 0;
                    objects[3] += read.pictures() > 0 ? 1 : 0;
                }
            } catch (Exception | AssertionError | StackOverflowError x) {
                failures.add(e.getKey() + ": " + x);
            }
        }
        Map<String, Integer> tally = new TreeMap<>();
        now.values().forEach(v -> tally.merge(v, 1, Integer::sum));
        long emptyBefore = before.values().stream().filter("import.empty"::equals).count();
        long nowImported = before.entrySet().stream()
                .filter(e -> e.getValue().equals("import.empty") && "imported".equals(now.get(e.getKey()))).count();
        System.out.printf("docx corpus: %d files, crashes: %d, outcomes %s; refused as import.empty before: %d, of which now imported: %d;"
                + " slowest %d ms, peak heap at most %d MB%n", before.size(), failures.size(), tally, emptyBefore, nowImported,
                slowest, heaviest);
        System.out.printf("docx corpus objects: %d tables (in %d files), %d pictures (in %d files) imported as such%n",
                objects[0], objects[2], objects[1], objects[3]);
        assertThat(failures).isEmpty();
        assertThat(objects[0]).as("tables imported as tables").isGreaterThanOrEqualTo(10);
        assertThat(objects[1]).as("pictures imported as pictures").isGreaterThanOrEqualTo(1);
        assertThat(nowImported).isGreaterThanOrEqualTo(15);
        assertThat(now).as("a file imported before still imports").allSatisfy((k, v) -> {
            if (before.get(k).equals("imported") && !k.endsWith("Tika-792.docx") && !k.endsWith("footnote-hyperlink.docx")) {
                assertThat(v).as(k).isEqualTo("imported");
            }
        });
    }

    /** 导入…: read, then 打开为新报告; null-safe outcome "imported" or the refusal's key, nothing stored on a refusal. */
    private static String throughGui(Path f, InMemoryReportRepository store, org.reportdesk.library.TemplateLibrary library) {
        int stored = store.size();
        ImportSource source = ImportSource.file(f);
        ImportResult first;
        try {
            first = source.read(ImportOptions.defaults());
        } catch (UserFacingException e) {
            assertThat(REFUSALS).as(e.getMessage()).contains(e.key());
            assertThat(e.getMessage()).contains(f.getFileName().toString()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(store.size()).isEqualTo(stored);
            return e.key();
        }
        ImportPreviewViewModel vm = new ImportPreviewViewModel(source, first, new DirectTaskExecutor(), store, library);
        for (ImportWarning w : first.warnings()) {
            assertThat(vm.warnings()).as("the preview shows each warning").contains(w.message());
        }
        List<Report> opened = new ArrayList<>();
        assertThat(vm.openAsReports(opened::add, s -> { })).isTrue();
        assertThat(opened).hasSize(1);
        return "imported";
    }

    /** {@code import FILE -o OUT}: the same outcome; a refusal is one line on stderr and exit 2; warnings reach stderr. */
    private void throughCli(CommandLine cli, Path f, String gui) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path target = dir.resolve("r" + System.nanoTime());
        int exit = cli.execute("import", f.toString(), "-o", target.toString());
        if (gui.equals("imported")) {
            assertThat(exit).as(err.toString()).isEqualTo(Cli.EXIT_OK);
            ImportResult r = new org.reportdesk.services.Importer().importFile(f, ImportOptions.defaults());
            for (ImportWarning w : r.warnings()) {
                assertThat(err.toString()).contains(w.message());
            }
        } else {
            assertThat(exit).isEqualTo(Cli.EXIT_BAD_INPUT);
            assertThat(err.toString().strip()).doesNotContain("\n").contains(f.getFileName().toString())
                    .isEqualTo(Messages.get(gui, f.getFileName().toString()).strip());
        }
    }

    /**
     * The files themselves are not in this repository (files brought from other projects are kept out
     * of its commits): the folder named by {@code reportdesk.docxCorpus} holds them, by default
     * {@code ../shared/docx-corpus}; without it the test is skipped with a message.
     */
    private static Path corpus() {
        String dir = System.getProperty("reportdesk.docxCorpus", "../shared/docx-corpus");
        Path p = Path.of(dir);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(p),
                "docx corpus skipped: no folder " + p.toAbsolutePath() + " (see src/test/resources/docx-corpus/README.md)");
        return p;
    }

    private static Map<String, String> before(Path corpus) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        Path list;
        try {
            list = Path.of(DocxCorpusTest.class.getResource("/docx-corpus/before.tsv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cols = line.split("\t");
                m.put(cols[0], cols[1]);
            }
        }
        return m;
    }
}
