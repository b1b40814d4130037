package org.reportdesk.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** Opens the desktop app on a data folder and closes the store when its last window is closed. */
final class DesktopApp {

    private static volatile boolean launched;

    private DesktopApp() {
    }

    static void launch(Path dataDir) {
        launched = true;
        AtomicReference<ServicesFactory.Opened> opened = new AtomicReference<>();
        try {
            ReportDeskApp.launchWith(() -> {
                ServicesFactory.Opened o = ServicesFactory.open(dataDir, new FxTaskExecutor());
                opened.set(o);
                StartupProbe.record("databaseOpen", o.openMillis());
                return o.services();
            });
        } finally {
            ServicesFactory.Opened o = opened.get();
            if (o != null) {
                o.close();
            }
        }
    }

    static boolean wasLaunched() {
        return launched;
    }
}
