package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.read.InflateBudget;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.services.Importer;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/**
 * The crafted .docx classes of the trust issue (items 12–14): each imported or refused with one
 * sentence, with its time and peak heap bounded generously for a busy 2-core machine (the tests
 * run at -Xmx1g, the default heap of a 4 GB office PC). Figures printed, and in docs/limits.md.
 */
class CraftedDocxTest {

    private static final long MAX_MS = 20_000;
    /** Below the 1 GB heap with room: the test JVM also holds what earlier tests left behind. */
    private static final long MAX_HEAP_MB = 900;

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    /** Imports {@code f}; returns null when imported, else the refusal's key; asserts the bounds. */
    private String importBounded(String what, Path f) throws Exception {
        String[] key = new String[1];
        PeakHeap m = PeakHeap.of(() -> {
            try {
                ImportResult r = importer.importFile(f, ImportOptions.defaults());
                assertThat(r.reports()).isNotEmpty();
            } catch (UserFacingException e) {
                assertThat(e.getMessage()).contains(f.getFileName().toString()).doesNotContain("\n").doesNotContain("Exception");
                key[0] = e.key();
            }
        });
        System.out.printf("crafted .docx: %s (%d KB): %s -> %s%n", what, Files.size(f) / 1024, m,
                key[0] == null ? "imported" : key[0]);
        assertThat(m.millis()).as(what).isLessThan(MAX_MS);
        assertThat(m.peakMb()).as(what).isLessThan(MAX_HEAP_MB);
        return key[0];
    }

    @Test
    void elementsNestedThousandsDeepAreReadWithoutRecursion() throws Exception {
        int depth = 20_000;
        String[][] kinds = {
            {"tables in tables", "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>第%d层</w:t></w:r></w:p>", "</w:tc></w:tr></w:tbl>"},
            {"two-cell tables in tables", "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>%d</w:t></w:r></w:p></w:tc><w:tc>", "</w:tc></w:tr></w:tbl>"},
            {"content controls", "<w:sdt><w:sdtContent><w:p><w:r><w:t>第%d层</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>"},
            {"hyperlinks and smart tags", "<w:hyperlink><w:smartTag><w:r><w:t>%d</w:t></w:r>", "</w:smartTag></w:hyperlink>"},
            {"text boxes in text boxes", "<w:r><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>第%d层</w:t></w:r></w:p><w:p>",
                "</w:p></w:txbxContent></v:textbox></w:pict></w:r>"},
        };
        for (String[] kind : kinds) {
            StringBuilder body = new StringBuilder(RawDocx.p("某县教育局2025年工作总结"));
            boolean inParagraph = kind[0].startsWith("hyperlinks") || kind[0].startsWith("text boxes");
            if (inParagraph) {
                body.append("<w:p>");
            }
            for (int i = 0; i < depth; i++) {
                body.append(String.format(kind[1], i));
            }
            body.append(kind[2].repeat(depth));
            if (inParagraph) {
                body.append("</w:p>");
            }
            Path f = RawDocx.write(dir.resolve("deep.docx"), body.toString());
            String key = importBounded(kind[0] + ", " + depth + " deep", f);
            assertThat(key).as(kind[0]).isNull();
        }
    }

