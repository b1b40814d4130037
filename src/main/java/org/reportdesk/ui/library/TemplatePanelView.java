package org.reportdesk.ui.library;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.ui.Fxml;

/** The template panel on the right: a kind chooser and the list; double-click or Enter inserts. */
public final class TemplatePanelView {

    private final TemplatePanelViewModel vm;
    private final VBox root;
    @FXML private ComboBox<TemplateKind> kind;
    @FXML private ListView<Template> list;
    @FXML private Label message;

    public TemplatePanelView(TemplatePanelViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "TemplatePanel.fxml");
        root.getStylesheets().add(Fxml.css(TemplatePanelView.class, "library.css"));
    }

    public VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(vm.kinds());
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
        list.setItems(vm.items());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.title());
                setTooltip(empty || t == null ? null : preview(t));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.activate(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.activate(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private static Tooltip preview(Template t) {
        String text = t.plainText().strip();
        Tooltip tip = new Tooltip(text.length() > 300 ? text.substring(0, 300) + "…" : text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }
}
