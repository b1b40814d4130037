package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Table;

/** Tables copied from Word, WPS, Excel or a web page become tables; hostile or non-table input does not. */
class ClipboardTablesTest {

    /** The shape of what Word puts on the clipboard (CF_HTML body, Office namespaces, nbsp, a merged header). */
    private static final String WORD_HTML = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=ZH-CN>
            <!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0>
             <tr><td width=100 colspan=2><p class=MsoNormal><span>重点项目</span><o:p></o:p></p></td>
                 <td rowspan="2"><p>备注</p></td></tr>
             <tr><td><p>名称</p></td><td><p>进度&nbsp;（%）</p></td></tr>
             <tr><td><p>校舍改造</p></td><td><p>80</p></td><td><p>按期</p></td></tr>
            </table><!--EndFragment--></body></html>
            """;

    @Test
    void wordHtmlKeepsCellsAndMerges() {
        Table t = ClipboardTables.fromHtml(WORD_HTML).orElseThrow();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.cell(0, 0).plainText()).isEqualTo("重点项目");
        assertThat(t.cell(0, 0).colSpan()).isEqualTo(2);
        assertThat(t.cell(0, 1).covered()).isTrue();
        assertThat(t.cell(0, 2).rowSpan()).isEqualTo(2);
        assertThat(t.cell(1, 2).covered()).isTrue();
        assertThat(t.cell(1, 1).plainText()).isEqualTo("进度 （%）");
        assertThat(t.cell(2, 2).plainText()).isEqualTo("按期");
        assertThat(t.headerRows()).isEqualTo(1);
    }

    @Test
    void thRowsAreHeaderRowsAndNestedTablesBecomeText() {
        String html = "<table><thead><tr><th>项目</th><th>金额</th></tr></thead>"
                + "<tr><td>甲<table><tr><td>内1</td><td>内2</td></tr></table></td><td>10</td></tr></table>"
                + "<table><tr><td>second</td><td>table</td></tr></table>";
        Table t = ClipboardTables.fromHtml(html).orElseThrow();
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.headerRows()).isEqualTo(1);
        assertThat(t.cell(1, 0).plainText()).isEqualTo("甲内1 内2");
        assertThat(t.cell(1, 1).plainText()).isEqualTo("10");
    }

    @Test
    void excelTsvBecomesATableWithQuotedCells() {
        String tsv = "项目\t金额\t备注\r\n甲\t10\t\"含\t制表\"\r\n乙\t20\t\"两\n行\"\r\n";
        Table t = ClipboardTables.fromTsv(tsv).orElseThrow();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.cell(1, 2).plainText()).isEqualTo("含\t制表");
        assertThat(t.cell(2, 2).plainText()).isEqualTo("两\n行");
        assertThat(t.headerRows()).isEqualTo(1);
    }

    @Test
    void textThatIsNoTableStaysText() {
        assertThat(ClipboardTables.fromTsv("一行\t两列")).isEmpty();
        assertThat(ClipboardTables.fromTsv("没有制表符\n第二行")).isEmpty();
        assertThat(ClipboardTables.fromHtml("<p>只是一段话</p>")).isEmpty();
        assertThat(ClipboardTables.fromHtml("<table><tr><td>一格</td></tr></table>")).isEmpty();
        assertThat(ClipboardTables.from("<b>x</b>", "甲\t乙\n丙\t丁")).map(Table::rowCount).contains(2);
    }

    @Test
    void hostileHtmlIsBoundedAndNeverThrows() {
        assertThat(ClipboardTables.fromHtml("<table><tr><td colspan=99999999>a</td><td>b</td></tr></table>")).isEmpty();
        String rowspans = "<table><tr><td rowspan=1000000>a</td><td>b</td></tr><tr><td>c</td></tr></table>";
        assertThat(ClipboardTables.fromHtml(rowspans)).map(t -> t.cell(0, 0).rowSpan()).contains(2);
        String deep = "<table>".repeat(100_000) + "<tr><td>x</td><td>y</td></tr>";
        assertThat(ClipboardTables.fromHtml(deep)).isEmpty();
        String unclosed = "<table><tr><td>a<td>b<tr><td>c<td";
        Optional<Table> t = ClipboardTables.fromHtml(unclosed);
        assertThat(t).map(Table::rowCount).contains(2);
        String many = "<table>" + "<tr><td>x</td><td>y</td></tr>".repeat(Table.MAX_ROWS + 1) + "</table>";
        assertThat(ClipboardTables.fromHtml(many)).isEmpty();
        String wide = "<table><tr>" + "<td>x</td>".repeat(Table.MAX_COLUMNS + 1) + "</tr></table>";
        assertThat(ClipboardTables.fromHtml(wide)).isEmpty();
    }
}
