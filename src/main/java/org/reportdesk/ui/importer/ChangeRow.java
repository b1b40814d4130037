package org.reportdesk.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportdesk.i18n.Messages;
import org.reportdesk.text.ImportChange;

/** One change in the preview's list; unticking {@link #appliedProperty()} asks for the import without it. */
public final class ChangeRow {

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

    /** "第3行 删除网页杂项：before → after" as the list shows it. */
    public String text() {
        String kind = Messages.get(change.kind().messageKey());
        String after = change.isRemoval() ? Messages.get("import.preview.removed") : shorten(change.after());
        return Messages.get("import.preview.change", change.line(), kind, shorten(change.before()), after);
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
