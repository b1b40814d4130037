package org.reportdesk.ui.outline;

import org.reportdesk.model.Section;

/**
 * An entry of the outline tree: a section, or one of the two pseudo-entries that open the report's
 * front matter (title and 开头语) and its closing (署名 and 成文日期) in the editor.
 */
public record OutlineNode(Kind kind, Section section) {

    public enum Kind { FRONT, SECTION, CLOSING, REPORT }

    public static final OutlineNode FRONT = new OutlineNode(Kind.FRONT, null);
    public static final OutlineNode CLOSING = new OutlineNode(Kind.CLOSING, null);

    public static OutlineNode of(Section s) {
        return new OutlineNode(Kind.SECTION, s);
    }

    public boolean isSection() {
        return kind == Kind.SECTION;
    }
}
