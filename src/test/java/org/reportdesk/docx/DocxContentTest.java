package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.docx.RawDocx.p;
import static org.reportdesk.docx.RawDocx.row;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/** Text where real Word files keep it: text boxes, content controls, tables, nested alike, and masks kept as written. */
class DocxContentTest {

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    private ImportResult importBody(String body) throws Exception {
        return importer.importFile(RawDocx.write(dir.resolve("t.docx"), body), ImportOptions.defaults());
    }

    private static String textBox(String inner) {
        String content = "<w:txbxContent>" + inner + "</w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
                + "<wps:wsp><wps:txbx>" + content + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content + "</v:textbox></v:shape></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r>";
    }

    @Test
    void textBoxesAreReadOnceInDocumentOrder() throws Exception {
        ImportResult r = importBody(p("某县教育局2025年工作总结")
                + "<w:p><w:r><w:t>一、主要工作</w:t></w:r>" + textBox(p("全年新建学校3所。")) + "</w:p>"
                + p("二、存在的问题") + p("师资不足。"));
        Report report = r.first();
        assertThat(report.sections()).extracting(Section::heading).containsExactly("主要工作", "存在的问题");
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("全年新建学校3所。");
        assertThat(r.changes()).as("the text was read once, not read twice and cleaned").isEmpty();
    }

    @Test
    void blockAndRunContentControlsAreRead() throws Exception {
        ImportResult r = importBody(p("某县教育局2025年工作总结")
                + "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/><w:placeholder><w:docPart w:val=\"x\"/></w:placeholder></w:sdtPr>"
                + "<w:sdtContent>" + p("一、主要工作") + "</w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t>全县共有学校</w:t></w:r><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>46</w:t></w:r>"
                + "</w:sdtContent></w:sdt><w:hyperlink><w:smartTag><w:r><w:t>所</w:t></w:r></w:smartTag></w:hyperlink>"
                + "<w:r><w:t>。</w:t></w:r></w:p>");
        assertThat(r.first().sections()).extracting(Section::heading).containsExactly("主要工作");
        assertThat(r.first().sections().get(0).body().plainText()).isEqualTo("全县共有学校46所。");
    }

    @Test
    void aTableInALayoutFrameIsATableAndTheFrameKeepsItsParagraphs() throws Exception {
        String inner = "<w:tbl>" + row(p("小学"), p("32所")) + row(p("初中"), p("14所")) + "</w:tbl>";
        // a one-column table framing the whole report, as 红头 documents do, holding a data table
        ImportResult r = importBody("<w:tbl>" + row(p("某县教育局2025年工作总结") + p("一、主要工作") + p("学校情况如下：") + inner)
                + "</w:tbl>");
        Report report = r.first();
        assertThat(report.title()).isEqualTo("某县教育局2025年工作总结");
        assertThat(report.sections()).extracting(Section::heading).containsExactly("主要工作");
        var body = report.sections().get(0).body().paragraphs();
        assertThat(body.get(0).plainText()).isEqualTo("学校情况如下：");
        org.reportdesk.model.Table t = (org.reportdesk.model.Table) body.get(1).embedded();
        assertThat(t.cell(1, 0).plainText()).isEqualTo("初中");
        assertThat(t.cell(1, 1).plainText()).isEqualTo("14所");
        assertThat(r.warnings()).as("a table in a one-column frame is no nested table").isEmpty();
    }

    @Test
    void masksInWordTextAreContentNotMarkdown() throws Exception {
        ImportResult r = importBody(p("某县教育局2025年工作总结") + p("一、主要工作")
                + p("全年共发展党员**名，完成**中学迁建，投入××万元。"));
        assertThat(r.first().sections().get(0).body().plainText()).isEqualTo("全年共发展党员**名，完成**中学迁建，投入××万元。");
        assertThat(r.changes()).noneMatch(c -> c.kind() == ImportChange.Kind.MARKUP);
    }

    @Test
    void deletedTextRubyAndFieldCodesAreLeftOut() throws Exception {
        ImportResult r = importBody(p("某县教育局2025年工作总结") + p("一、主要工作")
                + "<w:p><w:r><w:t>完成</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:ruby><w:rt><w:r><w:t>xiào</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>校</w:t></w:r></w:rubyBase></w:ruby></w:r>"
                + "<w:r><w:t>项。</w:t></w:r></w:p>");
        assertThat(r.first().sections().get(0).body().plainText()).isEqualTo("完成3校项。");
    }
}
