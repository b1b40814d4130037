package org.reportdesk.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * Tables: empty cells, a 合计/总计 row whose numbers are not the sum of the rows above it, and a
 * table without a title (表题) where the 公文 practice wants one.
 */
final class TableRule implements Rule {

    static final String EMPTY_CELL = "table.emptyCell";
    static final String TOTAL = "table.total";
    static final String TITLE = "table.title";

    private static final Pattern TOTAL_LABEL = Pattern.compile("^(合\\s*计|总\\s*计|共\\s*计|小\\s*计)[:：]?$");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");

    private final boolean titleWanted;

    TableRule(boolean titleWanted) {
        this.titleWanted = titleWanted;
    }

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        List<Paragraph> ps = section.section().body().paragraphs();
        List<TextRef> body = section.body();
        for (int i = 0; i < ps.size() && i < body.size(); i++) {
            if (ps.get(i).embedded() instanceof Table t) {
                check(t, body.get(i), out);
            }
        }
    }

    private void check(Table t, TextRef at, FindingSink out) {
        String name = t.title().isBlank() ? "" : "“" + Excerpts.head(t.title(), 16) + "”";
        if (titleWanted && t.title().isBlank()) {
            out.addAt(TITLE, Severity.INFO, at.where(), at.at(0, 1), excerpt(t), null, "check.table.title");
        }
        int empty = 0;
        int firstRow = -1;
        int firstCol = -1;
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                TableCell cell = t.cell(r, c);
                if (!cell.covered() && cell.text().isBlank()) {
                    if (empty++ == 0) {
                        firstRow = r;
                        firstCol = c;
                    }
                }
            }
        }
        if (empty > 0) {
            out.addAt(EMPTY_CELL, Severity.WARNING, at.where(), at.at(0, 1), excerpt(t), null, "check.table.emptyCell",
                    name, empty, firstRow + 1, firstCol + 1);
        }
        for (int r = t.headerRows(); r < t.rowCount(); r++) {
            if (isTotalRow(t, r)) {
                checkTotal(t, r, name, at, out);
            }
        }
    }

    /** What the findings list shows for the table: its title, or its first cell's text. */
    private static String excerpt(Table t) {
        String s = t.title().isBlank() ? Messages.get("check.table.excerpt", t.cell(0, 0).plainText()) : t.title();
        return Excerpts.head(s.replace('\n', ' '), 20);
    }

    private static boolean isTotalRow(Table t, int row) {
        for (int c = 0; c < t.columnCount(); c++) {
            TableCell cell = t.cell(row, c);
            if (!cell.covered() && !cell.text().isBlank()) {
                return TOTAL_LABEL.matcher(cell.plainText().strip()).matches();
            }
        }
        return false;
    }

    /** Each column whose cells between the header (or the last total) and this row are all numbers must add up. */
    private static void checkTotal(Table t, int totalRow, String name, TextRef at, FindingSink out) {
        int from = t.headerRows();
        for (int r = totalRow - 1; r >= t.headerRows(); r--) {
            if (isTotalRow(t, r)) {
                from = r + 1;
                break;
            }
        }
        for (int c = 0; c < t.columnCount(); c++) {
            BigDecimal total = number(t.cell(totalRow, c));
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            boolean allNumbers = true;
            for (int r = from; r < totalRow && allNumbers; r++) {
                TableCell cell = t.cell(r, c);
                if (cell.covered() || cell.colSpan() > 1 || cell.text().isBlank()) {
                    allNumbers = !cell.covered() && cell.colSpan() == 1;
                    continue;
                }
                BigDecimal n = number(cell);
                if (n == null) {
                    allNumbers = false;
                } else {
                    sum = sum.add(n);
                    count++;
                }
            }
            if (allNumbers && count >= 2 && sum.compareTo(total) != 0) {
                out.addAt(TOTAL, Severity.WARNING, at.where(), at.at(0, 1), excerpt(t), null, "check.table.total",
                        name, totalRow + 1, c + 1, total.toPlainString(), sum.toPlainString());
            }
        }
    }

    /** The cell's number (thousands separators, full-width digits and spaces allowed), or null. */
    static BigDecimal number(TableCell cell) {
        if (cell.covered()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : cell.plainText().strip().toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                sb.append((char) (ch - '０' + '0'));
            } else if (ch == '．') {
                sb.append('.');
            } else if (ch != ',' && ch != '，' && !Character.isWhitespace(ch)) {
                sb.append(ch);
            }
        }
        String s = sb.toString();
        return NUMBER.matcher(s).matches() ? new BigDecimal(s) : null;
    }
}
