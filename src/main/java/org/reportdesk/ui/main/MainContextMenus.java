package org.reportdesk.ui.main;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.reportdesk.ui.ShortcutMenus;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.outline.OutlineViewModel;

/** The right-click menus of the outline and the body, with the shortcuts a Word user looks for. */
final class MainContextMenus {

    private MainContextMenus() {
    }

    static void install(MainView view, MainViewModel vm) {
        outline(view, vm);
        body(view, vm);
    }

    private static void outline(MainView view, MainViewModel vm) {
        OutlineViewModel o = vm.outline();
        TreeView<OutlineNode> tree = view.outlineView().tree();
        var noSection = javafx.beans.binding.Bindings.createBooleanBinding(() -> o.selectedSection() == null, o.selectedProperty());
        ContextMenu menu = new ContextMenu(
                ShortcutMenus.item("ui.context.addSibling", "Ctrl+Enter", view::addSiblingAndEdit),
                ShortcutMenus.item("ui.context.addChild", "Ctrl+Shift+Enter", view::addChildAndEdit),
                ShortcutMenus.item("ui.context.rename", "F2", () -> {
                    TreeItem<OutlineNode> item = tree.getSelectionModel().getSelectedItem();
                    if (item != null && item.getValue().isSection()) {
                        tree.edit(item);
                    }
                }, noSection),
                ShortcutMenus.item("ui.context.delete", "Delete", o::delete, noSection),
                new SeparatorMenuItem(),
                ShortcutMenus.item("ui.context.moveUp", "Alt+Shift+↑", o::moveUp, noSection),
                ShortcutMenus.item("ui.context.moveDown", "Alt+Shift+↓", o::moveDown, noSection),
                ShortcutMenus.item("ui.context.promote", "Alt+Shift+←", o::promote, noSection),
                ShortcutMenus.item("ui.context.demote", "Alt+Shift+→", o::demote, noSection),
                new SeparatorMenuItem(),
                ShortcutMenus.item("ui.context.saveAsTemplate", null, view::saveSelectedAsTemplate, noSection));
        menu.setId("outlineContextMenu");
        tree.setContextMenu(menu);
    }

    private static void body(MainView view, MainViewModel vm) {
        ReportArea area = view.editorView().area();
        var noSection = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.outline().selectedSection() == null,
                vm.outline().selectedProperty());
        ContextMenu menu = new ContextMenu(
                ShortcutMenus.item("ui.context.undo", "Ctrl+Z", () -> vm.undo().undo(), vm.undo().canUndoProperty().not()),
                ShortcutMenus.item("ui.context.redo", "Ctrl+Y", () -> vm.undo().redo(), vm.undo().canRedoProperty().not()),
                new SeparatorMenuItem(),
                ShortcutMenus.item("ui.context.cut", "Ctrl+X", area::cut),
                ShortcutMenus.item("ui.context.copy", "Ctrl+C", area::copy),
                ShortcutMenus.item("ui.context.paste", "Ctrl+V", area::paste),
                ShortcutMenus.item("ui.context.selectAll", "Ctrl+A", area::selectAll),
                new SeparatorMenuItem(),
                ShortcutMenus.item("ui.context.insertTemplate", null, () -> view.libraryView().searchField().requestFocus()),
                ShortcutMenus.item("ui.context.saveAsTemplate", null, view::saveSelectedAsTemplate, noSection));
        menu.setId("bodyContextMenu");
        area.setContextMenu(menu);
    }
}
