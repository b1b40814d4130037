package org.reportdesk.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The one undo history of an open report: text, headings, structure, template insertion and quick
 * fixes in the order they were made, whichever section they were made in. Bounded to the most
 * recent steps. Edits recorded in quick succession that belong together (typing in one text) are
 * merged into one step, as long as no other kind of edit came between them.
 */
public final class UndoHistory {

    /** Keystrokes closer together than this are one undo step. */
    public static final long MERGE_WINDOW_MS = 1_000;

    private final int limit;
    private final LongSupplier clock;
    private final Deque<ReportEdit> undo = new ArrayDeque<>();
    private final Deque<ReportEdit> redo = new ArrayDeque<>();
    private long lastRecorded;
    private boolean mergeable;

    public UndoHistory(int limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    public UndoHistory(int limit) {
        this(limit, System::currentTimeMillis);
    }

    /** Records a step that has just been applied; forgets what could have been redone. */
    public void record(ReportEdit edit) {
        long now = clock.getAsLong();
        ReportEdit merged = mergeable && now - lastRecorded < MERGE_WINDOW_MS ? undo.peek().followedBy(edit) : null;
        if (merged != null) {
            undo.pop();
            undo.push(merged);
        } else {
            undo.push(edit);
            if (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastRecorded = now;
        mergeable = true;
    }

    /** The next step recorded stays a step of its own (e.g. a paste after typing). */
    public void startNewStep() {
        mergeable = false;
    }

    /** The step {@link #undo()} would undo, or null. */
    public ReportEdit nextUndo() {
        return undo.peek();
    }

    /** The step {@link #redo()} would apply again, or null. */
    public ReportEdit nextRedo() {
        return redo.peek();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last step; null when there is none. */
    public EditPlace undo() {
        return replay(undo, redo, true);
    }

    /** Applies the last undone step again; null when there is none. */
    public EditPlace redo() {
        return replay(redo, undo, false);
    }

    private EditPlace replay(Deque<ReportEdit> from, Deque<ReportEdit> to, boolean back) {
        if (from.isEmpty()) {
            return null;
        }
        ReportEdit e = from.pop();
        to.push(e);
        mergeable = false;
        return back ? e.undo() : e.redo();
    }

    public int undoSteps() {
        return undo.size();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        mergeable = false;
    }
}
