package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.LibreOfficeRender.Line;

/**
 * What only a rendering shows (spec section 7): LibreOffice lays out a three-page report with 22
 * lines a page, 28 characters a full line, a page number on every page and the date on a page
 * that also carries body text. Skipped when LibreOffice or poppler is not installed.
 */
class DocxRenderTest {

    private static final double POINTS_PER_TWIP = 1 / 20.0;

    @TempDir
    Path dir;

    static List<ExportProfile> profiles() {
        return List.of(ExportProfile.standard(), ExportProfiles.LOCAL.withSignatureMode(SignatureMode.NO_SEAL));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void threePageReportRendersToTheGrid(ExportProfile profile) throws Exception {
        assumeTrue(LibreOfficeRender.available(),
                "soffice/pdftotext/pdftoppm not on PATH: render checks skipped (install libreoffice-writer-nogui and poppler-utils)");
        Path docx = dir.resolve("three.docx");
        new DocxExporter().export(SampleReports.threePages(), profile, docx);
        LibreOfficeRender render = new LibreOfficeRender(dir);
        List<List<Line>> pages = render.lines(render.toPdf(docx));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        PageGeometry g = new PageGeometry(profile);
        double left = g.left * POINTS_PER_TWIP;
        double right = (PageGeometry.PAGE_WIDTH - g.right) * POINTS_PER_TWIP;
        double typeBottom = (PageGeometry.PAGE_HEIGHT - g.bottom) * POINTS_PER_TWIP;
        int maxLines = 0;
        int fullLines = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<Line> page = pages.get(i);
            List<Line> numbers = page.stream().filter(l -> DocxExporterTest.pageNumber(l.text()) > 0).toList();
            assertThat(numbers).as("page number on page " + (i + 1)).hasSize(1);
            assertThat(DocxExporterTest.pageNumber(numbers.get(0).text())).isEqualTo(i + 1);
            Line number = numbers.get(0);
            double dashMm = ((number.yMin() + number.yMax()) / 2 - typeBottom) * 25.4 / 72;
            assertThat(dashMm).as("page number about 7 mm below the type area").isBetween(5.0, 9.0);
            if ((i + 1) % 2 == 1) {
                assertThat(number.xMax()).as("odd page number on the right").isGreaterThan((left + right) / 2);
            } else {
                assertThat(number.xMin()).as("even page number on the left").isLessThan((left + right) / 2);
            }
            List<Line> text = page.stream().filter(l -> l != number).toList();
            long rows = text.stream().map(l -> Math.round(l.yMin())).distinct().count();
            assertThat(rows).as("lines on page " + (i + 1)).isLessThanOrEqualTo(22);
            maxLines = Math.max(maxLines, (int) rows);
            for (Line l : text) {
                boolean startsAtMargin = Math.abs(l.xMin() - left) < 2;
                boolean endsAtMargin = l.xMax() <= right + 1 && l.xMax() > right - 8;
                if (startsAtMargin && endsAtMargin) {
                    fullLines++;
                    assertThat(l.text().replace(" ", "").codePointCount(0, l.text().replace(" ", "").length()))
                            .as("characters on the full line \"" + l.text() + "\"").isEqualTo(28);
                }
            }
        }
        assertThat(maxLines).as("a full page holds 22 lines").isEqualTo(22);
        assertThat(pages.get(0)).as("the first page shows body text").anyMatch(l -> l.text().startsWith("按照县委"));
        assertThat(fullLines).as("full lines measured").isGreaterThan(20);

        List<Line> datePage = pages.stream().filter(p -> p.stream().anyMatch(l -> l.text().contains("2025年12月20日")))
                .findFirst().orElseThrow(() -> new AssertionError("date not rendered"));
        List<String> others = datePage.stream().map(Line::text)
                .filter(t -> !t.contains("2025年12月20日") && !t.equals(SampleReports.UNIT) && DocxExporterTest.pageNumber(t) < 0)
                .collect(Collectors.toList());
        assertThat(others).as("body text on the date's page").isNotEmpty();
    }
}
