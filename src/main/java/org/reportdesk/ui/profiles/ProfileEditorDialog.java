package org.reportdesk.ui.profiles;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdesk.docx.DateStyle;
import org.reportdesk.docx.FontScheme;
import org.reportdesk.docx.SignatureMode;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;

/** 导出方案 (profile editor): binds to its view model and forwards the buttons. */
public final class ProfileEditorDialog {

    private final ProfileEditorViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    @FXML private ListView<String> list;
    @FXML private Button deleteButton;
    @FXML private Label readOnlyNote;
    @FXML private GridPane form;
    @FXML private TextField top;
    @FXML private TextField bottom;
    @FXML private TextField left;
    @FXML private TextField right;
    @FXML private TextField line;
    @FXML private ChoiceBox<LineUnit> lineUnit;
    @FXML private ChoiceBox<FontScheme> fontScheme;
    @FXML private CheckBox bold1;
    @FXML private CheckBox bold2;
    @FXML private CheckBox bold3;
    @FXML private CheckBox bold4;
    @FXML private ChoiceBox<SignatureMode> signatureMode;
    @FXML private ChoiceBox<DateStyle> dateStyle;
    @FXML private CheckBox includeSignature;
    @FXML private Label error;
    @FXML private ListView<String> differences;
    @FXML private Button saveButton;
    @FXML private Label message;

    private ProfileEditorDialog(ProfileEditorViewModel vm, Window owner) {
        this.vm = vm;
        HBox content = Fxml.load(this, "ProfileEditor.fxml");
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.profiles.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("closeProfilesButton");
    }

    /** Opens the editor and returns when the user closes it. */
    public static void showAndWait(ProfileEditorViewModel vm, Window owner) {
        new ProfileEditorDialog(vm, owner).dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        list.setItems(vm.names());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : vm.listLabel(name));
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, name) -> {
            if (name != null) {
                vm.selectedProperty().set(name);
            }
        });
        vm.selectedProperty().addListener((o, a, name) -> list.getSelectionModel().select(name));
        form.disableProperty().bind(vm.editableProperty().not());
        deleteButton.disableProperty().bind(vm.editableProperty().not());
        saveButton.disableProperty().bind(vm.editableProperty().not().or(vm.errorProperty().isNotEmpty()));
        readOnlyNote.visibleProperty().bind(vm.editableProperty().not());
        readOnlyNote.managedProperty().bind(readOnlyNote.visibleProperty());
        top.textProperty().bindBidirectional(vm.topProperty());
        bottom.textProperty().bindBidirectional(vm.bottomProperty());
        left.textProperty().bindBidirectional(vm.leftProperty());
        right.textProperty().bindBidirectional(vm.rightProperty());
        line.textProperty().bindBidirectional(vm.lineProperty());
        choice(lineUnit, LineUnit.values(), "export.lineUnit.");
        lineUnit.valueProperty().bindBidirectional(vm.lineUnitProperty());
        choice(fontScheme, FontScheme.values(), "export.fontScheme.");
        fontScheme.valueProperty().bindBidirectional(vm.fontSchemeProperty());
        CheckBox[] bold = {bold1, bold2, bold3, bold4};
        for (int level = 1; level <= 4; level++) {
            bold[level - 1].selectedProperty().bindBidirectional(vm.boldProperty(level));
        }
        choice(signatureMode, SignatureMode.values(), "export.signatureMode.");
        signatureMode.valueProperty().bindBidirectional(vm.signatureModeProperty());
        choice(dateStyle, DateStyle.values(), "export.dateStyle.");
        dateStyle.valueProperty().bindBidirectional(vm.dateStyleProperty());
        includeSignature.selectedProperty().bindBidirectional(vm.includeSignatureProperty());
        error.textProperty().bind(vm.errorProperty());
        differences.setItems(vm.differences());
        differences.setPlaceholder(new Label(Messages.get("ui.export.standard")));
        message.textProperty().bind(vm.messageProperty());
    }

    private static <E extends Enum<E>> void choice(ChoiceBox<E> box, E[] values, String keyPrefix) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.get(keyPrefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
    }

    @FXML
    private void copy() {
        TextInputDialog ask = new TextInputDialog(vm.suggestedCopyName());
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(Messages.get("ui.profiles.copy"));
        ask.setHeaderText(null);
        ask.setContentText(Messages.get("ui.profiles.copyName"));
        ask.getEditor().setId("copyNameField");
        ask.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        ask.getDialogPane().lookupButton(ask.getDialogPane().getButtonTypes().get(0)).setId("copyOkButton");
        ask.showAndWait().ifPresent(vm::copyAs);
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void delete() {
        vm.delete();
    }
}
