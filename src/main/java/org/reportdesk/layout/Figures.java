package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportdesk.docx.ExportRules;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * Sizes and places tables and pictures as the export writes them: a table across the type area,
 * columns in proportion to their widths, cell text 仿宋 at the profile's table size (4号 by default)
 * single-spaced with Word's default cell margins, header rows bold; a picture at 96 dpi, at most the
 * type area's width and its height less two lines. A table's geometry is kept per table object (the model is immutable, so an
 * unchanged table is the same object in the next snapshot) and computed once.
 */
final class Figures {

    /** Word's default left and right cell margins, 0.19 cm. */
    static final double CELL_MARGIN_PT = 5.4;
    /** Single line spacing of the CJK faces (ascent + descent + gap). */
    static final double SINGLE_LINE_EM = 1.3;
    static final double PX_TO_PT = 0.75;

    /** A cell's text: each paragraph as a block with its lines. */
    record CellText(List<Block> blocks, List<Measured> measured) {
    }

    record TableGeometry(double[] columnX, double[] rowHeights, Map<Integer, CellText> cells, boolean landscape) {
        CellText cell(int row, int col) {
            return cells.get(row * Table.MAX_COLUMNS + col);
        }
    }

    private final FontMetrics metrics;
    private final PageFrame frame;
    private final double cellSizePt;
    private final double pictureMaxHeightPt;
    private final PageFrame turned;
    private final String face;
    private final Map<Table, TableGeometry> previous;
    private final Map<Table, TableGeometry> current = new IdentityHashMap<>();

    Figures(FontMetrics metrics, PageFrame frame, String face, double cellSizePt, double pictureMaxHeightPt,
            Map<Table, TableGeometry> previous) {
        this.cellSizePt = cellSizePt;
        this.pictureMaxHeightPt = pictureMaxHeightPt;
        this.metrics = metrics;
        this.frame = frame;
        this.face = face;
        this.previous = previous;
        this.turned = frame.turned();
    }

    /** The geometries computed or reused by this layout, for the next one. */
    Map<Table, TableGeometry> geometries() {
        return current;
    }

    double capacity(boolean landscape) {
        PageFrame f = landscape ? turned : frame;
        return f.linesPerPage() * f.linePt();
    }

    private PageFrame frameOf(Figure.TableRow row) {
        return row.landscape() ? turned : frame;
    }

    double height(Figure f) {
        if (f instanceof Figure.TableRow row) {
            return geometry(row).rowHeights()[row.row()];
        }
        return pictureSize(((Figure.Image) f).picture())[1];
    }

    private double[] pictureSize(Picture p) {
        double w = p.widthPx() * PX_TO_PT;
        double h = p.heightPx() * PX_TO_PT;
        double scale = Math.min(1, Math.min(frame.typeWidth() / w, pictureMaxHeightPt / h));
        return new double[] {w * scale, h * scale};
    }

    /** Draws the figure with its top at {@code top}. */
    void compose(Figure f, double top, PageComposer composer, List<Line> lines, List<Box> boxes, List<PlacedImage> images) {
        if (f instanceof Figure.Image img) {
            double[] size = pictureSize(img.picture());
            images.add(new PlacedImage(img.picture(), frame.leftPt() + (frame.typeWidth() - size[0]) / 2, top, size[0], size[1],
                    img.source()));
            return;
        }
        Figure.TableRow row = (Figure.TableRow) f;
        Table t = row.table();
        TableGeometry g = geometry(row);
        int r = row.row();
        for (int c = 0; c < t.columnCount(); c++) {
            TableCell cell = t.cell(r, c);
            if (cell.covered()) {
                continue;
            }
            double x = frameOf(row).leftPt() + g.columnX()[c];
            double w = g.columnX()[c + cell.colSpan()] - g.columnX()[c];
            double h = 0;
            for (int k = r; k < r + cell.rowSpan(); k++) {
                h += g.rowHeights()[k];
            }
            boxes.add(new Box(x, top, w, h));
            CellText text = g.cell(r, c);
            double lineHeight = cellSizePt * SINGLE_LINE_EM;
            int count = text.measured().stream().mapToInt(m -> m.lines.size()).sum();
            // the export centres a cell's text vertically (w:vAlign center)
            double y = top + Math.max(0, (h - count * lineHeight) / 2);
            for (int p = 0; p < text.blocks().size(); p++) {
                Measured m = text.measured().get(p);
                for (int i = 0; i < m.lines.size(); i++) {
                    lines.add(composer.line(text.blocks().get(p), m, i, y, x + CELL_MARGIN_PT, w - 2 * CELL_MARGIN_PT, lineHeight));
                    y += lineHeight;
                }
            }
        }
    }

    private TableGeometry geometry(Figure.TableRow row) {
        Table t = row.table();
        TableGeometry g = current.get(t);
        if (g == null) {
            g = previous.get(t);
            if (g == null || g.landscape() != row.landscape()) {
                g = measure(t, frameOf(row).typeWidth(), row.landscape());
            }
            current.put(t, g);
        }
        return g;
    }

    private TableGeometry measure(Table t, double width, boolean landscape) {
        int cols = t.columnCount();
        double total = t.columnWidths().stream().mapToDouble(Integer::doubleValue).sum();
        double[] x = new double[cols + 1];
        for (int c = 0; c < cols; c++) {
            x[c + 1] = x[c] + width * t.columnWidths().get(c) / total;
        }
        double lineHeight = cellSizePt * SINGLE_LINE_EM;
        double[] heights = new double[t.rowCount()];
        java.util.Arrays.fill(heights, lineHeight);
        Map<Integer, CellText> cells = new java.util.HashMap<>();
        List<double[]> spanning = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < cols; c++) {
                TableCell cell = t.cell(r, c);
                if (cell.covered()) {
                    continue;
                }
                double inner = Math.max(cellSizePt, x[c + cell.colSpan()] - x[c] - 2 * CELL_MARGIN_PT);
                CellText text = cellText(cell, r < t.headerRows(), inner);
                cells.put(r * Table.MAX_COLUMNS + c, text);
                int count = text.measured().stream().mapToInt(m -> m.lines.size()).sum();
                double need = Math.max(1, count) * lineHeight;
                if (cell.rowSpan() == 1) {
                    heights[r] = Math.max(heights[r], need);
                } else {
                    spanning.add(new double[] {r, cell.rowSpan(), need});
                }
            }
        }
        for (double[] s : spanning) {
            int first = (int) s[0];
            int last = first + (int) s[1] - 1;
            double have = 0;
            for (int k = first; k <= last; k++) {
                have += heights[k];
            }
            if (have < s[2] - 0.001) {
                heights[last] += s[2] - have;
            }
        }
        return new TableGeometry(x, heights, cells, landscape);
    }

    private CellText cellText(TableCell cell, boolean header, double width) {
        LineBreaker breaker = new LineBreaker(metrics, width);
        TextStyle base = new TextStyle(face, cellSizePt, header, false, false, 0);
        List<Block> blocks = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (Paragraph p : cell.text().paragraphs()) {
            List<StyledRun> runs = new ArrayList<>();
            for (Span s : p.spans()) {
                runs.add(new StyledRun(s.text(), base.withStyle(header || s.bold(), s.italic(), s.underline()), null, 0));
            }
            Align align = header || ExportRules.centredInCell(cell.plainText()) ? Align.CENTER : Align.LEFT;
            Block b = new Block(BlockKind.TABLE_ROW, runs, 0, 0, 0, align, false);
            blocks.add(b);
            measured.add(breaker.measure(b));
        }
        return new CellText(blocks, measured);
    }
}
