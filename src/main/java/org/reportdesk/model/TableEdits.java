package org.reportdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The structural edits of a table — rows and columns added or deleted, cells merged or split — as
 * pure functions. A table is handled as its merged areas (anchor position, spans, text), moved and
 * stretched, then laid back into a grid.
 */
public final class TableEdits {

    private record Area(int row, int col, int rows, int cols, RichText text) {
        boolean contains(int r, int c) {
            return r >= row && r < row + rows && c >= col && c < col + cols;
        }
    }

    private TableEdits() {
    }

    /** A row of empty cells before row {@code at} (0 … row count); merged areas across it grow. */
    public static Table insertRow(Table t, int at) {
        check(at, 0, t.rowCount());
        List<Area> out = new ArrayList<>();
        for (Area a : areas(t)) {
            if (a.row >= at) {
                out.add(new Area(a.row + 1, a.col, a.rows, a.cols, a.text));
            } else if (a.row + a.rows > at) {
                out.add(new Area(a.row, a.col, a.rows + 1, a.cols, a.text));
            } else {
                out.add(a);
            }
        }
        int header = at < t.headerRows() ? t.headerRows() + 1 : t.headerRows();
        return build(t, t.rowCount() + 1, t.columnWidths(), out, header);
    }

    /** Row {@code at} deleted; merged areas across it shrink, and their text stays. */
    public static Table deleteRow(Table t, int at) {
        check(at, 0, t.rowCount() - 1);
        if (t.rowCount() == 1) {
            throw new IllegalArgumentException("a table keeps at least one row");
        }
        List<Area> out = new ArrayList<>();
        for (Area a : areas(t)) {
            if (a.row > at) {
                out.add(new Area(a.row - 1, a.col, a.rows, a.cols, a.text));
            } else if (a.row + a.rows > at) {
                if (a.rows > 1) {
                    out.add(new Area(a.row, a.col, a.rows - 1, a.cols, a.text));
                }
            } else {
                out.add(a);
            }
        }
        int header = at < t.headerRows() ? t.headerRows() - 1 : t.headerRows();
        return build(t, t.rowCount() - 1, t.columnWidths(), out, header);
    }

    /** A column of empty cells before column {@code at}, as wide as its neighbour. */
    public static Table insertColumn(Table t, int at) {
        check(at, 0, t.columnCount());
        if (t.columnCount() >= Table.MAX_COLUMNS) {
            throw new IllegalArgumentException("a table has at most " + Table.MAX_COLUMNS + " columns");
        }
        List<Area> out = new ArrayList<>();
        for (Area a : areas(t)) {
            if (a.col >= at) {
                out.add(new Area(a.row, a.col + 1, a.rows, a.cols, a.text));
            } else if (a.col + a.cols > at) {
                out.add(new Area(a.row, a.col, a.rows, a.cols + 1, a.text));
            } else {
                out.add(a);
            }
        }
        List<Integer> widths = new ArrayList<>(t.columnWidths());
        widths.add(at, widths.get(Math.min(at, widths.size() - 1)));
        return build(t, t.rowCount(), widths, out, t.headerRows());
    }

    /** Column {@code at} deleted; merged areas across it shrink, and their text stays. */
    public static Table deleteColumn(Table t, int at) {
        check(at, 0, t.columnCount() - 1);
        if (t.columnCount() == 1) {
            throw new IllegalArgumentException("a table keeps at least one column");
        }
        List<Area> out = new ArrayList<>();
        for (Area a : areas(t)) {
            if (a.col > at) {
                out.add(new Area(a.row, a.col - 1, a.rows, a.cols, a.text));
            } else if (a.col + a.cols > at) {
                if (a.cols > 1) {
                    out.add(new Area(a.row, a.col, a.rows, a.cols - 1, a.text));
                }
            } else {
                out.add(a);
            }
        }
        List<Integer> widths = new ArrayList<>(t.columnWidths());
        widths.remove(at);
        return build(t, t.rowCount(), widths, out, t.headerRows());
    }

