package org.reportdesk.ui.pages;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.Line;
import org.reportdesk.layout.Page;
import org.reportdesk.layout.PlacedRun;

/**
 * A laid-out page with each character at its own x, computed with the same font metrics as the
 * layout (so the drawn page breaks its lines where the export does, whatever font the screen
 * draws with). Built off the FX thread; immutable.
 */
public record PageSheet(Page page, List<SheetLine> lines, SheetLine pageNumber) {

    public PageSheet {
        lines = List.copyOf(lines);
    }

    public int number() {
        return page.number();
    }

    public double widthPt() {
        return page.widthPt();
    }

    public double heightPt() {
        return page.heightPt();
    }

    /** Places the characters of every line of {@code page}. */
    public static PageSheet of(Page page, FontMetrics metrics) {
        List<SheetLine> lines = new ArrayList<>(page.lines().size());
        for (Line l : page.lines()) {
            lines.add(place(l, metrics));
        }
        return new PageSheet(page, lines, page.pageNumber() == null ? null : place(page.pageNumber(), metrics));
    }

    static SheetLine place(Line line, FontMetrics metrics) {
        List<Glyph> glyphs = new ArrayList<>();
        for (PlacedRun run : line.runs()) {
            double x = run.x();
            String t = run.text();
            int i = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                double adv = metrics.advance(run.style().face(), run.style().bold(), cp, run.style().sizePt()) + run.letterSpacing();
                glyphs.add(new Glyph(t.substring(i, i + n), x, adv, run.style(), run.source(), run.sourceOffset() + i));
                x += adv;
                i += n;
            }
        }
        return new SheetLine(line, glyphs);
    }
}
