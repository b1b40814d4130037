package org.reportdesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;

/**
 * 撤销 and 重做 as the screens bind them: the session's one history, with properties that follow it.
 * Ctrl+Z anywhere undoes the report's last step, whichever section it was made in.
 */
public final class ReportUndo {

    private final ReportSession session;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public ReportUndo(ReportSession session) {
        this.session = session;
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                updateFlags();
            }
        });
        updateFlags();
    }

    public boolean undo() {
        boolean done = session.undo();
        updateFlags();
        return done;
    }

    public boolean redo() {
        boolean done = session.redo();
        updateFlags();
        return done;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void updateFlags() {
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
    }
}
