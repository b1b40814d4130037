package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.cli.Cli;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.ui.importer.ImportPreviewViewModel;
import org.reportdesk.ui.importer.ImportSource;
import picocli.CommandLine;

/**
 * Seeded, count-bounded fuzzing of both ends (figures in the README's "Hostile input" row).
 * Export: generated reports full of hostile Unicode, most small, a minority with the extremes
 * (10 000-character titles, 5 000 sections, empty headings everywhere, every hostile code point
 * class); each package re-opened in POI with every part parsed as well-formed XML. Import:
 * truncated, garbage, encrypted, zip-bomb, empty, misnamed, malformed and over-limit files, each
 * imported whole or refused with one sentence, through the GUI's and the CLI's commit paths with
 * nothing stored or written on a refusal. {@code -Dreportdesk.fuzz.cases=N} runs N export cases
 * and N/2 import cases (default 2 000 / 1 000); a failing case prints its number, which with the
 * fixed seeds reproduces it.
 */
class HostileInputFuzzTest {

    private static final int CASES = Integer.getInteger("reportdesk.fuzz.cases", 2_000);
    private static final long EXPORT_SEED = 9704;
    private static final long IMPORT_SEED = 2012;
    /** Each refusal the importer may give: one sentence naming the file, in both languages. */
    private static final Set<String> REFUSALS = Set.of("import.corrupt", "import.zipBomb", "import.encrypted",
            "import.oldDoc", "import.binary", "import.empty", "import.tooLarge", "import.tooMuchText",
            "import.unknownEncoding", "import.reportTooLarge", "import.tooManyLines", "io.unsupportedType");

    /**
     * Parts that opening an XWPFDocument parses with a strict XML parser (XMLBeans for the
     * document, styles, settings and footers; DOM for content types and relationships, not for
     * docProps/core.xml, which POI only logs when malformed): a malformed one fails
     * the reopen. Every other part is parsed here.
     */
    private static final Set<String> PARSED_BY_POI = Set.of("[Content_Types].xml", "_rels/.rels",
            "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
            "word/footer1.xml", "word/footer2.xml");

    @TempDir
    Path dir;

