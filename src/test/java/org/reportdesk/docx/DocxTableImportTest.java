package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;
import org.reportdesk.services.Importer;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.ImportWarning;

/** Tables and pictures of a .docx become the report's tables and pictures, in the section they stand in. */
class DocxTableImportTest {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    private static String tc(String props, String text) {
        return "<w:tc>" + (props.isEmpty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + RawDocx.p(text) + "</w:tc>";
    }

    private static String tc(String text) {
        return tc("", text);
    }

    @Test
    void mergesBothWaysHeaderRowsWidthsAndTitleAreKeptInTheSectionOfTheTable() throws Exception {
        String body = RawDocx.p("某县2025年上半年工作总结") + RawDocx.p("一、重点项目进展") + RawDocx.p("今年以来项目推进顺利。")
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>表1 重点项目进展情况</w:t></w:r></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("序号") + tc("项目") + tc("进度") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "1") + tc("城东小学") + tc("<w:b/>", "80%") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("城西幼儿园") + tc("60%") + "</w:tr>"
                + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", "合计") + tc("70%") + "</w:tr>"
                + "<w:tr>" + tc("仅一格") + "</w:tr>"
                + "</w:tbl>"
                + RawDocx.p("二、存在问题") + RawDocx.p("资金到位较慢。");
        ImportResult r = importer.importFile(RawDocx.write(dir.resolve("merged.docx"), body), ImportOptions.defaults());
        Report report = r.first();
        assertThat(report.sections()).extracting(Section::heading).containsExactly("重点项目进展", "存在问题");
        List<Paragraph> ps = report.sections().get(0).body().paragraphs();
        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).plainText()).isEqualTo("今年以来项目推进顺利。");
        Table t = (Table) ps.get(1).embedded();
        assertThat(t.title()).isEqualTo("表1 重点项目进展情况");
        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.headerRows()).isEqualTo(1);
        assertThat(t.columnWidths()).containsExactly(1000, 3000, 2000);
        assertThat(t.cell(1, 0)).satisfies(c -> {
            assertThat(c.plainText()).isEqualTo("1");
            assertThat(c.rowSpan()).isEqualTo(2);
        });
        assertThat(t.cell(2, 0).covered()).isTrue();
        assertThat(t.cell(2, 1).plainText()).isEqualTo("城西幼儿园");
        assertThat(t.cell(3, 0)).satisfies(c -> {
            assertThat(c.plainText()).isEqualTo("合计");
            assertThat(c.colSpan()).isEqualTo(2);
        });
        assertThat(t.cell(3, 1)).isEqualTo(TableCell.COVERED);
        assertThat(t.cell(3, 2).plainText()).isEqualTo("70%");
        assertThat(t.cell(4, 0).plainText()).isEqualTo("仅一格");
        assertThat(t.cell(4, 2).plainText()).as("a ragged row is padded").isEmpty();
        assertThat(report.opening().plainText()).as("the title moved into the table").doesNotContain("表1");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aNestedTableGivesItsTextToTheCellWithAWarning() throws Exception {
        String inner = "<w:tbl><w:tr>" + tc("内层甲") + tc("内层乙") + "</w:tr><w:tr>" + tc("丙") + tc("丁") + "</w:tr></w:tbl>";
        String body = RawDocx.p("某县工作总结") + "<w:tbl><w:tr>" + tc("外层") + "<w:tc>" + RawDocx.p("说明") + inner + "<w:p/></w:tc></w:tr></w:tbl>";
        ImportResult r = importer.importFile(RawDocx.write(dir.resolve("nested.docx"), body), ImportOptions.defaults());
        Table t = (Table) r.first().opening().paragraphs().get(0).embedded();
        assertThat(t.columnCount()).isEqualTo(2);
        assertThat(t.cell(0, 1).text().paragraphs()).extracting(Paragraph::plainText).containsExactly("说明", "内层甲\t内层乙", "丙\t丁");
        assertThat(r.warnings()).extracting(ImportWarning::key).containsExactly("import.warning.nestedTables");
    }

    @Test
    void aTableOverTheRowLimitStaysTabSeparatedTextWithAWarning() throws Exception {
        StringBuilder body = new StringBuilder(RawDocx.p("某县工作总结")).append("<w:tbl>");
        for (int i = 0; i <= Table.MAX_ROWS; i++) {
            body.append("<w:tr>").append(tc("第" + i + "行")).append(tc(String.valueOf(i))).append("</w:tr>");
        }
        body.append("</w:tbl>");
        ImportResult r = importer.importFile(RawDocx.write(dir.resolve("long.docx"), body.toString()), ImportOptions.defaults());
        assertThat(r.first().opening().paragraphs()).hasSize(Table.MAX_ROWS + 1).noneMatch(Paragraph::isObject);
        assertThat(r.first().opening().paragraphs().get(3).plainText()).isEqualTo("第3行\t3");
        assertThat(r.warnings()).extracting(ImportWarning::key).containsExactly("import.warning.tablesAsText");
    }

    @Test
    void aPictureTakesTheCaptionBelowAndAnUnsupportedFormatIsNamedInAWarning() throws Exception {
        Path f = dir.resolve("pictures.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某县工作总结");
            doc.createParagraph().createRun().setText("一、项目建设");
            doc.createParagraph().createRun().setText("城东小学主体完工。");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(PNG), PictureType.PNG, "a.png", 10000, 10000);
            doc.createParagraph().createRun().setText("图1 城东小学建设现场");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(new byte[] {1, 0, 0, 0, 9, 9}), PictureType.EMF, "b.emf",
                    10000, 10000);
            doc.createParagraph().createRun().setText("二、下步打算");
            try (OutputStream out = Files.newOutputStream(f)) {
                doc.write(out);
            }
        }
        ImportResult r = importer.importFile(f, ImportOptions.defaults());
        List<Paragraph> ps = r.first().sections().get(0).body().paragraphs();
        assertThat(ps).hasSize(2);
        Picture p = (Picture) ps.get(1).embedded();
        assertThat(p.caption()).isEqualTo("图1 城东小学建设现场");
        assertThat(p.data()).isEqualTo(PNG);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("import.warning.picturesUnsupported");
            assertThat(w.message()).contains("EMF").contains("1");
        });
        assertThat(r.first().sections()).extracting(Section::heading).containsExactly("项目建设", "下步打算");
    }
}
