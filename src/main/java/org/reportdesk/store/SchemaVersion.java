package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && Integer.toString(LATEST).equals(rs.getString(1));
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        }
    }
}
