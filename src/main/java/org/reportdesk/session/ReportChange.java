package org.reportdesk.session;

import java.util.List;
import org.reportdesk.model.FieldChange;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * What one change did to the open report, as the session publishes it. Subscribers redraw only
 * what a change names; {@link ContentReplaced} asks them to read everything again.
 */
public sealed interface ReportChange {

    /** Why the report changed: a new edit, or a step of the history replayed. */
    enum Origin { EDIT, UNDO, REDO }

    Origin origin();

    /** The body of {@code section}, or the 开头语 when {@code section} is null. */
    record TextEdited(Section section, Origin origin) implements ReportChange {
    }

    /** A short part: a heading or run-in switch of {@code section}, or a report field (section null). */
    record FieldEdited(FieldChange.Field field, Section section, Origin origin) implements ReportChange {
    }

    /** Sections inserted, deleted or moved; {@code moves} in the order they were applied. */
    record StructureEdited(List<OutlineMove> moves, Origin origin) implements ReportChange {
        public StructureEdited {
            moves = List.copyOf(moves);
        }
    }

    /** A named extra field (e.g. 目标字数) set or removed. */
    record ExtraFieldEdited(String key, Origin origin) implements ReportChange {
    }

    /** Several parts at once (quick fixes, replace-all, a restored version): read the report again. */
    record ContentReplaced(Origin origin) implements ReportChange {
    }

    /** Another report is open; the undo history starts empty. */
    record Opened(Report report, Origin origin) implements ReportChange {
        public Opened(Report report) {
            this(report, Origin.EDIT);
        }
    }
}
