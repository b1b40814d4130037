package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** A run-in heading of a bold level: the heading sentence is bold, the body after it is not (as Word resolves it). */
class RunInBoldHeadingTest {

    @Test
    void bodyAfterABoldRunInHeadingDoesNotInheritTheStylesBold() throws Exception {
        ExportProfile boldLevel2 = ExportProfile.standard().withHeadingBold(2, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(SampleReports.small(), boldLevel2, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFParagraph runIn = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）强基础"))
                    .findFirst().orElseThrow();
            assertThat(effectiveBold(doc, runIn, runIn.getRuns().get(0))).isTrue();
            XWPFRun body = runIn.getRuns().stream().filter(r -> r.text().contains("新建改扩建校舍")).findFirst().orElseThrow();
            assertThat(effectiveBold(doc, runIn, body)).isFalse();
        }
    }

    /** Bold as Word shows it: the run's own setting, else its paragraph style's. */
    private static boolean effectiveBold(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
        CTRPr own = r.getCTR().getRPr();
        if (own != null && own.sizeOfBArray() > 0) {
            return r.isBold();
        }
        CTRPr style = doc.getStyles().getStyle(p.getStyleID()).getCTStyle().getRPr();
        return style != null && style.sizeOfBArray() > 0;
    }
}
