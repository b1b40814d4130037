package org.reportdesk.text;

import org.reportdesk.model.Paragraph;

/**
 * One paragraph of the imported source, with its 1-based line number in the source (stable across
 * cleaning, so change ids stay stable) and, for Word files, the heading level its style or outline
 * level gives (0: none) and whether it is styled as the title.
 */
public record SourceLine(int number, Paragraph paragraph, int styleLevel, boolean styledTitle) {

    public static SourceLine plain(int number, String text) {
        return new SourceLine(number, Paragraph.of(text), 0, false);
    }

    public String text() {
        return paragraph.plainText();
    }

    public SourceLine withParagraph(Paragraph p) {
        return new SourceLine(number, p, styleLevel, styledTitle);
    }
}
