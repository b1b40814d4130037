package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.text.CharCounter;

/** Reports in H2: one row per report, its content the report-file JSON. */
public final class H2ReportRepository implements ReportRepository {

    private final Database db;

    public H2ReportRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ReportSummary> list() {
        String sql = "SELECT id, title, updated_at, characters FROM report ORDER BY updated_at DESC, id DESC";
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<ReportSummary> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new ReportSummary(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getInt(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    @Override
    public Report load(long id) {
        String sql = "SELECT content, created_at, updated_at FROM report WHERE id = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("store.reportMissing", id);
                }
                Report r = ReportJson.read(rs.getString(1));
                r.setId(id);
                r.setCreatedAt(instant(rs, 2));
                r.setUpdatedAt(instant(rs, 3));
                return r;
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        } catch (JsonFormatException e) {
            throw new StoreException(e, "store.reportDamaged", id);
        }
    }

    @Override
    public Report save(Report r) {
        try (Connection c = db.connection()) {
            return write(c, r, Instant.now());
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    @Override
    public List<Report> saveAll(List<Report> reports) {
        Instant now = Instant.now();
        List<Report> fresh = reports.stream().filter(r -> r.id() == null).toList();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                for (Report r : reports) {
                    write(c, r, now);
                }
                c.commit();
                return reports;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                fresh.forEach(r -> r.setId(null));
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    private static Report write(Connection c, Report r, Instant now) throws SQLException {
        String json = ReportJson.write(r);
        int chars = CharCounter.count(r);
        if (r.id() == null) {
            String sql = "INSERT INTO report (title, content, characters, created_at, updated_at) VALUES (?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, r.title(), json, chars);
                ps.setObject(4, at(now));
                ps.setObject(5, at(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    r.setId(keys.getLong(1));
                }
            }
            r.setCreatedAt(now);
        } else {
            String sql = "UPDATE report SET title = ?, content = ?, characters = ?, updated_at = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, r.title(), json, chars);
                ps.setObject(4, at(now));
                ps.setLong(5, r.id());
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("store.reportMissing", r.id());
                }
            }
        }
        r.setUpdatedAt(now);
        return r;
    }

    @Override
    public void delete(long id) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("DELETE FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    private static void bind(PreparedStatement ps, String title, String json, int chars) throws SQLException {
        ps.setString(1, title.length() > 4000 ? title.substring(0, 4000) : title);
        ps.setString(2, json);
        ps.setInt(3, chars);
    }

    static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
