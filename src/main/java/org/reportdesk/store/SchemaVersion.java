package org.reportdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a database already has the schema this program ships, read straight from Flyway's
 * history table, so that an up-to-date database opens without starting Flyway.
 */
final class SchemaVersion {

    /** The newest migration in {@code db/migration}; a test keeps the two in step. */
    static final int LATEST = 3;

    private SchemaVersion() {
    }

    static boolean isCurrent(DataSource ds) {
        return Integer.toString(LATEST).equals(installed(ds));
    }

    /** A database without any migration applied (just created): nothing to back up before migrating. */
    static boolean isNew(DataSource ds) {
        return installed(ds) == null;
    }

    private static String installed(DataSource ds) {
        // Asking the catalogue first: a failing query on a missing table would make H2 write a
        // trace file into the user's data folder on every first start.
        String exists = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'";
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1";
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(exists)) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return null;
                }
            }
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
