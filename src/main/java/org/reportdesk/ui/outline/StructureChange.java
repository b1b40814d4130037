package org.reportdesk.ui.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.Section;

/**
 * Structural edits applied together (a move, a deletion, the sections of a template): one undo
 * step, replayed through the tree so its items follow.
 */
final class StructureChange implements ReportEdit {

    private final OutlineTree tree;
    private final List<OutlineMove> moves;

    StructureChange(OutlineTree tree, List<OutlineMove> moves) {
        this.tree = tree;
        this.moves = List.copyOf(moves);
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

    private EditPlace replay(List<OutlineMove> steps) {
        steps.forEach(tree::apply);
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
