package org.reportdesk.ui.editor.table;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.DialogService;

/** 插入表格: rows × columns and the title. */
public final class TableSizeDialog {

    private TableSizeDialog() {
    }

    public static Optional<DialogService.TableSize> ask(Window owner, int maxRows, int maxColumns) {
        Dialog<DialogService.TableSize> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("table.dialog.title"));
        d.setHeaderText(null);
        Spinner<Integer> rows = new Spinner<>(1, maxRows, 3);
        Spinner<Integer> columns = new Spinner<>(1, maxColumns, 3);
        rows.setEditable(true);
        columns.setEditable(true);
        rows.setId("tableRows");
        columns.setId("tableColumns");
        TextField title = new TextField();
        title.setId("tableTitle");
        title.setPromptText(Messages.get("table.dialog.titlePrompt"));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("table.dialog.rows")), rows);
        g.addRow(1, new Label(Messages.get("table.dialog.columns")), columns);
        g.addRow(2, new Label(Messages.get("table.dialog.caption")), title);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new DialogService.TableSize(rows.getValue(), columns.getValue(), title.getText()) : null);
        return d.showAndWait();
    }
}
