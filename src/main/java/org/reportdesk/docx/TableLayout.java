package org.reportdesk.docx;

import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * Where a table goes and how wide its columns are: the full width of the type area, columns in
 * the table's relative widths; on a landscape page when the table asks for one, has more columns
 * than the profile allows on a portrait page, or its narrowest possible columns do not fit it.
 */
final class TableLayout {

    /** Left and right cell margin, twips (Word's default 0.19 cm). */
    static final int CELL_MARGIN = 108;
    /** Characters of a CJK text a column shows at least on one line before it wraps every character. */
    private static final int MIN_CJK_CHARS = 2;

    private TableLayout() {
    }

    static boolean landscape(Table t, ExportProfile profile, int portraitWidth) {
        return t.landscape() || t.columnCount() > profile.landscapeColumns()
                || minimumWidth(t, profile.tableHalfPoints()) > portraitWidth;
    }

    /**
     * The narrowest the table can be: per column, the cell margins plus the longest word that
     * cannot wrap (a number or a Latin word, half a cell a character) or two CJK characters.
     */
    static int minimumWidth(Table t, int halfPoints) {
        int total = 0;
        for (int w : minimumWidths(t, halfPoints)) {
            total += w;
        }
        return total;
    }

    static int[] minimumWidths(Table t, int halfPoints) {
        int cell = halfPoints * 10;
        int[] out = new int[t.columnCount()];
        for (int c = 0; c < out.length; c++) {
            int widest = MIN_CJK_CHARS * cell;
            for (int r = 0; r < t.rowCount(); r++) {
                TableCell slot = t.cell(r, c);
                if (!slot.covered() && slot.colSpan() == 1) {
                    widest = Math.max(widest, longestUnbreakable(slot.plainText()) * cell / 2);
                }
            }
            // a little slack: a face's digits are often wider than half a cell
            out[c] = widest + 2 * CELL_MARGIN + cell / 4;
        }
        return out;
    }

    /** The longest run of ASCII letters, digits and number punctuation, in characters. */
    static int longestUnbreakable(String text) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || ".,%+-/:()".indexOf(ch) >= 0)) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
        }
        return best;
    }

    /**
     * Column widths in twips summing to exactly {@code width}: the relative widths, then columns
     * narrower than their minimum (see {@link #minimumWidth}) widened at the expense of the columns
     * with room to spare, in proportion to that room, when the table has enough of it.
     */
    static int[] grid(Table t, int width, int halfPoints) {
        int[] out = proportional(t, width);
        int[] min = minimumWidths(t, halfPoints);
        long deficit = 0;
        long slack = 0;
        for (int c = 0; c < out.length; c++) {
            deficit += Math.max(0, min[c] - out[c]);
            slack += Math.max(0, out[c] - min[c]);
        }
        if (deficit == 0 || slack < deficit) {
            return out;
        }
        int[] widened = new int[out.length];
        int used = 0;
        for (int c = 0; c < out.length; c++) {
            int room = Math.max(0, out[c] - min[c]);
            widened[c] = out[c] < min[c] ? min[c] : out[c] - (int) (room * deficit / slack);
            used += widened[c];
        }
        widened[out.length - 1] += width - used;
        return widened;
    }

    private static int[] proportional(Table t, int width) {
        long sum = 0;
        for (int w : t.columnWidths()) {
            sum += w;
        }
        int[] out = new int[t.columnCount()];
        int used = 0;
        long acc = 0;
        for (int c = 0; c < out.length; c++) {
            acc += t.columnWidths().get(c);
            int edge = (int) Math.round((double) acc * width / sum);
            out[c] = Math.max(1, edge - used);
            used = edge;
        }
        return out;
    }
}
