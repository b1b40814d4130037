package org.reportdesk.app;

import java.nio.file.Path;

/** Opens the desktop app on a data folder (placeholder until the UI lands). */
final class DesktopApp {

    private static volatile boolean launched;

    private DesktopApp() {
    }

    static void launch(Path dataDir) {
        launched = true;
        System.out.println("ReportDesk app on " + dataDir);
    }

    static boolean wasLaunched() {
        return launched;
    }
}
