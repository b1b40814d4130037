package org.reportdesk.ui.importer;

import java.util.ArrayList;
import java.util.List;
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
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;
import org.reportdesk.model.Section;

/**
 * The outline of the report shown in the preview and the edits allowed there before anything is
 * saved: a section one level up or down (never deeper than {@link Numbering#MAX_DEPTH}) and a new
 * heading. {@link #revisionProperty()} counts edits, for the tree to redraw.
 */
public final class PreviewOutline {

    /** Rows of a table shown in the tree's tooltip. */
    static final int PREVIEW_ROWS = 6;

    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * Label, heading (or the prompt to name a missing one) and level, as the preview tree shows a
     * section, then each table and picture of its body ({@code [表格 5×3] 表1 …}).
     */
    public static String display(Section s) {
        String heading = s.heading().isBlank() ? Messages.get("import.preview.nameMissing") : s.heading();
        StringBuilder sb = new StringBuilder(s.label() + heading + "  · " + Messages.get("import.preview.level", s.depth()));
        for (String o : objects(s.body())) {
            sb.append("  ").append(o);
        }
        return sb.toString();
    }

    /** One line per table ({@code [表格 行×列] 表题}) and picture ({@code [图片 宽×高] 图题}) of {@code body}. */
    public static List<String> objects(RichText body) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : body.paragraphs()) {
            if (p.embedded() instanceof Table t) {
                out.add(Messages.get("ui.import.table", t.rowCount(), t.columnCount(), t.title()).strip());
            } else if (p.embedded() instanceof Picture pic) {
                out.add(Messages.get("ui.import.picture", pic.widthPx(), pic.heightPx(), pic.caption()).strip());
            }
        }
        return out;
    }

    /** The first rows of each table of {@code body} as text, cells apart by " | ", for a tooltip; empty without tables. */
    public static String tablePreview(RichText body) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : body.paragraphs()) {
            if (p.embedded() instanceof Table t) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(Messages.get("ui.import.table", t.rowCount(), t.columnCount(), t.title()).strip());
                for (int r = 0; r < Math.min(t.rowCount(), PREVIEW_ROWS); r++) {
                    List<String> cells = new ArrayList<>();
                    for (TableCell c : t.rows().get(r)) {
                        cells.add(c.covered() ? "" : c.plainText().replace('\n', ' '));
                    }
                    sb.append('\n').append(String.join(" | ", cells));
                }
                if (t.rowCount() > PREVIEW_ROWS) {
                    sb.append("\n…");
                }
            }
        }
        return sb.toString();
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
