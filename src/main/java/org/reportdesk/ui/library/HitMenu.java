package org.reportdesk.ui.library;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.SearchHit;
import org.reportdesk.ui.outline.DropPosition;

/** The context menu of a search result; items that do not apply to the result are hidden. */
final class HitMenu {

    private final LibraryViewModel vm;
    private final Consumer<Long> onEdit;

    HitMenu(LibraryViewModel vm, Consumer<Long> onEdit) {
        this.vm = vm;
        this.onEdit = onEdit;
    }

    ContextMenu menu(Supplier<SearchHit> hit) {
        MenuItem after = item("ui.library.insertAfter", () -> vm.insert(hit.get(), null, DropPosition.AFTER));
        MenuItem child = item("ui.library.insertChild", () -> vm.insert(hit.get(), null, DropPosition.INTO));
        MenuItem favourite = item("ui.library.favourite", () -> vm.toggleFavourite(hit.get()));
        MenuItem edit = item("ui.library.edit", () -> onEdit.accept(hit.get().id()));
        MenuItem hide = item("ui.library.hide", () -> vm.hide(hit.get()));
        MenuItem restore = item("ui.library.restore", () -> vm.restore(hit.get()));
        MenuItem delete = item("ui.library.delete", () -> vm.delete(hit.get()));
        MenuItem restoreAll = item("ui.library.restoreAll", vm::restoreAllBuiltins);
        ContextMenu m = new ContextMenu(after, child, new SeparatorMenuItem(), favourite, edit, hide, restore, delete,
                new SeparatorMenuItem(), restoreAll);
        m.setOnShowing(e -> {
            SearchHit h = hit.get();
            boolean builtin = h != null && h.source() == TemplateSource.BUILTIN;
            favourite.setText(Messages.get(h != null && h.favourite() ? "ui.library.unfavourite" : "ui.library.favourite"));
            hide.setVisible(builtin && !h.hidden());
            restore.setVisible(h != null && h.hidden());
            delete.setVisible(h != null && !builtin);
            edit.setVisible(h != null);
        });
        return m;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }
}
