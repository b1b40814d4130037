package org.reportdesk.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.app.ExportService;
import org.reportdesk.app.TaskExecutor;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.ui.Failures;

/** 导出 Word: the profile, its differences from the standard, the target file and the running export. */
public final class ExportViewModel {

    private final ExportService export;
    private final TaskExecutor executor;
    private final Consumer<Runnable> uiThread;
    private final Report report;
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>();
    private final StringProperty differences = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /** {@code uiThread} runs progress updates on the UI thread (Platform::runLater; tests: Runnable::run). */
    public ExportViewModel(ExportService export, TaskExecutor executor, Consumer<Runnable> uiThread, Report report) {
        this.export = export;
        this.executor = executor;
        this.uiThread = uiThread;
        this.report = report;
        profile.addListener((o, a, p) -> differences.set(describe(p)));
        List<String> names = export.profileNames();
        profile.set(names.isEmpty() ? null : names.get(0));
    }

    private String describe(String p) {
        if (p == null) {
            return "";
        }
        List<String> diffs = export.differencesFromStandard(p);
        return diffs.isEmpty() ? Messages.get("ui.export.standard") : String.join("\n", diffs);
    }

    public List<String> profiles() {
        return export.profileNames();
    }

    /** The default file name: the report title (characters a file system refuses replaced) + .docx. */
    public String defaultFileName() {
        String t = report.title().isBlank() ? Messages.get("ui.export.untitled") : report.title().strip();
        return t.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".docx";
    }

    public void export() {
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) {
            message.set(Messages.get("ui.export.noTarget"));
            return;
        }
        Path path = Path.of(t.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? t : t + ".docx");
        String p = profile.get();
        running.set(true);
        done.set(false);
        progress.set(0);
        message.set(Messages.get("ui.export.running"));
        executor.submit(() -> {
            export.export(report, p, path, f -> uiThread.accept(() -> progress.set(f)));
            return path;
        }, written -> {
            running.set(false);
            done.set(true);
            progress.set(1);
            message.set(Messages.get("ui.export.done", written.toAbsolutePath().toString()));
        }, e -> {
            running.set(false);
            message.set(Failures.sentence(e));
        });
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

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
