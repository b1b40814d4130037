package org.reportdesk.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;

/**
 * Any exception nobody caught, on any thread of the desktop app: it is in the log file already
 * ({@link AppLogging}); here the user is told in one sentence what happened and that the saved
 * work is safe. One dialog at a time, however many failures follow each other.
 */
final class CrashDialog {

    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private CrashDialog() {
    }

    static void install() {
        Thread.UncaughtExceptionHandler logging = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (logging != null) {
                logging.uncaughtException(t, e);
            }
            if (SHOWING.compareAndSet(false, true)) {
                try {
                    Platform.runLater(() -> show(e));
                } catch (IllegalStateException toolkitGone) {
                    SHOWING.set(false);
                }
            }
        });
    }

    private static void show(Throwable e) {
        try {
            Alert a = new Alert(Alert.AlertType.ERROR, Messages.get("app.crashMessage", e.getClass().getSimpleName()),
                    Buttons.close());
            a.setTitle(Messages.get("app.crashTitle"));
            a.setHeaderText(null);
            a.showAndWait();
        } finally {
            SHOWING.set(false);
        }
    }
}
