package org.reportdesk.ui.library;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.ui.Fxml;

/**
 * The library panel on the right: search field, filters, results ({@link ResultList}) and preview.
 * Down in the search field moves to the results.
 */
public final class LibraryView {

    private final LibraryViewModel vm;
    private final VBox root;
    private Consumer<Long> onEdit = id -> { };
    @FXML private TextField search;
    @FXML private ComboBox<TemplateKind> kind;
    @FXML private ComboBox<String> topic;
    @FXML private CheckBox showHidden;
    @FXML private StackPane resultsHolder;
    @FXML private Label previewTitle;
    @FXML private TextArea previewText;
    @FXML private Label message;

    public LibraryView(LibraryViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Library.fxml");
        root.getStylesheets().add(Fxml.css(LibraryView.class, "library.css"));
    }

    public VBox root() {
        return root;
    }

    public LibraryViewModel viewModel() {
        return vm;
    }

    public TextField searchField() {
        return search;
    }

    /** What "edit…" on a result does with the template id (a dialog owned by the main window). */
    public void setOnEdit(Consumer<Long> onEdit) {
        this.onEdit = onEdit;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.queryProperty());
        ResultList results = new ResultList(vm, id -> onEdit.accept(id));
        resultsHolder.getChildren().add(results.node());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && results.focusFirst()) {
                e.consume();
            }
        });
        kind.getItems().add(null);
        kind.getItems().addAll(vm.kinds());
        kind.setConverter(converter(k -> k == null ? Messages.get("ui.library.allKinds") : k.label()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        vm.topics().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = topic.getValue();
            topic.getItems().setAll((String) null);
            topic.getItems().addAll(vm.topics());
            topic.setValue(keep);
        });
        topic.getItems().add(null);
        topic.setConverter(converter(t -> t == null ? Messages.get("ui.library.allTopics") : t));
        topic.valueProperty().bindBidirectional(vm.topicProperty());
        showHidden.selectedProperty().bindBidirectional(vm.showHiddenProperty());
        vm.previewProperty().addListener((o, a, t) -> showPreview(t));
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private void showPreview(Template t) {
        previewTitle.setText(t == null ? "" : t.title());
        previewText.setText(t == null ? "" : TemplateText.of(t));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return show.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
