package org.reportdesk.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** Keeps the preview's tree in step with the report on show and its outline edits; flags missing headings. */
final class PreviewTree {

    private final TreeView<Section> view;
    private final ImportPreviewViewModel vm;
    private final BooleanProperty needsReview = new SimpleBooleanProperty();
    private boolean rebuilding;

    PreviewTree(TreeView<Section> view, ImportPreviewViewModel vm) {
        this.view = view;
        this.vm = vm;
        view.setCellFactory(t -> new Cell());
        vm.shownProperty().addListener(o -> rebuild());
        vm.outline().revisionProperty().addListener(o -> rebuild());
        view.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.outline().selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        rebuild();
    }

    BooleanProperty needsReviewProperty() {
        return needsReview;
    }

    private void rebuild() {
        rebuilding = true;
        Section keep = vm.outline().selectedProperty().get();
        ReportRow row = vm.shownProperty().get();
        Report r = row == null ? null : row.report();
        TreeItem<Section> root = new TreeItem<>(r == null ? Section.root() : r.root());
        if (r != null) {
            add(root, r.root());
        }
        view.setRoot(root);
        needsReview.set(r != null && r.allSections().stream().anyMatch(PreviewTree::flagged));
        select(root, keep);
        rebuilding = false;
    }

    private static void add(TreeItem<Section> item, Section s) {
        for (Section c : s.children()) {
            TreeItem<Section> child = new TreeItem<>(c);
            child.setExpanded(true);
            item.getChildren().add(child);
            add(child, c);
        }
    }

    private void select(TreeItem<Section> item, Section s) {
        for (TreeItem<Section> c : item.getChildren()) {
            if (c.getValue() == s) {
                view.getSelectionModel().select(c);
                return;
            }
            select(c, s);
        }
    }

    static boolean flagged(Section s) {
        return s.needsReview() || s.heading().isBlank();
    }

    private static final class Cell extends TreeCell<Section> {
        @Override
        protected void updateItem(Section s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().remove("needs-review");
            if (empty || s == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(PreviewOutline.display(s));
            String tables = PreviewOutline.tablePreview(s.body());
            setTooltip(tables.isEmpty() ? null : new Tooltip(tables));
            if (flagged(s)) {
                getStyleClass().add("needs-review");
            }
        }
    }
}
