package org.reportdesk.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdesk.app.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.ReportJson;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.backup.BackupActions;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.export.ExportDialog;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.export.FolderOpener;
import org.reportdesk.ui.importer.ImportFlow;
import org.reportdesk.ui.importer.ImportSource;
import org.reportdesk.ui.history.HistoryDialog;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportDialog;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.profiles.ProfileEditorDialog;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListDialog;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/** The main window's dialogs and file choosers, and the edit commands sent to the focused control. */
public final class MainActions {

    public enum Clip { CUT, COPY, PASTE }

    private static final String FOLDER_FILES = "folder.reportFile";
    private static final String FOLDER_EXPORT = "folder.export";
    private static final String FOLDER_IMPORT = "folder.import";

    private final MainViewModel vm;
    private final MainView view;

    MainActions(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }

    private Services services() {
        return vm.services();
    }

    public void newReport() {
        if (!confirmDiscard()) {
            return;
        }
        NewReportViewModel m = new NewReportViewModel(services().templates(), services().executor(), LocalDate.now());
        new NewReportDialog(m, window()).showAndWait().ifPresent(vm::openNew);
    }

    public void openStored() {
        if (!confirmDiscard()) {
            return;
        }
        ReportListViewModel m = new ReportListViewModel(services().reports(), services().executor(), ZoneId.systemDefault());
        new ReportListDialog(m, window()).showAndWait().ifPresent(s -> vm.openStored(s.id()));
    }

    public void saveAs() {
        if (vm.reportProperty().get() == null) {
            return;
        }
        FileChooser fc = chooser(FOLDER_FILES, Messages.get("ui.file.reportFilter"), "*" + ReportJson.EXTENSION);
        fc.setInitialFileName(safeName(vm.reportProperty().get().title()) + ReportJson.EXTENSION);
        File f = fc.showSaveDialog(window());
        if (f != null) {
            String p = f.getAbsolutePath();
            vm.saveAs(Path.of(p.toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION) ? p : p + ReportJson.EXTENSION));
        }
    }

    public void openFile() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser fc = chooser(FOLDER_FILES, Messages.get("ui.file.reportFilter"), "*" + ReportJson.EXTENSION);
        File f = fc.showOpenDialog(window());
        if (f != null) {
            vm.openFile(f.toPath());
        }
    }

    public void export() {
        if (vm.reportProperty().get() == null || !view.preflight().confirmExport(window())) {
            return;
        }
        ExportViewModel m = new ExportViewModel(services().export(), services().executor(), Platform::runLater,
                FolderOpener.desktop(), vm.reportProperty().get().copy());
        Path folder = Path.of(services().settings().get(FOLDER_EXPORT, System.getProperty("user.home")));
        m.targetProperty().set(folder.resolve(m.defaultFileName()).toString());
        new ExportDialog(m, window(), folder).show(() -> {
            Path written = m.writtenProperty().get();
            if (written != null) {
                vm.snapshot(org.reportdesk.store.SnapshotReason.EXPORT);
            }
            if (written != null && written.getParent() != null) {
                services().settings().put(FOLDER_EXPORT, written.getParent().toString());
                vm.info(m.messageProperty().get());
            }
        });
    }

    public void exportProfiles() {
        ProfileEditorDialog.showAndWait(new ProfileEditorViewModel(services().export(), services().executor()), window());
    }

    public void importFile() {
        FileChooser fc = chooser(FOLDER_IMPORT, Messages.get("import.file.filter"), "*.docx", "*.txt", "*.md", "*.markdown", "*.doc");
        fc.setTitle(Messages.get("import.file.title"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            services().settings().put(FOLDER_IMPORT, f.getAbsoluteFile().getParent());
            importFlow().start(ImportSource.file(f.toPath()), f.getName());
        }
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
            if (!confirmDiscard()) {
                return false;
            }
            vm.openNew(r);
            return true;
        }, vm::info, vm::error, vm.busyProperty());
    }

    public void history() {
        if (vm.reportProperty().get() == null) {
            return;
        }
        vm.flush();
        new HistoryDialog(new HistoryViewModel(services(), vm.reportProperty().get(), vm::restoreVersion,
                vm::sectionRestored, ZoneId.systemDefault()), window()).showAndWait();
    }

    public void backup() {
        vm.flush();
        new BackupActions(services(), window(), vm::info, vm::error).backup();
    }

    public void restoreBackup() {
        vm.flush();
        new BackupActions(services(), window(), vm::info, vm::error).restore(() -> {
            info(Messages.get("backup.restoreStaged"));
            window().hide();
        });
    }

    public void exit() {
        if (confirmDiscard()) {
            window().hide();
        }
    }

    /** Changes are stored on their own: stores what is still pending and goes on (never asks). */
    public boolean confirmDiscard() {
        vm.flush();
        return true;
    }

    /** 撤销: the report's last step, wherever it was made; a search or dialog field undoes its own typing. */
    public void undo() {
        Node f = focused();
        if (f instanceof TextInputControl t && !view.editorView().isReportField(t)) {
            t.undo();
        } else {
            vm.undo().undo();
        }
    }

    public void redo() {
        Node f = focused();
        if (f instanceof TextInputControl t && !view.editorView().isReportField(t)) {
            t.redo();
        } else {
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
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, Buttons.ok());
        a.initOwner(window());
        a.setHeaderText(null);
        a.setTitle(Messages.get("app.title"));
        a.showAndWait();
    }

    private Node focused() {
        return view.root().getScene() == null ? null : view.root().getScene().getFocusOwner();
    }

    private FileChooser chooser(String folderKey, String filterName, String... patterns) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File dir = new File(services().settings().get(folderKey, System.getProperty("user.home")));
        if (dir.isDirectory()) {
            fc.setInitialDirectory(dir);
        }
        return fc;
    }

    private static String safeName(String title) {
        String t = title == null || title.isBlank() ? Messages.get("ui.export.untitled") : title.strip();
        return t.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
