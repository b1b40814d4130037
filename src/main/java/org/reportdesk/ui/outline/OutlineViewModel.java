package org.reportdesk.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.FieldChange;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.OutlineMoves;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.session.StructureEdit;
import org.reportdesk.ui.ReportUndo;

/**
 * The outline of the open report: structural commands (add, delete, move, demote, promote, drop)
 * applied through the report session, the selected entry, and a revision counter that every change
 * bumps so that tree cells recompute their computed labels. The tree follows the session's changes,
 * whoever made them.
 */
public final class OutlineViewModel {

    private final ObjectProperty<TreeItem<OutlineNode>> root = new SimpleObjectProperty<>();
    private final ObjectProperty<OutlineNode> selected = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReportSession session;
    private final ReportUndo undo;
    private OutlineTree tree;
    private TemplateDrag.Drop templateDrop = (id, target, position) -> { };
    private Report report;

    public OutlineViewModel(ReportSession session, ReportUndo undo) {
        this.session = session;
        this.undo = undo;
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                follow(change);
            }

            @Override
            public void replayed(EditPlace place) {
                OutlineViewModel.this.replayed(place);
            }
        });
    }

    /** An outline on its own, with a session of its own (for tests and previews). */
    public OutlineViewModel() {
        this(new ReportSession());
    }

    private OutlineViewModel(ReportSession session) {
        this(session, new ReportUndo(session));
    }

    /** Opens a report in this outline's session (tests and previews; the app opens through the session). */
    public void setReport(Report r) {
        session.open(r);
    }

    public ReportSession session() {
        return session;
    }

    private void follow(ReportChange change) {
        if (change instanceof ReportChange.Opened o) {
            show(o.report(), null);
        } else if (change instanceof ReportChange.ContentReplaced) {
            show(report, selected.get());
        } else {
            if (change instanceof ReportChange.StructureEdited s) {
                s.moves().forEach(tree::mirror);
            }
            changed();
        }
    }

    /** Builds the tree anew; keeps {@code keep} selected when it is still in the report. */
    private void show(Report r, OutlineNode keep) {
        report = r;
        tree = new OutlineTree(r);
        root.set(tree.root());
        boolean kept = keep != null && (!keep.isSection() || r.findSection(keep.section().id()) == keep.section());
        selected.set(kept ? keep : r.sections().isEmpty() ? OutlineNode.FRONT : OutlineNode.of(r.sections().get(0)));
        changed();
    }

    public Report report() {
        return report;
    }

    public ObjectProperty<TreeItem<OutlineNode>> rootProperty() {
        return root;
    }

    public ObjectProperty<OutlineNode> selectedProperty() {
        return selected;
    }

    /** Bumped on every change to the outline, headings included. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** The latest refusal, in the user's language; empty after a successful command. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    public TreeItem<OutlineNode> itemOf(OutlineNode node) {
        if (node == null || tree == null) {
            return null;
        }
        return switch (node.kind()) {
            case FRONT -> tree.front();
            case CLOSING -> tree.closing();
            default -> tree.itemOf(node.section());
        };
    }

    /** The text a tree entry shows: the computed label and the heading. */
    public String textOf(OutlineNode node) {
        if (node == null) {
            return "";
        }
        return switch (node.kind()) {
            case FRONT -> Messages.get("ui.outline.front");
            case CLOSING -> Messages.get("ui.outline.closing");
            case REPORT -> report == null ? "" : report.title();
            case SECTION -> labelOf(node.section()) + node.section().heading();
        };
    }

    /** The section's computed label; none for a level deeper than numbering goes (from an imported file). */
    public static String labelOf(Section s) {
        return s.parent() == null || s.depth() > Numbering.MAX_DEPTH ? "" : s.label();
    }

    public Section selectedSection() {
        OutlineNode n = selected.get();
        return n != null && n.isSection() ? n.section() : null;
    }

    public void addSibling() {
        if (!roomFor(List.of())) {
            return;
        }
        Section s = selectedSection();
        Section fresh = new Section(Messages.get("ui.outline.newHeading"));
        if (s == null) {
            Section top = report.root();
            int at = selected.get() != null && selected.get().kind() == OutlineNode.Kind.FRONT ? 0 : top.children().size();
            perform(OutlineMove.insert(fresh, top, at), fresh);
        } else {
            perform(OutlineMove.insert(fresh, s.parent(), s.index() + 1), fresh);
        }
    }

    public void addChild() {
        Section s = selectedSection();
        if (s == null) {
            addSibling();
            return;
        }
        if (!roomFor(List.of())) {
            return;
        }
        Section fresh = new Section(Messages.get("ui.outline.newHeading"));
        perform(OutlineMove.insert(fresh, s, s.children().size()), fresh);
    }

    /** Inserts sections (e.g. from a template) after the selected one, or at the end; one undo step. */
    public void insertAfterSelection(List<Section> sections) {
        Section s = selectedSection();
        insert(sections, s, DropPosition.AFTER);
    }

    /**
     * Inserts sections before, after or into {@code target} (null: at the end) as one undo step and
     * selects the first; false (with a message) when they would go deeper than numbering goes.
     */
    public boolean insert(List<Section> sections, Section target, DropPosition position) {
        if (report == null || sections.isEmpty()) {
            return false;
        }
        if (!roomFor(sections)) {
            return false;
        }
        Section parent = target == null ? report.root() : position == DropPosition.INTO ? target : target.parent();
        int at = target == null || position == DropPosition.INTO ? parent.children().size()
                : target.index() + (position == DropPosition.AFTER ? 1 : 0);
        List<OutlineMove> moves = new ArrayList<>();
        for (Section fresh : sections) {
            OutlineMove m = OutlineMove.insert(fresh, parent, at++);
            if (!m.keepsDepth()) {
                message.set(Messages.get("ui.outline.tooDeep", Numbering.MAX_DEPTH));
                return false;
            }
            moves.add(m);
        }
        session.apply(new StructureEdit(moves));
        afterEdit(sections.get(0));
        return true;
    }

    public void delete() {
        Section s = selectedSection();
        if (s == null) {
            return;
        }
        Section parent = s.parent();
        int i = s.index();
        perform(OutlineMove.delete(s), null);
        Section next = i < parent.children().size() ? parent.children().get(i)
                : i > 0 ? parent.children().get(i - 1) : parent.isRoot() ? null : parent;
        selected.set(next == null ? OutlineNode.FRONT : OutlineNode.of(next));
    }

    public void moveUp() {
        perform(OutlineMoves::up);
    }

    public void moveDown() {
        perform(OutlineMoves::down);
    }

    /** Makes the selected section the last child of its previous sibling. */
    public void demote() {
        perform(OutlineMoves::demote);
    }

    /** Makes the selected section the next sibling of its parent. */
    public void promote() {
        perform(OutlineMoves::promote);
    }

    /** What dropping a template from the library onto the tree does. */
    public void setOnTemplateDrop(TemplateDrag.Drop drop) {
        this.templateDrop = drop;
    }

    public void dropTemplate(long templateId, Section target, DropPosition position) {
        templateDrop.drop(templateId, target, position);
    }

    /** Whether {@code source} may be dropped at {@code position} of {@code target}. */
    public boolean canDrop(Section source, Section target, DropPosition position) {
        OutlineMove m = dropMove(source, target, position);
        return m != null && !m.isIntoItself() && m.keepsDepth();
    }

    public void drop(Section source, Section target, DropPosition position) {
        OutlineMove m = dropMove(source, target, position);
        if (m != null) {
            perform(m, source);
        }
    }

    private static OutlineMove dropMove(Section source, Section target, DropPosition position) {
        if (source == null || target == null || source.parent() == null) {
            return null;
        }
        return position == DropPosition.INTO ? OutlineMoves.into(source, target)
                : OutlineMoves.beside(source, target, position == DropPosition.AFTER);
    }

    private void perform(Function<Section, OutlineMove> edit) {
        Section s = selectedSection();
        OutlineMove m = s == null ? null : edit.apply(s);
        if (m != null) {
            perform(m, s);
        }
    }

    public void rename(Section s, String heading) {
        if (s != null && !s.heading().equals(heading)) {
            session.apply(FieldChange.heading(s, s.heading(), heading));
        }
    }

    /** Labels may need redrawing. */
    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Undoes the report's last step, whatever it was (typing, a fix, a move). */
    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    /** A step was undone or redone: labels may have changed; a structural step selects what it moved. */
    private void replayed(EditPlace place) {
        if (tree == null) {
            return;
        }
        message.set("");
        changed();
        if (place.part() == EditPlace.Part.OUTLINE) {
            selected.set(place.section() == null ? OutlineNode.FRONT : OutlineNode.of(place.section()));
        }
    }

    /** Whether one new section, or {@code added} with their descendants, keep the report within its limits. */
    private boolean roomFor(List<Section> added) {
        int sections = added.isEmpty() ? 1 : 0;
        long chars = 0;
        List<Section> all = new ArrayList<>(added);
        added.forEach(a -> all.addAll(a.descendants()));
        for (Section s : all) {
            sections++;
            chars += s.heading().length() + s.body().plainText().length();
        }
        if (ReportLimits.roomFor(report, sections, chars)) {
            return true;
        }
        message.set("");
        message.set(Messages.get("limits.noRoomForSections", ReportLimits.MAX_SECTIONS, ReportLimits.MAX_CHARS / 10_000));
        return false;
    }

    private boolean perform(OutlineMove m, Section select) {
        if (m.isIntoItself()) {
            return false;
        }
        if (!m.keepsDepth()) {
            message.set(Messages.get("ui.outline.tooDeep", Numbering.MAX_DEPTH));
            return false;
        }
        session.apply(StructureEdit.of(m));
        afterEdit(select);
        return true;
    }

    private void afterEdit(Section select) {
        message.set("");
        changed();
        if (select != null) {
            selected.set(OutlineNode.of(select));
        }
    }
}
