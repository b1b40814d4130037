package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/** Lays HTML rows with rowspan and colspan out on a grid, as a browser does, and makes the table. */
final class TableGrid {

    private TableGrid() {
    }

    static Optional<Table> build(List<HtmlTableReader.Row> rows) {
        rows = rows.stream().filter(r -> !r.cells().isEmpty()).toList();
        int rowCount = rows.size();
        if (rowCount == 0 || rowCount > Table.MAX_ROWS) {
            return Optional.empty();
        }
        List<TableCell[]> grid = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            grid.add(new TableCell[Table.MAX_COLUMNS]);
        }
        int cols = 0;
        int cells = 0;
        for (int r = 0; r < rowCount; r++) {
            int c = 0;
            for (HtmlTableReader.Cell cell : rows.get(r).cells()) {
                while (c < Table.MAX_COLUMNS && grid.get(r)[c] != null) {
                    c++;
                }
                int rs = Math.min(cell.rowSpan(), rowCount - r);
                int cs = cell.colSpan();
                if (c + cs > Table.MAX_COLUMNS) {
                    return Optional.empty();
                }
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        if (grid.get(i)[j] != null) {
                            cs = j - c;
                            break;
                        }
                    }
                }
                cs = Math.max(cs, 1);
                grid.get(r)[c] = new TableCell(RichText.ofPlain(cell.text()), rs, cs, false);
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        if (i != r || j != c) {
                            grid.get(i)[j] = TableCell.COVERED;
                        }
                    }
                }
                cells++;
                c += cs;
                cols = Math.max(cols, c);
            }
        }
        if (cells < 2) {
            return Optional.empty();
        }
        List<List<TableCell>> out = new ArrayList<>(rowCount);
        for (TableCell[] slots : grid) {
            List<TableCell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(slots[c] != null ? slots[c] : TableCell.of(RichText.EMPTY));
            }
            out.add(row);
        }
        int headerRows = 0;
        while (headerRows < rowCount && (rows.get(headerRows).head()
                || rows.get(headerRows).cells().stream().allMatch(HtmlTableReader.Cell::header))) {
            headerRows++;
        }
        if (headerRows == rowCount) {
            headerRows = 0;
        }
        if (headerRows == 0 && rowCount > 1) {
            headerRows = 1;
        }
        try {
            return Optional.of(new Table("", headerRows, List.of(), out, false));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
