package org.reportdesk.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.ExportService;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;

/**
 * 导出 Word: the profile (by name, shown by its display name), its differences from the standard,
 * the target file and the running export with its progress.
 */
public final class ExportViewModel {

    private final ExportService export;
    private final TaskExecutor executor;
    private final Consumer<Runnable> uiThread;
    private final FolderOpener folders;
    /** The report as it is at the moment it is asked for: an export writes what is there when it starts. */
    private final Supplier<Report> report;
    private TaskExecutor.Task task = TaskExecutor.Task.DONE;
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>();
    private final StringProperty differences = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private Predicate<Path> replaceExisting = p -> true;

    /** {@code uiThread} runs progress updates on the UI thread (Platform::runLater; tests: Runnable::run). */
    public ExportViewModel(ExportService export, TaskExecutor executor, Consumer<Runnable> uiThread, Report report) {
        this(export, executor, uiThread, FolderOpener.NONE, report);
    }

    public ExportViewModel(ExportService export, TaskExecutor executor, Consumer<Runnable> uiThread,
                           FolderOpener folders, Report report) {
        this(export, executor, uiThread, folders, () -> report);
    }

    /** {@code snapshot} gives a copy of the open report as it is now (the session's snapshot). */
    public ExportViewModel(ExportService export, TaskExecutor executor, Consumer<Runnable> uiThread,
                           FolderOpener folders, Supplier<Report> snapshot) {
        this.export = export;
        this.executor = executor;
        this.uiThread = uiThread;
        this.folders = folders;
        this.report = snapshot;
        profile.addListener((o, a, p) -> differences.set(describe(p)));
        reloadProfiles();
    }

    /** Reads the profile list again (after the profile editor), keeping the chosen one when it still exists. */
    public void reloadProfiles() {
        String keep = profile.get();
        profiles.setAll(export.profileNames());
        if (keep != null && profiles.contains(keep)) {
            differences.set(describe(keep));
        } else {
            profile.set(profiles.isEmpty() ? null : profiles.get(0));
        }
    }

    private String describe(String p) {
        if (p == null) {
            return "";
        }
        List<String> diffs = export.differencesFromStandard(p);
        return diffs.isEmpty() ? Messages.get("ui.export.standard") : String.join("\n", diffs);
    }

    /** Profile names, to pick from; show them with {@link #displayName(String)}. */
    public ObservableList<String> profiles() {
        return profiles;
    }

    public String displayName(String profileName) {
        return profileName == null ? "" : export.displayName(profileName);
    }

    /** The profile editor over the same service, for the 管理… button. */
    public ProfileEditorViewModel profileEditor() {
        return new ProfileEditorViewModel(export, executor);
    }

    /** The default file name: the report title (characters a file system refuses replaced) + .docx. */
    public String defaultFileName() {
        String title = report.get().title();
        String t = title.isBlank() ? Messages.get("ui.export.untitled") : title.strip();
        return t.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".docx";
    }

    public void export() {
        if (running.get()) {
            return;
        }
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) {
            message.set(Messages.get("ui.export.noTarget"));
            return;
        }
        Path path;
        try {
            path = Path.of(t.toLowerCase(Locale.ROOT).endsWith(".docx") ? t : t + ".docx").toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            message.set(Messages.get("ui.export.badFileName"));
            return;
        }
        if (Files.exists(path) && !replaceExisting.test(path)) {
            message.set(Messages.get("wordHabits.export.notReplaced", path.getFileName().toString()));
            return;
        }
        String p = profile.get();
        running.set(true);
        done.set(false);
        written.set(null);
        progress.set(0);
        message.set(Messages.get("ui.export.running"));
        Report snapshot = report.get();
        task = executor.submit(TaskExecutor.Lane.LONG, () -> {
            export.export(snapshot, p, path, f -> {
                if (Thread.currentThread().isInterrupted()) {
                    // cancelled: stop before the file is moved into place
                    throw new java.util.concurrent.CancellationException();
                }
                uiThread.accept(() -> progress.set(Math.max(progress.get(), f)));
            });
            return path;
        }, w -> {
            running.set(false);
            done.set(true);
            progress.set(1);
            written.set(w);
            message.set(Messages.get("ui.export.done", w.toString()));
        }, e -> {
            running.set(false);
            progress.set(0);
            message.set(Failures.sentence(e));
        });
    }

    /** 取消 while exporting: the export stops and its result is dropped (the file is written whole or not at all). */
    public void cancel() {
        if (running.get() && task.cancel()) {
            running.set(false);
            progress.set(0);
            message.set(Messages.get("ui.export.cancelled"));
        }
    }

    /** Whether 打开所在文件夹 can be offered at all on this machine. */
    public boolean canOpenFolder() {
        return folders.supported();
    }

    public void openFolder() {
        Path w = written.get();
        if (w == null || !folders.supported() || w.getParent() == null) {
            return;
        }
        executor.submit(() -> {
            folders.open(w.getParent());
            return null;
        }, ignored -> { }, e -> message.set(Messages.get("ui.export.openFolderFailed", w.getParent().toString())));
    }

    /**
     * Asked on the UI thread before an existing file is overwritten (the dialog asks the user);
     * false leaves the file alone. Without one, an existing file is replaced.
     */
    public void setReplaceExisting(Predicate<Path> question) {
        this.replaceExisting = question;
    }

    /** Opens the written file in the application the system has for .docx (Word, WPS …). */
    public void openFile() {
        Path w = written.get();
        if (w == null || !folders.supported()) {
            return;
        }
        executor.submit(() -> {
            folders.open(w);
            return null;
        }, ignored -> { }, e -> message.set(Messages.get("wordHabits.export.openFileFailed", w.toString())));
    }

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public StringProperty differencesProperty() {
        return differences;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** True after a successful export. */
    public BooleanProperty doneProperty() {
        return done;
    }

    /** The file written by the last successful export, else null. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
