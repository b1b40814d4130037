package org.reportdesk.ui.editor.table;

import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;

/** The context menu of a table in the editor: rows, columns, merge and split, header row, landscape, title, delete. */
final class TableMenu {

    private TableMenu() {
    }

    static ContextMenu create(TableBox box) {
        ContextMenu menu = new ContextMenu();
        CheckMenuItem header = new CheckMenuItem(Messages.get("table.menu.headerRow"));
        CheckMenuItem landscape = new CheckMenuItem(Messages.get("table.menu.landscape"));
        MenuItem delete = new MenuItem(Messages.get("table.menu.delete"));
        menu.getItems().addAll(
                item("table.menu.rowAbove", box, c -> box.change(TableEdits.insertRow(box.table(), c[0]), c[0], c[1])),
                item("table.menu.rowBelow", box, c -> box.change(TableEdits.insertRow(box.table(), below(box, c)), below(box, c), c[1])),
                item("table.menu.columnLeft", box, c -> box.change(TableEdits.insertColumn(box.table(), c[1]), c[0], c[1])),
                item("table.menu.columnRight", box, c -> box.change(TableEdits.insertColumn(box.table(), right(box, c)), c[0], right(box, c))),
                new SeparatorMenuItem(),
                item("table.menu.deleteRow", box, c -> deleteRow(box, c)),
                item("table.menu.deleteColumn", box, c -> deleteColumn(box, c)),
                new SeparatorMenuItem(),
                mergeItem(box),
                item("table.menu.split", box, c -> box.change(TableEdits.split(box.table(), c[0], c[1]), c[0], c[1])),
                new SeparatorMenuItem(),
                header, landscape,
                item("table.menu.title", box, c -> box.context().askText().apply(Messages.get("table.menu.titleQuestion"),
                        box.table().title()).ifPresent(t -> box.change(box.table().withTitle(t.strip()), c[0], c[1]))),
                new SeparatorMenuItem(),
                delete);
        menu.setOnShowing(e -> {
            header.setSelected(box.table().headerRows() > 0);
            landscape.setSelected(box.table().landscape());
        });
        header.setOnAction(e -> {
            int[] c = box.focusedCell();
            box.change(box.table().withHeaderRows(header.isSelected() ? 1 : 0), c[0], c[1]);
        });
        landscape.setOnAction(e -> {
            int[] c = box.focusedCell();
            box.change(box.table().withLandscape(landscape.isSelected()), c[0], c[1]);
        });
        delete.setOnAction(e -> box.deleteTable());
        return menu;
    }

    private static MenuItem item(String key, TableBox box, Consumer<int[]> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> action.accept(box.focusedCell()));
        return item;
    }

    private static MenuItem mergeItem(TableBox box) {
        MenuItem item = new MenuItem(Messages.get("table.menu.merge"));
        item.setOnAction(e -> {
            int[] s = box.selection();
            box.change(TableEdits.merge(box.table(), s[0], s[1], s[2], s[3]), s[0], s[1]);
        });
        return item;
    }

    /** The row after the focused cell (after all rows a merged cell spans). */
    private static int below(TableBox box, int[] c) {
        return c[0] + box.table().cell(c[0], c[1]).rowSpan();
    }

    private static int right(TableBox box, int[] c) {
        return c[1] + box.table().cell(c[0], c[1]).colSpan();
    }

    private static void deleteRow(TableBox box, int[] c) {
        Table t = box.table();
        if (t.rowCount() == 1) {
            box.deleteTable();
        } else {
            box.change(TableEdits.deleteRow(t, c[0]), Math.min(c[0], t.rowCount() - 2), c[1]);
        }
    }

    private static void deleteColumn(TableBox box, int[] c) {
        Table t = box.table();
        if (t.columnCount() == 1) {
            box.deleteTable();
        } else {
            box.change(TableEdits.deleteColumn(t, c[1]), c[0], Math.min(c[1], t.columnCount() - 2));
        }
    }
}
