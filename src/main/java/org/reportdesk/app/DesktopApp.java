package org.reportdesk.app;

import org.reportdesk.services.ServicesFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.reportdesk.i18n.UserFacingException;

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
        CrashDialog.install();
        AtomicReference<ServicesFactory.Opened> opened = new AtomicReference<>();
        StartupProbe.mark("main");
        // The database opens while the toolkit starts: on two cores that is most of a second saved.
        CompletableFuture<ServicesFactory.Opened> opening = CompletableFuture.supplyAsync(() -> {
            ServicesFactory.Opened o = ServicesFactory.open(dataDir, new FxTaskExecutor());
            opened.set(o);
            StartupProbe.record("databaseOpen", o.openMillis());
            StartupProbe.mark("servicesReady");
            return o;
        }, r -> {
            Thread t = new Thread(r, "reportdesk-open");
            t.setDaemon(true);
            t.start();
        });
        try {
            ReportDeskApp.launchWith(() -> {
                try {
                    return opening.join().services();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
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
