package org.reportdesk.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo stacks of structural outline edits, bounded to the most recent ones. */
public final class EditHistory {

    private final int limit;
    private final Deque<OutlineMove> undo = new ArrayDeque<>();
    private final Deque<OutlineMove> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        this.limit = limit;
    }

    /** Records an edit that has just been applied; forgets what could have been redone. */
    public void done(OutlineMove edit) {
        undo.push(edit);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit to apply to undo the last one (its inverse), or null. */
    public OutlineMove undo() {
        if (undo.isEmpty()) {
            return null;
        }
        OutlineMove e = undo.pop();
        redo.push(e);
        return e.inverse();
    }

    /** The edit to apply again, or null. */
    public OutlineMove redo() {
        if (redo.isEmpty()) {
            return null;
        }
        OutlineMove e = redo.pop();
        undo.push(e);
        return e;
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
