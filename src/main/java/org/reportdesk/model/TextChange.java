package org.reportdesk.model;

/**
 * An edit of a rich text: a section's body or the report's 开头语. Typing at one place is one step:
 * a change merges with the next when both change the text (not only its style) and the next one
 * starts where this one left the caret. Undo puts the caret at the end of what changed.
 */
public final class TextChange implements ReportEdit {

    private final Report report;
    private final Section section;
    private final RichText before;
    private final RichText after;
    /** Whether the plain text changed (a style change never merges). */
    private final boolean typing;
    /** Where the last change began and where it left the caret, in {@code after}'s plain text. */
    private final int start;
    private final int caret;

    private TextChange(Report report, Section section, RichText before, RichText after) {
        this.report = report;
        this.section = section;
        this.before = before;
        this.after = after;
        String a = before.plainText();
        String b = after.plainText();
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        this.typing = !a.equals(b);
        this.start = prefix;
        this.caret = b.length() - suffix;
    }

    private TextChange(TextChange first, TextChange last) {
        this.report = first.report;
        this.section = first.section;
        this.before = first.before;
        this.after = last.after;
        this.typing = last.typing;
        this.start = last.start;
        this.caret = last.caret;
    }

    public static TextChange body(Section section, RichText before, RichText after) {
        return new TextChange(null, section, before, after);
    }

    public static TextChange opening(Report report, RichText before, RichText after) {
        return new TextChange(report, null, before, after);
    }

    /** The section whose body changed; null for the 开头语. */
    public Section section() {
        return section;
    }

    @Override
    public EditPlace undo() {
        write(before);
        return placeIn(before, after);
    }

    @Override
    public EditPlace redo() {
        write(after);
        return placeIn(after, before);
    }

    @Override
    public ReportEdit followedBy(ReportEdit next) {
        if (next instanceof TextChange t && t.section == section && t.report == report && typing && t.typing
                && Math.abs(t.start - caret) <= 1 && t.before.equals(after)) {
            return new TextChange(this, t);
        }
        return null;
    }

    private void write(RichText text) {
        if (section != null) {
            section.setBody(text);
        } else {
            report.setOpening(text);
        }
    }

    /** The caret after the differing run of {@code now} compared with {@code other}. */
    private EditPlace placeIn(RichText now, RichText other) {
        String a = now.plainText();
        String b = other.plainText();
        int caret = a.length() - commonSuffix(a, b, commonPrefix(a, b));
        int paragraph = 0;
        int lineStart = 0;
        for (int i = a.indexOf('\n'); i >= 0 && i < caret; i = a.indexOf('\n', i + 1)) {
            paragraph++;
            lineStart = i + 1;
        }
        return new EditPlace(section != null ? EditPlace.Part.BODY : EditPlace.Part.OPENING, section,
                paragraph, caret - lineStart);
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int n = 0;
        while (n < max && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The common tail of a and b, not reaching back into their common prefix. */
    private static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int n = 0;
        while (n < max && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
