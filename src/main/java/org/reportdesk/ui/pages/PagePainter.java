package org.reportdesk.ui.pages;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.reportdesk.layout.TextStyle;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * Draws one laid-out page, in points: the white sheet, the highlight behind the lines of the part
 * selected in the outline, every character at the place the layout gave it, underlines and the
 * page number. The page view and printing both draw through this class.
 */
final class PagePainter {

    static final Color HIGHLIGHT = Color.web("#e3edfb");
    private static final double BOLD_STROKE_EM = 0.03;

    private final PageFonts fonts;

    PagePainter(PageFonts fonts) {
        this.fonts = fonts;
    }

    void paint(PageSheet sheet, PageSurface s, OutlineNode highlight) {
        s.fillRect(0, 0, sheet.widthPt(), sheet.heightPt(), Color.WHITE);
        for (SheetLine l : sheet.lines()) {
            if (!l.glyphs().isEmpty() && Highlight.covers(highlight, l.line().source())) {
                Glyph first = l.glyphs().get(0);
                Glyph last = l.glyphs().get(l.glyphs().size() - 1);
                s.fillRect(first.x() - 2, l.line().top(), last.x() + last.advance() - first.x() + 4, l.line().height(), HIGHLIGHT);
            }
        }
        for (SheetLine l : sheet.lines()) {
            line(l, s);
        }
        if (sheet.pageNumber() != null) {
            line(sheet.pageNumber(), s);
        }
    }

    /**
     * One line. Every block kind is text today; a table row or a picture (new block kinds of the
     * layout) gets its own branch here, drawing its cells' glyphs and rules or the image in the
     * line's box ({@code top}, {@code height}).
     */
    private void line(SheetLine l, PageSurface s) {
        double baseline = l.line().baseline();
        for (Glyph g : l.glyphs()) {
            TextStyle st = g.style();
            Font f = fonts.font(st);
            s.text(g.text(), g.x(), baseline, f, st.bold() ? st.sizePt() * BOLD_STROKE_EM : 0, Color.BLACK);
            if (st.underline()) {
                double y = baseline + st.sizePt() * 0.12;
                s.line(g.x(), y, g.x() + g.advance(), y, st.sizePt() * 0.05, Color.BLACK);
            }
        }
    }
}
