package org.reportdesk.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the database as a data-only backup zip (see {@link BackupFormat}): one consistent read
 * of every table, each row a JSON record; the manifest with counts and checksums comes last.
 */
final class BackupWriter {

    private interface RowWriter {
        void write(ResultSet rs, JsonGenerator g) throws SQLException, IOException;
    }

    private final ZipOutputStream zip;
    private final ObjectNode entries = BackupFormat.JSON.createObjectNode();

    private BackupWriter(ZipOutputStream zip) {
        this.zip = zip;
    }

    static void write(Connection c, OutputStream out) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            BackupWriter w = new BackupWriter(zip);
            w.entry(c, BackupFormat.REPORTS, "SELECT id, content, created_at, updated_at FROM report ORDER BY id", (rs, g) -> {
                g.writeNumberField("id", rs.getLong(1));
                time(g, "createdAt", rs, 3);
                time(g, "updatedAt", rs, 4);
                tree(g, "report", rs.getString(2));
            });
            w.entry(c, BackupFormat.SNAPSHOTS,
                    "SELECT id, report_id, taken_at, reason, content FROM report_snapshot ORDER BY id", (rs, g) -> {
                g.writeNumberField("id", rs.getLong(1));
                g.writeNumberField("reportId", rs.getLong(2));
                time(g, "takenAt", rs, 3);
                g.writeStringField("reason", rs.getString(4));
                tree(g, "report", rs.getString(5));
            });
            w.entry(c, BackupFormat.TEMPLATES, "SELECT id, template_key, source, favourite, hidden, usage_count, "
                    + "created_at, updated_at, last_used_at, content FROM template ORDER BY id", (rs, g) -> {
                g.writeNumberField("id", rs.getLong(1));
                g.writeStringField("source", rs.getString(3));
                g.writeBooleanField("favourite", rs.getBoolean(4));
                g.writeBooleanField("hidden", rs.getBoolean(5));
                g.writeNumberField("usageCount", rs.getInt(6));
                time(g, "createdAt", rs, 7);
                time(g, "updatedAt", rs, 8);
                time(g, "lastUsedAt", rs, 9);
                tree(g, "template", rs.getString(10));
            });
            w.entry(c, BackupFormat.PROFILES, "SELECT name, updated_at, content FROM export_profile ORDER BY name", (rs, g) -> {
                g.writeStringField("name", rs.getString(1));
                time(g, "updatedAt", rs, 2);
                tree(g, "profile", rs.getString(3));
            });
            w.entry(c, BackupFormat.META, "SELECT name, val FROM meta ORDER BY name", (rs, g) -> {
                g.writeStringField("name", rs.getString(1));
                g.writeStringField("value", rs.getString(2));
            });
            c.commit();
            w.manifest();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private void entry(Connection c, String name, String sql, RowWriter rows) throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        CountingStream counted = new CountingStream(new DigestOutputStream(zip, sha));
        int records = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql);
             JsonGenerator g = BackupFormat.JSON.getFactory().createGenerator(counted)) {
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartObject();
                rows.write(rs, g);
                g.writeEndObject();
                records++;
            }
            g.writeEndArray();
        }
        zip.closeEntry();
        ObjectNode e = entries.putObject(name);
        e.put("records", records);
        e.put("bytes", counted.count);
        e.put("sha256", HexFormat.of().formatHex(sha.digest()));
    }

    private void manifest() throws IOException {
        ObjectNode m = BackupFormat.JSON.createObjectNode();
        m.put("format", BackupFormat.FORMAT);
        m.put("version", BackupFormat.VERSION);
        m.put("appVersion", BackupFormat.appVersion());
        m.put("createdAt", Instant.now().toString());
        m.set("entries", entries);
        zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
        zip.write(BackupFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        zip.closeEntry();
    }

    private static void time(JsonGenerator g, String field, ResultSet rs, int col) throws SQLException, IOException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        if (t != null) {
            g.writeStringField(field, t.toInstant().toString());
        }
    }

    private static void tree(JsonGenerator g, String field, String json) throws IOException {
        JsonNode n = BackupFormat.JSON.readTree(json);
        g.writeFieldName(field);
        BackupFormat.JSON.writeTree(g, n);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts bytes and keeps the zip open when the JSON generator closes. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
