package org.reportdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.reportdesk.i18n.UserFacingException;
import java.util.concurrent.atomic.AtomicReference;

/** Opens the desktop app on a data folder and closes the store when its last window is closed. */
final class DesktopApp {

    private static volatile boolean launched;

    private DesktopApp() {
    }

    static void launch(Path dataDir) {
        Optional<InstanceGuard> guard;
        try {
            guard = InstanceGuard.acquire(dataDir);
        } catch (IOException e) {
            throw new UserFacingException(e, "store.folderNotWritable", dataDir.toString());
        }
        if (guard.isEmpty()) {
            InstanceGuard.signalRunning(dataDir);
            throw new UserFacingException("app.alreadyRunning", dataDir.toString());
        }
        launched = true;
        AtomicReference<ServicesFactory.Opened> opened = new AtomicReference<>();
        try {
            ReportDeskApp.launchWith(() -> {
                ServicesFactory.Opened o = ServicesFactory.open(dataDir, new FxTaskExecutor());
                opened.set(o);
                return o.services();
            });
        } finally {
            ServicesFactory.Opened o = opened.get();
            if (o != null) {
                o.close();
            }
            guard.get().close();
        }
    }

    static boolean wasLaunched() {
        return launched;
    }
}
