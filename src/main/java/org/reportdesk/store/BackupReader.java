package org.reportdesk.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.reportdesk.io.CountingInputStream;
import org.reportdesk.store.BackupRecords.BadBackup;

/**
 * Reads a backup file as data: the zip directory is checked (known names only, each once), the
 * manifest read first, then every entry streamed record by record with its bytes counted as they
 * are inflated and its SHA-256 compared with the manifest. Nothing in the file is ever executed;
 * a file that is not exactly a backup of this format is a {@link StoreException}.
 */
final class BackupReader {

    /** How many records of each kind a backup holds. */
    record Counts(int reports, int snapshots, int templates, int profiles) {
    }

    private record Expected(int records, long bytes, String sha256) {
    }

    private BackupReader() {
    }

    /** Reads the whole backup, handing each checked record to {@code sink}; returns the counts. */
    static Counts read(Path file, BackupChecks checks, BackupRecords.Sink sink) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoreException(Files.exists(file) ? "store.backupNotABackup" : "store.backupMissing", name);
            }
            if (Files.size(file) > BackupFormat.MAX_FILE_BYTES) {
                throw new StoreException("store.backupTooLarge", name, BackupFormat.MAX_FILE_BYTES >> 30);
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Map<String, ZipEntry> entries = directory(zip, name);
                Map<String, Expected> manifest = manifest(zip, entries.get(BackupFormat.MANIFEST), name);
                BackupRecords records = new BackupRecords(checks);
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String entry : BackupFormat.DATA_ENTRIES) {
                    counts.put(entry, entry(zip, entries.get(entry), manifest.get(entry), records, sink));
                }
                return new Counts(counts.get(BackupFormat.REPORTS), counts.get(BackupFormat.SNAPSHOTS),
                        counts.get(BackupFormat.TEMPLATES), counts.get(BackupFormat.PROFILES));
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new StoreException(e, "store.backupNotABackup", name);
        } catch (IOException e) {
            throw new StoreException(e, "store.backupDamaged", name);
        } catch (BadBackup e) {
            throw new StoreException(e, "store.backupDamaged", name);
        }
    }

    private static Map<String, ZipEntry> directory(ZipFile zip, String name) {
        Map<String, ZipEntry> out = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        int n = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (++n > BackupFormat.MAX_ZIP_ENTRIES) {
                throw new StoreException("store.backupNotABackup", name);
            }
            if (!names.add(e.getName())) {
                throw new BadBackup("entry twice: " + e.getName());
            }
            out.put(e.getName(), e);
        }
        if (out.containsKey("script.sql")) {
            throw new StoreException("store.backupOldFormat", name);
        }
        if (!out.containsKey(BackupFormat.MANIFEST)) {
            throw new StoreException("store.backupNotABackup", name);
        }
        for (String entry : out.keySet()) {
            if (!entry.equals(BackupFormat.MANIFEST) && !BackupFormat.DATA_ENTRIES.contains(entry)) {
                throw new BadBackup("unexpected entry " + entry);
            }
        }
        for (String entry : BackupFormat.DATA_ENTRIES) {
            if (!out.containsKey(entry)) {
                throw new BadBackup("missing entry " + entry);
            }
        }
        return out;
    }

    private static Map<String, Expected> manifest(ZipFile zip, ZipEntry entry, String name) throws IOException {
        JsonNode m;
        try (InputStream in = new Limited(zip.getInputStream(entry), BackupFormat.MAX_MANIFEST_BYTES)) {
            m = BackupFormat.JSON.readTree(in);
        }
        if (m == null || !m.isObject() || !BackupFormat.FORMAT.equals(m.path("format").asText())) {
            throw new StoreException("store.backupNotABackup", name);
        }
        if (!m.path("version").isInt() || m.get("version").asInt() < 1) {
            throw new BadBackup("no version");
        }
        if (m.get("version").asInt() > BackupFormat.VERSION) {
            throw new StoreException("store.backupTooNew", name, m.path("appVersion").asText("?"));
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (String e : BackupFormat.DATA_ENTRIES) {
            JsonNode x = m.path("entries").path(e);
            if (!x.path("records").isInt() || !x.path("bytes").canConvertToLong() || !x.path("sha256").isTextual()
                    || x.get("records").asInt() < 0 || x.get("records").asInt() > BackupFormat.MAX_RECORDS
                    || x.get("bytes").asLong() < 0 || x.get("bytes").asLong() > BackupFormat.MAX_ENTRY_BYTES) {
                throw new BadBackup("manifest entry " + e);
            }
            out.put(e, new Expected(x.get("records").asInt(), x.get("bytes").asLong(), x.get("sha256").asText()));
        }
        return out;
    }

    private static int entry(ZipFile zip, ZipEntry entry, Expected expected, BackupRecords records,
                             BackupRecords.Sink sink) throws IOException {
        MessageDigest sha = BackupWriter.sha256();
        Limited counted = new Limited(zip.getInputStream(entry), expected.bytes());
        int n = 0;
        try (InputStream in = new DigestInputStream(counted, sha);
             JsonParser p = BackupFormat.JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new BadBackup(entry.getName() + " is not a list");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT || ++n > expected.records()) {
                    throw new BadBackup(entry.getName() + ": unexpected record");
                }
                counted.recordStart = counted.count;
                JsonNode record = BackupFormat.JSON.readTree(p);
                records.read(entry.getName(), record, sink);
            }
            if (p.nextToken() != null) {
                throw new BadBackup(entry.getName() + ": trailing data");
            }
            in.transferTo(OutputStreamNull.INSTANCE);
        }
        if (n != expected.records() || counted.count != expected.bytes()
                || !HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(expected.sha256())) {
            throw new BadBackup(entry.getName() + ": does not match the manifest");
        }
        return n;
    }

    /** Inflated bytes beyond what the manifest announced (or a hard cap). */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("entry larger than announced");
        }
    }

    /** Counts bytes as they are inflated; one byte past {@code max} is an error, whatever the zip directory says. */
    private static final class Limited extends CountingInputStream {
        private final long max;
        long count;
        long recordStart;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        protected void counted(long n) throws TooLarge {
            count += n;
            if (count > max || count - recordStart > BackupFormat.MAX_RECORD_BYTES) {
                throw new TooLarge();
            }
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
            // discarded: only the digest and the count matter
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
