package org.reportdesk.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * A table as plain Word markup (layout spec, tables): the 表题 above it (centred, bold, kept with
 * the table), then a {@code w:tbl} as wide as the type area with a fixed grid, single 0.5 pt
 * borders, header rows bold and repeated on every page, rows that never split, column spans as
 * {@code w:gridSpan} and row spans as {@code w:vMerge}. Cell text is single-spaced and off the
 * document grid: the body's exact line would make every row 28.95 pt high. The table is streamed
 * row by row, so a long table never stands in memory as beans.
 */
final class TableWriter {

    /** 0.5 pt in eighths of a point. */
    private static final int BORDER_EIGHTHS = 4;
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,.]*%?|[-+]?\\.[0-9]+%?");

    /** A cell that holds a number is centred, as the header is; other text goes left. */
    static boolean numeric(String cellText) {
        return NUMBER.matcher(cellText.strip()).matches();
    }

    private final ExportProfile profile;
    private final RunWriter runs;
    private final UnaryOperator<String> fill;
    private final RunWriter.Format cellText;

    TableWriter(ExportProfile profile, UnaryOperator<String> fill) {
        this.profile = profile;
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
        this.fill = fill;
        this.cellText = new RunWriter.Format(profile.fontScheme().fangSong(), profile.tableHalfPoints(), false, false, false);
    }

    /** Writes the title (if any) and the table, {@code width} twips wide, at the end of {@code sink}. */
    void write(BodySink sink, Table t, int width) {
        String title = XmlText.clean(fill.apply(t.title())).strip();
        if (!title.isEmpty()) {
            Para p = new Para(sink.paragraph(), StyleIds.NORMAL, profile.lineTwips()).jc(STJc.CENTER).keepNext();
            runs.append(p.ctp, title, new RunWriter.Format(profile.fontScheme().fangSong(), RunWriter.SIZE_3, true, false, false));
        }
        int[] grid = TableLayout.grid(t, width, profile.tableHalfPoints());
        int[][] anchors = anchors(t);
        CTTbl scratch = CTTbl.Factory.newInstance();
        sink.raw("<w:tbl>");
        sink.piece(properties(scratch.addNewTblPr(), width));
        CTTblGrid g = scratch.addNewTblGrid();
        for (int w : grid) {
            g.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        sink.piece(g);
        for (int r = 0; r < t.rowCount(); r++) {
            CTTbl rowHolder = CTTbl.Factory.newInstance();
            sink.piece(row(rowHolder.addNewTr(), t, r, grid, anchors));
        }
        sink.raw("</w:tbl>");
    }

    private static CTTblPr properties(CTTblPr pr, int width) {
        pr.addNewTblW().setW(BigInteger.valueOf(width));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(BORDER_EIGHTHS));
            border.setSpace(BigInteger.ZERO);
            border.setColor("auto");
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var mar = pr.addNewTblCellMar();
        mar.addNewLeft().setW(BigInteger.valueOf(TableLayout.CELL_MARGIN));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(TableLayout.CELL_MARGIN));
        mar.getRight().setType(STTblWidth.DXA);
        return pr;
    }

    private CTRow row(CTRow tr, Table t, int r, int[] grid, int[][] anchors) {
        boolean header = r < t.headerRows();
        CTTrPr trPr = tr.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        for (int c = 0; c < t.columnCount(); ) {
            TableCell slot = t.cell(r, c);
            if (!slot.covered()) {
                cell(tr.addNewTc(), slot, header, width(grid, c, slot.colSpan()), slot.colSpan(),
                        slot.rowSpan() > 1 ? STMerge.RESTART : null);
                c += slot.colSpan();
                continue;
            }
            int anchorRow = anchors[r][c] / t.columnCount();
            int anchorColumn = anchors[r][c] % t.columnCount();
            TableCell a = t.cell(anchorRow, anchorColumn);
            if (anchorColumn == c && anchorRow < r) {
                // a row span: every row it covers holds a continuing cell as wide as the span
                cell(tr.addNewTc(), null, header, width(grid, c, a.colSpan()), a.colSpan(), STMerge.CONTINUE);
                c += a.colSpan();
            } else {
                c++;
            }
        }
        return tr;
    }

    /** For every slot, row × columns + column of the anchor whose area holds it (the model checked the merges). */
    private static int[][] anchors(Table t) {
        int cols = t.columnCount();
        int[][] out = new int[t.rowCount()][cols];
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < cols; c++) {
                TableCell a = t.cell(r, c);
                if (a.covered()) {
                    continue;
                }
                for (int i = r; i < r + a.rowSpan(); i++) {
                    for (int j = c; j < c + a.colSpan(); j++) {
                        out[i][j] = r * cols + c;
                    }
                }
            }
        }
        return out;
    }

    private static int width(int[] grid, int from, int span) {
        int w = 0;
        for (int i = from; i < from + span; i++) {
            w += grid[i];
        }
        return w;
    }

    private void cell(CTTc tc, TableCell slot, boolean header, int width, int span, STMerge.Enum merge) {
        CTTcPr pr = tc.addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        List<Paragraph> paras = slot == null ? List.of() : slot.text().paragraphs();
        boolean numeric = slot != null && numeric(slot.plainText());
        STJc.Enum jc = header || numeric ? STJc.CENTER : STJc.LEFT;
        if (paras.isEmpty()) {
            cellParagraph(tc, jc);
            return;
        }
        for (Paragraph para : paras) {
            CTP p = cellParagraph(tc, jc);
            for (Span s : para.spans()) {
                String text = fill.apply(s.text());
                runs.append(p, text, cellText.withStyle(header || s.bold(), s.italic(), s.underline()));
            }
        }
    }

    /** Single line spacing off the grid, no indent, the paragraph mark in the cell's size. */
    private CTP cellParagraph(CTTc tc, STJc.Enum jc) {
        CTP p = tc.addNewP();
        CTPPr pPr = p.addNewPPr();
        pPr.addNewPStyle().setVal(StyleIds.NORMAL);
        pPr.addNewSnapToGrid().setVal("0");
        CTSpacing s = pPr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(240));
        s.setLineRule(STLineSpacingRule.AUTO);
        pPr.addNewInd().setFirstLine(BigInteger.ZERO);
        pPr.addNewJc().setVal(jc);
        BigInteger size = BigInteger.valueOf(profile.tableHalfPoints());
        pPr.addNewRPr().addNewSz().setVal(size);
        pPr.getRPr().addNewSzCs().setVal(size);
        return p;
    }
}
