package org.reportdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
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
 * letting PDFBox read its 27 000 widths and compress megabytes of glyphs) took most of an export;
 * here a font's main subset is made once and reused while later exports' characters stay within
 * it. Characters it lacks (the secretary typed a new one) go into a small extra subset of the same
 * font, made in milliseconds; when the extras pass {@link #EXTRA_MAX} characters they are merged
 * into a new main subset, and a main subset that has grown to more than twice what an export needs
 * is cut back to that.
 *
 * <p>Each subset is embedded once, as a Type 0 font of a holder document the cache keeps open, and
 * every export's pages refer to that font's objects: the writer copies its compressed font file
 * (PDFBox allows objects of an open document in another one, as {@code importPage} does). One
 * export at a time (the exporter's lock).
 */
final class FontSubsets implements AutoCloseable {

    /** The tables PDFBox keeps in its own subsets, plus cmap, name, OS/2 and post so the subset is a complete font. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp", "cmap", "name", "OS/2", "post");
    private static final int SLACK = 200;
    static final int EXTRA_MAX = 64;

    /** A subset font: the code points it holds, and the font embedded in its holder document. */
    record Subset(Set<Integer> codePoints, PDType0Font font, PDDocument holder) {
    }

    /** A font's main subset and its extra subset of characters typed since (null when none). */
    private record Pair(Subset main, Subset extra) {
    }

    private final Map<LoadedFont, Pair> subsets = new HashMap<>();
    private int made;

    /** Subsets of {@code font} that together hold {@code needed}: the main one, and an extra one when needed. */
    synchronized List<Subset> covering(LoadedFont font, Set<Integer> needed) throws IOException {
        Pair p = subsets.get(font);
        if (p == null || p.main().codePoints().size() > 2 * needed.size() + SLACK) {
            return put(font, new Pair(make(font, needed), null), p);
        }
        Set<Integer> missing = new TreeSet<>(needed);
        missing.removeAll(p.main().codePoints());
        if (missing.isEmpty()) {
            return List.of(p.main());
        }
        if (p.extra() != null && p.extra().codePoints().containsAll(missing)) {
            return List.of(p.main(), p.extra());
        }
        if (p.extra() != null) {
            missing.addAll(p.extra().codePoints());
        }
        if (missing.size() <= EXTRA_MAX) {
            Subset extra = make(font, missing);
            if (p.extra() != null) {
                p.extra().holder().close();
            }
            subsets.put(font, new Pair(p.main(), extra));
            return List.of(p.main(), extra);
        }
        missing.addAll(p.main().codePoints());
        return put(font, new Pair(make(font, missing), null), p);
    }

    private List<Subset> put(LoadedFont font, Pair now, Pair old) throws IOException {
        subsets.put(font, now);
        if (old != null) {
            old.main().holder().close();
            if (old.extra() != null) {
                old.extra().holder().close();
            }
        }
        return List.of(now.main());
    }

    /** How many subsets were made so far (a benchmark shows it beside the export time). */
    synchronized int made() {
        return made;
    }

    private Subset make(LoadedFont font, Set<Integer> cps) throws IOException {
        made++;
        TTFSubsetter subsetter = new TTFSubsetter(font.font(), TABLES);
        subsetter.setPrefix(tag(cps));
        subsetter.addAll(cps);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        subsetter.writeToStream(out);
        TrueTypeFont parsed = new TTFParser(true).parse(new RandomAccessReadBuffer(out.toByteArray()));
        PDDocument holder = new PDDocument();
        PDType0Font embedded = PDType0Font.load(holder, parsed, false);
        return new Subset(Set.copyOf(cps), embedded, holder);
    }

    @Override
    public synchronized void close() throws IOException {
        List<Pair> all = new ArrayList<>(subsets.values());
        subsets.clear();
        for (Pair p : all) {
            p.main().holder().close();
            if (p.extra() != null) {
                p.extra().holder().close();
            }
        }
    }

    /** Six capitals from the characters, the PDF convention that marks a font as a subset ("ABCDEF+Name"). */
    static String tag(Set<Integer> cps) {
        long h = 1125899906842597L;
        for (int cp : new TreeSet<>(cps)) {
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
