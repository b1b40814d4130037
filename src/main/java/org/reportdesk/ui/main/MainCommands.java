package org.reportdesk.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.ReportJson;
import org.reportdesk.services.Services;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.export.FolderOpener;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/**
 * The main window's commands that open a dialog or ask a question: new, open, save as, export, the
 * profiles, the history. They speak to the user only through the {@link DialogService}, so each is
 * tested without a stage.
 */
public final class MainCommands {

    static final String FOLDER_FILES = "folder.reportFile";
    static final String FOLDER_EXPORT = "folder.export";

    private final MainViewModel vm;
    private final DialogService dialogs;
    private final Consumer<Runnable> uiThread;
    private final FolderOpener folders;

    /** {@code uiThread} runs export progress on the UI thread (Platform::runLater; tests: Runnable::run). */
    public MainCommands(MainViewModel vm, DialogService dialogs, Consumer<Runnable> uiThread, FolderOpener folders) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.folders = folders;
    }

    private Services services() {
        return vm.services();
    }

    public void newReport() {
        vm.flush();
        NewReportViewModel m = new NewReportViewModel(services().templates(), services().executor(), LocalDate.now());
        dialogs.newReport(m).ifPresent(vm::openNew);
    }

    public void openStored() {
        vm.flush();
        ReportListViewModel m = new ReportListViewModel(services().reports(), services().executor(), ZoneId.systemDefault());
        dialogs.chooseStoredReport(m).ifPresent(s -> vm.openStored(s.id()));
    }

    public void saveAs() {
        if (!vm.session().isOpen()) {
            return;
        }
        String name = safeName(vm.session().report().title()) + ReportJson.EXTENSION;
        dialogs.chooseFileToSave(null, reportFiles(), folder(FOLDER_FILES), name).ifPresent(f -> {
            String p = f.toAbsolutePath().toString();
            vm.saveAs(Path.of(p.toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION) ? p : p + ReportJson.EXTENSION));
        });
    }

    public void openFile() {
        vm.flush();
        dialogs.chooseFileToOpen(null, reportFiles(), folder(FOLDER_FILES)).ifPresent(vm::openFile);
    }

    /** 导出 Word: asks first when the preflight finds errors (返回修改 is the default), then the modal export dialog. */
    public void export() {
        if (!vm.session().isOpen() || !confirmExport()) {
            return;
        }
        ExportViewModel m = new ExportViewModel(services().export(), services().executor(), uiThread, folders,
                vm.session()::snapshot);
        Path folder = folder(FOLDER_EXPORT);
        m.targetProperty().set(defaultTarget(folder, m.defaultFileName()).toString());
        dialogs.export(m, folder, () -> {
            Path written = m.writtenProperty().get();
            if (written != null) {
                vm.snapshot(SnapshotReason.EXPORT);
                if (written.getParent() != null) {
                    services().settings().put(FOLDER_EXPORT, written.getParent().toString());
                }
                vm.info(m.messageProperty().get());
            }
        });
    }

    /**
     * The folder and the suggested name; where the system's file names cannot hold Chinese (a Linux
     * session without a UTF-8 locale), a plain name instead of a crash.
     */
    static Path defaultTarget(Path folder, String name) {
        try {
            return folder.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            return folder.resolve("report.docx");
        }
    }

    /** 导出 PDF: the same preflight question as 导出 Word, then {@code pdf} asks where and writes it (standard profile). */
    public void exportPdf(org.reportdesk.ui.pages.PdfExport pdf) {
        if (!vm.session().isOpen() || !confirmExport()) {
            return;
        }
        String base = safeName(vm.session().report().title());
        pdf.export(vm.session().snapshot(), org.reportdesk.docx.ExportProfile.standard(), folder(FOLDER_EXPORT), base, written -> {
            vm.snapshot(SnapshotReason.EXPORT);
            if (written.getParent() != null) {
                services().settings().put(FOLDER_EXPORT, written.getParent().toString());
            }
        });
    }

    private boolean confirmExport() {
        Optional<String> warning = vm.preflight().exportWarning();
        return warning.isEmpty() || dialogs.confirm(Messages.get("check.ui.exportTitle"), warning.get(),
                Messages.get("check.ui.exportAnyway"), Messages.get("check.ui.exportBack"), true);
    }

    public void exportProfiles() {
        dialogs.exportProfiles(new ProfileEditorViewModel(services().export(), services().executor()));
    }

    public void history() {
        if (!vm.session().isOpen()) {
            return;
        }
        vm.flush();
        dialogs.history(new HistoryViewModel(services(), vm.session(), ZoneId.systemDefault()));
    }

    private Path folder(String key) {
        return Path.of(services().settings().get(key, System.getProperty("user.home")));
    }

    private static DialogService.FileType reportFiles() {
        return new DialogService.FileType(Messages.get("ui.file.reportFilter"), "*" + ReportJson.EXTENSION);
    }

    static String safeName(String title) {
        String t = title == null || title.isBlank() ? Messages.get("ui.export.untitled") : title.strip();
        return t.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
