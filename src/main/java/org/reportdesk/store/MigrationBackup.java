package org.reportdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the database file before its schema is changed, so that a failed or regretted
 * upgrade can be undone by hand: {@code backups/reportdesk-before-vN-<time>.mv.db}.
 */
final class MigrationBackup {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationBackup.class);
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MigrationBackup() {
    }

    /** The first pending version when a database with data (some migration applied) is about to be migrated; else null. */
    static String pendingVersion(DataSource ds) {
        MigrationInfoService info = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info();
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0 || info.applied().length == 0) {
            return null;
        }
        return pending[0].getVersion().getVersion();
    }

    /** Copies the (closed) database file; a failure stops the upgrade rather than risk the data. */
    static Path copy(Path dataDir, String version) {
        Path source = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        Path target = dataDir.resolve(FOLDER).resolve(Database.FILE_NAME + "-before-v" + version + "-"
                + LocalDateTime.now().format(STAMP) + ".mv.db");
        try {
            OwnerOnly.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.file(target);
        } catch (IOException e) {
            throw new StoreException(e, "store.migrationBackupFailed", target.toString());
        }
        LOG.info("database copied to {} before upgrading to v{}", target, version);
        return target;
    }
}
