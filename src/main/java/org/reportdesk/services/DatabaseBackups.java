package org.reportdesk.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.reportdesk.store.Database;
import org.reportdesk.store.DatabaseBackup;
import org.reportdesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database; a restore chosen in the running app is staged as
 * {@code restore-pending.zip} in the data folder and applied by {@link #applyPendingRestore(Path)}
 * before the database is opened on the next start.
 */
public final class DatabaseBackups implements BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    static final String PENDING = "restore-pending.zip";

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
        try {
            Files.copy(backup, dataDir.resolve(PENDING), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(e, "store.backupMissing", backup.toString());
        }
    }

    /** Restores a staged backup (keeping the replaced database in backups/); true when one was applied. */
    public static boolean applyPendingRestore(Path dataDir) {
        Path pending = dataDir.resolve(PENDING);
        if (!Files.isRegularFile(pending)) {
            return false;
        }
        DatabaseBackup.restore(pending, dataDir, true).close();
        try {
            Files.delete(pending);
        } catch (IOException e) {
            LOG.warn("staged backup not removed: {}", pending);
        }
        return true;
    }
}
