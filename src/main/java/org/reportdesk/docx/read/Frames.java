package org.reportdesk.docx.read;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.docx.read.Chains.Block;
import org.reportdesk.docx.read.Chains.Blocks;
import org.reportdesk.docx.read.Chains.Spans;
import org.reportdesk.model.Span;

/**
 * What {@link BodyReader} keeps for each open element that gathers paragraphs: the body, a text
 * box, a table cell (containers), a paragraph, a table row, a table. When an element ends, its
 * frame hands what it gathered to the frame around it.
 */
final class Frames {

    private Frames() {
    }

    /** The body, a text box or content gathered elsewhere: paragraphs in order. */
    static class Frame {
        final Blocks blocks = new Blocks();

        void take(Frame child, Blocks out) {
            if (child instanceof Row row) {
                blocks.append(TableGrid.flattenRow(row)); // a row outside any table
            } else {
                blocks.append(out);
            }
        }

        Blocks close() {
            return blocks;
        }
    }

    /** A table cell: its paragraphs, how many grid columns it spans, its vertical merge (null, "restart", "continue"). */
    static final class Cell extends Frame {
        int gridSpan = 1;
        String vMerge;
        boolean layout;
    }

    /**
     * A paragraph: its styled text as runs come (equal styles joined as they come, so a million
     * runs cost one pass), then the paragraphs of text boxes anchored in it, after it.
     */
    static final class Para extends Frame {
        final Spans spans = new Spans();
        private StringBuilder text;
        private boolean bold;
        private boolean italic;
        private boolean underline;
        boolean runBold;
        boolean runItalic;
        boolean runUnderline;
        String styleId;
        Integer outlineLevel;
        boolean picture;
        boolean centered;
        List<String> pictureIds;

        void text(String s) {
            if (text == null || bold != runBold || italic != runItalic || underline != runUnderline) {
                flush();
                text = new StringBuilder();
                bold = runBold;
                italic = runItalic;
                underline = runUnderline;
            }
            text.append(s);
        }

        void newRun() {
            runBold = false;
            runItalic = false;
            runUnderline = false;
        }

        /** A picture whose image part has relationship id {@code id}. */
        void picture(String id) {
            picture = true;
            if (id != null && !id.isBlank()) {
                if (pictureIds == null) {
                    pictureIds = new ArrayList<>(1);
                }
                pictureIds.add(id.strip());
            }
        }

        private void flush() {
            if (text != null && text.length() > 0) {
                spans.add(new Span(text.toString(), bold, italic, underline));
            }
            text = null;
        }

        @Override
        Blocks close() {
            flush();
            Blocks out = new Blocks();
            Block b = new Block(spans, styleId, outlineLevel, picture, false);
            b.centered = centered;
            b.pictureIds = pictureIds;
            out.add(b);
            out.append(blocks);
            return out;
        }
    }

    /** A table row: its cells as they came, and its grid offsets and header flag. */
    static final class Row extends Frame {
        final List<Cell> cells = new ArrayList<>();
        int gridBefore;
        int gridAfter;
        boolean header;

        @Override
        void take(Frame child, Blocks out) {
            if (child instanceof Cell c) {
                cells.add(c);
                return;
            }
            if (cells.isEmpty()) {
                cells.add(new Cell());
            }
            cells.get(cells.size() - 1).blocks.append(out);
        }

        @Override
        Blocks close() {
            return new Blocks(); // the table reads the cells
        }
    }

    /**
     * A table: its grid columns and rows; on closing, one {@link org.reportdesk.model.Table}, or
     * (nested in a cell, or beyond the model's limits) its rows as tab-separated paragraphs.
     */
    static final class Table extends Frame {
        final boolean nested;
        final List<Integer> gridCols = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        /** Made paragraphs: nested, or too large for a table. */
        boolean flattened;
        /** Pictures in its cells, which hold text only. */
        int cellPictures;
        /** Tables read as tables (in a one-column frame) that ended up in this table's cells, made text. */
        int nestedTables;
        /** A row with more than one cell was read. */
        boolean wide;

        Table(boolean nested) {
            this.nested = nested;
        }

        void gridCol(Integer width) {
            if (gridCols.size() <= org.reportdesk.model.Table.MAX_COLUMNS) {
                gridCols.add(width == null ? 0 : width);
            }
        }

        @Override
        void take(Frame child, Blocks out) {
            if (child instanceof Row row) {
                rows.add(row);
                wide |= row.cells.size() > 1;
            } else {
                blocks.append(out);
            }
        }

        @Override
        Blocks close() {
            Blocks out = TableGrid.close(this);
            out.append(blocks);
            return out;
        }
    }
}
