package org.reportdesk.ui.outline;

import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.reportdesk.ui.Fxml;

/** The outline tree: binds the tree to its view model and forwards keys and selection. */
public final class OutlineView {

    private final OutlineViewModel vm;
    private final VBox root;
    @FXML
    private TreeView<OutlineNode> tree;

    public OutlineView(OutlineViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Outline.fxml");
        root.getStylesheets().add(Fxml.css(OutlineView.class, "outline.css"));
    }

    public VBox root() {
        return root;
    }

    public OutlineViewModel viewModel() {
        return vm;
    }

    public TreeView<OutlineNode> tree() {
        return tree;
    }

    @FXML
    private void initialize() {
        OutlineCell.DragState drag = new OutlineCell.DragState();
        tree.setCellFactory(t -> new OutlineCell(vm, drag));
        tree.rootProperty().bind(vm.rootProperty());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item.getValue());
            }
        });
        vm.selectedProperty().addListener(o -> syncSelection());
        vm.revisionProperty().addListener(o -> syncSelection());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void syncSelection() {
        TreeItem<OutlineNode> item = vm.itemOf(vm.selectedProperty().get());
        if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (tree.getEditingItem() != null) {
            return;
        }
        Runnable action = commandFor(e);
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private Runnable commandFor(KeyEvent e) {
        KeyCode k = e.getCode();
        if (e.isAltDown() && e.isShiftDown()) {
            return switch (k) {
                case UP -> vm::moveUp;
                case DOWN -> vm::moveDown;
                case RIGHT -> vm::demote;
                case LEFT -> vm::promote;
                default -> null;
            };
        }
        if (k == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
            return e.isShiftDown() ? vm::promote : vm::demote;
        }
        if (e.isShortcutDown() && k == KeyCode.Z) {
            return e.isShiftDown() ? vm::redo : vm::undo;
        }
        if (e.isShortcutDown() && k == KeyCode.Y) {
            return vm::redo;
        }
        if (k == KeyCode.DELETE) {
            return vm::delete;
        }
        if (k == KeyCode.INSERT) {
            return vm::addSibling;
        }
        return null;
    }
}
