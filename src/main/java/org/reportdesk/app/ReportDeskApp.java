package org.reportdesk.app;

import org.reportdesk.services.DatabaseBackups;
import org.reportdesk.services.Settings;
import org.reportdesk.services.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.main.MainWindow;

/**
 * The desktop application. It is started with {@link #launchWith(Supplier)}, which hands it the
 * services to use; the window itself is built by {@link MainWindow#create(Services, Stage)}.
 */
public final class ReportDeskApp extends Application {

    private static volatile Supplier<Services> servicesSupplier;
    private static volatile Path fileAtStart;
    private Services services;
    private RuntimeException startupFailure;

    /** Starts the JavaFX application and blocks until its last window closes. */
    public static void launchWith(Supplier<Services> supplier, String... args) {
        servicesSupplier = Objects.requireNonNull(supplier, "supplier");
        useAppLanguageForJavaFx();
        Application.launch(ReportDeskApp.class, args);
    }

    /** A report file to open once the window is shown (a double-clicked .report.json). */
    static void openAtStart(Path file) {
        fileAtStart = file;
    }

    /**
     * JavaFX labels its own texts (text field menus, standard buttons) by the JVM's default locale,
     * read once: it is set to the app's language before the toolkit starts, whatever the system's.
     */
    static void useAppLanguageForJavaFx() {
        boolean english = "en".equals(Messages.bundle().getLocale().getLanguage());
        Locale.setDefault(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void init() {
        Supplier<Services> s = servicesSupplier;
        if (s == null) {
            throw new IllegalStateException("start the application with ReportDeskApp.launchWith(...)");
        }
        // Built on the launcher thread: opening the database must not hold up the UI thread.
        try {
            services = s.get();
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fxStart");
        WindowLook.install();
        if (startupFailure != null) {
            startupFailureAlert(startupFailure).showAndWait();
            Platform.exit();
            return;
        }
        TemplateLibrary library = services.library();
        // In the background while the window comes up: on first start this loads the built-in library and indexes it.
        MainWindow window = MainWindow.create(services, stage, () -> {
            long t0 = System.nanoTime();
            library.startUp(new BuiltinLibrary());
            return (System.nanoTime() - t0) / 1_000_000;
        }, StartupProbe::libraryReady);
        StartupProbe.mark("windowCreated");
        stage.show();
        StartupProbe.mark("shown");
        StartupProbe.windowShown(stage.getScene());
        InstanceGuard.active().ifPresent(g -> g.onShow(() -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        })));
        if (fileAtStart != null) {
            window.viewModel().openFile(fileAtStart);
        } else if (!EditScriptRunner.startIfAsked(window.viewModel())) {
            window.viewModel().reopenLast();
        }
        if (DatabaseBackups.refusedAtStart()) {
            Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("backup.restoreRefused"), Buttons.close());
            a.initOwner(stage);
            a.setTitle(Messages.get("app.title"));
            a.setHeaderText(null);
            a.show();
        }
    }

    /** The one sentence shown when the app cannot start (e.g. the data folder is not writable). */
    static Alert startupFailureAlert(RuntimeException failure) {
        Alert a = new Alert(Alert.AlertType.ERROR, Failures.sentence(failure), Buttons.close());
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(null);
        return a;
    }

    @Override
    public void stop() {
        if (services != null) {
            Settings settings = services.settings();
            services.executor().submit(org.reportdesk.services.TaskExecutor.Lane.SAVE, () -> {
                settings.save();
                return null;
            }, ignored -> { }, ignored -> { });
            services.executor().shutdown();
        }
    }
}
