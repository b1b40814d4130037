package org.reportdesk.docx.read;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.docx.read.Chains.Block;
import org.reportdesk.docx.read.Chains.Blocks;
import org.reportdesk.docx.read.Chains.Spans;
import org.reportdesk.docx.read.Frames.Cell;
import org.reportdesk.docx.read.Frames.Row;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * A WordprocessingML table read into a {@link Table}: cells placed on the grid by
 * {@code w:gridBefore}, {@code w:gridSpan} and {@code w:gridAfter}, ragged rows padded with empty
 * cells, {@code w:vMerge} runs joined into one cell spanning rows, leading {@code w:tblHeader} rows
 * as header rows, {@code w:gridCol} widths as relative widths. A table of one column (a layout
 * frame, a 红头) keeps its paragraphs; a nested table, or one beyond {@link Table#MAX_ROWS} or
 * {@link Table#MAX_COLUMNS}, becomes one tab-separated paragraph per row.
 */
final class TableGrid {

    private TableGrid() {
    }

    /** A slot being filled: an anchor (its paragraphs and spans) or a slot it covers. */
    private static final class Slot {
        final int row;
        final int col;
        final List<Paragraph> paragraphs = new ArrayList<>();
        int rowSpan = 1;
        int colSpan = 1;
        Slot anchor;

        Slot(int row, int col) {
            this.row = row;
            this.col = col;
        }

        Slot anchor() {
            return anchor == null ? this : anchor;
        }
    }

    static Blocks close(Frames.Table t) {
        Blocks out = new Blocks();
        if (t.rows.isEmpty()) {
            return out;
        }
        long cols = t.gridCols.size();
        for (Row r : t.rows) {
            cols = Math.max(cols, width(r));
        }
        if (cols <= 1) {
            for (Row r : t.rows) {
                r.cells.forEach(c -> out.append(c.blocks));
            }
            return out;
        }
        if (t.nested || t.rows.size() > Table.MAX_ROWS || cols > Table.MAX_COLUMNS) {
            t.flattened = true;
            for (Row r : t.rows) {
                out.append(flattenRow(r));
            }
            return out;
        }
        out.add(Block.of(build(t, (int) cols)));
        return out;
    }

    private static long width(Row r) {
        long w = Math.max(0, r.gridBefore) + (long) Math.max(0, r.gridAfter);
        for (Cell c : r.cells) {
            w += Math.max(1, c.gridSpan);
        }
        return w;
    }

    private static Table build(Frames.Table t, int cols) {
        int rowCount = t.rows.size();
        Slot[][] grid = new Slot[rowCount][cols];
        for (int r = 0; r < rowCount; r++) {
            Row row = t.rows.get(r);
            int c = Math.min(Math.max(0, row.gridBefore), cols);
            for (Cell cell : row.cells) {
                if (c >= cols) {
                    break;
                }
                int span = Math.min(Math.max(1, cell.gridSpan), cols - c);
                List<Paragraph> text = paragraphs(cell.blocks, t);
                Slot above = r > 0 ? grid[r - 1][c] : null;
                Slot anchor = above == null ? null : above.anchor();
                if ("continue".equals(cell.vMerge) && anchor != null && anchor.col == c && anchor.colSpan == span) {
                    anchor.rowSpan = r - anchor.row + 1;
                    anchor.paragraphs.addAll(text);
                    for (int j = c; j < c + span; j++) {
                        grid[r][j] = new Slot(r, j);
                        grid[r][j].anchor = anchor;
                    }
                } else {
                    Slot s = new Slot(r, c);
                    s.colSpan = span;
                    s.paragraphs.addAll(text);
                    grid[r][c] = s;
                    for (int j = c + 1; j < c + span; j++) {
                        grid[r][j] = new Slot(r, j);
                        grid[r][j].anchor = s;
                    }
                }
                c += span;
            }
            for (int j = 0; j < cols; j++) {
                if (grid[r][j] == null) {
                    grid[r][j] = new Slot(r, j);
                }
            }
        }
        List<List<TableCell>> rows = new ArrayList<>(rowCount);
        for (Slot[] line : grid) {
            List<TableCell> row = new ArrayList<>(cols);
            for (Slot s : line) {
                row.add(s.anchor != null ? TableCell.COVERED
                        : new TableCell(RichText.of(s.paragraphs), s.rowSpan, s.colSpan, false));
            }
            rows.add(row);
        }
        int header = 0;
        while (header < rowCount && t.rows.get(header).header) {
            header++;
        }
        plainHeader(rows, header);
        return new Table("", header, widths(t.gridCols, cols), rows, false);
    }

    /** Header rows are set bold by the table itself: bold that covers all their text is that, not the cells' own. */
    private static void plainHeader(List<List<TableCell>> rows, int header) {
        for (int r = 0; r < header; r++) {
            for (TableCell c : rows.get(r)) {
                for (Paragraph p : c.text().paragraphs()) {
                    for (Span s : p.spans()) {
                        if (!s.bold() && !s.text().isBlank()) {
                            return;
                        }
                    }
                }
            }
        }
        for (int r = 0; r < header; r++) {
            List<TableCell> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                TableCell c = row.get(i);
                if (!c.covered()) {
                    row.set(i, c.withText(c.text().mapSpans(s -> new Span(s.text(), false, s.italic(), s.underline()))));
                }
            }
        }
    }

    private static List<Integer> widths(List<Integer> gridCols, int cols) {
        if (gridCols.size() != cols || gridCols.stream().anyMatch(w -> w <= 0)) {
            return List.of();
        }
        return gridCols;
    }

    /** A cell's non-blank paragraphs; a line break inside one starts a new paragraph (a cell is short text). */
    private static List<Paragraph> paragraphs(Blocks blocks, Frames.Table t) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.table != null) {
                t.nestedTables++;
                for (List<TableCell> row : b.table.rows()) {
                    add(out, List.of(Span.plain(rowText(row, "\t"))));
                }
                continue;
            }
            if (b.picture) {
                t.cellPictures += b.pictureIds == null ? 1 : b.pictureIds.size();
            }
            List<Span> line = new ArrayList<>();
            for (Span s : b.spans.toList()) {
                String[] parts = s.text().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        add(out, line);
                        line = new ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        line.add(new Span(parts[i], s.bold(), s.italic(), s.underline()));
                    }
                }
            }
            add(out, line);
        }
        return out;
    }

    private static String rowText(List<TableCell> row, String between) {
        StringBuilder sb = new StringBuilder();
        for (TableCell c : row) {
            if (!c.covered()) {
                if (sb.length() > 0) {
                    sb.append(between);
                }
                sb.append(c.plainText().replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    private static void add(List<Paragraph> out, List<Span> spans) {
        Paragraph p = new Paragraph(spans);
        if (!p.isBlank() && p.plainText().indexOf(org.reportdesk.model.Embedded.OBJECT_CHAR) < 0) {
            out.add(p);
        }
    }

    /**
     * A row as paragraphs: with one cell (a table used for layout) its paragraphs as they are;
     * with more, one paragraph, cells apart by a tab, a cell's paragraphs apart by a space.
     */
    static Blocks flattenRow(Row r) {
        Blocks out = new Blocks();
        if (r.cells.size() <= 1) {
            r.cells.forEach(c -> out.append(c.blocks));
            return out;
        }
        Spans row = new Spans();
        boolean picture = false;
        for (int c = 0; c < r.cells.size(); c++) {
            if (c > 0) {
                row.add(Span.plain("\t"));
            }
            boolean first = true;
            for (Block b : r.cells.get(c).blocks) {
                if (b.table != null) {
                    for (List<TableCell> line : b.table.rows()) {
                        b.spans.add(Span.plain((b.spans.isEmpty() ? "" : " ") + rowText(line, " ")));
                    }
                }
                if (b.spans.isEmpty()) {
                    continue;
                }
                if (!first) {
                    row.add(Span.plain(" "));
                }
                row.append(b.spans);
                picture |= b.picture;
                first = false;
            }
        }
        out.add(new Block(row, null, null, picture, true));
        return out;
    }
}
