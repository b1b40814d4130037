package org.reportdesk.docx.read;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reportdesk.docx.read.Chains.Block;
import org.reportdesk.docx.read.Frames.Cell;
import org.reportdesk.docx.read.Frames.Frame;
import org.reportdesk.docx.read.Frames.Para;
import org.reportdesk.docx.read.Frames.Row;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;

/**
 * Reads the paragraphs of a document part in one streaming pass, in document order: body
 * paragraphs; text in content controls (block, row, cell and run level), hyperlinks, smart tags,
 * fields and insertions; paragraphs of text boxes after the paragraph they are anchored in (of an
 * {@code mc:AlternateContent}, only the first branch); tables row by row (see {@link Frames.Row}).
 * Deleted text, ruby annotations and content-control properties are left out. The nesting is kept
 * on heaps of its own, never on the call stack, so any depth takes time and memory in proportion
 * to the file.
 */
public final class BodyReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * One paragraph read, or one table ({@code table} not null, no text). {@code outlineLevel}: the
     * paragraph's own w:outlineLvl, null when it has none; {@code pictureIds}: relationship ids of
     * its pictures' image parts.
     */
    public record ReadParagraph(List<Span> spans, String styleId, Integer outlineLevel, boolean picture, boolean tableRow,
            boolean centered, List<String> pictureIds, Table table) {

        public ReadParagraph(List<Span> spans, String styleId, Integer outlineLevel, boolean picture, boolean tableRow) {
            this(spans, styleId, outlineLevel, picture, tableRow, false, List.of(), null);
        }
    }

    /**
     * The paragraphs; how many tables were too large for a table and turned into tab-separated
     * rows; how many tables nested in a cell had their text put into the cell; how many pictures
     * stood in table cells (which hold text only).
     */
    public record Body(List<ReadParagraph> paragraphs, int tables, int nestedTables, int cellPictures) {

        public Body(List<ReadParagraph> paragraphs, int tables) {
            this(paragraphs, tables, 0, 0);
        }
    }

    /** The part holds more paragraphs or characters than allowed. */
    public static final class TooMuch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean characters;

        TooMuch(boolean characters) {
            super(characters ? "too many characters" : "too many paragraphs", null, false, false);
            this.characters = characters;
        }

        /** Characters (else paragraphs) went over. */
        public boolean characters() {
            return characters;
        }
    }

    private final int maxParagraphs;
    private final long maxChars;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final IntStack frameDepths = new IntStack();
    /** Open mc:AlternateContent elements: their depth, and whether a branch was taken. */
    private final IntStack alternates = new IntStack();
    private final List<String> names = new ArrayList<>();
    private int skipDepth = -1;
    private boolean inText;
    private int paragraphs;
    private long chars;
    private int tables;
    private int nestedTables;
    private int cellPictures;
    private int openCells;
    /** Open cells of tables that look like one-column frames so far: a table in them is no nested table. */
    private int layoutCells;

    private BodyReader(int maxParagraphs, long maxChars) {
        this.maxParagraphs = maxParagraphs;
        this.maxChars = maxChars;
    }

    public static Body read(InputStream in, int maxParagraphs, long maxChars) throws XMLStreamException {
        return new BodyReader(maxParagraphs, maxChars).run(in);
    }

    private Body run(InputStream in) throws XMLStreamException {
        Frame body = new Frame();
        push(body, 0);
        XMLStreamReader r = Xml.reader(in);
        try {
            int depth = 0;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        names.add(r.getLocalName());
                        if (skipDepth < 0) {
                            start(r, depth);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(depth);
                        names.remove(names.size() - 1);
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText && skipDepth < 0) {
                            text(r.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("a DTD in a document part");
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
        List<ReadParagraph> out = new ArrayList<>();
        for (Block b : body.close()) {
            out.add(new ReadParagraph(b.spans.toList(), b.styleId, b.outlineLevel, b.picture, b.tableRow, b.centered,
                    b.pictureIds == null ? List.of() : List.copyOf(b.pictureIds), b.table));
        }
        return new Body(out, tables, nestedTables, cellPictures);
    }

    private void start(XMLStreamReader r, int depth) {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        if (MC.equals(ns)) {
            alternate(local, depth);
            return;
        }
        if (!W.equals(ns) && !W_STRICT.equals(ns)) {
            if ((local.equals("blip") || local.equals("imagedata")) && frames.peek() instanceof Para p) {
                p.picture(Words.attr(r, local.equals("blip") ? "embed" : "id"));
            }
            return;
        }
        Frame top = frames.peek();
        switch (local) {
            case "p" -> {
                if (++paragraphs > maxParagraphs) {
                    throw new TooMuch(false);
                }
                push(new Para(), depth);
            }
            case "tbl" -> push(new Frames.Table(openCells > layoutCells), depth);
            case "tr" -> push(new Row(), depth);
            case "tc" -> {
                if (++paragraphs > maxParagraphs) {
                    throw new TooMuch(false);
                }
                openCells++;
                Cell cell = new Cell();
                cell.layout = inLayoutTable();
                if (cell.layout) {
                    layoutCells++;
                }
                push(cell, depth);
            }
            case "gridCol" -> {
                if (top instanceof Frames.Table t && parentIs("tblGrid", "tbl")) {
                    t.gridCol(Words.intAttr(r, "w"));
                }
            }
            case "gridSpan", "vMerge" -> {
                if (top instanceof Cell c && parentIs("tcPr", "tc")) {
                    cellProperty(c, local, r);
                }
            }
            case "gridBefore", "gridAfter", "tblHeader" -> {
                if (top instanceof Row row && parentIs("trPr", "tr")) {
                    rowProperty(row, local, r);
                }
            }
            case "jc" -> {
                if (top instanceof Para p && parentIs("pPr", "p")) {
                    p.centered = "center".equals(Words.attr(r, "val"));
                }
            }
            case "txbxContent" -> push(new Frame(), depth);
            case "sdtPr", "sdtEndPr", "rt", "del", "moveFrom", "instrText", "delText", "fldData" -> skipDepth = depth;
            case "pStyle" -> {
                if (top instanceof Para p && parentIs("pPr", "p")) {
                    p.styleId = Words.attr(r, "val");
                }
            }
            case "outlineLvl" -> {
                if (top instanceof Para p && parentIs("pPr", "p")) {
                    Integer v = Words.intAttr(r, "val");
                    p.outlineLevel = v == null ? 9 : v;
                }
            }
            case "r" -> {
                if (top instanceof Para p) {
                    p.newRun();
                }
            }
            case "b", "i", "u" -> {
                if (top instanceof Para p && parentIs("rPr", "r")) {
                    runStyle(p, local, r);
                }
            }
            case "tab" -> runText(" ");
            case "br", "cr" -> runText("\n");
            case "noBreakHyphen" -> runText("-");
            case "t" -> inText = top instanceof Para && parentIs("r", null);
            default -> {
            }
        }
    }

    /**
     * Whether a cell opening now is the first of its row in a table of one column so far (a frame
     * around a 红头 or a whole report), whose tables are read as tables of their own.
     */
    private boolean inLayoutTable() {
        var it = frames.iterator();
        if (!(it.next() instanceof Row row) || !row.cells.isEmpty() || !it.hasNext() || !(it.next() instanceof Frames.Table t)) {
            return false;
        }
        return t.gridCols.size() <= 1 && !t.wide;
    }

    private static void cellProperty(Cell c, String local, XMLStreamReader r) {
        if (local.equals("gridSpan")) {
            Integer span = Words.intAttr(r, "val");
            c.gridSpan = span == null ? 1 : Math.max(1, Math.min(span, Table.MAX_COLUMNS + 1));
        } else {
            String v = Words.attr(r, "val");
            c.vMerge = v == null ? "continue" : v;
        }
    }

    private static void rowProperty(Row row, String local, XMLStreamReader r) {
        if (local.equals("tblHeader")) {
            row.header = Words.onOff(r);
            return;
        }
        Integer v = Words.intAttr(r, "val");
        int n = v == null ? 0 : Math.max(0, Math.min(v, Table.MAX_COLUMNS + 1));
        if (local.equals("gridBefore")) {
            row.gridBefore = n;
        } else {
            row.gridAfter = n;
        }
    }

    private static void runStyle(Para p, String local, XMLStreamReader r) {
        switch (local) {
            case "b" -> p.runBold = Words.onOff(r);
            case "i" -> p.runItalic = Words.onOff(r);
            default -> {
                String u = Words.attr(r, "val");
                p.runUnderline = u == null || !u.equals("none");
            }
        }
    }

    /** Of an mc:AlternateContent, the first mc:Choice or mc:Fallback is read and the others skipped. */
    private void alternate(String local, int depth) {
        if (local.equals("AlternateContent")) {
            alternates.push(depth);
            alternates.push(0);
        } else if ((local.equals("Choice") || local.equals("Fallback")) && !alternates.isEmpty()
                && alternates.peek(1) == depth - 1) {
            if (alternates.peek(0) == 1) {
                skipDepth = depth;
            } else {
                alternates.set(0, 1);
            }
        }
    }

    private void end(int depth) {
        inText = false;
        if (skipDepth >= 0) {
            if (skipDepth == depth) {
                skipDepth = -1;
            }
            return;
        }
        if (frameDepths.peek(0) == depth && frames.size() > 1) {
            Frame f = frames.pop();
            frameDepths.pop();
            if (f instanceof Cell c) {
                openCells--;
                if (c.layout) {
                    layoutCells--;
                }
            }
            frames.peek().take(f, f.close());
            if (f instanceof Frames.Table t) {
                cellPictures += t.cellPictures;
                nestedTables += t.nestedTables;
                if (t.flattened && t.nested) {
                    nestedTables++;
                } else if (t.flattened) {
                    tables++;
                }
            }
        }
        if (!alternates.isEmpty() && alternates.peek(1) == depth) {
            alternates.pop();
            alternates.pop();
        }
    }

    private void runText(String s) {
        if (frames.peek() instanceof Para && parentIs("r", null)) {
            text(s);
        }
    }

    private void text(String s) {
        chars += s.length();
        if (chars > maxChars) {
            throw new TooMuch(true);
        }
        ((Para) frames.peek()).text(s);
    }

    /** Whether the element just opened sits in {@code parent}, itself in {@code grandparent} (null: any). */
    private boolean parentIs(String parent, String grandparent) {
        int n = names.size();
        return n >= 2 && names.get(n - 2).equals(parent) && (grandparent == null || n >= 3 && names.get(n - 3).equals(grandparent));
    }

    private void push(Frame f, int depth) {
        frames.push(f);
        frameDepths.push(depth);
    }

    /** A growable stack of ints. */
    private static final class IntStack {
        private int[] a = new int[16];
        private int size;

        void push(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int pop() {
            return a[--size];
        }

        /** The value {@code k} places below the top (0: the top); -1 when there is none. */
        int peek(int k) {
            return size > k ? a[size - 1 - k] : -1;
        }

        void set(int k, int v) {
            a[size - 1 - k] = v;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
