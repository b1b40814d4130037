package org.reportdesk.ui.library;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.reportdesk.store.SearchHit;
import org.reportdesk.ui.outline.DropPosition;

/**
 * The list of search results, bound to the view model's results and selection: Enter or
 * double-click inserts after the selected section, Ctrl+Enter as its child.
 */
final class ResultList {

    private final ListView<SearchHit> list = new ListView<>();

    ResultList(LibraryViewModel vm, Consumer<Long> onEdit) {
        list.setId("libraryResults");
        list.setItems(vm.results());
        HitMenu menu = new HitMenu(vm, onEdit);
        list.setCellFactory(l -> new HitCell(vm, menu));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> vm.selectedProperty().set(h));
        vm.selectedProperty().addListener((o, a, h) -> {
            if (h != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(h);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.insert(list.getSelectionModel().getSelectedItem(), null, DropPosition.AFTER);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                DropPosition p = e.isShortcutDown() ? DropPosition.INTO : DropPosition.AFTER;
                vm.insert(list.getSelectionModel().getSelectedItem(), null, p);
                e.consume();
            }
        });
    }

    Node node() {
        return list;
    }

    /** Moves the keyboard into the results, on the first one when none is selected; false when there are none. */
    boolean focusFirst() {
        if (list.getItems().isEmpty()) {
            return false;
        }
        list.requestFocus();
        if (list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().select(0);
        }
        return true;
    }
}
