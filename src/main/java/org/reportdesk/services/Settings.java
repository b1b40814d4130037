package org.reportdesk.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.reportdesk.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small user settings (window geometry, divider positions, last folders) in
 * {@code settings.properties} in the data folder. A missing or damaged file means defaults.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("settings file unreadable, using defaults: {}", file);
            }
        }
    }

    /** Settings kept only in memory, for tests. */
    public static Settings inMemory() {
        return new Settings(null);
    }

    public synchronized String get(String key, String def) {
        return props.getProperty(key, def);
    }

    public synchronized double getDouble(String key, double def) {
        try {
            return Double.parseDouble(props.getProperty(key, Double.toString(def)));
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public synchronized void put(String key, String value) {
        props.setProperty(key, value);
    }

    public synchronized void putDouble(String key, double value) {
        props.setProperty(key, Double.toString(value));
    }

    /** Writes the file (atomically); a failure is logged, never shown: settings are a convenience. */
    public void save() {
        if (file == null) {
            return;
        }
        StringWriter w = new StringWriter();
        synchronized (this) {
            try {
                props.store(w, "ReportDesk settings");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            AtomicFiles.writeString(file, w.toString());
        } catch (RuntimeException e) {
            LOG.warn("settings not saved: {}", e.getMessage());
        }
    }
}
