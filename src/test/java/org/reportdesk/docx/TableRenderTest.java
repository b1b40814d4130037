package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.LibreOfficeRender.Line;

/**
 * LibreOffice renders a report with a long table crossing a page (its two header rows repeated on
 * the next page), a wide table on a landscape page and a picture. Page numbers count on through
 * the landscape page. With {@code -Dreportdesk.renderOut=DIR} the PDF and the pages as PNG are kept.
 */
class TableRenderTest {

    @TempDir
    Path dir;

    @Test
    void longTableRepeatsItsHeaderAndTheWideTableGoesOnALandscapePage() throws Exception {
        assumeTrue(LibreOfficeRender.available(), "soffice/pdftotext/pdftoppm not on PATH: render checks skipped");
        Path out = System.getProperty("reportdesk.renderOut") == null ? dir : Path.of(System.getProperty("reportdesk.renderOut"));
        Files.createDirectories(out);
        Path docx = out.resolve("tables.docx");
        new DocxExporter().export(TableReports.withObjects(40), ExportProfile.standard(), docx);
        LibreOfficeRender render = new LibreOfficeRender(dir);
        Path pdf = render.toPdf(docx);
        List<List<Line>> pages = render.lines(pdf);
        for (int i = 1; i <= pages.size() && out != dir; i++) {
            render.toPng(pdf, i, out.resolve("page-" + i));
        }

        List<Integer> withHeader = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.text().contains("资金（万元）"))) {
                withHeader.add(i);
            }
        }
        assertThat(withHeader).as("pages showing the header row of the long table").hasSizeGreaterThanOrEqualTo(2);
        int first = withHeader.get(0);
        assertThat(pages.get(first + 1)).as("the header row repeated on the table's second page")
                .anyMatch(l -> l.text().contains("资金（万元）"));
        assertThat(pages.get(first + 1)).as("the table continues on its second page").anyMatch(l -> l.text().contains("40"));

        int wide = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.text().contains("12月"))) {
                wide = i;
            }
        }
        assertThat(wide).as("the wide table rendered").isGreaterThan(0);
        assertThat(render.pageSize(pdf, wide + 1)[0]).as("the wide table's page is landscape")
                .isGreaterThan(render.pageSize(pdf, wide + 1)[1]);
        assertThat(render.pageSize(pdf, wide)[0]).as("the page before is portrait")
                .isLessThan(render.pageSize(pdf, wide)[1]);
        assertThat(pages.get(wide + 1)).as("the picture's caption after the landscape page, portrait again")
                .anyMatch(l -> l.text().contains("新建教学楼示意"));
        for (int i = 0; i < pages.size(); i++) {
            int n = i + 1;
            assertThat(pages.get(i)).as("page number " + n + " on page " + n)
                    .anyMatch(l -> DocxExporterTest.pageNumber(l.text().replace(" ", "")) == n
                            || l.text().replace(" ", "").equals("—" + n + "—"));
        }
    }
}
