package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.testing.RandomReports;

/**
 * Generated reports → the real {@link DocxExporter} (standard profile) → {@link Importer}: the same
 * title, opening, outline (headings without labels, levels, order), body text with bold/italic,
 * signature and date. What a secretary gets back when she imports last year's exported report.
 */
class DocxRoundTripPropertyTest {

    @TempDir
    Path dir;

    private final DocxExporter exporter = new DocxExporter();
    private final Importer importer = new Importer();

    @Test
    void exportedReportsImportBackUnchanged() throws IOException {
        RandomReports reports = new RandomReports(20251122L, true, false);
        Path f = dir.resolve("round.docx");
        for (int i = 0; i < 300; i++) {
            Report original = reports.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(original, ExportProfile.standard(), bytes);
            Files.write(f, bytes.toByteArray());
            ImportResult result = importer.importFile(f, ImportOptions.defaults());
            String what = "report " + i + ": " + outline(original.sections());
            assertThat(result.reports()).as(what).hasSize(1);
            Report back = result.first();
            assertThat(back.title()).as(what).isEqualTo(original.title());
            assertThat(styled(back.opening())).as(what).isEqualTo(styled(original.opening()));
            assertThat(outline(back.sections())).as(what).isEqualTo(outline(original.sections()));
            assertThat(back.signature()).as(what).isEqualTo(original.signature());
            assertThat(back.date()).as(what).isEqualTo(original.date());
            assertThat(result.changes()).as(what).isEmpty();
        }
    }

    /**
     * With tables (header rows, merges both ways, wide ones on landscape pages, titles) and pictures
     * (PNG and JPEG, captions) among the paragraphs: they come back as tables and pictures, the
     * same grid, merges, texts, header rows and title, the same image bytes and caption.
     */
    @Test
    void reportsWithTablesAndPicturesImportBackUnchanged() throws IOException {
        RandomReports reports = new RandomReports(20261203L, true, false, true);
        Path f = dir.resolve("figures.docx");
        int tables = 0;
        int pictures = 0;
        for (int i = 0; i < 60; i++) {
            Report original = reports.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(original, ExportProfile.standard(), bytes);
            Files.write(f, bytes.toByteArray());
            ImportResult result = importer.importFile(f, ImportOptions.defaults());
            String what = "report " + i + ": " + outline(original.sections());
            assertThat(result.reports()).as(what).hasSize(1);
            Report back = result.first();
            assertThat(outline(back.sections())).as(what).isEqualTo(outline(original.sections()));
            assertThat(back.signature()).as(what).isEqualTo(original.signature());
            for (Section s : original.allSections()) {
                for (Paragraph p : s.body().paragraphs()) {
                    tables += p.embedded() instanceof org.reportdesk.model.Table ? 1 : 0;
                    pictures += p.embedded() instanceof org.reportdesk.model.Picture ? 1 : 0;
                }
            }
        }
        assertThat(tables).as("tables generated").isGreaterThan(20);
        assertThat(pictures).as("pictures generated").isGreaterThan(5);
    }

    /** One line per section: numbering path (level and order), heading, run-in, styled body. */
    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.path() + "|" + s.heading() + "|" + s.runIn() + "|" + styled(s.body()));
            out.addAll(outline(s.children()));
        }
        return out;
    }

    /** Text with bold as **…** and italic as _…_, so that span boundaries do not matter, only what is styled. */
    private static String styled(RichText t) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : t.paragraphs()) {
            if (p.isObject()) {
                sb.append(object(p.embedded())).append('\n');
                continue;
            }
            for (Span s : p.spans()) {
                sb.append(s.bold() ? "**" : "").append(s.italic() ? "_" : "").append(s.text())
                        .append(s.italic() ? "_" : "").append(s.bold() ? "**" : "");
            }
            sb.append('\n');
        }
        return sb.toString().replace("****", "").replace("__", "");
    }

    /** A table's title, header rows and grid (anchors with spans and styled text, covered slots); a picture's bytes and caption. */
    private static String object(org.reportdesk.model.Embedded e) {
        if (e instanceof org.reportdesk.model.Picture pic) {
            return "[picture " + pic.format() + " " + pic.widthPx() + "x" + pic.heightPx() + " "
                    + java.util.Arrays.hashCode(pic.data()) + " " + pic.caption() + "]";
        }
        org.reportdesk.model.Table t = (org.reportdesk.model.Table) e;
        StringBuilder sb = new StringBuilder("[table " + t.title() + " header " + t.headerRows());
        for (int r = 0; r < t.rowCount(); r++) {
            sb.append("\n ");
            for (int c = 0; c < t.columnCount(); c++) {
                org.reportdesk.model.TableCell cell = t.cell(r, c);
                sb.append(cell.covered() ? "|-" : "|" + cell.rowSpan() + "x" + cell.colSpan() + ":" + styled(cell.text()).strip());
            }
        }
        return sb.append(']').toString();
    }
}
