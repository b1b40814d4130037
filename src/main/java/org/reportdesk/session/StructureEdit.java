package org.reportdesk.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.Section;

/**
 * Structural edits applied together (a move, a deletion, the sections of a template): one undo
 * step. It changes the model only; the outline mirrors it from the published change.
 */
public final class StructureEdit implements ReportEdit {

    private final List<OutlineMove> moves;
    private List<OutlineMove> lastApplied = List.of();

    public StructureEdit(List<OutlineMove> moves) {
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a structure edit needs at least one move");
        }
        this.moves = List.copyOf(moves);
    }

    public static StructureEdit of(OutlineMove move) {
        return new StructureEdit(List.of(move));
    }

    @Override
    public EditPlace undo() {
        List<OutlineMove> inverse = new ArrayList<>(moves.size());
        for (OutlineMove m : moves) {
            inverse.add(m.inverse());
        }
        Collections.reverse(inverse);
        return replay(inverse);
    }

    @Override
    public EditPlace redo() {
        return replay(moves);
    }

    /** The moves as last applied (forward after redo, inverted after undo). */
    List<OutlineMove> lastApplied() {
        return lastApplied;
    }

    private EditPlace replay(List<OutlineMove> steps) {
        steps.forEach(OutlineMove::apply);
        lastApplied = steps;
        OutlineMove m = steps.get(steps.size() - 1);
        if (m.toParent() != null) {
            return EditPlace.outline(m.section());
        }
        // the section is gone: show its neighbour instead
        Section p = m.fromParent();
        Section near = m.fromIndex() > 0 ? p.children().get(Math.min(m.fromIndex(), p.children().size()) - 1)
                : !p.isRoot() ? p : p.children().isEmpty() ? null : p.children().get(0);
        return EditPlace.outline(near);
    }
}
