package org.reportdesk.ui.preflight;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.reportdesk.check.AppliedFix;
import org.reportdesk.model.Report;

/**
 * Undo for quick fixes and replace-all: each step is a list of fixes applied together. A step is
 * offered to Ctrl+Z only while it is the last thing done to the report; typing afterwards hands
 * undo back to the editor (whose own history holds that typing) and forgets these steps.
 */
final class FixHistory {

    private final Deque<List<AppliedFix>> undo = new ArrayDeque<>();
    private final Deque<List<AppliedFix>> redo = new ArrayDeque<>();

    void done(List<AppliedFix> step) {
        if (!step.isEmpty()) {
            undo.push(List.copyOf(step));
            redo.clear();
        }
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Fixes of one step were applied in list order, so they are undone in reverse. */
    List<AppliedFix> undo(Report report) {
        List<AppliedFix> step = undo.pop();
        for (int i = step.size() - 1; i >= 0; i--) {
            step.get(i).undo(report);
        }
        redo.push(step);
        return step;
    }

    List<AppliedFix> redo(Report report) {
        List<AppliedFix> step = redo.pop();
        step.forEach(f -> f.redo(report));
        undo.push(step);
        return step;
    }

    /** Something else changed the report: these steps no longer describe the last edits. */
    void clear() {
        undo.clear();
        redo.clear();
    }
}
