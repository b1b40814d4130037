package org.reportdesk.ui.outline;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Section;

/**
 * A tree cell showing the computed label and heading; it redraws on every outline revision, edits
 * the heading in place and is both drag source and drop target.
 */
final class OutlineCell extends TreeCell<OutlineNode> {

    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass PSEUDO = PseudoClass.getPseudoClass("pseudo-entry");
    private static final PseudoClass NEEDS_REVIEW = PseudoClass.getPseudoClass("needs-review");
    private final Tooltip reviewTip = new Tooltip(Messages.get("ui.outline.needsReview"));

    private final OutlineViewModel vm;
    private final DragState drag;
    private final InvalidationListener refresh = o -> refreshText();
    private TextField editor;

    OutlineCell(OutlineViewModel vm, DragState drag) {
        this.vm = vm;
        this.drag = drag;
        getStyleClass().add("outline-cell");
        vm.revisionProperty().addListener(new WeakInvalidationListener(refresh));
        setOnDragDetected(e -> {
            Section s = section();
            if (s != null && !isEditing()) {
                drag.source = s;
                ClipboardContent c = new ClipboardContent();
                c.putString(s.heading());
                startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            }
        });
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> showDrop(null));
        setOnDragDropped(e -> {
            DropPosition p = position(e);
            if (e.getDragboard().hasContent(TemplateDrag.FORMAT) && section() != null) {
                vm.dropTemplate(((Number) e.getDragboard().getContent(TemplateDrag.FORMAT)).longValue(), section(), p);
                showDrop(null);
                e.setDropCompleted(true);
                e.consume();
                return;
            }
            boolean ok = drag.source != null && section() != null && vm.canDrop(drag.source, section(), p);
            if (ok) {
                vm.drop(drag.source, section(), p);
            }
            showDrop(null);
            e.setDropCompleted(ok);
            e.consume();
        });
        setOnDragDone(e -> drag.source = null);
    }

    private Section section() {
        OutlineNode n = getItem();
        return n != null && n.isSection() ? n.section() : null;
    }

    private void dragOver(DragEvent e) {
        Section target = section();
        DropPosition p = position(e);
        if (drag.source == null && target != null && e.getDragboard().hasContent(TemplateDrag.FORMAT)) {
            e.acceptTransferModes(TransferMode.COPY);
            showDrop(p);
        } else if (drag.source != null && target != null && vm.canDrop(drag.source, target, p)) {
            e.acceptTransferModes(TransferMode.MOVE);
            showDrop(p);
        } else {
            showDrop(null);
        }
        e.consume();
    }

    private DropPosition position(DragEvent e) {
        double h = getHeight();
        if (e.getY() < h * 0.25) {
            return DropPosition.BEFORE;
        }
        return e.getY() > h * 0.75 ? DropPosition.AFTER : DropPosition.INTO;
    }

    private void showDrop(DropPosition p) {
        pseudoClassStateChanged(DROP_BEFORE, p == DropPosition.BEFORE);
        pseudoClassStateChanged(DROP_AFTER, p == DropPosition.AFTER);
        pseudoClassStateChanged(DROP_INTO, p == DropPosition.INTO);
    }

    @Override
    protected void updateItem(OutlineNode item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(PSEUDO, item != null && !item.isSection());
        if (isEditing() && editor != null) {
            setText(null);
            setGraphic(editor);
        } else {
            setGraphic(null);
            refreshText();
        }
    }

    private void refreshText() {
        if (!isEditing()) {
            setText(isEmpty() || getItem() == null ? null : vm.textOf(getItem()));
        }
        boolean review = !isEmpty() && section() != null && section().needsReview();
        pseudoClassStateChanged(NEEDS_REVIEW, review);
        setTooltip(review ? reviewTip : null);
    }

    @Override
    public void startEdit() {
        if (section() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(section().heading());
        editor.setOnAction(e -> {
            vm.rename(section(), editor.getText());
            commitEdit(getItem());
        });
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        refreshText();
    }

    @Override
    public void commitEdit(OutlineNode newValue) {
        super.commitEdit(newValue);
        setGraphic(null);
        refreshText();
    }

    /** The section being dragged, shared by the cells of one tree. */
    static final class DragState {
        Section source;
    }
}
