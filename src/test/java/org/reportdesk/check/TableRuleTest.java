package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;

class TableRuleTest {

    private static Report with(Table t) {
        Report r = Reports.clean();
        r.sections().get(0).children().get(0).setBody(RichText.of(List.of(Paragraph.of("如下表。"), Paragraph.of(t))));
        return r;
    }

    private static Table funds(String total) {
        return Table.ofText("表1 资金使用情况", 1, List.of(
                List.of("项目", "金额（万元）", "完成率"),
                List.of("校舍改造", "1,200", "80%"),
                List.of("设备购置", "８０.5", "100%"),
                List.of("合计", total, "")));
    }

    @Test
    void aTotalRowThatDoesNotAddUpIsFlaggedWithBothFigures() {
        List<Finding> f = Reports.findings(with(funds("1290")), "table.total");
        assertThat(f).singleElement().extracting(Finding::message).asString()
                .contains("第 4 行第 2 列", "1290", "1280.5");
        assertThat(Reports.findings(with(funds("1,280.5")), "table.total")).isEmpty();
    }

    @Test
    void columnsWithWordsOrPercentagesAreNotSummed() {
        Table t = Table.ofText("表2", 1, List.of(List.of("学校", "人数"), List.of("一小", "若干"), List.of("二小", "30"),
                List.of("合计", "99")));
        assertThat(Reports.findings(with(t), "table.total")).isEmpty();
    }

    @Test
    void emptyCellsAreCountedOnceAndMergedSlotsAreNotEmptyCells() {
        Table merged = TableEdits.merge(funds("1280.5"), 3, 1, 3, 2);
        List<Finding> f = Reports.findings(with(merged), "table.emptyCell");
        assertThat(f).isEmpty();
        List<Finding> two = Reports.findings(with(Table.empty(2, 2).withTitle("表3")), "table.emptyCell");
        assertThat(two).singleElement().extracting(Finding::message).asString().contains("4 个空单元格", "第 1 行第 1 列");
    }

    @Test
    void aTableWithoutTitleIsNoted() {
        assertThat(Reports.findings(with(funds("1280.5").withTitle("")), "table.title")).hasSize(1);
        assertThat(Reports.findings(with(funds("1280.5")), "table.title")).isEmpty();
    }
}
