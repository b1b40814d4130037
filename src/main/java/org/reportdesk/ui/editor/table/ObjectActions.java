package org.reportdesk.ui.editor.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.input.Clipboard;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Table;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.editor.EditorViewModel;
import org.reportdesk.ui.editor.ObjectSlot;
import org.reportdesk.ui.editor.ObjectSources;
import org.reportdesk.ui.editor.ReportArea;

/**
 * Tables and pictures in the body editor: 插入 → 表格… and 图片…, pasting a table or a picture file,
 * and each edit of one sent to the report as one step.
 */
public final class ObjectActions {

    /** The largest table the 插入表格 dialog makes; bigger ones come by pasting. */
    public static final int MAX_DIALOG_ROWS = 200;
    public static final int MAX_DIALOG_COLUMNS = 20;

    private final ReportArea area;
    private final EditorViewModel vm;
    private final Supplier<DialogService> dialogs;

    public ObjectActions(ReportArea area, EditorViewModel vm, Supplier<DialogService> dialogs) {
        this.area = area;
        this.vm = vm;
        this.dialogs = dialogs;
        ObjectContext context = new ObjectContext(
                Bindings.createDoubleBinding(() -> area.getWidth(), area.widthProperty()),
                this::undo, this::redo,
                (question, now) -> dialogs.get().askText(Messages.get("app.title"), question, now),
                area::removeObject);
        ObjectViews views = new ObjectViews(context);
        area.setObjectViews(views::create, slot -> vm.objectEdited(area.paragraphOf(slot), slot.object()));
        area.setObjectPaste(this::pasteObject);
        vm.setPendingEdits(area::commitPending);
    }

    private void undo() {
        area.commitPending();
        vm.undo();
    }

    private void redo() {
        area.commitPending();
        vm.redo();
    }

    /** 插入 → 表格…: asks rows × columns and a title, inserts the table at the caret, the caret in its first cell. */
    public void askAndInsertTable() {
        if (!canInsert()) {
            return;
        }
        dialogs.get().askTable(MAX_DIALOG_ROWS, MAX_DIALOG_COLUMNS)
                .ifPresent(t -> insertTable(t.rows(), t.columns(), t.title()));
    }

    public ObjectSlot insertTable(int rows, int columns, String title) {
        Table t = Table.empty(Math.max(1, rows), Math.max(1, columns)).withTitle(title == null ? "" : title.strip());
        ObjectSlot slot = area.insertObject(t);
        focusFirstCell(slot, 10);
        return slot;
    }

    /**
     * The caret into the new table's first cell once its node exists: the area makes paragraph
     * nodes when it lays out, which on a busy machine can be a few pulses after the insertion.
     */
    private void focusFirstCell(ObjectSlot slot, int tries) {
        Platform.runLater(() -> {
            if (slot.nodeIfShown() == null) {
                area.applyCss();
                area.layout();
            }
            if (slot.nodeIfShown() instanceof TableBox box) {
                box.focusCell(0, 0);
            } else if (tries > 1) {
                focusFirstCell(slot, tries - 1);
            }
        });
    }

    /** 插入 → 图片…: a PNG or JPEG file chosen by the user. */
    public void askAndInsertPicture() {
        if (!canInsert()) {
            return;
        }
        dialogs.get().chooseFileToOpen(Messages.get("picture.choose"),
                new DialogService.FileType(Messages.get("picture.filter"), "*.png", "*.jpg", "*.jpeg"), null)
                .ifPresent(this::insertPicture);
    }

    /** Inserts the picture in the file, or says in one sentence why not (nothing changes then). */
    public Optional<ObjectSlot> insertPicture(Path file) {
        Optional<Picture> p = new ObjectSources(this::refuse).picture(file, vm.session().report());
        return p.map(area::insertObject);
    }

    private boolean canInsert() {
        EditorViewModel.Mode m = vm.modeProperty().get();
        if (m != EditorViewModel.Mode.SECTION) {
            refuse(Messages.get("table.insert.noSection"));
            return false;
        }
        return true;
    }

    private void refuse(String sentence) {
        vm.messageProperty().set("");
        vm.messageProperty().set(sentence);
    }

    private boolean pasteObject() {
        if (vm.modeProperty().get() != EditorViewModel.Mode.SECTION) {
            return false;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        Optional<Embedded> o = new ObjectSources(this::refuse).fromClipboard(cb.hasHtml() ? cb.getHtml() : null,
                cb.hasString() ? cb.getString() : null, cb.hasFiles() ? cb.getFiles() : List.of(), vm.session().report());
        if (o == null) {
            return false;
        }
        o.ifPresent(area::insertObject);
        return true;
    }
}
