package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.json.ReportJson;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.testing.RandomReports;

/**
 * The whole database to one backup file and back on "another machine" (a fresh folder, the file
 * copied under another name): every report, every version of its history, every template and
 * every export profile comes back identical. Prints its figures.
 */
class BackupRoundTripTest {

    private static final int REPORTS = 40;
    private static final int VERSIONS = 3;

    @TempDir
    Path tmp;

    @Test
    void everythingInTheDatabaseComesBackIdenticalInAnotherFolder() throws Exception {
        Path backup = tmp.resolve("office-pc").resolve("报告台备份.zip");
        Files.createDirectories(backup.getParent());
        Contents original;
        int sections = 0;
        long backupMs;
        try (Database db = Database.open(tmp.resolve("office-pc").resolve("data"))) {
            new BuiltinLibrary().sync(new H2TemplateRepository(db), new MetaStore(db));
            new H2TemplateRepository(db).save(Template.of(null, "本校德育工作总结", TemplateKind.SUMMARY, "德育",
                    List.of("自写"), "", null, List.of(new Section("德育工作", RichText.ofPlain("德育工作正文。"))), null));
            new ProfileLibrary(new H2ProfileStore(db)).save(ExportProfile.standard().withName("本局格式"));
            H2ReportRepository reports = new H2ReportRepository(db);
            SnapshotStore snapshots = new SnapshotStore(db);
            RandomReports random = new RandomReports(20261122, true, true);
            Instant t = Instant.now().minus(Duration.ofHours(3));
            for (int i = 0; i < REPORTS; i++) {
                Report r = random.next();
                sections += r.allSections().size();
                for (int v = 0; v < VERSIONS; v++) {
                    r.setDate("2026年" + (v + 1) + "月" + (i % 28 + 1) + "日");
                    reports.save(r);
                    snapshots.take(r, SnapshotReason.MANUAL, t = t.plusSeconds(60));
                }
            }
            original = Contents.of(db);
            long t0 = System.nanoTime();
            DatabaseBackup.backup(db, backup);
            backupMs = (System.nanoTime() - t0) / 1_000_000;
        }

        Path carried = Files.createDirectories(tmp.resolve("home-pc")).resolve("backup-copy.zip");
        Files.copy(backup, carried);
        long t0 = System.nanoTime();
        Contents restored;
        try (Database db = DatabaseBackup.restore(carried, tmp.resolve("home-pc").resolve("data"), false)) {
            long restoreMs = (System.nanoTime() - t0) / 1_000_000;
            restored = Contents.of(db);
            int mismatches = original.mismatches(restored);
            System.out.printf("backup round trip: %d reports (%d sections), %d history versions, %d templates, "
                            + "%d export profiles; backup file %d KB written in %d ms, restored in %d ms; mismatches: %d%n",
                    original.reports.size(), sections, original.snapshots.size(), original.templates.size(),
                    original.profiles.size(), Files.size(backup) / 1024, backupMs, restoreMs, mismatches);
            assertThat(original.reports).hasSize(REPORTS);
            assertThat(original.snapshots).hasSize(REPORTS * VERSIONS);
            assertThat(original.templates).hasSizeGreaterThan(200);
            assertThat(restored.reports).isEqualTo(original.reports);
            assertThat(restored.snapshots).isEqualTo(original.snapshots);
            assertThat(restored.templates).isEqualTo(original.templates);
            assertThat(restored.profiles).isEqualTo(original.profiles);
            assertThat(mismatches).isZero();
        }
    }

    /** What a user would miss: each report's JSON, each history version's JSON, templates, profiles. */
    private record Contents(Map<Long, String> reports, Map<Long, String> snapshots, Map<Long, String> templates,
                            Map<String, String> profiles) {

        static Contents of(Database db) {
            H2ReportRepository reports = new H2ReportRepository(db);
            SnapshotStore snapshots = new SnapshotStore(db);
            Map<Long, String> r = new TreeMap<>();
            Map<Long, String> s = new TreeMap<>();
            for (var summary : reports.list()) {
                r.put(summary.id(), ReportJson.write(reports.load(summary.id())));
                for (SnapshotInfo info : snapshots.list(summary.id())) {
                    s.put(info.id(), info.takenAt() + " " + info.reason() + " " + ReportJson.write(snapshots.load(info.id())));
                }
            }
            Map<Long, String> t = new TreeMap<>();
            for (Template template : new H2TemplateRepository(db).all()) {
                t.put(template.id(), TemplateJson.write(List.of(template)));
            }
            return new Contents(r, s, t, new TreeMap<>(new H2ProfileStore(db).all()));
        }

        int mismatches(Contents other) {
            List<Boolean> same = new ArrayList<>();
            reports.forEach((k, v) -> same.add(v.equals(other.reports.get(k))));
            snapshots.forEach((k, v) -> same.add(v.equals(other.snapshots.get(k))));
            templates.forEach((k, v) -> same.add(v.equals(other.templates.get(k))));
            profiles.forEach((k, v) -> same.add(v.equals(other.profiles.get(k))));
            return (int) same.stream().filter(b -> !b).count()
                    + Math.abs(reports.size() + snapshots.size() + templates.size() + profiles.size()
                    - other.reports.size() - other.snapshots.size() - other.templates.size() - other.profiles.size());
        }
    }
}
