package org.reportdesk.ui.newreport;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;

/** The 新建报告 dialog: binds its fields to the view model and returns the created report. */
public final class NewReportDialog {

    private final NewReportViewModel vm;
    private final Dialog<Report> dialog = new Dialog<>();
    @FXML private ListView<SkeletonChoice> skeletons;
    @FXML private ListView<String> preview;
    @FXML private TextField unit;
    @FXML private Spinner<Integer> year;
    @FXML private ComboBox<Period> period;
    @FXML private Label message;

    public NewReportDialog(NewReportViewModel vm, Window owner) {
        this.vm = vm;
        VBox content = Fxml.load(this, "NewReport.fxml");
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.newReport.title"));
        dialog.getDialogPane().setContent(content);
        ButtonType create = Buttons.of("ui.newReport.create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, Buttons.cancel());
        dialog.getDialogPane().lookupButton(create).setId("createReportButton");
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(vm.validProperty().not());
        dialog.setResultConverter(b -> {
            if (b != create) {
                return null;
            }
            try {
                year.commitValue(); // a year typed but not yet confirmed with Enter
            } catch (NumberFormatException e) {
                year.getEditor().setText(String.valueOf(vm.yearProperty().get())); // not a number: keep the last year
            }
            return vm.create();
        });
        dialog.setResizable(true);
    }

    public Optional<Report> showAndWait() {
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        skeletons.setItems(vm.choices());
        preview.setItems(vm.outlinePreview());
        preview.setFocusTraversable(false);
        skeletons.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> skeletons.getSelectionModel().select(b));
        skeletons.getSelectionModel().select(vm.selectedProperty().get());
        unit.textProperty().bindBidirectional(vm.unitProperty());
        year.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, 2100, vm.yearProperty().get()));
        year.setEditable(true);
        year.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.yearProperty().set(b);
            }
        });
        period.getItems().setAll(vm.periods());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Period fromString(String s) {
                return Period.fromLabel(s).orElse(null);
            }
        });
        period.valueProperty().bindBidirectional(vm.periodProperty());
        message.textProperty().bind(vm.messageProperty());
    }
}
