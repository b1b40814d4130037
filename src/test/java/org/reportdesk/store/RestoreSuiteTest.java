package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Crafted backups against a live data folder: each is refused with its own sentence and the
 * folder is byte for byte what it was, within a bounded time and heap (figures printed for
 * docs/limits.md); code in a backup is never run, only ever stored as text.
 */
class RestoreSuiteTest {

    private static final long MAX_MS = 20_000;
    private static final long MAX_HEAP_MB = 400;

    @TempDir
    Path tmp;
    private Path live;
    private Path good;

    @BeforeEach
    void liveFolderAndAGoodBackup() {
        live = tmp.resolve("live data");
        try (Database db = Database.open(live)) {
            Report r = new Report();
            r.setTitle("旧报告");
            r.root().add(new Section("现有工作", RichText.ofPlain("现有内容。")));
            new H2ReportRepository(db).save(r);
        }
        good = tmp.resolve("good.zip");
        try (Database db = Database.open(tmp.resolve("other"))) {
            Report r = new Report();
            r.setTitle("新报告");
            r.root().add(new Section("备份中的工作", RichText.ofPlain("备份内容。")));
            Report saved = new H2ReportRepository(db).save(r);
            new SnapshotStore(db).take(saved, SnapshotReason.MANUAL, java.time.Instant.now());
            DatabaseBackup.backup(db, good);
        }
    }

    @Test
    void anOldSqlScriptBackupWithCreateAliasIsRefusedAndNothingRuns() throws Exception {
        Path marker = tmp.resolve("pwned");
        String script = "CREATE ALIAS PWN AS $$ void p() throws Exception { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + marker + "\"), \"x\"); } $$;\nCALL PWN();\n"
                + "CREATE TRIGGER T BEFORE INSERT ON REPORT CALL 'Evil';\nCALL FILE_WRITE('x', '" + marker + "');\n";
        Path old = CraftedBackups.zip(tmp.resolve("old.zip"), Map.of("script.sql", script.getBytes(StandardCharsets.UTF_8)));
        refused("old SQL script (CREATE ALIAS, TRIGGER, FILE_WRITE)", old, "store.backupOldFormat");
        assertThat(marker).doesNotExist();
    }

