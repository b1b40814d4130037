package org.reportdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** The PDF holds the laid-out pages, with every font embedded as a subset and the metadata set. */
class PdfExporterTest {

    private static PdfExporter exporter;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        FontSet fonts = FontSet.forPdf();
        assumeTrue(fonts.fontFor("仿宋_GB2312", '中') != null,
                "no embeddable CJK TrueType font on this machine (e.g. fonts-arphic-uming): PDF checks skipped");
        exporter = new PdfExporter(fonts);
    }

    @Test
    void thePdfHasTheLayoutsPagesAndEmbedsEveryFont() throws Exception {
        Report r = SampleReports.threePages();
        Path pdf = dir.resolve("three.pdf");
        exporter.export(r, ExportProfile.standard(), pdf);
        int pages = exporter.layout(r, ExportProfile.standard()).pageCount();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages).isGreaterThanOrEqualTo(3);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                }
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("云溪县教育局关于2025年度义务教育优质均衡发展推进情况的工作总结");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(r.unit());
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            String text = new PDFTextStripper().getText(doc).replace(" ", "");
            assertThat(text).contains("按照县委").contains("2025年12月20日").contains("—1—");
        }
    }

    @Test
    void tablesArePrintedWithTheirBordersAndRepeatedHeaderAndPicturesAreEmbedded() throws Exception {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of("序号", "项目名称", "进展情况"));
        for (int i = 1; i <= 50; i++) {
            rows.add(java.util.List.of(String.valueOf(i), "校舍改造项目" + i, "已完成主体工程"));
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 200, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Report r = new Report();
        r.setTitle("某县教育局重点项目进展情况");
        r.root().add(new org.reportdesk.model.Section("重点项目", org.reportdesk.model.RichText.of(java.util.List.of(
                org.reportdesk.model.Paragraph.of("进展如下表。"),
                org.reportdesk.model.Paragraph.of(org.reportdesk.model.Table.ofText("表1 重点项目进展情况表", 1, rows)),
                org.reportdesk.model.Paragraph.of(org.reportdesk.model.Picture.of(png.toByteArray(), "图1 新建教学楼"))))));
        Path pdf = dir.resolve("table.pdf");
        exporter.export(r, ExportProfile.standard(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper strip = new PDFTextStripper();
                strip.setStartPage(p);
                strip.setEndPage(p);
                String text = strip.getText(doc).replace(" ", "");
                if (text.contains("校舍改造项目")) {
                    assertThat(text).as("page " + p).contains("项目名称");
                }
            }
            long images = 0;
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    images += p.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).replace(" ", "")).contains("图1新建教学楼").doesNotContain("\uFFFC");
        }
        if (System.getProperty("reportdesk.keepPdf") != null) {
            java.nio.file.Files.copy(pdf, Path.of(System.getProperty("reportdesk.keepPdf")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aCharacterTypedBetweenTwoExportsIsInTheSecondPdf() throws Exception {
        Report r = SampleReports.threePages();
        exporter.export(r, ExportProfile.standard(), dir.resolve("before.pdf"));
        Section s = r.allSections().get(0);
        s.setBody(RichText.ofPlain(s.body().plainText() + "鑫龘"));
        Path pdf = dir.resolve("after.pdf");
        exporter.export(r, ExportProfile.standard(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replace(" ", "").replace("\n", "")).contains("鑫");
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    assertThat(p.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
    }
}
