package org.reportdesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;

/** The 导出 Word dialog: binds to its view model; the export button runs without closing the dialog. */
public final class ExportDialog {

    private final ExportViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Path initialFolder;
    @FXML private ChoiceBox<String> profile;
    @FXML private Label differences;
    @FXML private TextField target;
    @FXML private ProgressBar progress;
    @FXML private Label message;

    public ExportDialog(ExportViewModel vm, Window owner, Path initialFolder) {
        this.vm = vm;
        this.initialFolder = initialFolder;
        VBox content = Fxml.load(this, "Export.fxml");
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.export.title"));
        dialog.getDialogPane().setContent(content);
        ButtonType run = new ButtonType(Messages.get("ui.export.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = Buttons.close();
        dialog.getDialogPane().getButtonTypes().addAll(run, close);
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("runExportButton");
        runButton.disableProperty().bind(vm.runningProperty());
        runButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.export();
        });
        dialog.getDialogPane().lookupButton(close).setId("closeExportButton");
        dialog.getDialogPane().lookupButton(close).disableProperty().bind(vm.runningProperty());
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        profile.getItems().setAll(vm.profiles());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        differences.textProperty().bind(vm.differencesProperty());
        target.textProperty().bindBidirectional(vm.targetProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty().or(vm.doneProperty()));
        message.textProperty().bind(vm.messageProperty());
    }

    @FXML
    private void chooseTarget() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("ui.export.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.file.docxFilter"), "*.docx"));
        fc.setInitialFileName(vm.defaultFileName());
        if (initialFolder != null && initialFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(initialFolder.toFile());
        }
        File f = fc.showSaveDialog(dialog.getOwner());
        if (f != null) {
            vm.targetProperty().set(f.getAbsolutePath());
        }
    }
}
