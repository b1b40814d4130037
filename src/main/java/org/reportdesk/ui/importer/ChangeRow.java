package org.reportdesk.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportdesk.i18n.Messages;
import org.reportdesk.text.ImportChange;

/** One change in the preview's list; unticking {@link #appliedProperty()} asks for the import without it. */
public final class ChangeRow {

    private static final int CONTEXT = 4;
    private static final int MAX = 22;

    private final ImportChange change;
    private final BooleanProperty applied;

    ChangeRow(ImportChange change, boolean applied) {
        this.change = change;
        this.applied = new SimpleBooleanProperty(applied);
    }

    public ImportChange change() {
        return change;
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }

    /** "第 3 行 半角标点改为全角：…目标,扎实… → …目标，扎实…": the part that changed, with a little context. */
    public String text() {
        String kind = Messages.get(change.kind().messageKey());
        String before = change.before().strip();
        String after = change.after().strip();
        if (change.isRemoval()) {
            return Messages.get("import.preview.change", change.line(), kind, shorten(before, 0, before.length()),
                    Messages.get("import.preview.removed"));
        }
        int start = 0;
        while (start < before.length() && start < after.length() && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int endB = before.length();
        int endA = after.length();
        while (endB > start && endA > start && before.charAt(endB - 1) == after.charAt(endA - 1)) {
            endB--;
            endA--;
        }
        return Messages.get("import.preview.change", change.line(), kind, shorten(before, start, endB), shorten(after, start, endA));
    }

    /** {@code s[from, to)} with up to {@value #CONTEXT} characters around it, at most {@value #MAX} in all. */
    private static String shorten(String s, int from, int to) {
        int a = Math.max(0, from - CONTEXT);
        int b = Math.min(s.length(), Math.max(to, from) + CONTEXT);
        b = Math.min(b, a + MAX);
        return (a > 0 ? "…" : "") + s.substring(a, b) + (b < s.length() ? "…" : "");
    }
}
