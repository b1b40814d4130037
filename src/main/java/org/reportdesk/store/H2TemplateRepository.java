package org.reportdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

/** Templates in H2: searchable columns plus the template JSON as content. */
public final class H2TemplateRepository implements TemplateRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, template_key, title, kind, topic, tags, content, source, favourite, hidden, "
            + "usage_count, created_at, updated_at, last_used_at";

    private final Database db;

    public H2TemplateRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Template> all() {
        return query("SELECT " + COLUMNS + " FROM template ORDER BY id", ps -> { });
    }

    @Override
    public List<Template> visible(TemplateKind kind) {
        return query("SELECT " + COLUMNS + " FROM template WHERE kind = ? AND NOT hidden ORDER BY title, id",
                ps -> ps.setString(1, kind.name()));
    }

    @Override
    public Optional<Template> find(long id) {
        return query("SELECT " + COLUMNS + " FROM template WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    @Override
    public Optional<Template> findByKey(String key) {
        return query("SELECT " + COLUMNS + " FROM template WHERE template_key = ?", ps -> ps.setString(1, key))
                .stream().findFirst();
    }

    @Override
    public Template save(Template t) {
        try (Connection c = db.connection()) {
            return save(c, t);
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        } catch (JsonProcessingException e) {
            throw new StoreException(e, "store.readFailed", e.getOriginalMessage());
        }
    }

    /** All in one transaction: either every template is saved or none is. */
    @Override
    public List<Template> saveAll(List<Template> templates) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<Template> out = new ArrayList<>(templates.size());
                for (Template t : templates) {
                    out.add(save(c, t));
                }
                c.commit();
                return out;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        } catch (JsonProcessingException e) {
            throw new StoreException(e, "store.readFailed", e.getOriginalMessage());
        }
    }

    private Template save(Connection c, Template t) throws SQLException, JsonProcessingException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String content = contentJson(t);
        if (t.id() == null) {
            String sql = "INSERT INTO template (template_key, title, kind, topic, tags, content, content_hash, source, "
                    + "favourite, hidden, usage_count, created_at, updated_at, last_used_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bindCommon(ps, t, content);
                Instant created = t.createdAt() != null ? t.createdAt() : now;
                ps.setObject(12, H2ReportRepository.at(created));
                ps.setObject(13, H2ReportRepository.at(now));
                ps.setObject(14, H2ReportRepository.at(t.lastUsedAt()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    // What was written, without reading the row back and parsing its JSON again.
                    return new Template(keys.getLong(1), t.key(), t.title(), t.kind(), t.topic(), t.tags(),
                            t.titlePattern(), t.opening(), t.sections().stream().map(Section::copy).toList(),
                            t.source(), t.favourite(), t.hidden(),
                            t.usageCount(), created, now, t.lastUsedAt());
                }
            }
        }
        String sql = "UPDATE template SET template_key = ?, title = ?, kind = ?, topic = ?, tags = ?, content = ?, "
                + "content_hash = ?, source = ?, favourite = ?, hidden = ?, usage_count = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindCommon(ps, t, content);
            ps.setObject(12, H2ReportRepository.at(now));
            ps.setLong(13, t.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException("store.templateMissing", t.id());
            }
        }
        return find(c, t.id()).orElseThrow();
    }

    private Optional<Template> find(Connection c, long id) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM template WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Count, id sum, latest change, usage and flag sums: any add, edit, delete or use changes it. */
    @Override
    public String stamp() {
        String sql = "SELECT COUNT(*), COALESCE(SUM(id), 0), MAX(updated_at), COALESCE(SUM(usage_count), 0), "
                + "MAX(last_used_at), COALESCE(SUM(CASE WHEN favourite THEN id ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN hidden THEN id ELSE 0 END), 0) FROM template";
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= 7; i++) {
                sb.append(i > 1 ? "/" : "").append(rs.getString(i));
            }
            return sb.toString();
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        }
    }

    @Override
    public void delete(long id) {
        update("DELETE FROM template WHERE id = ?", ps -> ps.setLong(1, id));
    }

    @Override
    public void recordUse(long id) {
        update("UPDATE template SET usage_count = usage_count + 1, last_used_at = CURRENT_TIMESTAMP WHERE id = ?",
                ps -> ps.setLong(1, id));
    }

    /** SHA-256 of what a template says (not of its bookkeeping): equal content, equal hash. */
    public static String contentHash(Template t) {
        return hash(contentJson(t));
    }

    static String hash(String contentJson) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(contentJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentJson(Template t) {
        try {
            return JSON.writeValueAsString(TemplateJson.toTree(t));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bindCommon(PreparedStatement ps, Template t, String content) throws SQLException {
        ps.setString(1, t.key());
        ps.setString(2, t.title());
        ps.setString(3, t.kind().name());
        ps.setString(4, t.topic());
        ps.setString(5, String.join("\n", t.tags()));
        ps.setString(6, content);
        ps.setString(7, hash(content));
        ps.setString(8, t.source().name());
        ps.setBoolean(9, t.favourite());
        ps.setBoolean(10, t.hidden());
        ps.setInt(11, t.usageCount());
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Template> query(String sql, Binder binder) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Template> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.readFailed", e.getMessage());
        } catch (JsonProcessingException e) {
            throw new StoreException(e, "store.readFailed", e.getOriginalMessage());
        }
    }

    private void update(String sql, Binder binder) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        }
    }

    private static Template read(ResultSet rs) throws SQLException, JsonProcessingException {
        Template parsed = TemplateJson.fromTree(JSON.readTree(rs.getString("content")),
                TemplateSource.valueOf(rs.getString("source")));
        return new Template(rs.getLong("id"), rs.getString("template_key"), rs.getString("title"),
                TemplateKind.valueOf(rs.getString("kind")), rs.getString("topic"), parsed.tags(),
                parsed.titlePattern(), parsed.opening(), parsed.sections(), parsed.source(),
                rs.getBoolean("favourite"), rs.getBoolean("hidden"), rs.getInt("usage_count"),
                H2ReportRepository.instant(rs, "created_at"), H2ReportRepository.instant(rs, "updated_at"),
                H2ReportRepository.instant(rs, "last_used_at"));
    }
}
