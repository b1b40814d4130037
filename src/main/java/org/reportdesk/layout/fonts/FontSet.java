package org.reportdesk.layout.fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.reportdesk.layout.FontMetrics;

/**
 * The fonts that stand for the export's faces on this machine, and their metrics: each face gets
 * a chain of found fonts (its own, then substitutes); a character is set in the first font of the
 * chain that has it. A face set in a substitute is named in {@link #substitutes()}. Parsed fonts are
 * shared by every face and kept for the life of the set (parsing a CJK font takes seconds).
 */
public final class FontSet implements FontMetrics {

    private final FontFiles files;
    private final Function<String, List<FontChoices.Candidate>> choices;
    private final Map<String, List<LoadedFont>> chains = new HashMap<>();
    private final Map<String, LoadedFont> loaded = new HashMap<>();
    private final Map<String, TrueTypeCollection> collections = new HashMap<>();
    private final Map<String, String> substitutes = new LinkedHashMap<>();

    public FontSet(FontFiles files, Function<String, List<FontChoices.Candidate>> choices) {
        this.files = files;
        this.choices = choices;
    }

    /** The machine's fonts chosen for embedding in a PDF (TrueType outlines only). */
    public static FontSet forPdf() {
        return new FontSet(FontFiles.system(), FontChoices::forFace);
    }

    @Override
    public double advance(String face, boolean bold, int codePoint, double sizePt) {
        LoadedFont f = fontFor(face, codePoint);
        return f == null ? (codePoint < 0x80 ? sizePt / 2 : sizePt) : f.advanceEm(codePoint) * sizePt;
    }

    /** The font that draws {@code cp} in {@code face}: the first of the face's chain that has it, else the first; null when none was found. */
    public synchronized LoadedFont fontFor(String face, int cp) {
        List<LoadedFont> chain = chain(face);
        for (LoadedFont f : chain) {
            if (f.hasGlyph(cp)) {
                return f;
            }
        }
        return chain.isEmpty() ? null : chain.get(0);
    }

    /** Each face used so far that is set in a substitute, with the substitute's name ("-" when no font was found at all). */
    public synchronized Map<String, String> substitutes() {
        return Map.copyOf(substitutes);
    }

    synchronized List<LoadedFont> chain(String face) {
        List<LoadedFont> chain = chains.get(face);
        if (chain != null) {
            return chain;
        }
        chain = new ArrayList<>();
        List<FontChoices.Candidate> list = choices.apply(face);
        int genuineFound = -1;
        for (int i = 0; i < list.size(); i++) {
            LoadedFont f = load(list.get(i));
            if (f != null && !chain.contains(f)) {
                if (chain.isEmpty()) {
                    genuineFound = i;
                }
                chain.add(f);
            }
        }
        if (genuineFound >= FontChoices.GENUINE || genuineFound < 0 && !list.isEmpty()) {
            substitutes.put(face, chain.isEmpty() ? "-" : chain.get(0).name());
        }
        chains.put(face, chain);
        return chain;
    }

    private LoadedFont load(FontChoices.Candidate c) {
        String key = c.file().toLowerCase(Locale.ROOT) + "#" + c.member();
        if (loaded.containsKey(key)) {
            return loaded.get(key);
        }
        LoadedFont f = null;
        Path path = files.find(c.file()).orElse(null);
        if (path != null) {
            try {
                f = new LoadedFont(parse(path, c.member()), path);
            } catch (IOException | RuntimeException e) {
                f = null;
            }
        }
        loaded.put(key, f);
        return f;
    }

    private TrueTypeFont parse(Path path, String member) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection ttc = collections.get(path.toString());
            if (ttc == null) {
                ttc = new TrueTypeCollection(path.toFile());
                collections.put(path.toString(), ttc);
            }
            if (member != null) {
                TrueTypeFont f = ttc.getFontByName(member);
                if (f == null) {
                    throw new IOException("no " + member + " in " + path);
                }
                return f;
            }
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return first[0];
        }
        if (name.endsWith(".otf")) {
            return new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
    }
}
