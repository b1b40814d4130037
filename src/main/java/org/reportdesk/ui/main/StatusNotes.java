package org.reportdesk.ui.main;

import java.util.List;
import java.util.Optional;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.session.ReportChange;

/** The short line the status bar gives after a deletion, an insertion of sections or a quick fix. */
final class StatusNotes {

    private StatusNotes() {
    }

    static Optional<String> of(ReportChange change) {
        if (change.origin() != ReportChange.Origin.EDIT) {
            return Optional.empty();
        }
        if (change instanceof ReportChange.StructureEdited s) {
            List<OutlineMove> moves = s.moves();
            if (moves.stream().allMatch(m -> m.toParent() == null)) {
                return Optional.of(Messages.get("ui.note.deleted", moves.get(0).section().heading()));
            }
            if (moves.size() > 1 && moves.stream().allMatch(m -> m.fromParent() == null)) {
                return Optional.of(Messages.get("ui.note.inserted", moves.size()));
            }
        } else if (change instanceof ReportChange.ContentReplaced) {
            return Optional.of(Messages.get("ui.note.fixed"));
        }
        return Optional.empty();
    }
}
