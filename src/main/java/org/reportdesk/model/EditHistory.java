package org.reportdesk.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo stacks of structural outline edits, bounded to the most recent ones. One entry
 * may hold several moves (e.g. a template inserting three sections), undone together.
 */
public final class EditHistory {

    private final int limit;
    private final Deque<List<OutlineMove>> undo = new ArrayDeque<>();
    private final Deque<List<OutlineMove>> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        this.limit = limit;
    }

    /** Records an edit that has just been applied; forgets what could have been redone. */
    public void done(OutlineMove edit) {
        doneTogether(List.of(edit));
    }

    /** Records moves just applied in this order as one undo step. */
    public void doneTogether(List<OutlineMove> edits) {
        if (edits.isEmpty()) {
            return;
        }
        undo.push(List.copyOf(edits));
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

    /** The moves to apply, in order, to undo the last step (inverses, last first), or an empty list. */
    public List<OutlineMove> undo() {
        if (undo.isEmpty()) {
            return List.of();
        }
        List<OutlineMove> e = undo.pop();
        redo.push(e);
        List<OutlineMove> inverse = new ArrayList<>(e.size());
        for (OutlineMove m : e) {
            inverse.add(m.inverse());
        }
        Collections.reverse(inverse);
        return inverse;
    }

    /** The moves to apply again, in order, or an empty list. */
    public List<OutlineMove> redo() {
        if (redo.isEmpty()) {
            return List.of();
        }
        List<OutlineMove> e = redo.pop();
        undo.push(e);
        return e;
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
