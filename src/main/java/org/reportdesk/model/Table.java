package org.reportdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table of a section body: a rectangular grid of {@link TableCell} slots (merged areas as an
 * anchor plus covered slots), the first {@code headerRows} rows repeated on every page, relative
 * column widths, an optional title (表题) set above it, and whether it goes on a landscape page.
 * Immutable; the edits a table editor makes are in {@link TableEdits}.
 */
public record Table(String title, int headerRows, List<Integer> columnWidths, List<List<TableCell>> rows,
        boolean landscape) implements Embedded {

    /** Word's own limit on columns. */
    public static final int MAX_COLUMNS = 63;
    public static final int MAX_ROWS = 5_000;

    public Table {
        title = title == null ? "" : title;
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("a table has at least one cell");
        }
        int cols = rows.get(0).size();
        if (cols > MAX_COLUMNS || rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a table has at most " + MAX_ROWS + " rows and " + MAX_COLUMNS + " columns");
        }
        List<List<TableCell>> copy = new ArrayList<>(rows.size());
        for (List<TableCell> row : rows) {
            if (row.size() != cols) {
                throw new IllegalArgumentException("every row of a table has " + cols + " slots");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        if (columnWidths == null || columnWidths.isEmpty()) {
            columnWidths = java.util.Collections.nCopies(cols, 1);
        }
        if (columnWidths.size() != cols || columnWidths.stream().anyMatch(w -> w == null || w <= 0)) {
            throw new IllegalArgumentException("a table needs one positive width per column");
        }
        columnWidths = List.copyOf(columnWidths);
        headerRows = Math.max(0, Math.min(headerRows, rows.size()));
        checkMerges(rows);
    }

    /** A table of empty cells, the first row a header row. */
    public static Table empty(int rowCount, int columnCount) {
        List<List<TableCell>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            List<TableCell> row = new ArrayList<>(columnCount);
            for (int c = 0; c < columnCount; c++) {
                row.add(TableCell.of(RichText.EMPTY));
            }
            rows.add(row);
        }
        return new Table("", rowCount > 1 ? 1 : 0, List.of(), rows, false);
    }

    /** A table of plain texts, one list per row, no merges. */
    public static Table ofText(String title, int headerRows, List<List<String>> texts) {
        int cols = texts.stream().mapToInt(List::size).max().orElse(0);
        List<List<TableCell>> rows = new ArrayList<>(texts.size());
        for (List<String> line : texts) {
            List<TableCell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(TableCell.of(c < line.size() ? line.get(c) : ""));
            }
            rows.add(row);
        }
        return new Table(title, headerRows, List.of(), rows, false);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columnWidths.size();
    }

    public TableCell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    public Table withTitle(String newTitle) {
        return new Table(newTitle, headerRows, columnWidths, rows, landscape);
    }

    public Table withHeaderRows(int count) {
        return new Table(title, count, columnWidths, rows, landscape);
    }

    public Table withLandscape(boolean onLandscapePage) {
        return new Table(title, headerRows, columnWidths, rows, onLandscapePage);
    }

    public Table withColumnWidths(List<Integer> widths) {
        return new Table(title, headerRows, widths, rows, landscape);
    }

    /** This table with the text of the anchor cell at ({@code row}, {@code column}) replaced. */
    public Table withCellText(int row, int column, RichText text) {
        TableCell cell = cell(row, column);
        if (cell.covered()) {
            throw new IllegalArgumentException("the slot is covered by a merged cell");
        }
        List<List<TableCell>> copy = new ArrayList<>(rows);
        List<TableCell> r = new ArrayList<>(copy.get(row));
        r.set(column, cell.withText(text));
        copy.set(row, r);
        return new Table(title, headerRows, columnWidths, copy, landscape);
    }

    @Override
    public Table mapText(UnaryOperator<String> f) {
        List<List<TableCell>> copy = new ArrayList<>(rows.size());
        for (List<TableCell> row : rows) {
            copy.add(row.stream().map(c -> c.mapText(f)).toList());
        }
        return new Table(f.apply(title), headerRows, columnWidths, copy, landscape);
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder(title);
        for (List<TableCell> row : rows) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    sb.append('\t');
                }
                sb.append(row.get(c).plainText().replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    @Override
    public int textLength() {
        int n = title.length();
        for (List<TableCell> row : rows) {
            for (TableCell c : row) {
                n += c.text().length();
            }
        }
        return n;
    }

    /** Every anchor's area lies in the grid and holds only covered slots; every covered slot has one anchor. */
    private static void checkMerges(List<List<TableCell>> rows) {
        int cols = rows.get(0).size();
        boolean[][] owned = new boolean[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                TableCell cell = rows.get(r).get(c);
                if (cell.covered()) {
                    continue;
                }
                if (owned[r][c] || r + cell.rowSpan() > rows.size() || c + cell.colSpan() > cols) {
                    throw new IllegalArgumentException("merged cell at row " + (r + 1) + ", column " + (c + 1) + " overlaps or leaves the table");
                }
                for (int i = r; i < r + cell.rowSpan(); i++) {
                    for (int j = c; j < c + cell.colSpan(); j++) {
                        if ((i != r || j != c) && (!rows.get(i).get(j).covered() || owned[i][j])) {
                            throw new IllegalArgumentException("merged cell at row " + (r + 1) + ", column " + (c + 1) + " overlaps another cell");
                        }
                        owned[i][j] = true;
                    }
                }
                owned[r][c] = true;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                if (!owned[r][c]) {
                    throw new IllegalArgumentException("covered slot at row " + (r + 1) + ", column " + (c + 1) + " belongs to no cell");
                }
            }
        }
    }
}
