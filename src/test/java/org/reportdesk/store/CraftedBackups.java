package org.reportdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Backup files made by hand: a valid manifest over any entries, or any zip at all. */
final class CraftedBackups {

    private CraftedBackups() {
    }

    /** Entries with a manifest that describes them truly (counts given per entry, -1: counted as 0). */
    static Path withManifest(Path file, Map<String, String> entries, int version) throws IOException {
        StringBuilder m = new StringBuilder("{\"format\":\"reportdesk.backup\",\"version\":" + version
                + ",\"appVersion\":\"9.9\",\"entries\":{");
        String sep = "";
        for (String name : BackupFormat.DATA_ENTRIES) {
            byte[] b = entries.getOrDefault(name, "[]").getBytes(StandardCharsets.UTF_8);
            int records = countRecords(entries.getOrDefault(name, "[]"));
            m.append(sep).append('"').append(name).append("\":{\"records\":").append(records)
                    .append(",\"bytes\":").append(b.length).append(",\"sha256\":\"").append(sha(b)).append("\"}");
            sep = ",";
        }
        m.append("}}");
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String name : BackupFormat.DATA_ENTRIES) {
            all.put(name, entries.getOrDefault(name, "[]").getBytes(StandardCharsets.UTF_8));
        }
        entries.forEach((k, v) -> all.putIfAbsent(k, v.getBytes(StandardCharsets.UTF_8)));
        all.put(BackupFormat.MANIFEST, m.toString().getBytes(StandardCharsets.UTF_8));
        return zip(file, all);
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    /** Top-level objects of a JSON array written one per line or compactly: counts "{" at depth 1. */
    private static int countRecords(String json) {
        int depth = 0;
        int n = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (c == '{' && depth == 1) {
                    n++;
                }
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return n;
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String report(long id, String title, String body) {
        return "{\"id\":" + id + ",\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
                + "\"report\":{\"format\":\"reportdesk.report\",\"version\":1,\"title\":" + quote(title)
                + ",\"sections\":[{\"heading\":\"一\",\"body\":[" + quote(body) + "]}]}}";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
