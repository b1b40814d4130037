package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.text.CharCounter;

/** The version history of stored reports: whole copies, thinned by {@link SnapshotThinning} after each one taken. */
public final class SnapshotStore implements SnapshotRepository {

    private final Database db;
    private final SnapshotThinning thinning;

    public SnapshotStore(Database db) {
        this(db, new SnapshotThinning(ZoneId.systemDefault()));
    }

    public SnapshotStore(Database db, SnapshotThinning thinning) {
        this.db = db;
        this.thinning = thinning;
    }

    /** Stores a copy of a report that has an id; returns its entry. */
    @Override
    public SnapshotInfo take(Report r, SnapshotReason reason, Instant at) {
        if (r.id() == null) {
            throw new IllegalArgumentException("only a stored report has a history");
        }
        String title = r.title().length() > 4000 ? r.title().substring(0, 4000) : r.title();
        int chars = CharCounter.count(r);
        String sql = "INSERT INTO report_snapshot (report_id, taken_at, reason, title, characters, content) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
            ps.setLong(1, r.id());
            ps.setObject(2, H2ReportRepository.at(at));
            ps.setString(3, reason.name());
            ps.setString(4, title);
            ps.setInt(5, chars);
            ps.setString(6, ReportJson.write(r));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            thin(r.id(), at);
            return new SnapshotInfo(id, r.id(), at, reason, title, chars);
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    /** A report's snapshots, newest first. */
    @Override
    public List<SnapshotInfo> list(long reportId) {
        String sql = "SELECT id, taken_at, reason, title, characters FROM report_snapshot WHERE report_id = ? ORDER BY taken_at DESC, id DESC";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, reportId);
            List<SnapshotInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SnapshotInfo(rs.getLong(1), reportId, H2ReportRepository.instant(rs, 2),
                            reason(rs.getString(3)), rs.getString(4), rs.getInt(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    /** The report as it was in a snapshot (with the report's id). */
    @Override
    public Report load(long snapshotId) {
        String sql = "SELECT report_id, content FROM report_snapshot WHERE id = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("store.snapshotMissing", snapshotId);
                }
                Report r = ReportJson.read(rs.getString(2));
                r.setId(rs.getLong(1));
                return r;
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        } catch (JsonFormatException e) {
            throw new StoreException(e, "store.reportDamaged", snapshotId);
        }
    }

    private void thin(long reportId, Instant now) throws SQLException {
        List<SnapshotInfo> all = list(reportId);
        Set<Instant> drop = thinning.toDrop(all.stream().map(SnapshotInfo::takenAt).toList(), now);
        if (drop.isEmpty()) {
            return;
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("DELETE FROM report_snapshot WHERE id = ?")) {
            for (SnapshotInfo s : all) {
                if (drop.contains(s.takenAt())) {
                    ps.setLong(1, s.id());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static SnapshotReason reason(String s) {
        try {
            return SnapshotReason.valueOf(s);
        } catch (IllegalArgumentException e) {
            return SnapshotReason.MANUAL;
        }
    }
}
