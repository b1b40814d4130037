package org.reportdesk.ui.pages;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.reportdesk.layout.Box;
import org.reportdesk.layout.PlacedImage;
import org.reportdesk.layout.TextStyle;
import org.reportdesk.model.Picture;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * Draws one laid-out page, in points: the white sheet, the highlight behind the lines of the part
 * selected in the outline, every character at the place the layout gave it, underlines and the
 * page number. The page view and printing both draw through this class.
 */
final class PagePainter {

    static final Color HIGHLIGHT = Color.web("#e3edfb");
    private static final double BOLD_STROKE_EM = 0.03;

    private static final double RULE = 0.5;

    private final PageFonts fonts;
    private final Map<Picture, Image> images = new WeakHashMap<>();

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
        for (Box b : sheet.page().boxes()) {
            s.line(b.x(), b.y(), b.x() + b.width(), b.y(), RULE, Color.BLACK);
            s.line(b.x(), b.y() + b.height(), b.x() + b.width(), b.y() + b.height(), RULE, Color.BLACK);
            s.line(b.x(), b.y(), b.x(), b.y() + b.height(), RULE, Color.BLACK);
            s.line(b.x() + b.width(), b.y(), b.x() + b.width(), b.y() + b.height(), RULE, Color.BLACK);
        }
        for (PlacedImage img : sheet.page().images()) {
            s.image(image(img.picture()), img.x(), img.y(), img.width(), img.height());
        }
        for (SheetLine l : sheet.lines()) {
            line(l, s);
        }
        SheetLine number = sheet.pageNumber();
        if (number != null && sheet.page().landscape()) {
            s.turned(sheet.widthPt(), () -> line(number, s));
        } else if (number != null) {
            line(number, s);
        }
    }

    /** Pictures decoded once and kept while they are drawn (the model's pictures are immutable). */
    private Image image(Picture p) {
        Image img = images.get(p);
        if (img == null) {
            img = new Image(new ByteArrayInputStream(p.data()));
            images.put(p, img);
        }
        return img;
    }

    /** One line of text (a table's cell lines too: the cell borders and pictures are drawn before the text). */
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