    /**
     * The cells of the rectangle from ({@code row1}, {@code col1}) to ({@code row2}, {@code col2}),
     * inclusive, merged into one whose text is theirs in reading order. Merged cells that stick out
     * of the rectangle widen it, as in Word.
     */
    public static Table merge(Table t, int row1, int col1, int row2, int col2) {
        int top = Math.min(row1, row2);
        int bottom = Math.max(row1, row2);
        int left = Math.min(col1, col2);
        int right = Math.max(col1, col2);
        check(top, 0, t.rowCount() - 1);
        check(bottom, 0, t.rowCount() - 1);
        check(left, 0, t.columnCount() - 1);
        check(right, 0, t.columnCount() - 1);
        List<Area> all = areas(t);
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Area a : all) {
                boolean overlaps = a.row <= bottom && a.row + a.rows - 1 >= top && a.col <= right && a.col + a.cols - 1 >= left;
                if (overlaps && (a.row < top || a.row + a.rows - 1 > bottom || a.col < left || a.col + a.cols - 1 > right)) {
                    top = Math.min(top, a.row);
                    bottom = Math.max(bottom, a.row + a.rows - 1);
                    left = Math.min(left, a.col);
                    right = Math.max(right, a.col + a.cols - 1);
                    grown = true;
                }
            }
        }
        List<Area> out = new ArrayList<>();
        List<Paragraph> text = new ArrayList<>();
        for (Area a : all) {
            if (a.row >= top && a.row <= bottom && a.col >= left && a.col <= right) {
                if (!a.text.isBlank()) {
                    text.addAll(a.text.paragraphs());
                }
            } else {
                out.add(a);
            }
        }
        out.add(new Area(top, left, bottom - top + 1, right - left + 1, RichText.of(text)));
        return build(t, t.rowCount(), t.columnWidths(), out, t.headerRows());
    }

    /** The merged cell at ({@code row}, {@code column}) split back into single cells; its text stays in the first. */
    public static Table split(Table t, int row, int column) {
        List<Area> out = new ArrayList<>();
        for (Area a : areas(t)) {
            if (!a.contains(row, column)) {
                out.add(a);
                continue;
            }
            for (int r = a.row; r < a.row + a.rows; r++) {
                for (int c = a.col; c < a.col + a.cols; c++) {
                    out.add(new Area(r, c, 1, 1, r == a.row && c == a.col ? a.text : RichText.EMPTY));
                }
            }
        }
        return build(t, t.rowCount(), t.columnWidths(), out, t.headerRows());
    }

    /** The anchor position ({row, column}) of the cell that covers the slot. */
    public static int[] anchorOf(Table t, int row, int column) {
        for (Area a : areas(t)) {
            if (a.contains(row, column)) {
                return new int[] {a.row, a.col};
            }
        }
        throw new IllegalArgumentException("no cell covers row " + row + ", column " + column);
    }

    private static List<Area> areas(Table t) {
        List<Area> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                TableCell cell = t.cell(r, c);
                if (!cell.covered()) {
                    out.add(new Area(r, c, cell.rowSpan(), cell.colSpan(), cell.text()));
                }
            }
        }
        return out;
    }

    private static Table build(Table like, int rowCount, List<Integer> widths, List<Area> areas, int headerRows) {
        int cols = widths.size();
        TableCell[][] grid = new TableCell[rowCount][cols];
        for (Area a : areas) {
            for (int r = a.row; r < a.row + a.rows; r++) {
                for (int c = a.col; c < a.col + a.cols; c++) {
                    grid[r][c] = TableCell.COVERED;
                }
            }
            grid[a.row][a.col] = new TableCell(a.text, a.rows, a.cols, false);
        }
        List<List<TableCell>> rows = new ArrayList<>(rowCount);
        for (TableCell[] line : grid) {
            List<TableCell> row = new ArrayList<>(cols);
            for (TableCell cell : line) {
                row.add(cell == null ? TableCell.of(RichText.EMPTY) : cell);
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new Table(like.title(), headerRows, widths, rows, like.landscape());
    }

    private static void check(int value, int min, int max) {
        if (value < min || value > max) {
            throw new IndexOutOfBoundsException(value);
        }
    }
}
