package org.reportdesk.ui.history;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.SectionChange;
import org.reportdesk.store.SnapshotInfo;
import org.reportdesk.ui.Buttons;

/** 历史版本 dialog: snapshots on the left, the sections that differ on the right, restore buttons below. */
public final class HistoryDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public HistoryDialog(HistoryViewModel vm, Window owner) {
        ListView<SnapshotInfo> versions = new ListView<>(vm.snapshots());
        versions.setId("historyVersions");
        versions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SnapshotInfo s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : vm.describe(s));
            }
        });
        ListView<SectionChange> changes = new ListView<>(vm.changes());
        changes.setId("historyChanges");
        changes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SectionChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : HistoryViewModel.describe(c));
            }
        });
        TextArea preview = new TextArea();
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(8);
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.select(s));
        changes.getSelectionModel().selectedItemProperty().addListener((o, a, c) ->
                preview.setText(c == null ? "" : HistoryViewModel.preview(c)));

        Button restoreAll = new Button(Messages.get("history.restoreAll"));
        restoreAll.setId("restoreAllButton");
        restoreAll.disableProperty().bind(vm.selectedVersionProperty().isNull());
        restoreAll.setOnAction(e -> vm.restoreAll());
        Button restoreSection = new Button(Messages.get("history.restoreSection"));
        restoreSection.setId("restoreSectionButton");
        restoreSection.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SectionChange c = changes.getSelectionModel().getSelectedItem();
            return c == null || c.older() == null;
        }, changes.getSelectionModel().selectedItemProperty()));
        restoreSection.setOnAction(e -> vm.restoreSection(changes.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());

        VBox right = new VBox(6, new Label(Messages.get("history.changes")), changes, preview);
        VBox left = new VBox(6, new Label(Messages.get("history.versions")), versions);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.4);
        BorderPane content = new BorderPane(split);
        HBox actions = new HBox(8, restoreAll, restoreSection, message);
        actions.setPadding(new Insets(8, 0, 0, 0));
        content.setBottom(actions);
        content.setPrefSize(900, 560);

        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("history.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        vm.replacedProperty().addListener((o, a, b) -> dialog.close());
        vm.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
