package org.reportdesk.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.store.BackupChecks;
import org.reportdesk.store.Database;
import org.reportdesk.store.DatabaseBackup;
import org.reportdesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database; a restore chosen in the running app is verified whole, staged as
 * {@code restore-pending.zip} in the data folder and applied by {@link #applyPendingRestore(Path)}
 * before the database is opened on the next start. A staged file that fails then is set aside
 * and the app starts on the database it had.
 */
public final class DatabaseBackups implements BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    public static final String PENDING = "restore-pending.zip";

    /** Every record of a backup is held to what the app accepts from any file. */
    static final BackupChecks CHECKS = BackupRules.checks();

    private final Database db;
    private final Path dataDir;

    public DatabaseBackups(Database db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    @Override
    public void backup(Path target) {
        DatabaseBackup.backup(db, target);
    }

    @Override
    public void restoreAtNextStart(Path backup) {
        DatabaseBackup.verify(backup, CHECKS);
        Path pending = dataDir.resolve(PENDING);
        Path part = dataDir.resolve(PENDING + ".part");
        try {
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(e, "store.folderNotWritable", dataDir.toString());
        }
    }

    /** What happened to a staged backup at start. */
    public enum Pending { NONE, RESTORED, REFUSED }

    private static volatile boolean refusedAtStart;

    /** Whether the backup staged for this start was refused (the window says so once it is up). */
    public static boolean refusedAtStart() {
        return refusedAtStart;
    }

    /** Restores a staged backup (keeping the replaced database in backups/); never stops the start. */
    public static Pending applyPendingRestore(Path dataDir) {
        Path pending = dataDir.resolve(PENDING);
        if (!Files.isRegularFile(pending)) {
            return Pending.NONE;
        }
        try {
            DatabaseBackup.restore(pending, dataDir, true, CHECKS, phase -> { }).close();
            Files.deleteIfExists(pending);
            return Pending.RESTORED;
        } catch (RuntimeException | IOException e) {
            LOG.warn("staged backup not restored; starting on the database as it was", e);
            setAside(dataDir, pending);
            refusedAtStart = true;
            return Pending.REFUSED;
        }
    }

    private static void setAside(Path dataDir, Path pending) {
        try {
            Path aside = dataDir.resolve("backups").resolve("restore-refused-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
            Files.createDirectories(aside.getParent());
            Files.move(pending, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("staged backup could not be set aside: {}", pending);
        }
    }
}
