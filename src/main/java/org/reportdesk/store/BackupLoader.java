package org.reportdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.Template;
import org.reportdesk.text.CharCounter;

/**
 * Stores the checked records of a backup into a new, empty database with their ids and times,
 * in one transaction, by parameterised statements only (the values are never SQL text).
 */
final class BackupLoader implements BackupRecords.Sink, AutoCloseable {

    private final Connection c;
    private final PreparedStatement report;
    private final PreparedStatement snapshot;
    private final PreparedStatement template;
    private final PreparedStatement profile;
    private final PreparedStatement meta;

    BackupLoader(Database db) throws SQLException {
        c = db.connection();
        c.setAutoCommit(false);
        report = c.prepareStatement("INSERT INTO report (id, title, content, characters, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        snapshot = c.prepareStatement("INSERT INTO report_snapshot (id, report_id, taken_at, reason, title, characters, content) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        template = c.prepareStatement("INSERT INTO template (id, template_key, title, kind, topic, tags, content, content_hash, "
                + "source, favourite, hidden, usage_count, created_at, updated_at, last_used_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        profile = c.prepareStatement("INSERT INTO export_profile (name, content, updated_at) VALUES (?, ?, ?)");
        meta = c.prepareStatement("MERGE INTO meta (name, val) KEY (name) VALUES (?, ?)");
    }

    @Override
    public void report(BackupRecords.ReportRecord r) {
        run(() -> {
            report.setLong(1, r.id());
            report.setString(2, title(r.report()));
            report.setString(3, ReportJson.write(r.report()));
            report.setInt(4, CharCounter.count(r.report()));
            report.setObject(5, H2ReportRepository.at(r.createdAt()));
            report.setObject(6, H2ReportRepository.at(r.updatedAt()));
            report.executeUpdate();
        });
    }

    @Override
    public void snapshot(BackupRecords.SnapshotRecord s) {
        run(() -> {
            snapshot.setLong(1, s.id());
            snapshot.setLong(2, s.reportId());
            snapshot.setObject(3, H2ReportRepository.at(s.takenAt()));
            snapshot.setString(4, s.reason().name());
            snapshot.setString(5, title(s.report()));
            snapshot.setInt(6, CharCounter.count(s.report()));
            snapshot.setString(7, ReportJson.write(s.report()));
            snapshot.executeUpdate();
        });
    }

    @Override
    public void template(Template t) {
        run(() -> {
            String content = H2TemplateRepository.contentJson(t);
            template.setLong(1, t.id());
            template.setString(2, t.key());
            template.setString(3, t.title());
            template.setString(4, t.kind().name());
            template.setString(5, t.topic());
            template.setString(6, String.join("\n", t.tags()));
            template.setString(7, content);
            template.setString(8, H2TemplateRepository.hash(content));
            template.setString(9, t.source().name());
            template.setBoolean(10, t.favourite());
            template.setBoolean(11, t.hidden());
            template.setInt(12, t.usageCount());
            template.setObject(13, H2ReportRepository.at(t.createdAt()));
            template.setObject(14, H2ReportRepository.at(t.updatedAt()));
            template.setObject(15, H2ReportRepository.at(t.lastUsedAt()));
            template.executeUpdate();
        });
    }

    @Override
    public void profile(BackupRecords.ProfileRecord p) {
        run(() -> {
            profile.setString(1, p.name());
            profile.setString(2, p.json());
            profile.setObject(3, H2ReportRepository.at(p.updatedAt()));
            profile.executeUpdate();
        });
    }

    @Override
    public void meta(BackupRecords.MetaRecord m) {
        run(() -> {
            meta.setString(1, m.name());
            meta.setString(2, m.value());
            meta.executeUpdate();
        });
    }

    /** Commits, and lets new rows continue after the highest restored ids. */
    void finish() throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : new String[] {"report", "report_snapshot", "template"}) {
                long next;
                try (var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }

    private static String title(Report r) {
        return r.title().length() > 4000 ? r.title().substring(0, 4000) : r.title();
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }
}
