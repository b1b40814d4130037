package org.reportdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole database (reports, history, templates, profiles) as one data-only backup file, and
 * back. A restore reads the file completely first, builds a new database beside the live one,
 * and only then swaps it in by one atomic rename; the replaced database is kept in
 * {@code backups/}. Whatever happens before the rename (a bad file, a full disk, a kill), the
 * old database stays the live one.
 */
public final class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String WORK = "restore-in-progress";

    private DatabaseBackup() {
    }

    /** Writes a consistent backup of the open database to {@code target} (replaced atomically). */
    public static void backup(Database db, Path target) {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try (Connection c = db.connection()) {
            Files.createDirectories(abs.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                BackupWriter.write(c, out);
            }
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

    /** Reads the whole backup without storing anything; a {@link StoreException} when it is not a sound backup. */
    public static BackupSummary verify(Path backup, BackupChecks checks) {
        BackupReader.Counts n = BackupReader.read(backup, checks, new Discard());
        return new BackupSummary(n.reports(), n.snapshots(), n.templates(), n.profiles());
    }

    /** {@link #restore(Path, Path, boolean, BackupChecks, Consumer)} with structural checks only. */
    public static Database restore(Path backup, Path dataDir, boolean replace) {
        return restore(backup, dataDir, replace, BackupChecks.STRUCTURE, phase -> { });
    }

    /**
     * Restores a backup into {@code dataDir}, which must hold no database unless {@code replace}
     * is given. The folder must not be open in a running app: the folder lock is taken unless
     * this process holds it already. {@code phases} hears "verified", "built", "kept" and
     * "swapped" (tests kill the process there). Returns the restored database, open.
     */
    public static Database restore(Path backup, Path dataDir, boolean replace, BackupChecks checks, Consumer<String> phases) {
        if (!replace && hasDatabase(dataDir)) {
            throw new StoreException("store.restoreNotEmpty", dataDir.toString());
        }
        Optional<FolderLock> lock = Optional.empty();
        try {
            if (!FolderLock.heldHere(dataDir)) {
                lock = FolderLock.tryAcquire(dataDir);
                if (lock.isEmpty()) {
                    throw new StoreException("store.restoreWhileRunning", dataDir.toString());
                }
            }
            verify(backup, checks);
            phases.accept("verified");
            Path work = dataDir.resolve(WORK);
            removeTree(work);
            build(backup, work, checks);
            phases.accept("built");
            swap(dataDir, work, phases);
            removeTree(work);
        } catch (IOException e) {
            throw new StoreException(e, "store.folderNotWritable", dataDir.toString());
        } finally {
            lock.ifPresent(FolderLock::close);
        }
        LOG.info("backup {} restored into {}", backup, dataDir);
        return Database.open(dataDir);
    }

    private static void build(Path backup, Path work, BackupChecks checks) throws IOException {
        try (Database fresh = Database.open(work); BackupLoader loader = new BackupLoader(fresh)) {
            BackupReader.read(backup, checks, loader);
            loader.finish();
        } catch (SQLException | RuntimeException e) {
            removeTree(work);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException(e, "store.restoreFailed", backup.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** A copy of the live file is kept first; the one rename then replaces it whole or not at all. */
    private static void swap(Path dataDir, Path work, Consumer<String> phases) throws IOException {
        Path live = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        if (Files.exists(live)) {
            Path keep = dataDir.resolve(MigrationBackup.FOLDER)
                    .resolve(Database.FILE_NAME + "-before-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            OwnerOnly.createDirectories(keep.getParent());
            Path part = keep.resolveSibling(keep.getFileName() + ".part");
            Files.copy(live, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, keep, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.file(keep);
            phases.accept("kept");
        }
        Files.move(work.resolve(Database.FILE_NAME + ".mv.db"), live, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        phases.accept("swapped");
    }

    /** Removes what a restore killed half-way left beside the live database. */
    static void removeTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Verifying: each record is checked and dropped. */
    private static final class Discard implements BackupRecords.Sink {
        @Override
        public void report(BackupRecords.ReportRecord r) {
            // checked only
        }

        @Override
        public void snapshot(BackupRecords.SnapshotRecord s) {
            // checked only
        }

        @Override
        public void template(org.reportdesk.model.Template t) {
            // checked only
        }

        @Override
        public void profile(BackupRecords.ProfileRecord p) {
            // checked only
        }

        @Override
        public void meta(BackupRecords.MetaRecord m) {
            // checked only
        }
    }
}
