package org.reportdesk.ui.pages;

import java.util.Optional;
import org.reportdesk.layout.Source;

/**
 * Where a click on a page lands in the report: the source of the line (part, section, paragraph)
 * and the character offset in that paragraph's text, as the layout counts it (a heading's offset
 * includes its label; fields are filled).
 */
public record PagePlace(Source source, int offset) {

    /** The place under ({@code xPt}, {@code yPt}), points from the page's top left; empty off the text. */
    public static Optional<PagePlace> hit(PageSheet sheet, double xPt, double yPt) {
        for (SheetLine l : sheet.lines()) {
            double top = l.line().top();
            if (yPt >= top && yPt < top + l.line().height()) {
                return inLine(l, xPt);
            }
        }
        return Optional.empty();
    }

    private static Optional<PagePlace> inLine(SheetLine l, double xPt) {
        if (l.glyphs().isEmpty()) {
            return l.line().source() == null ? Optional.empty() : Optional.of(new PagePlace(l.line().source(), l.line().start()));
        }
        Glyph last = null;
        for (Glyph g : l.glyphs()) {
            if (xPt < g.x() + g.advance() / 2) {
                return Optional.of(new PagePlace(g.source(), g.offset()));
            }
            last = g;
        }
        return Optional.of(new PagePlace(last.source(), last.offset() + last.text().length()));
    }
}
