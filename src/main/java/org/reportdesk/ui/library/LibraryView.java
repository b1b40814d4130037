package org.reportdesk.ui.library;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.SearchHit;
import org.reportdesk.ui.Fxml;
import org.reportdesk.ui.outline.DropPosition;

/**
 * The library panel on the right: search field, filters, results and preview. Down in the search
 * field moves to the results; Enter or double-click inserts after the selected section,
 * Ctrl+Enter as its child.
 */
public final class LibraryView {

    private final LibraryViewModel vm;
    private final VBox root;
    private Consumer<SearchHit> onEdit = h -> { };
    @FXML private TextField search;
    @FXML private ComboBox<TemplateKind> kind;
    @FXML private ComboBox<String> topic;
    @FXML private CheckBox showHidden;
    @FXML private ListView<SearchHit> results;
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

    /** What "edit…" on a result does (a dialog owned by the main window). */
    public void setOnEdit(Consumer<SearchHit> onEdit) {
        this.onEdit = onEdit;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().getSelectedIndex() < 0) {
                    results.getSelectionModel().select(0);
                }
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
        results.setItems(vm.results());
        HitMenu menu = new HitMenu(vm, h -> onEdit.accept(h));
        results.setCellFactory(l -> new HitCell(vm, menu));
        results.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> vm.selectedProperty().set(h));
        vm.selectedProperty().addListener((o, a, h) -> {
            if (h != results.getSelectionModel().getSelectedItem()) {
                results.getSelectionModel().select(h);
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.insert(results.getSelectionModel().getSelectedItem(), null, DropPosition.AFTER);
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                DropPosition p = e.isShortcutDown() ? DropPosition.INTO : DropPosition.AFTER;
                vm.insert(results.getSelectionModel().getSelectedItem(), null, p);
                e.consume();
            }
        });
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
