package org.reportdesk.ui.pages;

import java.util.List;
import org.reportdesk.layout.Line;

/** A laid-out line with every character placed, ready to draw and to hit. */
public record SheetLine(Line line, List<Glyph> glyphs) {

    public SheetLine {
        glyphs = List.copyOf(glyphs);
    }
}
