package org.reportdesk.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the database and settings live: {@code --data-dir}, else {@code REPORTDESK_HOME}, else the
 * platform's user data folder.
 */
public final class DataDirectory {

    public static final String ENV = "REPORTDESK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv("APPDATA"), System.getenv("XDG_DATA_HOME"));
    }

    static Path platformDefault(String osName, String home, String appData, String xdgDataHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return appData != null ? Path.of(appData, "ReportDesk") : Path.of(home, "AppData", "Roaming", "ReportDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ReportDesk");
        }
        if (xdgDataHome != null && !xdgDataHome.isBlank()) {
            return Path.of(xdgDataHome, "reportdesk");
        }
        return Path.of(home, ".local", "share", "reportdesk");
    }
}
