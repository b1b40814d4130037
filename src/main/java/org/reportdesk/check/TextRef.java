package org.reportdesk.check;

import java.util.Objects;

/**
 * One paragraph of checkable plain text: where it is and what it says. Its display width is
 * computed once, since the incremental checker reuses unchanged paragraphs across checks.
 */
public final class TextRef {

    private final TextTarget target;
    private final String sectionId;
    private final String where;
    private final int paragraph;
    private final String text;
    private final double width;

    /** @param where the section's numbering path or the part name, as shown in findings */
    public TextRef(TextTarget target, String sectionId, String where, int paragraph, String text) {
        this.target = Objects.requireNonNull(target, "target");
        this.sectionId = sectionId;
        this.where = where;
        this.paragraph = paragraph;
        this.text = Objects.requireNonNull(text, "text");
        this.width = Chars.width(text);
    }

    public TextTarget target() {
        return target;
    }

    public String sectionId() {
        return sectionId;
    }

    public String where() {
        return where;
    }

    public int paragraph() {
        return paragraph;
    }

    public String text() {
        return text;
    }

    /** Width in Chinese character cells (ASCII counts a half). */
    public double width() {
        return width;
    }

    public Location at(int start, int end) {
        return new Location(target, sectionId, paragraph, start, end);
    }
}
