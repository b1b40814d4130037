package org.reportdesk.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;

/**
 * Any exception nobody caught, on any thread of the desktop app: it is in the log file already
 * ({@link AppLogging}); here the user is told in one sentence what happened and that the saved
 * work is safe. One dialog at a time, however many failures follow each other. Failures of the
 * database's own background threads (H2's LOB cleaner and writer, e.g. on a full disk) are only
 * logged: the next write of autosave fails too and says why in the user's words (磁盘已满…), and
 * a crash dialog on top of that would tell the user something broke that did not.
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
            if (!isDatabaseThread(t) && SHOWING.compareAndSet(false, true)) {
                try {
                    Platform.runLater(() -> show(e));
                } catch (IllegalStateException toolkitGone) {
                    SHOWING.set(false);
                }
            }
        });
    }

    /** H2 names its background threads "H2-…" (e.g. H2-lob-cleaner) and "MVStore background writer …". */
    static boolean isDatabaseThread(Thread t) {
        String name = t.getName();
        return name.startsWith("H2-") || name.startsWith("MVStore");
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
