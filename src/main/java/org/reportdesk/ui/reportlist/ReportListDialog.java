package org.reportdesk.ui.reportlist;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;

/** 打开报告: the table of stored reports; returns the one chosen. */
public final class ReportListDialog {

    private final ReportListViewModel vm;
    private final Dialog<ReportSummary> dialog = new Dialog<>();
    @FXML private TableView<ReportSummary> table;
    @FXML private TableColumn<ReportSummary, String> titleColumn;
    @FXML private TableColumn<ReportSummary, String> updatedColumn;
    @FXML private TableColumn<ReportSummary, Integer> charsColumn;
    @FXML private Label message;

    public ReportListDialog(ReportListViewModel vm, Window owner) {
        this.vm = vm;
        VBox content = Fxml.load(this, "ReportList.fxml");
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.reportList.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(Messages.get("ui.reportList.open"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(open, Buttons.cancel());
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("openReportButton");
        openButton.disableProperty().bind(vm.selectedProperty().isNull());
        dialog.setResultConverter(b -> b == open ? vm.selectedProperty().get() : null);
        // focus the list, not 取消: Enter then opens the selected report, arrows move in the list
        dialog.setOnShown(e -> Platform.runLater(table::requestFocus));
    }

    public Optional<ReportSummary> showAndWait() {
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        updatedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.formatTime(c.getValue().updatedAt())));
        charsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().characters()));
        charsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : String.format(Locale.ROOT, "%,d", n)); // 1,592 as everywhere else
            }
        });
        charsColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.setItems(vm.items());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        if (vm.selectedProperty().get() != null) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                openSelected();
            }
        });
        message.textProperty().bind(vm.messageProperty());
    }

    private void openSelected() {
        if (vm.selectedProperty().get() != null) {
            dialog.setResult(vm.selectedProperty().get());
            dialog.close();
        }
    }
}
