package org.reportdesk.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.services.Services;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.FxDialogService;
import org.reportdesk.ui.autosave.StoreTrouble;
import org.reportdesk.ui.backup.BackupActions;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.export.FolderOpener;
import org.reportdesk.ui.importer.ImportFlow;
import org.reportdesk.ui.importer.ImportSource;

/**
 * The main window's glue to the toolkit: the dialog service for this window, the commands built on
 * it ({@link MainCommands}), the import flow, and the edit commands sent to the focused control.
 */
public final class MainActions {

    public enum Clip { CUT, COPY, PASTE }

    private static final String FOLDER_IMPORT = "folder.import";

    private final MainViewModel vm;
    private final MainView view;
    private final DialogService dialogs;
    private final MainCommands commands;
    private final SafeClose close;

    MainActions(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
        this.dialogs = new FxDialogService(this::window);
        view.editorView().useDialogs(dialogs);
        this.commands = new MainCommands(vm, dialogs, Platform::runLater, FolderOpener.desktop());
        this.close = new SafeClose(vm, dialogs, SafeClose.WAIT);
        // The data folder deleted or moved: nothing can be stored any more, so say so at once.
        vm.storeTroubleProperty().addListener((o, was, now) -> {
            if (now == StoreTrouble.FOLDER_GONE && was != now) {
                Platform.runLater(() -> close.offerSaveAs(vm.saveStatusProperty().get(), false));
            }
        });
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }

    private Services services() {
        return vm.services();
    }

    public MainCommands commands() {
        return commands;
    }

    public void newReport() {
        commands.newReport();
    }

    public void openStored() {
        commands.openStored();
    }

    public void saveAs() {
        commands.saveAs();
    }

    public void openFile() {
        commands.openFile();
    }

    public void export() {
        commands.export();
    }

    public void exportProfiles() {
        commands.exportProfiles();
    }

    public void importFile() {
        Path folder = Path.of(services().settings().get(FOLDER_IMPORT, System.getProperty("user.home")));
        dialogs.chooseFileToOpen(Messages.get("import.file.title"), new DialogService.FileType(Messages.get("import.file.filter"),
                "*.docx", "*.txt", "*.md", "*.markdown", "*.doc"), folder).ifPresent(f -> {
                    services().settings().put(FOLDER_IMPORT, String.valueOf(f.toAbsolutePath().getParent()));
                    importFlow().start(ImportSource.file(f), f.getFileName().toString());
                });
    }

    public void pasteAsOutline() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            vm.error(Messages.get("import.pasteEmpty"));
            return;
        }
        importFlow().start(ImportSource.text(text), Messages.get("import.clipboard"));
    }

    private ImportFlow importFlow() {
        return new ImportFlow(services(), window(), r -> {
            vm.flush();
            vm.openNew(r);
            return true;
        }, vm::info, vm::error, vm.busyProperty());
    }

    public void history() {
        commands.history();
    }

    /** 文件 → 导出 PDF…: the pages of the page view as a PDF, then 打开 or 关闭. */
    public void exportPdf() {
        commands.exportPdf(new org.reportdesk.ui.pages.PdfExport(dialogs, services().executor(), FolderOpener.desktop(),
                org.reportdesk.ui.pages.PdfExport.sharedWriter(), vm::info));
    }

    /** 打印 (Ctrl+P): the laid-out pages through the print dialog; without a printer, one sentence. */
    public void print(org.reportdesk.ui.pages.PagesView pages) {
        if (vm.session().isOpen()) {
            vm.pages().whenLaidOut(sheets -> new org.reportdesk.ui.pages.PagePrinter(dialogs, pages::printable).print(sheets, window()));
        }
    }

    public void backup() {
        vm.flush();
        new BackupActions(services(), dialogs, vm::info, vm::error).backup();
    }

    public void restoreBackup() {
        vm.flush();
        new BackupActions(services(), dialogs, vm::info, vm::error).restore(() -> {
            info(Messages.get("backup.restoreStaged"));
            window().hide();
        });
    }

    public void exit() {
        if (confirmDiscard()) {
            window().hide();
        }
    }

    /**
     * Changes are stored on their own: stores what is still pending and waits for it; asks only
     * when it cannot be stored (and then offers to save the report as a file).
     */
    public boolean confirmDiscard() {
        return close.mayClose();
    }

    /** 撤销: the report's last step, wherever it was made; a search or dialog field undoes its own typing. */
    public void undo() {
        Node f = focused();
        if (f instanceof TextInputControl t && !view.editorView().isReportField(t)) {
            t.undo();
        } else {
            view.editorView().commitPending();
            vm.undo().undo();
        }
    }

    public void redo() {
        Node f = focused();
        if (f instanceof TextInputControl t && !view.editorView().isReportField(t)) {
            t.redo();
        } else {
            view.editorView().commitPending();
            vm.undo().redo();
        }
    }

    public void clipboard(Clip op) {
        Node f = focused();
        if (f instanceof ReportArea a) {
            switch (op) {
                case CUT -> a.cut();
                case COPY -> a.copy();
                case PASTE -> a.paste();
            }
        } else if (f instanceof TextInputControl t) {
            switch (op) {
                case CUT -> t.cut();
                case COPY -> t.copy();
                case PASTE -> t.paste();
            }
        } else if (f instanceof TreeView<?> && op == Clip.PASTE) {
            view.editorView().area().requestFocus();
        }
    }

    public void info(String text) {
        dialogs.showInfo(text);
    }

    private Node focused() {
        return view.root().getScene() == null ? null : view.root().getScene().getFocusOwner();
    }
}
