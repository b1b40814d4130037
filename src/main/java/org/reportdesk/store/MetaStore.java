package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named facts about the database itself, such as the version of the built-in library loaded. */
public final class MetaStore {

    private final Database db;

    public MetaStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT val FROM meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    public void put(String name, String value) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("MERGE INTO meta (name, val) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }
}
