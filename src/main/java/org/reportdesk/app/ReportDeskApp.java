package org.reportdesk.app;

import org.reportdesk.services.DatabaseBackups;
import org.reportdesk.services.Settings;
import org.reportdesk.services.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.reportdesk.ui.main.MainViewModel;
import org.reportdesk.ui.main.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. It is started with {@link #launchWith(Supplier)}, which hands it the
 * services to use; the window itself is built by {@link MainWindow#create(Services, Stage)}.
 */
public final class ReportDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDeskApp.class);

    /** How long a SIGTERM (logout, shutdown) waits for the last edits to be stored. */
    private static final long SHUTDOWN_FLUSH_MS = 4000;

    private static volatile Supplier<Services> servicesSupplier;
    private static volatile Path fileAtStart;
    /** Set on the UI thread when a shutdown flush starts: no scripted edit is applied after it. */
    static volatile boolean shuttingDown;
    private static volatile boolean stopped;
    private Services services;
    private MainViewModel viewModel;
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
        MainViewModel vm = window.viewModel();
        viewModel = vm;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> flushOnShutdown(vm), "reportdesk-shutdown-flush"));
        if (fileAtStart != null) {
            vm.openFile(fileAtStart);
        } else if (!EditScriptRunner.startIfAsked(vm)) {
            vm.reopenLast();
        }
        if (DatabaseBackups.refusedAtStart()) {
            Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("backup.restoreRefused"), Buttons.close());
            a.initOwner(stage);
            a.setTitle(Messages.get("app.title"));
            a.setHeaderText(null);
            a.show();
        }
    }

    /**
     * On SIGTERM the UI thread still runs while shutdown hooks do: store what is pending there and
     * wait for it, with a bound. After a normal close there is nothing left to do.
     */
    private static void flushOnShutdown(MainViewModel vm) {
        if (stopped) {
            return;
        }
        CompletableFuture<Void> stored = new CompletableFuture<>();
        AtomicBoolean taken = new AtomicBoolean();
        Runnable flush = () -> {
            if (taken.compareAndSet(false, true)) {
                shuttingDown = true;
                try {
                    vm.autosave().flushAndConfirm().whenComplete((ok, failure) -> {
                        if (failure == null) {
                            stored.complete(null);
                        } else {
                            stored.completeExceptionally(failure);
                        }
                    });
                } catch (RuntimeException e) {
                    stored.completeExceptionally(e);
                }
            }
        };
        try {
            try {
                Platform.runLater(flush);
            } catch (IllegalStateException e) {
                // the toolkit has exited
            }
            try {
                stored.get(SHUTDOWN_FLUSH_MS / 4, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // JavaFX's own shutdown hook may have stopped the UI thread first: take the copy here
                flush.run();
            }
            stored.get(SHUTDOWN_FLUSH_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("edits not stored at shutdown: {}", e.toString());
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
        stopped = true;
        if (viewModel != null) {
            viewModel.flush(); // no-op after a close; on a SIGTERM the executor's shutdown below drains it
        }
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
