package org.reportdesk.ui.library;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.ui.Buttons;

/** The 存为模板 / 编辑模板信息 dialog: binds the fields; OK saves and closes only when saving worked. */
final class SaveTemplateDialog {

    private final Dialog<Template> dialog = new Dialog<>();
    private Template saved;

    SaveTemplateDialog(SaveTemplateViewModel vm, List<String> topics, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(vm.isNew() ? "ui.library.saveTitle" : "ui.library.editTitle"));
        TextField title = new TextField();
        title.setId("templateTitleField");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<TemplateKind> kind = new ComboBox<>();
        kind.setId("templateKindChoice");
        kind.getItems().setAll(TemplateKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TemplateKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public TemplateKind fromString(String s) {
                return TemplateKind.parse(s);
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<String> topic = new ComboBox<>();
        topic.setId("templateTopicField");
        topic.setEditable(true);
        topic.getItems().setAll(topics);
        topic.getEditor().textProperty().bindBidirectional(vm.topicProperty());
        TextField tags = new TextField();
        tags.setId("templateTagsField");
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        CheckBox blanks = new CheckBox(Messages.get("ui.library.blankFigures"));
        blanks.setId("blankFiguresBox");
        blanks.selectedProperty().bindBidirectional(vm.blankFiguresProperty());
        Label error = new Label();
        error.getStyleClass().add("panel-message");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("ui.library.fieldTitle")), title);
        g.addRow(1, new Label(Messages.get("ui.library.fieldKind")), kind);
        g.addRow(2, new Label(Messages.get("ui.library.fieldTopic")), topic);
        g.addRow(3, new Label(Messages.get("ui.library.fieldTags")), tags);
        if (vm.isNew()) {
            g.add(blanks, 1, 4);
        }
        g.add(error, 0, 5, 2, 1);
        title.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(g);
        ButtonType okType = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(okType, Buttons.cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId("saveTemplateButton");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(t -> {
                saved = t;
                dialog.setResult(t);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> saved);
    }

    java.util.Optional<Template> showAndWait() {
        return dialog.showAndWait();
    }
}
