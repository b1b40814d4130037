package org.reportdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.reportdesk.layout.fonts.LoadedFont;

/**
 * Subsets of the machine's CJK fonts, kept between exports. Subsetting a 20 MB CJK font (and
 * letting PDFBox read its 27 000 widths) took most of an export; here a font's subset is made once
 * and reused while the characters of later exports stay within it. When an export needs a
 * character the subset lacks, a new subset of the old and new characters is made, so a secretary
 * who types a few new characters between exports pays for one subsetting, not one per export; the
 * subset is cut back to what the export needs when it has grown to more than twice that.
 *
 * <p>Each subset is embedded once, as a Type 0 font of a holder document the cache keeps open, and
 * every export's pages refer to that font's objects: the writer copies its compressed font file
 * instead of compressing megabytes of glyphs again (PDFBox allows objects of an open document in
 * another one, as {@code importPage} does). Not thread-safe beyond its own lock: the exporter
 * uses it one export at a time.
 */
final class FontSubsets implements AutoCloseable {

    /** The tables PDFBox keeps in its own subsets, plus cmap, name, OS/2 and post so the subset is a complete font. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp", "cmap", "name", "OS/2", "post");
    private static final int SLACK = 200;

    /** A subset font: the code points it holds, and the font embedded in its holder document. */
    record Subset(Set<Integer> codePoints, PDType0Font font, PDDocument holder, int bytes) {
    }

    private final Map<LoadedFont, Subset> subsets = new HashMap<>();
    private int made;

    /** A subset of {@code font} holding at least {@code needed}. */
    synchronized Subset covering(LoadedFont font, Set<Integer> needed) throws IOException {
        Subset s = subsets.get(font);
        if (s != null && s.codePoints().containsAll(needed)) {
            return s;
        }
        Set<Integer> cps = new TreeSet<>(needed);
        if (s != null && s.codePoints().size() + needed.size() <= 2 * needed.size() + SLACK) {
            cps.addAll(s.codePoints());
        }
        Subset old = s;
        s = make(font, cps);
        subsets.put(font, s);
        if (old != null) {
            old.holder().close();
        }
        made++;
        return s;
    }

    /** How many subsets were made so far (a benchmark shows it beside the export time). */
    synchronized int made() {
        return made;
    }

    private static Subset make(LoadedFont font, Set<Integer> cps) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font.font(), TABLES);
        subsetter.setPrefix(tag(cps));
        subsetter.addAll(cps);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        subsetter.writeToStream(out);
        byte[] bytes = out.toByteArray();
        TrueTypeFont parsed = new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
        PDDocument holder = new PDDocument();
        PDType0Font embedded = PDType0Font.load(holder, parsed, false);
        return new Subset(Set.copyOf(cps), embedded, holder, bytes.length);
    }

    @Override
    public synchronized void close() throws IOException {
        for (Subset s : subsets.values()) {
            s.holder().close();
        }
        subsets.clear();
    }

    /** Six capitals from the characters, the PDF convention that marks a font as a subset ("ABCDEF+Name"). */
    static String tag(Set<Integer> cps) {
        long h = 1125899906842597L;
        for (int cp : cps) {
            h = 31 * h + cp;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h /= 26;
        }
        return tag.append('+').toString();
    }
}
