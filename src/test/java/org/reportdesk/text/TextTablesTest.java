package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.Table;
import org.reportdesk.services.Importer;

/** Pasted text that is clearly a table (tab-separated, or columns aligned by spaces) becomes a table; lists and prose do not. */
class TextTablesTest {

    private final Importer importer = new Importer();

    private ImportResult paste(String text) {
        return importer.importText(text, ImportOptions.defaults());
    }

    private static List<Table> tables(Report r) {
        List<Paragraph> all = new java.util.ArrayList<>(r.opening().paragraphs());
        r.sections().forEach(s -> all.addAll(s.body().paragraphs()));
        return all.stream().filter(Paragraph::isObject).map(p -> (Table) p.embedded()).toList();
    }

    @Test
    void tabSeparatedLinesBecomeATableWithHeaderAndTitleInTheirSection() {
        ImportResult r = paste("""
                某镇2025年民生实事推进情况的报告
                一、总体进展
                十项民生实事已完成七项。
                表1 民生实事完成情况
                项目\t计划数\t完成数\t完成率
                老旧小区改造\t12个\t9个\t75%
                农村公路提升\t30公里\t30公里\t100%
                二、下步安排
                抓紧推进剩余项目。
                """);
        Report rep = r.first();
        assertThat(rep.sections()).hasSize(2);
        List<Paragraph> body = rep.sections().get(0).body().paragraphs();
        assertThat(body).hasSize(2);
        Table t = (Table) body.get(1).embedded();
        assertThat(t.title()).isEqualTo("表1 民生实事完成情况");
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(4);
        assertThat(t.headerRows()).as("a header without digits over rows with digits").isEqualTo(1);
        assertThat(t.cell(2, 0).plainText()).isEqualTo("农村公路提升");
        assertThat(t.cell(1, 3).plainText()).isEqualTo("75%");
        assertThat(r.warnings()).extracting(ImportWarning::key).contains("import.warning.textTables");
    }

    @Test
    void columnsAlignedBySpacesBecomeATable() {
        ImportResult r = paste("""
                某街道2025年上半年工作总结
                一、主要指标
                指标名称        目标值      完成值
                新增就业        800人       512人
                招商引资        3亿元       2.1亿元
                城镇调查失业率  5.5%以内    4.9%
                二、存在问题
                部分项目进度偏慢。
                """);
        List<Table> ts = tables(r.first());
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.rowCount()).isEqualTo(4);
            assertThat(t.columnCount()).isEqualTo(3);
            assertThat(t.cell(3, 0).plainText()).isEqualTo("城镇调查失业率");
            assertThat(t.cell(3, 1).plainText()).isEqualTo("5.5%以内");
            assertThat(t.headerRows()).isEqualTo(1);
        });
        assertThat(r.first().sections()).extracting(s -> s.heading()).containsExactly("主要指标", "存在问题");
    }

    @Test
    void headingListsWithTabsProseAndLetterSpacedFormsAreNoTables() {
        ImportResult r = paste("""
                某局2025年工作计划
                一、\t强化党建引领
                二、\t推进重点工作
                三、\t加强队伍建设
                姓　名：王某某
                性　别：男
                今年以来，我局围绕中心  服务大局，各项工作取得了明显成效，群众满意度不断提升。
                下半年，我局将继续  聚焦主责主业，推动各项工作落地见效，确保完成全年目标任务。
                """);
        assertThat(tables(r.first())).isEmpty();
        assertThat(r.first().sections()).hasSize(3);
        assertThat(r.warnings()).extracting(ImportWarning::key).doesNotContain("import.warning.textTables");
    }

    @Test
    void unevenColumnsAreNoTable() {
        List<SourceLine> lines = TextLines.of("甲乙  丙丁戊己庚辛\n甲乙丙丁戊己庚辛壬癸  子丑\n");
        assertThat(TextTables.find(lines).tables()).isZero();
    }
}
