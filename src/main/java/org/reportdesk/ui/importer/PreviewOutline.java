package org.reportdesk.ui.importer;

import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.OutlineMoves;
import org.reportdesk.model.Section;

/**
 * The outline of the report shown in the preview and the edits allowed there before anything is
 * saved: a section one level up or down (never deeper than {@link Numbering#MAX_DEPTH}) and a new
 * heading. {@link #revisionProperty()} counts edits, for the tree to redraw.
 */
public final class PreviewOutline {

    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /** Label, heading (or the prompt to name a missing one) and level, as the preview tree shows a section. */
    public static String display(Section s) {
        String heading = s.heading().isBlank() ? Messages.get("import.preview.nameMissing") : s.heading();
        return s.label() + heading + "  · " + Messages.get("import.preview.level", s.depth());
    }

    public void promote() {
        move(OutlineMoves::promote);
    }

    public void demote() {
        move(OutlineMoves::demote);
    }

    /** A new heading for the selected section; naming a missing heading settles its review flag. */
    public void rename(String heading) {
        Section s = selected.get();
        if (s == null || heading == null || heading.isBlank()) {
            return;
        }
        s.setHeading(heading.strip());
        s.setNeedsReview(false);
        changed();
    }

    private void move(Function<Section, OutlineMove> edit) {
        Section s = selected.get();
        OutlineMove m = s == null ? null : edit.apply(s);
        if (m == null) {
            return;
        }
        if (!m.keepsDepth()) {
            message.set(Messages.get("ui.outline.tooDeep", Numbering.MAX_DEPTH));
            return;
        }
        m.apply();
        changed();
    }

    private void changed() {
        message.set("");
        revision.set(revision.get() + 1);
    }

    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
