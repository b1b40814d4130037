package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.w3c.dom.Element;

/** What a review of the exported files in Word and WPS found (layout spec 9). */
class ReviewFixesTest {

    private static final String STYLES = "word/styles.xml";

    @Test
    void footerStyleDoesNotSnapToTheDocumentGrid() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        Element footer = d.node(STYLES, "//w:style[@w:styleId='Footer']");
        assertThat(d.string(footer, "w:pPr/w:snapToGrid/@w:val")).as("Word moves the page number otherwise").isIn("0", "false");
    }

    @Test
    void headingStylesContinueInTheBodyStyle() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        for (int level = 1; level <= 4; level++) {
            Element h = d.node(STYLES, "//w:style[@w:styleId='Heading" + level + "']");
            assertThat(d.string(h, "w:next/@w:val")).as("Enter after a heading in Word continues in 仿宋").isEqualTo("BodyText");
        }
        assertThat(d.string(d.node(STYLES, "//w:style[@w:styleId='BodyText']"), "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("仿宋_GB2312");
    }

    @Test
    void everyFontAttributeNamesOneFace() {
        ExportProfile listed = ExportProfiles.LOCAL.withLatinFont("Times New Roman,宋体");
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), listed);
        for (String part : List.of("word/document.xml", STYLES, "word/footer1.xml", "word/footer2.xml")) {
            for (Element f : d.nodes(part, "//w:rFonts")) {
                for (String a : List.of("ascii", "eastAsia", "hAnsi", "cs")) {
                    assertThat(ExportedDocx.attr(f, a)).as(part + " " + a).doesNotContain(",", "，", ";");
                }
            }
        }
        assertThat(d.string(d.runWith("新建改扩建"), "w:rPr/w:rFonts/@w:ascii")).isEqualTo("Times New Roman");
        for (Element alt : d.nodes("word/fontTable.xml", "//w:altName")) {
            assertThat(ExportedDocx.attr(alt, "val")).doesNotContain(",");
        }
        assertThat(d.nodes("word/fontTable.xml", "//w:font[@w:name='Times New Roman']")).hasSize(1);
    }

    @Test
    void emDashesAndMiddleDotsStayInTheGb2312Run() {
        Report r = SampleReports.small();
        r.sections().get(1).setBody(RichText.ofPlain("坚持“五育”并举——德智体美劳·全面发展。"));
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        List<String> runs = new ArrayList<>();
        for (Element run : d.nodes(d.paragraphStarting("坚持"), "w:r")) {
            runs.add(d.eastAsiaFont(run) + ":" + d.text(run));
        }
        assertThat(runs).containsExactly("仿宋_GB2312:坚持“五育”并举——德智体美劳·全面发展。");
    }

    @Test
    void theTitleOfTheReviewKeepsAnUprightShape() {
        Report r = SampleReports.small();
        r.setTitle("云溪县教育局关于2025年上半年教育系统安全生产工作总结");
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        List<String> lines = new ArrayList<>(List.of(""));
        for (Element run : d.nodes(d.paragraphs().get(0), "w:r")) {
            if (!d.nodes(run, "w:br").isEmpty()) {
                lines.add("");
            }
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + d.text(run));
        }
        assertThat(lines).containsExactly("云溪县教育局关于2025年", "上半年教育系统安全生产工作总结");
    }
}
