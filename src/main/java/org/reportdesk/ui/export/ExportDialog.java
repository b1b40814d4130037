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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;
import org.reportdesk.ui.profiles.ProfileEditorDialog;

/**
 * The 导出 Word dialog: binds to its view model; the export button runs without closing the dialog.
 * It is not modal, so the user can go on typing in the main window while a long report exports.
 */
public final class ExportDialog {

    private final ExportViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Path initialFolder;
    @FXML private ChoiceBox<String> profile;
    @FXML private Button manageButton;
    @FXML private Label differences;
    @FXML private TextField target;
    @FXML private Button chooseButton;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private HBox afterExport;
    @FXML private Button openFileButton;
    @FXML private Button openFolderButton;

    public ExportDialog(ExportViewModel vm, Window owner, Path initialFolder) {
        this.vm = vm;
        this.initialFolder = initialFolder;
        VBox content = Fxml.load(this, "Export.fxml");
        dialog.initOwner(owner);
        // Modal: the export writes the report as it is when 导出 is pressed, so nothing may change meanwhile.
        dialog.initModality(Modality.WINDOW_MODAL);
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
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("closeExportButton");
        String closeText = closeButton.getText();
        closeButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then(Messages.get("ui.export.cancel")).otherwise(closeText));
        closeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.runningProperty().get()) {
                e.consume();
                vm.cancel();
            }
        });
        vm.setReplaceExisting(path -> ReplaceQuestion.ask(dialog.getDialogPane().getScene().getWindow(), path));
    }

    /** Shows the dialog without blocking; {@code onClosed} runs when it is closed. */
    public void show(Runnable onClosed) {
        dialog.setOnHidden(e -> onClosed.run());
        dialog.show();
    }

    @FXML
    private void initialize() {
        profile.setItems(vm.profiles());
        profile.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return vm.displayName(name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        for (var control : new javafx.scene.control.Control[] {profile, manageButton, target, chooseButton}) {
            control.disableProperty().bind(vm.runningProperty());
        }
        differences.textProperty().bind(vm.differencesProperty());
        target.textProperty().bindBidirectional(vm.targetProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty().or(vm.doneProperty()));
        message.textProperty().bind(vm.messageProperty());
        Tooltip fullMessage = new Tooltip();
        fullMessage.textProperty().bind(vm.messageProperty());
        message.setTooltip(fullMessage);
        if (vm.canOpenFolder()) {
            afterExport.visibleProperty().bind(vm.doneProperty());
        } else {
            afterExport.setVisible(false);
            afterExport.setManaged(false);
        }
        openFileButton.disableProperty().bind(vm.runningProperty());
        openFolderButton.disableProperty().bind(vm.runningProperty());
    }

    @FXML
    private void openFile() {
        vm.openFile();
    }

    @FXML
    private void manageProfiles() {
        ProfileEditorDialog.showAndWait(vm.profileEditor(), dialog.getDialogPane().getScene().getWindow());
        vm.reloadProfiles();
    }

    @FXML
    private void openFolder() {
        vm.openFolder();
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
