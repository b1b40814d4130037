package org.reportdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.UndoHistory;

/**
 * The open report's undo history as the screens share it: the outline, the editor and the
 * preflight record their steps here, and Ctrl+Z anywhere undoes the last one, whichever section
 * it was made in. After a step is undone or redone, the listeners refresh the screens and show
 * where it happened.
 */
public final class ReportUndo {

    private static final int STEPS = 500;

    private final UndoHistory history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final List<Consumer<EditPlace>> onReplayed = new ArrayList<>();
    private boolean replaying;

    public ReportUndo(UndoHistory history) {
        this.history = history;
    }

    public ReportUndo() {
        this(new UndoHistory(STEPS));
    }

    /** Records a step just applied. Changes made while a step is being undone are not steps of their own. */
    public void record(ReportEdit edit) {
        if (!replaying) {
            history.record(edit);
            updateFlags();
        }
    }

    /** What is recorded next, and what follows it, is not merged with the step before (e.g. a paste). */
    public void startNewStep() {
        history.startNewStep();
    }

    public void addOnReplayed(Consumer<EditPlace> listener) {
        onReplayed.add(listener);
    }

    public boolean undo() {
        return replay(true);
    }

    public boolean redo() {
        return replay(false);
    }

    private boolean replay(boolean back) {
        if (back ? !history.canUndo() : !history.canRedo()) {
            return false;
        }
        replaying = true;
        try {
            EditPlace place = back ? history.undo() : history.redo();
            updateFlags();
            for (Consumer<EditPlace> l : onReplayed) {
                l.accept(place);
            }
        } finally {
            replaying = false;
        }
        return true;
    }

    /** Another report (or another version of it) is shown: its history starts empty. */
    public void clear() {
        history.clear();
        updateFlags();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void updateFlags() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
