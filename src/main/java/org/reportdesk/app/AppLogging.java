package org.reportdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.reportdesk.store.OwnerOnly;

/**
 * Where log lines go: never the terminal, always {@code logs/reportdesk.log} in the data folder
 * (java.util.logging, which slf4j and through it POI's log4j API feed), rotated at
 * {@link #LIMIT_BYTES} over {@link #COUNT} files. The file is opened on the first line logged,
 * so a command that logs nothing leaves no folder behind. Uncaught exceptions are logged too.
 */
public final class AppLogging {

    public static final String FOLDER = "logs";
    static final int LIMIT_BYTES = 1024 * 1024;
    static final int COUNT = 5;

    private AppLogging() {
    }

    /** Replaces every console handler with the data folder's log file. */
    public static void install(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(new LazyFileHandler(dataDir.resolve(FOLDER)));
        Logger.getLogger("org.reportdesk").setLevel(Level.INFO);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            Logger.getLogger("org.reportdesk").log(Level.SEVERE, "uncaught in thread " + t.getName(), e);
            if (previous != null) {
                previous.uncaughtException(t, e);
            }
        });
    }

    /** The {@code --data-dir} of a command line, or null. */
    public static String dataDirArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data-dir=")) {
                return args[i].substring("--data-dir=".length());
            }
        }
        return null;
    }

    /** A rotating file handler made when the first record arrives; if the file cannot be made, records are dropped. */
    static final class LazyFileHandler extends Handler {
        private final Path folder;
        private Handler file;
        private boolean failed;

        LazyFileHandler(Path folder) {
            this.folder = folder;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record) || failed) {
                return;
            }
            if (file == null) {
                try {
                    OwnerOnly.createDirectories(folder);
                    FileHandler h = new FileHandler(folder.resolve("reportdesk%g.log").toString(), LIMIT_BYTES, COUNT, true);
                    h.setFormatter(new SimpleFormatter());
                    h.setEncoding("UTF-8");
                    file = h;
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    return;
                }
            }
            file.publish(record);
            file.flush();
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }
}
