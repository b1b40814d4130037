package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableEditsTest {

    private static Table grid() {
        return Table.ofText("重点项目进展表", 1, List.of(
                List.of("项目", "进度", "备注"),
                List.of("校舍改造", "80%", "按期"),
                List.of("课后服务", "100%", ""),
                List.of("合计", "", "")));
    }

    private static String text(Table t, int r, int c) {
        return t.cell(r, c).plainText();
    }

    @Test
    void mergingARectangleKeepsEveryTextInReadingOrderAndCoversTheRest() {
        Table t = TableEdits.merge(grid(), 1, 1, 2, 2);
        assertThat(t.cell(1, 1).rowSpan()).isEqualTo(2);
        assertThat(t.cell(1, 1).colSpan()).isEqualTo(2);
        assertThat(t.cell(1, 1).text().plainText()).isEqualTo("80%\n按期\n100%");
        assertThat(t.cell(1, 2).covered()).isTrue();
        assertThat(t.cell(2, 1).covered()).isTrue();
        assertThat(t.cell(2, 2).covered()).isTrue();
        assertThat(text(t, 2, 0)).isEqualTo("课后服务");
    }

    @Test
    void mergingAcrossAMergedCellWidensToTakeItWhole() {
        Table t = TableEdits.merge(grid(), 1, 1, 2, 1);
        Table wider = TableEdits.merge(t, 2, 0, 2, 1);
        assertThat(wider.cell(1, 0).rowSpan()).isEqualTo(2);
        assertThat(wider.cell(1, 0).colSpan()).isEqualTo(2);
        assertThat(wider.cell(1, 0).text().plainText()).isEqualTo("校舍改造\n80%\n100%\n课后服务");
    }

    @Test
    void splittingGivesSingleCellsBackWithTheTextInTheFirst() {
        Table merged = TableEdits.merge(grid(), 0, 0, 0, 2);
        Table t = TableEdits.split(merged, 0, 1);
        assertThat(t.cell(0, 0).colSpan()).isEqualTo(1);
        assertThat(text(t, 0, 0)).isEqualTo("项目\n进度\n备注");
        assertThat(t.cell(0, 1).covered()).isFalse();
        assertThat(text(t, 0, 1)).isEmpty();
    }

    @Test
    void rowsInsertedAndDeletedStretchAndShrinkMergedCellsWithoutLosingTheirText() {
        Table merged = TableEdits.merge(grid(), 1, 2, 3, 2);
        Table inserted = TableEdits.insertRow(merged, 2);
        assertThat(inserted.rowCount()).isEqualTo(5);
        assertThat(inserted.cell(1, 2).rowSpan()).isEqualTo(4);
        assertThat(text(inserted, 3, 0)).isEqualTo("课后服务");
        Table deleted = TableEdits.deleteRow(TableEdits.deleteRow(inserted, 1), 1);
        assertThat(deleted.rowCount()).isEqualTo(3);
        assertThat(deleted.cell(1, 2).rowSpan()).isEqualTo(2);
        assertThat(text(deleted, 1, 2)).isEqualTo("按期");
        assertThat(text(deleted, 1, 0)).isEqualTo("课后服务");
    }

    @Test
    void aHeaderRowStaysTheHeaderWhenRowsAreInsertedAboveOrBelow() {
        assertThat(TableEdits.insertRow(grid(), 0).headerRows()).isEqualTo(2);
        assertThat(TableEdits.insertRow(grid(), 1).headerRows()).isEqualTo(1);
        assertThat(TableEdits.deleteRow(grid(), 0).headerRows()).isZero();
    }

    @Test
    void columnsInsertedAndDeletedKeepWidthsAndTexts() {
        Table t = TableEdits.insertColumn(grid().withColumnWidths(List.of(3, 1, 2)), 1);
        assertThat(t.columnWidths()).containsExactly(3, 1, 1, 2);
        assertThat(text(t, 0, 2)).isEqualTo("进度");
        Table back = TableEdits.deleteColumn(t, 1);
        assertThat(back).isEqualTo(grid().withColumnWidths(List.of(3, 1, 2)));
    }

    @Test
    void theLastRowOrColumnCannotBeDeletedAndBrokenMergesAreRefused() {
        Table one = Table.empty(1, 1);
        assertThatThrownBy(() -> TableEdits.deleteRow(one, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableEdits.deleteColumn(one, 0)).isInstanceOf(IllegalArgumentException.class);
        List<List<TableCell>> bad = List.of(List.of(TableCell.of("a").withSpan(1, 2), TableCell.of("b")));
        assertThatThrownBy(() -> new Table("", 0, List.of(), bad, false)).isInstanceOf(IllegalArgumentException.class);
        List<List<TableCell>> orphan = List.of(List.of(TableCell.of("a"), TableCell.COVERED));
        assertThatThrownBy(() -> new Table("", 0, List.of(), orphan, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
