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
            blocks.append(out);
        }

        Blocks close() {
            return blocks;
        }
    }

    static final class Cell extends Frame {
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
            out.add(new Block(spans, styleId, outlineLevel, picture, false));
            out.append(blocks);
            return out;
        }
    }

    /**
     * A table row: with one cell (a table used for layout, a 红头 frame) its paragraphs are kept as
     * they are; with more, the row becomes one paragraph, cells apart by a tab, a cell's
     * paragraphs apart by a space.
     */
    static final class Row extends Frame {
        private final List<Blocks> cells = new ArrayList<>();
        boolean flattened;

        @Override
        void take(Frame child, Blocks out) {
            if (child instanceof Cell || cells.isEmpty()) {
                cells.add(new Blocks());
            }
            cells.get(cells.size() - 1).append(out);
        }

        @Override
        Blocks close() {
            Blocks out = new Blocks();
            if (cells.size() <= 1) {
                cells.forEach(out::append);
                return out;
            }
            flattened = true;
            Spans row = new Spans();
            boolean picture = false;
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    row.add(Span.plain("\t"));
                }
                boolean first = true;
                for (Block b = cells.get(c).head; b != null; b = b.next) {
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

    /** A table: its rows' paragraphs; whether any row was made a tab-separated paragraph. */
    static final class Table extends Frame {
        boolean flattened;

        @Override
        void take(Frame child, Blocks out) {
            if (child instanceof Row row && row.flattened) {
                flattened = true;
            }
            super.take(child, out);
        }
    }
}
