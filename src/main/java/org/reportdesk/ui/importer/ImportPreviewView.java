package org.reportdesk.ui.importer;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Fxml;

/** The import preview dialog: binds to {@link ImportPreviewViewModel} and forwards the user's choices. */
public final class ImportPreviewView {

    private final ImportPreviewViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    @FXML private CheckBox cleanWebText;
    @FXML private CheckBox splitCollections;
    @FXML private CheckBox toSimplified;
    @FXML private CheckBox fullWidth;
    @FXML private ProgressIndicator busy;
    @FXML private ListView<ReportRow> reports;
    @FXML private Label reviewHint;
    @FXML private TreeView<Section> outline;
    @FXML private Button promote;
    @FXML private Button demote;
    @FXML private TextField heading;
    @FXML private Button rename;
    @FXML private ListView<ChangeRow> changes;
    @FXML private ListView<String> warnings;
    @FXML private ChoiceBox<TemplateKind> kind;
    @FXML private ComboBox<String> topic;
    @FXML private Label message;
    private PreviewTree tree;

    /** {@code open}: shows a report in the main window (false when the user keeps the one being edited); {@code info}: the main window's message line. */
    public ImportPreviewView(ImportPreviewViewModel vm, Window owner, String sourceName,
                             Predicate<Report> open, Consumer<String> info) {
        this.vm = vm;
        VBox content = Fxml.load(this, "ImportPreview.fxml");
        content.getStylesheets().add(Fxml.css(ImportPreviewView.class, "import-preview.css"));
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("import.preview.title", sourceName));
        dialog.getDialogPane().setContent(content);
        ButtonType openType = Buttons.of("import.preview.openAsReport", ButtonBar.ButtonData.OK_DONE);
        ButtonType saveType = Buttons.of("import.preview.saveToLibrary", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(openType, saveType, Buttons.cancel());
        Node openButton = button(openType, "importOpenButton");
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.openAsReports(open, info)) {
                e.consume();
            }
        });
        button(saveType, "importSaveButton").addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.saveToLibrary(kind.getValue(), topic.getEditor().getText(), m -> {
                info.accept(m);
                dialog.close();
            });
        });
        vm.loadTopics();
    }

    private Node button(ButtonType type, String id) {
        Button b = (Button) dialog.getDialogPane().lookupButton(type);
        b.setId(id);
        b.disableProperty().bind(vm.busyProperty());
        return b;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    @FXML
    private void initialize() {
        cleanWebText.selectedProperty().bindBidirectional(vm.cleanWebTextProperty());
        splitCollections.selectedProperty().bindBidirectional(vm.splitCollectionsProperty());
        toSimplified.selectedProperty().bindBidirectional(vm.toSimplifiedProperty());
        fullWidth.selectedProperty().bindBidirectional(vm.fullWidthPunctuationProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        reports.setItems(vm.reports());
        reports.setCellFactory(CheckBoxListCell.forListView(ReportRow::chosenProperty, converter(ReportRow::title)));
        reports.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.shownProperty().set(row);
            }
        });
        vm.shownProperty().addListener((o, a, row) -> reports.getSelectionModel().select(row));
        reports.getSelectionModel().select(vm.shownProperty().get());
        tree = new PreviewTree(outline, vm);
        outline.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.isShiftDown() && e.getCode() == javafx.scene.input.KeyCode.LEFT) {
                vm.outline().promote();
            } else if (e.isAltDown() && e.isShiftDown() && e.getCode() == javafx.scene.input.KeyCode.RIGHT) {
                vm.outline().demote();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                heading.requestFocus();
            } else {
                return;
            }
            e.consume();
        });
        reviewHint.visibleProperty().bind(tree.needsReviewProperty());
        reviewHint.managedProperty().bind(reviewHint.visibleProperty());
        promote.disableProperty().bind(vm.outline().selectedProperty().isNull());
        demote.disableProperty().bind(vm.outline().selectedProperty().isNull());
        rename.disableProperty().bind(vm.outline().selectedProperty().isNull());
        vm.outline().selectedProperty().addListener((o, a, s) -> heading.setText(s == null ? "" : s.heading()));
        changes.setItems(vm.changes());
        changes.setCellFactory(CheckBoxListCell.forListView(ChangeRow::appliedProperty, converter(ChangeRow::text)));
        warnings.setItems(vm.warnings());
        warnings.setCellFactory(l -> wrappingCell());
        kind.getItems().setAll(java.util.Arrays.stream(TemplateKind.values()).filter(k -> k != TemplateKind.SKELETON).toList());
        kind.setConverter(converter(TemplateKind::label));
        kind.setValue(TemplateKind.SUMMARY);
        topic.setItems(vm.topics());
        message.textProperty().bind(javafx.beans.binding.Bindings.when(vm.messageProperty().isEmpty())
                .then(vm.outline().messageProperty()).otherwise(vm.messageProperty()));
    }

    @FXML
    private void promote() {
        vm.outline().promote();
    }

    @FXML
    private void demote() {
        vm.outline().demote();
    }

    @FXML
    private void rename() {
        vm.outline().rename(heading.getText());
    }

    private static ListCell<String> wrappingCell() {
        ListCell<String> c = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        c.setWrapText(true);
        c.setPrefWidth(0);
        return c;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
