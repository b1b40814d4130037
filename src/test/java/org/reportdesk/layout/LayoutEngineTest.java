package org.reportdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportRules;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.docx.TitleLines;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** The page as the export sets it, measured on the ideal CJK grid (every character one em). */
class LayoutEngineTest {

    private final ExportProfile std = ExportProfile.standard();

    private static Report withBody(String body) {
        Report r = new Report();
        r.root().add(new Section("概况", RichText.ofPlain(body)));
        return r;
    }

    private static List<String> lines(PageLayout l) {
        return l.pages().stream().flatMap(p -> p.lines().stream()).map(Line::text).toList();
    }

    @Test
    void aFullPageHolds22LinesOf28Characters() {
        Report r = withBody("教".repeat(28 * 60));
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(r, std);
        Page first = l.pages().get(0);
        assertThat(first.lines()).hasSize(22);
        List<String> body = lines(l).stream().filter(t -> t.startsWith("教")).toList();
        assertThat(body.get(0)).hasSize(26);
        assertThat(body.get(1)).hasSize(28);
        assertThat(first.lines().get(21).top() - first.lines().get(0).top()).isEqualTo(21 * 28.95, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // 26 characters on the first line: the 27th is a closing quote, the 26th an opening bracket
        String text = "教".repeat(25) + "《方案》”" + "育".repeat(20) + "、。" + "学".repeat(30);
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(withBody(text), std);
        for (String line : lines(l)) {
            if (!line.isEmpty()) {
                assertThat("）》”’」』】〕".indexOf(line.charAt(0))).as("line start of " + line).isLessThan(0);
                assertThat("（《“‘「『【〔".indexOf(line.charAt(line.length() - 1))).as("line end of " + line).isLessThan(0);
            }
        }
    }

    @Test
    void aCommaThatWouldStartALineHangsInTheMargin() {
        String text = "教".repeat(26) + "，" + "育".repeat(10);
        List<String> ls = lines(new LayoutEngine(FontMetrics.GRID).layout(withBody(text), std));
        assertThat(ls).contains("教".repeat(26) + "，", "育".repeat(10));
    }

    @Test
    void latinWordsAndNumbersAreNotSplit() {
        String text = "教".repeat(24) + "2025年ReportDesk" + "育".repeat(30);
        List<String> ls = lines(new LayoutEngine(FontMetrics.GRID).layout(withBody(text), std));
        assertThat(ls).noneMatch(t -> t.endsWith("20") || t.endsWith("Report"));
    }

    @Test
    void theTitleHasTheExportsBalancedLines() {
        Report r = SampleReports.threePages();
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(r, std);
        List<String> expected = TitleLines.split(org.reportdesk.model.Fields.fill(r.title(), r.fieldValues()).strip(), r.unit(),
                ExportRules.titleMaxHalfCells(std));
        List<String> title = l.pages().get(0).lines().stream().filter(x -> x.kind() == BlockKind.TITLE).map(Line::text).toList();
        assertThat(title).isEqualTo(expected);
    }

    @Test
    void pageNumbersSitRightOnOddPagesAndLeftOnEvenPages() {
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(withBody("教".repeat(28 * 50)), std);
        assertThat(l.pageCount()).isGreaterThanOrEqualTo(2);
        Page odd = l.pages().get(0);
        Page even = l.pages().get(1);
        assertThat(odd.pageNumber().text()).isEqualTo("— 1 —");
        assertThat(even.pageNumber().text()).isEqualTo("— 2 —");
        assertThat(odd.pageNumber().runs().get(0).x()).isGreaterThan(odd.widthPt() / 2);
        assertThat(even.pageNumber().runs().get(0).x()).isLessThan(even.widthPt() / 2);
    }

    @Test
    void theDateNeverStandsAloneOnTheLastPage() {
        for (int extra = 0; extra < 30; extra++) {
            Report r = withBody("教".repeat(28 * 17 + 28 * extra));
            r.setSignature("云溪县教育局");
            r.setDate("2025年12月20日");
            PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(r, std);
            Page last = l.pages().get(l.pageCount() - 1);
            assertThat(last.lines()).as("last page with " + extra + " extra lines")
                    .anyMatch(x -> x.kind() == BlockKind.BODY || x.kind() == BlockKind.HEADING);
        }
    }

    @Test
    void linesKnowTheirSectionAndOffsets() {
        Report r = withBody("教".repeat(60));
        Section s = r.root().children().get(0);
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(r, std);
        List<Line> body = l.pages().get(0).lines().stream().filter(x -> x.kind() == BlockKind.BODY).toList();
        assertThat(body).allMatch(x -> s.id().equals(x.source().sectionId()));
        assertThat(body.get(0).start()).isZero();
        assertThat(body.get(1).start()).isEqualTo(body.get(0).end());
        assertThat(l.pageOf(s.id())).isEqualTo(1);
    }

    @Test
    void aKeystrokeMeasuresOnlyTheEditedParagraph() {
        Report r = SampleReports.large(30_000, 60);
        LayoutEngine engine = new LayoutEngine(FontMetrics.GRID);
        PageLayout before = engine.layout(r, std);
        Section s = r.allSections().get(30);
        s.setBody(RichText.ofPlain(s.body().plainText().replaceFirst("。", "，再加一字。")));
        PageLayout after = engine.layout(r, std);
        assertThat(engine.measuredLast()).isEqualTo(1);
        assertThat(after.pageCount()).isBetween(before.pageCount(), before.pageCount() + 1);
    }
}
