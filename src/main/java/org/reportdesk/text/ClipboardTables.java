package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportdesk.model.Table;

/**
 * A table copied from Word, WPS, Excel or a web page, read from the clipboard: the HTML flavour's
 * first {@code <table>} (merged cells kept) or tab-separated plain text of at least two lines and two
 * columns. Hostile input costs at most a bounded amount of work: the HTML is read once, up to
 * {@link #MAX_HTML_CHARS}, and a table beyond {@link Table}'s limits is refused.
 */
public final class ClipboardTables {

    public static final int MAX_HTML_CHARS = 4 * 1024 * 1024;
    public static final int MAX_CELL_CHARS = 100_000;

    private ClipboardTables() {
    }

    /** The first table of the HTML, when it has at least two cells. */
    public static Optional<Table> fromHtml(String html) {
        if (html == null) {
            return Optional.empty();
        }
        String s = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        List<HtmlTableReader.Row> rows = new HtmlTableReader(s).read();
        if (rows == null) {
            return Optional.empty();
        }
        return TableGrid.build(rows);
    }

    /**
     * Tab-separated text (Excel and WPS 表格 put it on the clipboard): every line is a row, tabs separate
     * the cells, a cell in double quotes may hold tabs, line breaks and doubled quotes. Empty unless
     * at least two rows have at least two cells.
     */
    public static Optional<Table> fromTsv(String text) {
        if (text == null || text.indexOf('\t') < 0 || text.length() > MAX_HTML_CHARS) {
            return Optional.empty();
        }
        List<List<String>> rows = TsvReader.read(text.replace("\r\n", "\n").replace('\r', '\n'));
        if (rows == null) {
            return Optional.empty();
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        long wide = rows.stream().filter(r -> r.size() >= 2).count();
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        if (wide < 2 || rows.size() > Table.MAX_ROWS || cols > Table.MAX_COLUMNS) {
            return Optional.empty();
        }
        List<List<String>> cleaned = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            cleaned.add(r.stream().map(c -> c.strip()).toList());
        }
        return Optional.of(Table.ofText("", 1, cleaned));
    }

    /** Either kind: the HTML's table when there is one, else the plain text's. */
    public static Optional<Table> from(String html, String plain) {
        Optional<Table> t = fromHtml(html);
        return t.isPresent() ? t : fromTsv(plain);
    }

    /** Tab-separated lines with Excel's quoting. */
    private static final class TsvReader {
        static List<List<String>> read(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int i = 0;
            boolean cellStart = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (cellStart && c == '"' && closingQuote(s, i + 1) > 0) {
                    int end = closingQuote(s, i + 1);
                    cell.append(s.substring(i + 1, end).replace("\"\"", "\""));
                    i = end + 1;
                    cellStart = false;
                    continue;
                }
                cellStart = false;
                if (c == '\t') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    cellStart = true;
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    cellStart = true;
                    if (rows.size() > Table.MAX_ROWS) {
                        return null;
                    }
                } else {
                    cell.append(c);
                }
                if (cell.length() > MAX_CELL_CHARS || row.size() > Table.MAX_COLUMNS) {
                    return null;
                }
                i++;
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }

        /** The index of the quote closing a quoted cell that starts at {@code from}, or -1 if the cell is not quoted. */
        private static int closingQuote(String s, int from) {
            int i = from;
            while (i < s.length()) {
                if (s.charAt(i) == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    boolean endsCell = i + 1 == s.length() || s.charAt(i + 1) == '\t' || s.charAt(i + 1) == '\n';
                    return endsCell ? i : -1;
                }
                i++;
            }
            return -1;
        }
    }
}
