package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;

class DatabaseBackupTest {

    @TempDir
    Path tmp;

    @Test
    void aBackupRestoresReportsHistoryTemplatesAndProfilesIntoAnEmptyFolder() {
        Path backup = tmp.resolve("备份 it's.zip");
        long reportId;
        try (Database db = Database.open(tmp.resolve("a"))) {
            Report r = new Report();
            r.setTitle("某县教育局2026年上半年工作总结");
            r.root().add(new Section("主要工作", RichText.ofPlain("全县新增学位800个。")));
            reportId = new H2ReportRepository(db).save(r).id();
            new SnapshotStore(db).take(r, SnapshotReason.MANUAL, Instant.now());
            new H2TemplateRepository(db).save(Template.of(null, "自写模板", TemplateKind.SUMMARY, "德育", java.util.List.of(), "",
                    null, java.util.List.of(new Section("德育工作", RichText.ofPlain("德育工作正文。"))), null));
            new ProfileLibrary(new H2ProfileStore(db)).save(ExportProfile.standard().withName("本局格式"));
            DatabaseBackup.backup(db, backup);
        }
        assertThat(backup).isRegularFile();
        assertThat(tmp.resolve("备份 it's.zip.part")).doesNotExist();

        try (Database restored = DatabaseBackup.restore(backup, tmp.resolve("b"), false)) {
            Report back = new H2ReportRepository(restored).load(reportId);
            assertThat(back.sections().get(0).body().plainText()).isEqualTo("全县新增学位800个。");
            assertThat(new SnapshotStore(restored).list(reportId)).hasSize(1);
            assertThat(new H2TemplateRepository(restored).all()).anyMatch(t -> t.title().equals("自写模板"));
            assertThat(new ProfileLibrary(new H2ProfileStore(restored)).byName("本局格式")).isPresent();
        }
    }

    @Test
    void restoringOverAnExistingDatabaseNeedsTheReplaceFlagAndKeepsTheOldOne() throws Exception {
        Path backup = tmp.resolve("b.zip");
        try (Database db = Database.open(tmp.resolve("a"))) {
            DatabaseBackup.backup(db, backup);
        }
        Path target = tmp.resolve("target");
        Database.open(target).close();
        assertThatThrownBy(() -> DatabaseBackup.restore(backup, target, false))
                .isInstanceOf(StoreException.class).hasMessageContaining("--replace");
        DatabaseBackup.restore(backup, target, true).close();
        try (Stream<Path> kept = Files.list(target.resolve("backups"))) {
            assertThat(kept).anyMatch(p -> p.getFileName().toString().startsWith("reportdesk-before-restore-"));
        }
    }

    @Test
    void garbageInsteadOfABackupLeavesTheFolderEmpty() throws Exception {
        Path junk = tmp.resolve("junk.zip");
        Files.writeString(junk, "not a backup");
        assertThatThrownBy(() -> DatabaseBackup.restore(junk, tmp.resolve("c"), false)).isInstanceOf(StoreException.class);
        assertThat(DatabaseBackup.hasDatabase(tmp.resolve("c"))).isFalse();
    }
}
