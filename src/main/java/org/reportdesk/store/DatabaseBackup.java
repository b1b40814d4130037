package org.reportdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The whole database (reports, history, templates, profiles) as one compressed SQL script, and
 * back: a backup taken here restores on another machine into an empty data folder.
 */
public final class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseBackup() {
    }

    /** Writes a consistent backup of the open database to {@code target} (replaced atomically). */
    public static void backup(Database db, Path target) {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            Files.createDirectories(abs.getParent());
            Files.deleteIfExists(tmp);
            st.execute("SCRIPT TO " + literal(tmp) + " COMPRESSION ZIP");
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new StoreException(e, "store.backupFailed", abs.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Whether a data folder already holds a database. */
    public static boolean hasDatabase(Path dataDir) {
        return Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"));
    }

    /**
     * Restores a backup into {@code dataDir}, which must hold no database unless {@code replace}
     * is given; a replaced database is first moved to {@code backups/}. The folder must not be
     * open in a running app. Returns the database opened (and migrated) on the restored data.
     */
    public static Database restore(Path backup, Path dataDir, boolean replace) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("store.backupMissing", backup.toString());
        }
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        Path keep = null;
        try {
            Files.createDirectories(dataDir);
            if (hasDatabase(dataDir)) {
                if (!replace) {
                    throw new StoreException("store.restoreNotEmpty", dataDir.toString());
                }
                keep = dataDir.resolve(MigrationBackup.FOLDER)
                        .resolve(Database.FILE_NAME + "-before-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
                Files.createDirectories(keep.getParent());
                Files.move(file, keep);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.folderNotWritable", dataDir.toString());
        }
        String url = Database.fileUrl(dataDir);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM " + literal(backup.toAbsolutePath()) + " COMPRESSION ZIP");
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(file);
                if (keep != null) {
                    Files.move(keep, file);
                }
            } catch (IOException ignored) {
                // nothing half-restored stays behind when it can be removed
            }
            throw new StoreException(e, "store.restoreFailed", backup.toString(), String.valueOf(e.getMessage()));
        }
        return Database.open(dataDir);
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