    @Test
    void generatedReportsAlwaysExportToPackagesThatReopen() throws Exception {
        DocxImporter.limitZips();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<ExportRun>> runs = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int first = k;
            runs.add(pool.submit(() -> new ExportRun().run(first, threads)));
        }
        ExportRun all = new ExportRun();
        for (var run : runs) {
            all.add(run.get());
        }
        pool.shutdown();
        System.out.printf("export fuzz: cases run: %d, failures: %d (time summed over %d threads: generate %d ms, export %d ms,"
                + " other parts well-formed %d ms, reopened in XWPFDocument %d ms)%n", all.cases, all.failures.size(), threads,
                all.generate / 1_000_000, all.export / 1_000_000, all.xml / 1_000_000, all.reopen / 1_000_000);
        assertThat(all.failures).isEmpty();
        assertThat(all.cases).isEqualTo(CASES);
    }

    /** Export cases first, first + step, …: one exporter and one XML parser reused; the time spent in each phase. */
    private static final class ExportRun {
        int cases;
        long generate;
        long export;
        long xml;
        long reopen;
        final List<String> failures = new ArrayList<>();

        ExportRun run(int first, int step) throws Exception {
            DocxExporter exporter = new DocxExporter();
            SAXParser parser = wellFormedParser();
            for (int n = first; n < CASES; n += step) {
                long t0 = System.nanoTime();
                Report r = hostileReport(new Random(EXPORT_SEED * 1_000_003 + n), n);
                long t1 = System.nanoTime();
                generate += t1 - t0;
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exporter.write(r, n % 2 == 0 ? ExportProfile.standard() : ExportProfiles.LOCAL, out);
                    byte[] bytes = out.toByteArray();
                    long t2 = System.nanoTime();
                    List<String> parts = new ArrayList<>();
                    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                            parts.add(e.getName());
                            if (!PARSED_BY_POI.contains(e.getName()) && !e.getName().startsWith("word/media/")) {
                                parser.reset();
                                parser.parse(new ByteArrayInputStream(zip.readAllBytes()), new org.xml.sax.helpers.DefaultHandler());
                            }
                        }
                    }
                    long t3 = System.nanoTime();
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        assertThat(doc.getParagraphs().size()).isGreaterThanOrEqualTo(Math.max(1, r.allSections().size()));
                        assertThat(doc.getTables()).hasSize(countTables(r));
                    }
                    reopen += System.nanoTime() - t3;
                    assertThat(parts).containsAll(PARSED_BY_POI).contains("docProps/core.xml", "word/fontTable.xml");
                    export += t2 - t1;
                    xml += t3 - t2;
                } catch (Exception | AssertionError e) {
                    failures.add("case " + n + ": " + e);
                }
                cases++;
            }
            return this;
        }

        void add(ExportRun o) {
            cases += o.cases;
            generate += o.generate;
            export += o.export;
            xml += o.xml;
            reopen += o.reopen;
            failures.addAll(o.failures);
        }
    }

    @Test
    void brokenFilesAreImportedWholeOrRefusedWithOneSentenceAndNothingStored() throws Exception {
        assertRefusalsHaveBothLanguages();
        Samples samples = new Samples();
        ImportTargets targets = new ImportTargets();
        Path out = Files.createDirectory(dir.resolve("out"));
        int total = Math.max(1, CASES / 2);
        int imported = 0;
        Map<String, Integer> refused = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            Random rnd = new Random(IMPORT_SEED * 1_000_003 + n);
            Sample s = samples.sample(rnd, n);
            Path f = dir.resolve(s.name());
            Files.write(f, s.bytes());
            try {
                String key = targets.importThroughGui(f);
                targets.importThroughCli(f, out, key == null);
                if (key == null) {
                    imported++;
                    assertThat(s.mustRefuse()).as("%s should have been refused", s.name()).isFalse();
                } else {
                    refused.merge(key, 1, Integer::sum);
                    assertThat(s.mustImport()).as("%s should have been imported, not refused with %s", s.name(), key).isFalse();
                }
            } catch (Exception | AssertionError | StackOverflowError e) {
                failures.add("case " + n + " " + s.name() + ": " + e);
            }
            Files.delete(f);
        }
        System.out.printf("import fuzz: cases run: %d, failures: %d (imported whole: %d, refused: %s)%n", total,
                failures.size(), imported, refused);
        assertThat(failures).isEmpty();
        assertThat(refused.keySet()).as("every kind of refusal was met")
                .contains("import.corrupt", "import.zipBomb", "import.encrypted", "import.empty", "import.reportTooLarge");
        assertThat(imported).isGreaterThan(total / 10);
    }

    private static void assertRefusalsHaveBothLanguages() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle b = ResourceBundle.getBundle(Messages.BUNDLE, l,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : REFUSALS) {
                assertThat(b.containsKey(key)).as("%s in %s", key, l).isTrue();
                assertThat(b.getString(key)).as(key).contains("{0}");
            }
        }
    }

    /** The places an import commits to (the open report, the report store, the template library) and the CLI's output folder. */
    private static final class ImportTargets {
        private final InMemoryReportRepository store = new InMemoryReportRepository();
        private final InMemoryTemplateRepository templates = Fixtures.templates();
        private final TemplateLibrary library = Fixtures.library(templates);
        private final List<Report> opened = new ArrayList<>();
        /** The real command tree, built once (picocli resets the options before each run). */
        private final CommandLine cl = Cli.commandLine(d -> {
            throw new AssertionError("the app must not open");
        });
        private int successes;

        /**
         * What 导入… does: read the file (off the FX thread), then the preview's 打开为新报告 (and
         * for some, 存入模板库). Returns null when imported, else the refusal's key, having checked
         * that nothing was opened or stored.
         */
        String importThroughGui(Path f) {
            int storedBefore = store.size();
            int openedBefore = opened.size();
            int templatesBefore = library.all().size();
            ImportSource source = ImportSource.file(f);
            ImportResult first;
            try {
                first = source.read(ImportOptions.defaults());
            } catch (UserFacingException e) {
                String m = e.getMessage();
                assertThat(REFUSALS).as(m).contains(e.key());
                assertThat(m).contains(f.getFileName().toString()).doesNotContain("\n").doesNotContain("Exception");
                assertThat(store.size()).isEqualTo(storedBefore);
                assertThat(opened.size()).isEqualTo(openedBefore);
                assertThat(library.all().size()).isEqualTo(templatesBefore);
                return e.key();
            }
            assertThat(first.reports()).isNotEmpty().allMatch(ReportLimits::isWithin);
            ImportPreviewViewModel vm = new ImportPreviewViewModel(source, first, new DirectTaskExecutor(), store, library);
            List<String> said = new ArrayList<>();
            assertThat(vm.openAsReports(opened::add, said::add)).isTrue();
            assertThat(opened.size()).isEqualTo(openedBefore + 1);
            assertThat(store.size()).isEqualTo(storedBefore + first.reports().size() - 1);
            int sections = first.reports().stream().mapToInt(r -> r.sections().size()).sum();
            if (successes++ % 10 == 0 && sections > 0 && sections < 100) {
                vm.saveToLibrary(TemplateKind.SUMMARY, "模糊测试", said::add);
                assertThat(library.all().size()).as("%s %s", said, vm.messageProperty().get()).isEqualTo(templatesBefore + sections);
            }
            assertThat(said).isNotEmpty();
            return null;
        }

        /** {@code import FILE -o OUT}: report files written when it imports, else exit 2, one line on stderr, nothing written. */
        void importThroughCli(Path f, Path outDir, boolean expectImported) throws IOException {
            long filesBefore = count(outDir);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute("import", f.toString(), "-o", outDir.resolve("r" + filesBefore).toString());
            if (expectImported) {
                assertThat(exit).as(err.toString()).isEqualTo(Cli.EXIT_OK);
                assertThat(count(outDir)).isGreaterThan(filesBefore);
            } else {
                assertThat(exit).isEqualTo(Cli.EXIT_BAD_INPUT);
                assertThat(err.toString().strip()).doesNotContain("\n").doesNotStartWith("错误 / error")
                        .contains(f.getFileName().toString());
                assertThat(count(outDir)).isEqualTo(filesBefore);
            }
        }

        private static long count(Path d) throws IOException {
            try (Stream<Path> s = Files.list(d)) {
                return s.count();
            }
        }
    }

    /** A generated input file; {@code mustImport}/{@code mustRefuse} where the outcome is known. */
    private record Sample(String name, byte[] bytes, boolean mustImport, boolean mustRefuse) {
        static Sample either(String name, byte[] bytes) {
            return new Sample(name, bytes, false, false);
        }

        static Sample refused(String name, byte[] bytes) {
            return new Sample(name, bytes, false, true);
        }

        static Sample imported(String name, byte[] bytes) {
            return new Sample(name, bytes, true, false);
        }
    }

    /** The hostile files, the costly ones (encryption, bombs, over-limit reports) made once and reused. */
    private static final class Samples {
        private final byte[] good;
        private final byte[][] encrypted;
        private final byte[][] bombs;
        private final byte[][] overLimit;
        private final byte[][] underLimit;
        private final DocxExporter exporter = new DocxExporter();

        Samples() throws Exception {
            good = docx(plainReport(30, 60));
            encrypted = new byte[][] {encrypt(good, EncryptionMode.agile), encrypt(good, EncryptionMode.standard)};
            bombs = new byte[][] {highRatio("word/document.xml", ' '), highRatio("word/styles.xml", '0'), repeatedParagraphs(),
                manyEntries(), declaredHuge(good), nested(), zipOfZips()};
            overLimit = new byte[][] {
                LargeInputs.headings(ReportLimits.MAX_SECTIONS + 1).getBytes(StandardCharsets.UTF_8),
                docx(LargeInputs.reportOf(ReportLimits.MAX_CHARS + 200)),
            };
            underLimit = new byte[][] {
                LargeInputs.headings(ReportLimits.MAX_SECTIONS).getBytes(StandardCharsets.UTF_8),
                docx(LargeInputs.reportOf(ReportLimits.MAX_CHARS - 200)),
            };
        }

        Sample sample(Random rnd, int n) throws Exception {
            String c = "c" + n;
            if (n % 100 == 99) {
                int i = (n / 100) % 4;
                String ext = i % 2 == 0 ? ".txt" : ".docx";
                return i < 2 ? Sample.refused(c + "-over" + ext, overLimit[i % 2]) : Sample.imported(c + "-under" + ext, underLimit[i % 2]);
            }
            return switch (n % 12) {
                case 0 -> Sample.refused(c + "-truncated.docx", Arrays.copyOf(good, rnd.nextInt(good.length - 1)));
                case 1 -> Sample.refused(c + "-garbage.docx", garbage(rnd, good));
                case 2 -> Sample.refused(c + "-encrypted.docx", encrypted[rnd.nextInt(encrypted.length)]);
                // the bomb embedded as an attachment (index 5) is never inflated: only the document and styles parts are read
                case 3 -> (n / 12) % bombs.length == 5 ? Sample.either(c + "-bomb5.docx", bombs[5])
                        : Sample.refused(c + "-bomb" + (n / 12) % bombs.length + ".docx", bombs[(n / 12) % bombs.length]);
                case 4 -> Sample.either(c + "-flipped.docx", flipped(rnd, good));
                case 5 -> Sample.either(c + "-random" + (rnd.nextBoolean() ? ".txt" : ".md"), randomBytes(rnd, 1 + rnd.nextInt(4096)));
                case 6 -> empty(rnd, c);
                case 7 -> misnamed(rnd, c);
                case 8 -> Sample.refused(c + "-nodocument.docx", withoutDocument(rnd));
                case 9 -> Sample.refused(c + "-badxml.docx", malformed(rnd));
                case 10 -> Sample.imported(c + "-hostile.txt", hostileText(rnd).getBytes(StandardCharsets.UTF_8));
                default -> Sample.imported(c + "-hostile.docx", docx(hostileReport(rnd, 1)));
            };
        }

        private Sample empty(Random rnd, String c) {
            return switch (rnd.nextInt(4)) {
                case 0 -> Sample.refused(c + "-empty.docx", new byte[0]);
                case 1 -> Sample.refused(c + "-empty.txt", new byte[0]);
                case 2 -> Sample.refused(c + "-blank.md", " \n\u3000\r\n\t".repeat(1 + rnd.nextInt(50)).getBytes(StandardCharsets.UTF_8));
                default -> Sample.refused(c + "-bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            };
        }

        private Sample misnamed(Random rnd, String c) {
            return switch (rnd.nextInt(5)) {
                case 0 -> Sample.refused(c + "-docx.txt", good);
                case 1 -> Sample.refused(c + "-text.docx", "一、工作\n完成了任务。".getBytes(StandardCharsets.UTF_8));
                case 2 -> Sample.refused(c + "-pdf.docx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
                case 3 -> Sample.refused(c + "-docx.pdf", good);
                default -> Sample.refused(c + "-encrypted.doc", encrypted[0]);
            };
        }

        private byte[] withoutDocument(Random rnd) throws IOException {
            Map<String, byte[]> parts = unzip(good);
            parts.remove("word/document.xml");
            if (rnd.nextBoolean()) {
                parts.remove("word/_rels/document.xml.rels");
            }
            if (rnd.nextInt(3) == 0) {
                parts.remove("[Content_Types].xml");
            }
            return zip(parts);
        }

        private byte[] malformed(Random rnd) throws IOException {
            Map<String, byte[]> parts = unzip(good);
            String part = rnd.nextInt(4) == 0 ? "word/styles.xml" : "word/document.xml";
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            int at = xml.indexOf("<w:body>") > 0 ? xml.indexOf("<w:body>") + 8 + rnd.nextInt(xml.length() / 2) : xml.length() / 2;
            String bad = switch (rnd.nextInt(5)) {
                case 0 -> xml.substring(0, at);
                case 1 -> xml.substring(0, at) + "<" + xml.substring(at);
                case 2 -> xml.substring(0, at) + "&bogus;" + xml.substring(at);
                case 3 -> xml.substring(0, at) + "\u0001" + xml.substring(at);
                default -> "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                        + xml.substring(xml.indexOf("?>") + 2).replace("<w:body>", "<w:body><w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p>");
            };
            parts.put(part, bad.getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }

        private byte[] docx(Report r) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(r, ExportProfile.standard(), out);
            return out.toByteArray();
        }
    }

    private static Report plainReport(int sections, int charsEach) {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作总结");
        for (int i = 0; i < sections; i++) {
            r.root().add(new Section("第" + i + "项工作", RichText.ofPlain("完成了任务。".repeat(charsEach / 6 + 1).substring(0, charsEach))));
        }
        return r;
    }


    /** Plain text with hostile characters inside a recognisable outline: always importable. */
    private static String hostileText(Random rnd) {
        StringBuilder sb = new StringBuilder("某县教育局工作总结").append(hostile(rnd, rnd.nextInt(20))).append('\n');
        String[] labels = {"一、", "（一）", "1.", "（1）", "二、", "# "};
        for (int i = rnd.nextInt(30); i >= 0; i--) {
            sb.append(labels[rnd.nextInt(labels.length)]).append(hostile(rnd, rnd.nextInt(20))).append('\n');
            sb.append(hostile(rnd, rnd.nextInt(200))).append('\n');
        }
        // A text file with control characters is refused as binary (TextDecoder): keep them out here.
        return sb.toString().replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFEFF]", "");
    }

    /**
     * Reports with hostile text everywhere. Most are small; a minority carry the extremes: a
     * 10 000-character title (every 97th), 5 000 sections (every 500th), every heading and body
     * empty (every 53rd), every hostile piece in a row in each field (every 41st).
     */
    static Report hostileReport(Random rnd, int n) {
        boolean allPieces = n % 41 == 5;
        boolean empty = n % 53 == 11;
        Report r = new Report();
        r.setTitle(n % 97 == 3 ? hostile(rnd, 10_000) : allPieces ? ALL_PIECES : hostile(rnd, rnd.nextInt(40)));
        r.setUnit(allPieces ? ALL_PIECES : hostile(rnd, 6));
        r.setRecipient(hostile(rnd, 8));
        r.setOpening(RichText.of(List.of(new Paragraph(List.of(new Span(allPieces ? ALL_PIECES : hostile(rnd, 30),
                rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()))))));
        int sections = n % 500 == 7 ? 5_000 : rnd.nextInt(12);
        Section parent = r.root();
        for (int i = 0; i < sections; i++) {
            String heading = empty || rnd.nextInt(3) == 0 ? "" : allPieces ? ALL_PIECES : hostile(rnd, 15);
            Section s = new Section(heading, empty ? RichText.EMPTY : RichText.ofPlain(hostile(rnd, rnd.nextInt(80))));
            if (n % 7 == 2 && sections < 100 && rnd.nextInt(3) == 0) {
                s.setBody(withObjects(rnd, s.body()));
            }
            s.setRunIn(rnd.nextInt(5) == 0);
            if (sections < 100 && parent.depth() < 6 && rnd.nextBoolean() && !parent.children().isEmpty()) {
                parent = parent.children().get(parent.children().size() - 1);
            } else if (rnd.nextInt(4) == 0 && !parent.isRoot()) {
                parent = parent.parent();
            }
            parent.add(s);
        }
        r.attachments().add(allPieces ? ALL_PIECES : hostile(rnd, 10));
        r.setSignature(hostile(rnd, 10));
        r.setDate(allPieces ? ALL_PIECES : hostile(rnd, 8));
        if (n % 14 == 9) {
            // a table ends the document: nothing after it but the section properties
            r.attachments().clear();
            r.setSignature("");
            r.setDate("");
            r.setUnit("");
            r.root().add(new Section("", RichText.of(List.of(Paragraph.of(hostileTable(rnd))))));
        }
        return r;
    }

    /** The body with tables (hostile text, random merges, sometimes landscape) and small pictures among its paragraphs. */
    private static RichText withObjects(Random rnd, RichText body) {
        List<Paragraph> out = new ArrayList<>(body.paragraphs());
        for (int k = rnd.nextInt(3) + 1; k > 0; k--) {
            Paragraph object = rnd.nextInt(4) == 0
                    ? Paragraph.of(TableReports.picture(1 + rnd.nextInt(40), 1 + rnd.nextInt(40)).withCaption(hostile(rnd, rnd.nextInt(12))))
                    : Paragraph.of(hostileTable(rnd));
            out.add(rnd.nextInt(out.size() + 1), object);
        }
        return RichText.of(out);
    }

    static org.reportdesk.model.Table hostileTable(Random rnd) {
        int rows = 1 + rnd.nextInt(8);
        int cols = 1 + rnd.nextInt(rnd.nextInt(6) == 0 ? 20 : 6);
        org.reportdesk.model.TableCell[][] grid = new org.reportdesk.model.TableCell[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != null) {
                    continue;
                }
                int rs = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(rows - r) : 0);
                int cs = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(cols - c) : 0);
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        if (grid[i][j] != null) {
                            rs = 1;
                            cs = 1;
                        }
                    }
                }
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        grid[i][j] = org.reportdesk.model.TableCell.COVERED;
                    }
                }
                grid[r][c] = org.reportdesk.model.TableCell.of(hostile(rnd, rnd.nextInt(20))).withSpan(rs, cs);
            }
        }
        List<List<org.reportdesk.model.TableCell>> list = new ArrayList<>();
        for (org.reportdesk.model.TableCell[] row : grid) {
            list.add(List.of(row));
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            widths.add(1 + rnd.nextInt(9));
        }
        return new org.reportdesk.model.Table(hostile(rnd, rnd.nextInt(15)), rnd.nextInt(3), widths, list, rnd.nextInt(5) == 0);
    }

    private static int countTables(Report r) {
        int n = 0;
        for (Section s : r.allSections()) {
            for (Paragraph p : s.body().paragraphs()) {
                if (p.embedded() instanceof org.reportdesk.model.Table) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Control characters, non-characters, BOM, lone and paired surrogates, bidi marks, combining marks, XML syntax. */
    private static final String[] PIECES = {"\u200F", "\u200E", "\u202E", "\u202A", "\u2066", "\u0301", "\u0308", "\u20DD",
        "\uFFFE", "\uFFFF", "\uFEFF", "\uFDD0", "\u0000", "\u0007", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F", "\t", "\n",
        "\r\n", "\r", "\u000B", "\u000C", "\u3000", "😀", "👨‍👩‍👧", "🇨🇳", "𠀀", "\uDBFF\uDFFF", "&", "<", ">", "\"", "'", "]]>",
        "&amp;", "<w:t>", "{{单位名称}}", "【数字】", "一、", "（一）", "\uD800", "\uDFFF", "\uDFFF\uD800", "\u0085", "\u2028",
        "\u2029", "ﷺ", "ع", "א", "e\u0301\u0301\u0301\u0301"};
    private static final String ALL_PIECES = String.join("", PIECES);

    static String hostile(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length + 8);
        while (sb.length() < length) {
            switch (rnd.nextInt(4)) {
                case 0 -> sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                case 1 -> sb.appendCodePoint(0x4E00 + rnd.nextInt(0x5000));
                case 2 -> sb.append((char) rnd.nextInt(0x10000));
                default -> sb.appendCodePoint(0x10000 + rnd.nextInt(0x10FFFF - 0x10000));
            }
        }
        return sb.toString();
    }

    /** What lets the export fuzz leave these parts to POI: each one malformed makes the reopen fail. */
    @Test
    void reopeningFailsOnAMalformedPartThatPoiParses() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(plainReport(2, 10), ExportProfile.standard(), out);
        Map<String, byte[]> parts = unzip(out.toByteArray());
        assertThat(parts.keySet()).containsAll(PARSED_BY_POI);
        List<String> accepted = new ArrayList<>();
        for (String name : PARSED_BY_POI) {
            Map<String, byte[]> broken = new LinkedHashMap<>(parts);
            String xml = new String(parts.get(name), StandardCharsets.UTF_8);
            broken.put(name, xml.replaceFirst("/>", ">\u0001").getBytes(StandardCharsets.UTF_8));
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(zip(broken)))) {
                accepted.add(name + " (" + doc.getBodyElements().size() + " elements)");
            } catch (Exception expected) {
                // refused, as it should be
            }
        }
        assertThat(accepted).as("malformed parts POI opened anyway").isEmpty();
    }

    private static SAXParser wellFormedParser() throws Exception {
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        return sax.newSAXParser();
    }

    private static byte[] encrypt(byte[] plain, EncryptionMode mode) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(mode).getEncryptor();
            enc.confirmPassword("mima");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    /** One part of 16 MB of one repeated byte: a ratio of about 1 000:1. */
    private static byte[] highRatio(String part, char fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) fill);
            for (int i = 0; i < 16; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A well-formed document.xml of millions of empty paragraphs. */
    private static byte[] repeatedParagraphs() throws IOException {
        Map<String, byte[]> parts = unzip(plainDocx());
        byte[] p = "<w:p/>".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        doc.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + BodySink.W + "\"><w:body>")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 80; i++) {
            doc.write(p);
        }
        doc.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", doc.toByteArray());
        return zip(parts);
    }

    /** A real document plus 60 000 tiny parts. */
    private static byte[] manyEntries() throws IOException {
        Map<String, byte[]> parts = unzip(plainDocx());
        byte[] tiny = "<a/>".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 60_000; i++) {
            parts.put("word/x/p" + i + ".xml", tiny);
        }
        return zip(parts);
    }

    /** A real document whose document.xml claims (in the local and central headers) to inflate to 4 GB. */
    private static byte[] declaredHuge(byte[] docx) throws IOException {
        Map<String, byte[]> parts = unzip(docx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setMethod(ZipEntry.STORED);
                z.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                z.setCrc(crc.getValue());
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        byte[] b = out.toByteArray();
        byte[] name = "word/document.xml".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + name.length < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4 && matches(b, i + 30, name)) {
                putInt(b, i + 22, 0xFFFF_FFF0); // uncompressed size in the local header
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2 && matches(b, i + 46, name)) {
                putInt(b, i + 24, 0xFFFF_FFF0); // and in the central directory
            }
        }
        return b;
    }

    /** A real document carrying a zip bomb as an embedded file. */
    private static byte[] nested() throws IOException {
        Map<String, byte[]> parts = unzip(plainDocx());
        parts.put("word/embeddings/oleObject1.bin", highRatio("inner.xml", 'a'));
        return zip(parts);
    }

    /** A zip of zip bombs, named .docx. */
    private static byte[] zipOfZips() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        byte[] inner = highRatio("word/document.xml", ' ');
        for (int i = 0; i < 10; i++) {
            parts.put("layer" + i + ".zip", inner);
        }
        return zip(parts);
    }

    private static byte[] plainDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(plainReport(3, 20), ExportProfile.standard(), out);
        return out.toByteArray();
    }

    private static boolean matches(byte[] b, int at, byte[] name) {
        return at + name.length <= b.length && Arrays.equals(b, at, at + name.length, name, 0, name.length);
    }

    private static void putInt(byte[] b, int at, int v) {
        for (int k = 0; k < 4; k++) {
            b[at + k] = (byte) (v >>> (8 * k));
        }
    }

    private static Map<String, byte[]> unzip(byte[] b) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] garbage(Random rnd, byte[] good) {
        byte[] b = randomBytes(rnd, 64 + rnd.nextInt(8192));
        b[0] = 'P';
        b[1] = 'K';
        if (rnd.nextBoolean()) {
            System.arraycopy(good, 0, b, 0, Math.min(b.length, rnd.nextInt(200)));
        }
        return b;
    }

    private static byte[] flipped(Random rnd, byte[] good) {
        byte[] b = good.clone();
        for (int i = 1 + rnd.nextInt(20); i > 0; i--) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        return b;
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}
