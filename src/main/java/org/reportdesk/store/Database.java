package org.reportdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in the data folder; its schema is owned by the Flyway migrations in
 * {@code db/migration}. Opening it a second time from another process fails with a clear
 * {@link StoreException} instead of touching the file.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "reportdesk";

    private final JdbcConnectionPool pool;
    private final String location;

    private Database(JdbcConnectionPool pool, String location) {
        this.pool = pool;
        this.location = location;
    }

    /** Opens (creating on first start) the database in {@code dataDir} and migrates its schema. */
    public static Database open(Path dataDir) {
        try {
            OwnerOnly.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(e, "store.folderNotWritable", dataDir.toString());
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("store.folderNotWritable", dataDir.toString());
        }
        Database db = openUrl(fileUrl(dataDir), dataDir.toString(), dataDir);
        OwnerOnly.file(dataDir.resolve(FILE_NAME + ".mv.db"));
        return db;
    }

    /**
     * The JDBC URL of the database in {@code dataDir}. WRITE_DELAY=0: H2 has no redo log, and with
     * its default 500 ms delay a committed autosave lives only in memory until the background
     * writer stores it; with 0 every commit is written to the file before it returns, so a
     * {@code kill -9} loses no committed save. TRACE_LEVEL_FILE=0: failures reach the program as
     * exceptions; H2 must not leave {@code reportdesk.trace.db} files in the user's folder.
     * The folder's path goes in hex-encoded ({@link HexFilePath}): a {@code ;} in it can neither
     * break the URL nor add settings such as {@code INIT}.
     */
    public static String fileUrl(Path dataDir) {
        HexFilePath.register();
        return "jdbc:h2:" + HexFilePath.name(dataDir.resolve(FILE_NAME)) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    /** A private in-memory database, for tests and benchmarks. */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, null);
    }

    private static Database openUrl(String url, String location, Path dataDir) {
        JdbcConnectionPool pool = probedPool(url, location);
        if (SchemaVersion.isCurrent(pool)) {
            // Flyway costs most of a second of class loading at every start; it runs only when
            // the database is new or a migration is pending.
            return new Database(pool, location);
        }
        if (dataDir != null && !SchemaVersion.isNew(pool)) {
            String before = MigrationBackup.pendingVersion(pool);
            if (before != null) {
                shutdown(pool);
                MigrationBackup.copy(dataDir, before);
                pool = probedPool(url, location);
            }
        }
        Database db = new Database(pool, location);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException(e, "store.migrationFailed", location, String.valueOf(e.getMessage()));
        }
        LOG.debug("database open at {}", location);
        return db;
    }

    private static JdbcConnectionPool probedPool(String url, String location) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, location);
        }
        return pool;
    }

    private static void shutdown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("shutdown: {}", e.getMessage());
        }
        pool.dispose();
    }

    static StoreException translateOpenFailure(SQLException e, String location) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(e, "store.locked", location);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                 ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreException(e, "store.unreadable", location);
            default -> new StoreException(e, "store.openFailed", location, String.valueOf(e.getMessage()));
        };
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Where the database lives, for messages. */
    public String location() {
        return location;
    }

    @Override
    public void close() {
        if (location.startsWith("mem:")) {
            pool.dispose();
        } else {
            shutdown(pool);
        }
    }
}