    @Test
    void sqlAndScriptTextInsideRecordsIsRestoredAsPlainTextNeverRun() throws Exception {
        Path marker = tmp.resolve("pwned2");
        String evil = "'); CREATE ALIAS X AS $$ void x() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker + "\"), \"x\"); } $$; CALL X(); --";
        Path b = CraftedBackups.withManifest(tmp.resolve("text.zip"),
                Map.of(BackupFormat.REPORTS, "[" + CraftedBackups.report(7, evil, "\u001b[2J" + evil) + "]"), 1);
        try (Database db = DatabaseBackup.restore(b, live, true, org.reportdesk.services.BackupRules.checks(), p -> { })) {
            Report back = new H2ReportRepository(db).load(7);
            assertThat(back.title()).isEqualTo(evil);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void pathTraversalEntriesAreRefused() throws Exception {
        Path b = CraftedBackups.withManifest(tmp.resolve("traversal.zip"),
                Map.of("../../escaped.txt", "x", "/etc/evil", "y"), 1);
        refused("zip entries with path traversal", b, "store.backupDamaged");
        assertThat(tmp.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void anEntryLargerThanItsManifestSaysIsStoppedAsItInflates() throws Exception {
        Path bomb = tmp.resolve("bomb.zip");
        bomb(bomb, 200L * 1024 * 1024, 10);
        refused("zip bomb: 200 MB of zeros announced as 10 bytes", bomb, "store.backupDamaged");
    }

    @Test
    void aSingleHugeRecordIsStoppedAtTheRecordLimit() throws Exception {
        Path bomb = tmp.resolve("record.zip");
        bomb(bomb, 200L * 1024 * 1024, BackupFormat.MAX_ENTRY_BYTES);
        refused("one 200 MB record announced truly", bomb, "store.backupDamaged");
    }

    @Test
    void aChangedByteFailsTheChecksum() throws Exception {
        Path b = tmp.resolve("tampered.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var z = new java.util.zip.ZipFile(good.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        String reports = new String(entries.get(BackupFormat.REPORTS), StandardCharsets.UTF_8);
        entries.put(BackupFormat.REPORTS, reports.replace("备份内容", "篡改内容").getBytes(StandardCharsets.UTF_8));
        CraftedBackups.zip(b, entries);
        refused("one changed value (checksum)", b, "store.backupDamaged");
    }

    @Test
    void emptyPartialTruncatedAndWrongFilesAreRefused() throws Exception {
        refused("empty file", Files.write(tmp.resolve("empty.zip"), new byte[0]), "store.backupNotABackup");
        byte[] whole = Files.readAllBytes(good);
        refused("truncated to half", Files.write(tmp.resolve("half.zip"), Arrays.copyOf(whole, whole.length / 2)),
                "store.backupNotABackup");
        Map<String, byte[]> partial = new LinkedHashMap<>();
        try (var z = new java.util.zip.ZipFile(good.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (!e.getName().equals(BackupFormat.SNAPSHOTS)) {
                    partial.put(e.getName(), z.getInputStream(e).readAllBytes());
                }
            }
        }
        refused("partial: an entry missing", CraftedBackups.zip(tmp.resolve("partial.zip"), partial), "store.backupDamaged");
        refused("wrong file: a report file", Files.writeString(tmp.resolve("x.report.json"),
                "{\"format\":\"reportdesk.report\",\"title\":\"t\"}"), "store.backupNotABackup");
        refused("wrong file: a zip without a manifest", CraftedBackups.zip(tmp.resolve("doc.zip"),
                Map.of("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8))), "store.backupNotABackup");
        refused("wrong file: a folder", Files.createDirectories(tmp.resolve("folder.zip")), "store.backupNotABackup");
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path b = CraftedBackups.withManifest(tmp.resolve("newer.zip"), Map.of(), 2);
        refused("newer version", b, "store.backupTooNew");
    }

    @Test
    void inconsistentRecordsAreRefused() throws Exception {
        String orphan = "[{\"id\":1,\"reportId\":99,\"takenAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"MANUAL\","
                + "\"report\":{\"format\":\"reportdesk.report\",\"title\":\"t\"}}]";
        refused("a version of a report not in the backup", CraftedBackups.withManifest(tmp.resolve("orphan.zip"),
                Map.of(BackupFormat.SNAPSHOTS, orphan), 1), "store.backupDamaged");
        String twice = "[" + CraftedBackups.report(1, "a", "b") + "," + CraftedBackups.report(1, "c", "d") + "]";
        refused("the same id twice", CraftedBackups.withManifest(tmp.resolve("twice.zip"),
                Map.of(BackupFormat.REPORTS, twice), 1), "store.backupDamaged");
        String deep = "{\"heading\":\"5\"}";
        for (int i = 4; i >= 1; i--) {
            deep = "{\"heading\":\"" + i + "\",\"children\":[" + deep + "]}";
        }
        String fiveLevels = "[{\"id\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
                + "\"report\":{\"format\":\"reportdesk.report\",\"title\":\"t\",\"sections\":[" + deep + "]}}]";
        refused("sections five levels deep", CraftedBackups.withManifest(tmp.resolve("deep.zip"),
                Map.of(BackupFormat.REPORTS, fiveLevels), 1), "store.backupDamaged");
        String nested = "[".repeat(5000) + "]".repeat(5000);
        refused("JSON nested 5,000 deep", CraftedBackups.withManifest(tmp.resolve("nested.zip"),
                Map.of(BackupFormat.META, nested), 1), "store.backupDamaged");
        String huge = "[{\"name\":\"n\",\"value\":\"" + "长".repeat(5000) + "\"}]";
        refused("a meta value over its column", CraftedBackups.withManifest(tmp.resolve("meta.zip"),
                Map.of(BackupFormat.META, huge), 1), "store.backupDamaged");
    }

    @Test
    void aGoodBackupReplacesTheLiveDatabaseAndKeepsTheOldOne() throws Exception {
        try (Database db = DatabaseBackup.restore(good, live, true, org.reportdesk.services.BackupRules.checks(), p -> { })) {
            List<String> titles = new H2ReportRepository(db).list().stream().map(s -> s.title()).toList();
            assertThat(titles).containsExactly("新报告");
        }
        try (Stream<Path> kept = Files.list(live.resolve("backups"))) {
            assertThat(kept).anyMatch(p -> p.getFileName().toString().startsWith("reportdesk-before-restore-"));
        }
        assertThat(live.resolve(DatabaseBackup.WORK)).doesNotExist();
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProcessHoldsTheFolder() throws Exception {
        Process other = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                RestoreChild.class.getName(), good.toString(), live.toString(), "verified",
                tmp.resolve("holding").toString()).redirectErrorStream(true).start();
        try {
            waitFor(tmp.resolve("holding"));
            Map<String, String> before = fingerprint(live);
            assertThatThrownBy(() -> DatabaseBackup.restore(good, live, true, org.reportdesk.services.BackupRules.checks(), p -> { }))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.restoreWhileRunning"));
            assertThat(fingerprint(live)).isEqualTo(before);
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void aKillAtAnyPointOfARestoreLeavesAWholeDatabaseLive() throws Exception {
        String oldTitle = "旧报告";
        for (String phase : List.of("verified", "built", "kept", "swapped")) {
            Path marker = tmp.resolve("at-" + phase);
            Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    RestoreChild.class.getName(), good.toString(), live.toString(), phase, marker.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + phase + ".log").toFile()).start();
            waitFor(marker);
            child.destroyForcibly().waitFor();
            String expected = phase.equals("swapped") ? "新报告" : oldTitle;
            try (Database db = Database.open(live)) {
                assertThat(new H2ReportRepository(db).list()).as("killed after %s", phase)
                        .extracting(s -> s.title()).containsExactly(expected);
            }
            System.out.printf("restore killed after %s: the live database opened and held \"%s\"%n", phase, expected);
            if (phase.equals("swapped")) {
                break;
            }
        }
        DatabaseBackup.restore(good, live, true, org.reportdesk.services.BackupRules.checks(), p -> { }).close();
        assertThat(live.resolve(DatabaseBackup.WORK)).as("a half-built database is cleared away").doesNotExist();
    }

    private void refused(String what, Path backup, String key) throws IOException {
        Map<String, String> before = fingerprint(live);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // what other tests in this JVM still hold (font caches, say) is not the restore's
        long baseMb = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum() >> 20;
        long t0 = System.nanoTime();
        Throwable thrown = null;
        try {
            DatabaseBackup.restore(backup, live, true, org.reportdesk.services.BackupRules.checks(), p -> { }).close();
        } catch (StoreException e) {
            thrown = e;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peakMb = (heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20) - baseMb;
        System.out.printf("crafted backup refused: %-55s %6d ms, peak heap %4d MB over %d MB held before: %s%n", what, ms, peakMb, baseMb,
                thrown == null ? "ACCEPTED" : thrown.getLocalizedMessage());
        assertThat(thrown).as(what).isNotNull();
        assertThat(((UserFacingException) thrown).key()).as(what).isEqualTo(key);
        assertThat(thrown.getLocalizedMessage()).doesNotContain("Exception").doesNotContain("[9");
        assertThat(fingerprint(live)).as("%s: the live folder is unchanged", what).isEqualTo(before);
        assertThat(ms).as(what).isLessThan(MAX_MS);
        assertThat(peakMb).as(what).isLessThan(MAX_HEAP_MB);
    }

    /** Every file in the folder with its hash (the lock file aside, which a restore creates empty). */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String rel = dir.relativize(p).toString();
                if (rel.equals(FolderLock.FILE)) {
                    continue;
                }
                out.put(rel, Files.isRegularFile(p) ? CraftedBackups.sha(Files.readAllBytes(p)) : "dir");
            }
        }
        return out;
    }

    /** A reports.json of {@code size} bytes, mostly one string, with its true checksum and the given announced size. */
    private static void bomb(Path file, long size, long announced) throws IOException {
        MessageDigest sha = BackupWriter.sha256();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupFormat.REPORTS));
            OutputStream d = new DigestOutputStream(z, sha);
            byte[] head = "[{\"id\":1,\"report\":{\"title\":\"".getBytes(StandardCharsets.UTF_8);
            d.write(head);
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long n = head.length; n < size; n += chunk.length) {
                d.write(chunk);
            }
            z.closeEntry();
            StringBuilder m = new StringBuilder("{\"format\":\"reportdesk.backup\",\"version\":1,\"entries\":{");
            String sep = "";
            for (String name : BackupFormat.DATA_ENTRIES) {
                boolean r = name.equals(BackupFormat.REPORTS);
                m.append(sep).append('"').append(name).append("\":{\"records\":").append(r ? 1 : 0).append(",\"bytes\":")
                        .append(r ? announced : 2).append(",\"sha256\":\"")
                        .append(r ? HexFormat.of().formatHex(sha.digest()) : CraftedBackups.sha("[]".getBytes(StandardCharsets.UTF_8)))
                        .append("\"}");
                sep = ",";
                if (!r) {
                    z.putNextEntry(new ZipEntry(name));
                    z.write("[]".getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            z.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
            z.write(m.append("}}").toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static void waitFor(Path marker) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (!Files.exists(marker)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the child restore never reached " + marker.getFileName());
            }
            Thread.sleep(50);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
