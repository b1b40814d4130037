package org.reportdesk.layout.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/** A parsed font file (or collection member) with its cmap and a cache of advance widths. */
public final class LoadedFont {

    private final TrueTypeFont font;
    private final Path file;
    private final String name;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float[] bmpAdvance = new float[0x10000];

    LoadedFont(TrueTypeFont font, Path file) throws IOException {
        this.font = font;
        this.file = file;
        this.name = font.getName();
        this.cmap = font.getUnicodeCmapLookup(false);
        this.unitsPerEm = font.getUnitsPerEm();
        Arrays.fill(bmpAdvance, Float.NaN);
    }

    public TrueTypeFont font() {
        return font;
    }

    public Path file() {
        return file;
    }

    /** The font's PostScript name, e.g. UMingCN. */
    public String name() {
        return name;
    }

    public boolean hasGlyph(int cp) {
        return cmap != null && cmap.getGlyphId(cp) != 0;
    }

    /** Advance of {@code cp} in em (0 where the font has no glyph). */
    public synchronized double advanceEm(int cp) {
        if (cp < 0x10000 && !Float.isNaN(bmpAdvance[cp])) {
            return bmpAdvance[cp];
        }
        float em;
        try {
            int gid = cmap == null ? 0 : cmap.getGlyphId(cp);
            em = gid == 0 ? 0 : font.getAdvanceWidth(gid) / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cp < 0x10000) {
            bmpAdvance[cp] = em;
        }
        return em;
    }
}
