package org.reportdesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reportdesk.i18n.Messages;

/**
 * Context-menu items that show their keyboard shortcut on the right, as Word's do, without
 * installing the shortcut as a window-wide accelerator (Delete or F2 must stay the tree's own).
 */
public final class ShortcutMenus {

    private static final double WIDTH = 210;

    private ShortcutMenus() {
    }

    /** An item labelled by message {@code key}, showing {@code keys} (e.g. "Ctrl+Enter"; null for none). */
    public static MenuItem item(String key, String keys, Runnable action) {
        Label text = new Label(Messages.get(key));
        Label shortcut = new Label(keys == null ? "" : keys);
        shortcut.getStyleClass().add("menu-shortcut");
        shortcut.setStyle("-fx-opacity: 0.65;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(16, text, gap, shortcut);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWidth(WIDTH);
        CustomMenuItem item = new CustomMenuItem(row, true);
        item.setId(key);
        item.setOnAction(e -> action.run());
        return item;
    }

    public static MenuItem item(String key, String keys, Runnable action, ObservableBooleanValue disabled) {
        MenuItem item = item(key, keys, action);
        item.disableProperty().bind(disabled);
        return item;
    }
}
