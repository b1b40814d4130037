package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Export profiles in the {@code export_profile} table. */
public final class H2ProfileStore implements ProfileStore {

    private final Database db;

    public H2ProfileStore(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, String> all() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT name, content FROM export_profile ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    @Override
    public Optional<String> find(String name) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM export_profile WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    @Override
    public void save(String name, String json) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO export_profile (name, content, updated_at) KEY (name) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, json);
            ps.setObject(3, H2ReportRepository.at(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    @Override
    public void delete(String name) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM export_profile WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }
}
