package org.reportdesk.layout;

/**
 * Advance widths of characters in a named face, the only thing the layout needs from a font.
 * Implementations read real font files ({@link org.reportdesk.layout.fonts.SfntMetrics}); the
 * layout never sees a toolkit font class.
 */
public interface FontMetrics {

    /** Advance of {@code codePoint} in {@code face} at {@code sizePt}, in points (no character spacing). */
    double advance(String face, boolean bold, int codePoint, double sizePt);

    /**
     * The ideal metrics of a CJK grid: every character one em, ASCII half an em. Exact for CJK text
     * in any CJK face; used by tests and where no font file can be read.
     */
    FontMetrics GRID = (face, bold, cp, size) -> cp < 0x80 ? size / 2 : size;
}
