package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.w3c.dom.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Tables and pictures in the .docx, read back by POI and checked in the XML. */
class TableExportTest {

    @Test
    void poiReadsTheTableWithItsMergesAndHeaderRows() throws Exception {
        ExportedDocx d = ExportedDocx.of(TableReports.withObjects(5), ExportProfile.standard());
        try (XWPFDocument doc = d.poi()) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable t = tables.get(0);
            assertThat(t.getNumberOfRows()).isEqualTo(2 + 5 + 1);
            XWPFTableCell seq = t.getRow(0).getCell(0);
            assertThat(seq.getText()).isEqualTo("序号");
            assertThat(seq.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            XWPFTableCell money = t.getRow(0).getCell(2);
            assertThat(money.getText()).isEqualTo("资金（万元）");
            assertThat(money.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(t.getRow(0).getTableCells()).hasSize(4);
            assertThat(t.getRow(1).getTableCells()).hasSize(5);
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(1).isRepeatHeader()).isTrue();
            assertThat(t.getRow(2).isRepeatHeader()).isFalse();
            assertThat(t.getRow(2).isCantSplitRow()).isTrue();
            assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("城区学校扩容");
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).suggestFileExtension()).isEqualTo("png");
        }
        assertThat(d.parts.get("word/document.xml")).doesNotContain("\uFFFC");
    }

    @Test
    void tableFillsTheTypeAreaWithSingleSpacedCellTextInTheProfileSize() {
        ExportProfile profile = ExportProfile.standard().withTableHalfPoints(24);
        ExportedDocx d = ExportedDocx.of(TableReports.withObjects(3), profile);
        String doc = "word/document.xml";
        Element tbl = d.node(doc, "/w:document/w:body/w:tbl");
        int width = new PageGeometry(profile).typeWidth();
        assertThat(d.string(tbl, "w:tblPr/w:tblW/@w:w")).isEqualTo(String.valueOf(width));
        assertThat(d.string(tbl, "w:tblPr/w:tblW/@w:type")).isEqualTo("dxa");
        assertThat(d.string(tbl, "w:tblPr/w:tblLayout/@w:type")).isEqualTo("fixed");
        assertThat(d.string(tbl, "w:tblPr/w:tblBorders/w:insideH/@w:sz")).isEqualTo("4");
        int sum = d.nodes(tbl, "w:tblGrid/w:gridCol").stream().mapToInt(c -> Integer.parseInt(ExportedDocx.attr(c, "w"))).sum();
        assertThat(sum).isEqualTo(width);
        for (Element p : d.nodes(tbl, ".//w:p")) {
            assertThat(d.string(p, "w:pPr/w:spacing/@w:lineRule")).as("single spacing in a cell").isEqualTo("auto");
            assertThat(d.string(p, "w:pPr/w:spacing/@w:line")).isEqualTo("240");
            assertThat(d.string(p, "w:pPr/w:snapToGrid/@w:val")).as("off the document grid").isEqualTo("0");
            assertThat(d.string(p, "w:pPr/w:ind/@w:firstLine")).isEqualTo("0");
        }
        for (Element r : d.nodes(tbl, ".//w:r")) {
            assertThat(d.size(r)).as("cell text in the profile's size").isEqualTo(24);
            assertThat(d.string(r, "w:rPr/w:rFonts/@w:hint")).isEqualTo("eastAsia");
            assertThat(d.eastAsiaFont(r)).isNotEmpty();
        }
        Element header = d.runWith("项目名称");
        assertThat(d.nodes(header, "w:rPr/w:b")).as("header row bold").hasSize(1);
        assertThat(d.nodes(d.runWith("城区学校扩容"), "w:rPr/w:b")).isEmpty();
        Element title = d.paragraphStarting("上半年重点项目进展表");
        assertThat(d.string(title, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(d.nodes(title, "w:pPr/w:keepNext")).as("the title stays with its table").hasSize(1);
        assertThat(d.nodes(d.runWith("上半年重点项目进展表"), "w:rPr/w:b")).hasSize(1);
    }

    @Test
    void wideTableGoesOnALandscapeSectionAndThePagesCountOn() {
        ExportProfile profile = ExportProfile.standard();
        ExportedDocx d = ExportedDocx.of(TableReports.withObjects(3), profile);
        String doc = "word/document.xml";
        List<Element> inner = d.nodes(doc, "/w:document/w:body/w:p/w:pPr/w:sectPr");
        assertThat(inner).as("a section break before and after the wide table").hasSize(2);
        Element portrait = inner.get(0);
        Element landscape = inner.get(1);
        assertThat(d.string(portrait, "w:pgSz/@w:orient")).isEmpty();
        assertThat(d.string(landscape, "w:pgSz/@w:orient")).isEqualTo("landscape");
        assertThat(d.string(landscape, "w:pgSz/@w:w")).isEqualTo("16838");
        assertThat(d.string(landscape, "w:pgSz/@w:h")).isEqualTo("11906");
        PageGeometry g = new PageGeometry(profile);
        assertThat(d.string(landscape, "w:pgMar/@w:top")).as("margins turned with the sheet").isEqualTo(String.valueOf(g.left));
        assertThat(d.string(landscape, "w:pgMar/@w:left")).isEqualTo(String.valueOf(g.bottom));
        Element last = d.node(doc, "/w:document/w:body/w:sectPr");
        assertThat(d.string(portrait, "w:pgNumType/@w:start")).as("the first section starts at 1").isEqualTo("1");
        assertThat(d.string(landscape, "w:pgNumType/@w:start")).as("no restart on the landscape page").isEmpty();
        assertThat(d.string(last, "w:pgNumType/@w:start")).as("no restart after it").isEmpty();
        String rels = d.parts.get("word/_rels/document.xml.rels");
        assertThat(target(rels, d.string(landscape, "w:footerReference[@w:type='default']/@r:id"))).isEqualTo("footer3.xml");
        assertThat(target(rels, d.string(landscape, "w:footerReference[@w:type='even']/@r:id"))).isEqualTo("footer4.xml");
        assertThat(target(rels, d.string(last, "w:footerReference[@w:type='default']/@r:id"))).isEqualTo("footer1.xml");
        assertThat(target(rels, d.string(portrait, "w:footerReference[@w:type='even']/@r:id"))).isEqualTo("footer2.xml");
        Element wide = d.nodes(doc, "/w:document/w:body/w:tbl").get(1);
        assertThat(d.string(wide, "w:tblPr/w:tblW/@w:w")).as("the landscape type area's width").isEqualTo(String.valueOf(g.typeHeight()));
        assertThat(d.parts.get("word/footer3.xml")).contains("vert=\"vert\"").contains(" PAGE ");
    }

    private static String target(String rels, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Id=\"" + id + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"" + id + "\"").matcher(rels);
        assertThat(m.find()).as("relationship " + id).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void pictureIsAnInlineDrawingNoWiderThanTheTypeAreaWithItsCaptionBelow() {
        Report r = SampleReports.small();
        Picture big = TableReports.picture(3000, 1500);
        r.sections().get(1).setBody(RichText.of(List.of(Paragraph.of(big), Paragraph.of("正文。"))));
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        assertThat(d.parts.get("[Content_Types].xml")).contains("Extension=\"png\"").contains("image/png");
        assertThat(d.parts.keySet()).anyMatch(n -> n.startsWith("word/media/") && n.endsWith(".png"));
        String xml = d.parts.get("word/document.xml");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"").matcher(xml);
        assertThat(m.find()).isTrue();
        long cx = Long.parseLong(m.group(1));
        long cy = Long.parseLong(m.group(2));
        assertThat(cx).as("as wide as the type area").isEqualTo((long) new PageGeometry(ExportProfile.standard()).typeWidth() * 635);
        assertThat((double) cx / cy).as("aspect kept").isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        Element pic = d.paragraphs().stream().filter(p -> !d.nodes(p, ".//w:drawing").isEmpty()).findFirst().orElseThrow();
        assertThat(d.string(pic, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(d.string(pic, "w:pPr/w:spacing/@w:lineRule")).as("an exact line would clip the picture").isEqualTo("auto");
        Element caption = d.paragraphStarting("图1 新建教学楼示意");
        assertThat(d.string(caption, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        try (XWPFDocument doc = d.poi()) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).getData()).isEqualTo(big.data());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTableEndingTheDocumentIsFollowedByAParagraphBeforeTheSectionProperties() {
        Report r = new Report();
        r.setTitle("表格");
        r.root().add(new Section("情况", RichText.of(List.of(Paragraph.of(TableReports.progress(2))))));
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard().withIncludeSignature(false));
        List<Element> blocks = d.nodes("word/document.xml", "/w:document/w:body/*");
        assertThat(blocks.get(blocks.size() - 1).getLocalName()).isEqualTo("sectPr");
        assertThat(blocks.get(blocks.size() - 2).getLocalName()).isEqualTo("p");
        assertThat(blocks.get(blocks.size() - 3).getLocalName()).isEqualTo("tbl");
    }

    @Test
    void landscapeRuleTakesTheColumnLimitTheNarrowestColumnsAndTheTablesOwnChoice() {
        ExportProfile profile = ExportProfile.standard();
        int portrait = new PageGeometry(profile).typeWidth();
        assertThat(TableLayout.landscape(TableReports.progress(3), profile, portrait)).isFalse();
        assertThat(TableLayout.landscape(TableReports.progress(3).withLandscape(true), profile, portrait)).isTrue();
        assertThat(TableLayout.landscape(TableReports.wide(), profile, portrait)).as("13 columns").isTrue();
        assertThat(TableLayout.landscape(TableReports.wide(), profile.withLandscapeColumns(20), portrait))
                .as("13 columns of two CJK characters do not fit the portrait area").isTrue();
        Table ten = Table.ofText("", 0, List.of(java.util.Collections.nCopies(10, "12")));
        assertThat(TableLayout.landscape(ten, profile.withLandscapeColumns(20), portrait)).as("10 narrow columns fit").isFalse();
        assertThat(TableLayout.landscape(ten, profile, portrait)).as("beyond the profile's 9 columns").isTrue();
        Table numbers = Table.ofText("", 0, List.of(List.of("1234567890.12", "1234567890.12", "1234567890.12", "1234567890.12", "1234567890.12")));
        assertThat(TableLayout.landscape(numbers, profile, portrait)).as("five 13-digit numbers do not fit 156 mm").isTrue();
    }
}
