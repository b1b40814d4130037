package org.reportdesk.ui.editor.table;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;
import org.reportdesk.model.TableEdits;
import org.reportdesk.ui.editor.ObjectSlot;

/**
 * A table in the body editor: the title above, a grid of cell fields (merged cells spanning, header
 * rows shaded). Typing is sent to the report when the user pauses, leaves the cell or moves with
 * Tab, and before anything stores or undoes ({@link #commitPending()}); a structure change from
 * the context menu is sent at once. Each is one edit replacing the table.
 */
public final class TableBox extends VBox {

    /** Typing is sent after this pause at the latest, so autosave stores it even while the caret stays in the cell. */
    static final Duration PAUSE = Duration.millis(2000);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final ObjectSlot slot;
    private final ObjectContext context;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final javafx.scene.control.ContextMenu menu;
    private final List<CellField> fields = new ArrayList<>();
    private Table table;
    private int[] selectionStart;
    private int[] selectionEnd;

    /** A field of an anchor cell and where it is. */
    record CellField(int row, int column, TextField field, String shown) {
    }

    public TableBox(ObjectSlot slot, ObjectContext context) {
        this.slot = slot;
        this.context = context;
        this.table = (Table) slot.object();
        getStyleClass().add("table-box");
        setSpacing(4);
        setAlignment(Pos.TOP_CENTER);
        title.getStyleClass().add("table-title");
        title.setStyle("-fx-font-weight: bold;");
        grid.getStyleClass().add("table-grid");
        grid.setStyle("-fx-border-color: #555; -fx-border-width: 0.5;");
        prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, context.width().get() - 130), context.width()));
        getChildren().addAll(title, grid);
        pause.setOnFinished(e -> commitPending());
        menu = TableMenu.create(this);
        // the text area must not see what happens inside the table
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        // shortcuts go on to the window's menu accelerators (Ctrl+S, Ctrl+F, F3 …)
        addEventHandler(KeyEvent.ANY, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && !e.getCode().isFunctionKey()) {
                e.consume();
            }
        });
        addEventHandler(ContextMenuEvent.ANY, ContextMenuEvent::consume);
        rebuild();
    }

    public Table table() {
        return table;
    }

    /** Sends typing not yet sent (called before the report is stored, undone or closed). */
    public void commitPending() {
        pause.stop();
        Table t = table;
        for (CellField f : fields) {
            if (!f.field().getText().equals(f.shown())) {
                t = t.withCellText(f.row(), f.column(), RichText.ofPlain(f.field().getText()));
            }
        }
        if (t != table) {
            table = t;
            List<CellField> now = new ArrayList<>(fields.size());
            for (CellField f : fields) {
                now.add(new CellField(f.row(), f.column(), f.field(), f.field().getText()));
            }
            fields.clear();
            fields.addAll(now);
            slot.edit(t);
        }
    }

    /** Applies a change of the table's structure or title and shows it, the focus on ({@code row}, {@code column}). */
    void change(Table changed, int row, int column) {
        commitPending();
        table = changed;
        slot.edit(changed);
        clearSelection();
        rebuild();
        focusCell(row, column);
    }

    void deleteTable() {
        pause.stop();
        context.remove().accept(slot);
    }

    ObjectContext context() {
        return context;
    }

    /** The cell with the focus, {row, column}; the first cell when none has it. */
    int[] focusedCell() {
        for (CellField f : fields) {
            if (f.field().isFocused()) {
                return new int[] {f.row(), f.column()};
            }
        }
        return focusedBefore != null ? focusedBefore : new int[] {0, 0};
    }

    private int[] focusedBefore;

    /** The selected rectangle {top, left, bottom, right}, or the focused cell alone. */
    int[] selection() {
        int[] a = selectionStart != null ? selectionStart : focusedCell();
        int[] b = selectionEnd != null ? selectionEnd : a;
        return new int[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])};
    }

    public void focusCell(int row, int column) {
        int[] anchor = TableEdits.anchorOf(table, Math.min(row, table.rowCount() - 1), Math.min(column, table.columnCount() - 1));
        for (CellField f : fields) {
            if (f.row() == anchor[0] && f.column() == anchor[1]) {
                f.field().requestFocus();
                f.field().end();
                return;
            }
        }
    }

    /** Extends the selection to the cell clicked with Shift (for 合并单元格). */
    void select(int row, int column) {
        if (selectionStart == null) {
            selectionStart = focusedCell();
        }
        selectionEnd = new int[] {row, column};
        showSelection();
    }

    private void clearSelection() {
        selectionStart = null;
        selectionEnd = null;
        showSelection();
    }

    private void showSelection() {
        int[] s = selectionStart == null ? null : selection();
        for (CellField f : fields) {
            boolean on = s != null && f.row() >= s[0] && f.row() <= s[2] && f.column() >= s[1] && f.column() <= s[3];
            f.field().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("picked"), on);
            f.field().setStyle(cellStyle(f.row(), on));
        }
    }

    private String cellStyle(int row, boolean picked) {
        String bg = picked ? "#cfe0f7" : row < table.headerRows() ? "#dedede" : "white";
        return "-fx-background-color: " + bg + "; -fx-background-radius: 0; -fx-border-color: #555; -fx-border-width: 0.5;"
                + (row < table.headerRows() ? "-fx-font-weight: bold;" : "");
    }

    private void rebuild() {
        title.setText(table.title());
        boolean hasTitle = !table.title().isEmpty();
        title.setVisible(hasTitle);
        title.setManaged(hasTitle);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        fields.clear();
        int total = table.columnWidths().stream().mapToInt(Integer::intValue).sum();
        for (int w : table.columnWidths()) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 * w / total);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                TableCell cell = table.cell(r, c);
                if (cell.covered()) {
                    continue;
                }
                String shown = cell.plainText().replace('\n', ' ');
                TextField f = new TextField(shown);
                f.getStyleClass().add("table-cell-field");
                f.setMaxWidth(Double.MAX_VALUE);
                f.setMaxHeight(Double.MAX_VALUE);
                f.setStyle(cellStyle(r, false));
                f.setContextMenu(menu);
                int row = r;
                int column = c;
                f.textProperty().addListener(o -> pause.playFromStart());
                f.focusedProperty().addListener((o, was, is) -> {
                    if (is) {
                        focusedBefore = new int[] {row, column};
                    } else {
                        commitPending();
                    }
                });
                f.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, row, column));
                f.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                    if (e.isShiftDown() && e.isPrimaryButtonDown()) {
                        select(row, column);
                        e.consume();
                    } else if (e.isPrimaryButtonDown()) {
                        clearSelection();
                    }
                });
                GridPane.setColumnSpan(f, cell.colSpan());
                GridPane.setRowSpan(f, cell.rowSpan());
                grid.add(f, c, r);
                fields.add(new CellField(r, c, f, shown));
            }
        }
    }

    private void key(KeyEvent e, int row, int column) {
        if (e.getCode() == KeyCode.TAB) {
            e.consume();
            commitPending();
            if (e.isShiftDown()) {
                move(row, column, -1);
            } else {
                move(row, column, 1);
            }
        } else if (UNDO.match(e)) {
            e.consume();
            commitPending();
            context.undo().run();
        } else if (REDO.match(e)) {
            e.consume();
            commitPending();
            context.redo().run();
        }
    }

    /** Tab and Shift+Tab: the next or previous cell in reading order; Tab in the last cell adds a row, as in Word. */
    private void move(int row, int column, int step) {
        int index = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).row() == row && fields.get(i).column() == column) {
                index = i;
            }
        }
        int next = index + step;
        if (next >= fields.size()) {
            change(TableEdits.insertRow(table, table.rowCount()), table.rowCount(), 0);
        } else if (next >= 0) {
            CellField f = fields.get(next);
            f.field().requestFocus();
            f.field().selectAll();
        }
    }
}