    /**
     * A table bomb: a million empty cells is refused with one sentence (cells count as paragraphs);
     * a table as wide as the model holds (2 000 rows of 63 cells with text) imports as one table.
     */
    @Test
    void aMillionTinyCellsAreRefusedAndTheLargestTableImportsWithinBounds() throws Exception {
        Path f = dir.resolve("cells.docx");
        try (ZipOutputStream zip = RawDocx.open(f)) {
            zip.write(RawDocx.p("某县教育局2025年工作总结").getBytes(StandardCharsets.UTF_8));
            zip.write("<w:tbl>".getBytes(StandardCharsets.UTF_8));
            byte[] row = ("<w:tr>" + "<w:tc/>".repeat(1000) + "</w:tr>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1000; i++) {
                zip.write(row);
            }
            zip.write("</w:tbl>".getBytes(StandardCharsets.UTF_8));
            RawDocx.close(zip);
        }
        assertThat(importBounded("1 000 000 empty table cells", f)).isEqualTo("import.tooManyLines");
        Path big = dir.resolve("big-table.docx");
        try (ZipOutputStream zip = RawDocx.open(big)) {
            zip.write(RawDocx.p("某县教育局2025年工作总结").getBytes(StandardCharsets.UTF_8));
            zip.write("<w:tbl>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2_000; i++) {
                StringBuilder r = new StringBuilder("<w:tr>");
                for (int c = 0; c < org.reportdesk.model.Table.MAX_COLUMNS; c++) {
                    r.append("<w:tc>").append(RawDocx.p(String.valueOf(c))).append("</w:tc>");
                }
                zip.write(r.append("</w:tr>").toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</w:tbl>".getBytes(StandardCharsets.UTF_8));
            RawDocx.close(zip);
        }
        assertThat(importBounded("one table of 2 000 rows × 63 cells", big)).isNull();
    }

    @Test
    void aMillionTinyRunsImportInLinearTime() throws Exception {
        for (boolean alternate : new boolean[] {false, true}) {
            Path f = dir.resolve("runs.docx");
            try (ZipOutputStream zip = RawDocx.open(f)) {
                byte[] plain = "<w:r><w:t>字</w:t></w:r>".getBytes(StandardCharsets.UTF_8);
                byte[] bold = "<w:r><w:rPr><w:b/></w:rPr><w:t>字</w:t></w:r>".getBytes(StandardCharsets.UTF_8);
                zip.write(RawDocx.p("某县教育局2025年工作总结").getBytes(StandardCharsets.UTF_8));
                for (int para = 0; para < 10; para++) {
                    zip.write("<w:p>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 90_000; i++) {
                        zip.write(alternate && i % 2 == 1 ? bold : plain);
                    }
                    zip.write("</w:p>".getBytes(StandardCharsets.UTF_8));
                }
                RawDocx.close(zip);
            }
            String key = importBounded("900 000 one-character runs" + (alternate ? ", bold every other" : ""), f);
            assertThat(key).isNull();
        }
    }

    /**
     * The zip directory and the local headers say each part inflates to 1 000 bytes. The document
     * part really inflates to 120 MB at a ratio no bomb check catches (about 10 %); in the second
     * file, eight extra parts of 60 MB each (1 % ratio) are never inflated at all.
     */
    @Test
    void understatedZipSizesAreCountedAsTheyInflate() throws Exception {
        Path bomb = dir.resolve("understated.docx");
        List<CraftedZip.Entry> entries = new ArrayList<>(CraftedZip.entriesOf(RawDocx.bytes(RawDocx.p("x")), 1_000));
        entries.removeIf(e -> e.name().equals("word/document.xml"));
        entries.add(CraftedZip.entry("word/document.xml", 1_000, out -> bookmarks(out, 120L * 1024 * 1024)));
        CraftedZip.write(bomb, entries);
        assertThat(Files.size(bomb)).isLessThan(DocxImporter.MAX_FILE_BYTES);
        assertThat(importBounded("document part declaring 1 000 bytes, inflating to 120 MB", bomb)).isEqualTo("import.zipBomb");

        Path extra = dir.resolve("understated-extra.docx");
        entries = new ArrayList<>(CraftedZip.entriesOf(RawDocx.bytes(RawDocx.p("某县教育局2025年工作总结") + RawDocx.p("一、主要工作")
                + RawDocx.p("完成任务。")), 1_000));
        CraftedZip.Entry big = CraftedZip.entry("word/media/x.bin", 1_000, out -> repeatedBlock(out, 60L * 1024 * 1024));
        for (int i = 0; i < 8; i++) {
            entries.add(new CraftedZip.Entry("word/media/image" + i + ".bin", big.deflated(), big.crc(), big.size(), 1_000));
        }
        CraftedZip.write(extra, entries);
        assertThat(importBounded("8 extra parts declaring 1 000 bytes, inflating to 60 MB each", extra)).isNull();
    }

    /** A document part of {@code bytes} bytes of bookmarks with random ids. */
    private static void bookmarks(OutputStream out, long bytes) throws IOException {
        Random rnd = new Random(14);
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + RawDocx.NS + "><w:body>"
                + RawDocx.p("某县教育局2025年工作总结") + "<w:p>").getBytes(StandardCharsets.UTF_8);
        out.write(head);
        long written = head.length;
        StringBuilder sb = new StringBuilder();
        while (written < bytes) {
            sb.setLength(0);
            for (int i = 0; i < 1000; i++) {
                sb.append("<w:bookmarkStart w:id=\"").append(rnd.nextInt(100_000)).append("\" w:name=\"_Toc\"/>");
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            out.write(b);
            written += b.length;
        }
        out.write("</w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} bytes of one random 16 KB block repeated (deflates to about 1 %). */
    private static void repeatedBlock(OutputStream out, long bytes) throws IOException {
        byte[] block = new byte[16 * 1024];
        new Random(60).nextBytes(block);
        for (long n = 0; n < bytes; n += block.length) {
            out.write(block);
        }
    }

    @Test
    void theBoundsThemselvesRefuseAsTheyCount() throws IOException {
        var budget = new InflateBudget(1_000, 1_500, 0.5);
        assertThatThrownBy(() -> budget.count(new ByteArrayInputStream(new byte[1_001]), 10_000).readAllBytes())
                .isInstanceOf(InflateBudget.Exceeded.class);
        var total = new InflateBudget(1_000, 1_500, 0.001);
        assertThat(total.count(new ByteArrayInputStream(new byte[800]), 800).readAllBytes()).hasSize(800);
        assertThatThrownBy(() -> total.count(new ByteArrayInputStream(new byte[800]), 800).readAllBytes())
                .isInstanceOf(InflateBudget.Exceeded.class);
        var ratio = new InflateBudget(10L << 20, 20L << 20, 0.5);
        assertThatThrownBy(() -> ratio.count(new ByteArrayInputStream(new byte[3 << 20]), 1 << 20).readAllBytes())
                .isInstanceOf(InflateBudget.Exceeded.class);
    }
}
