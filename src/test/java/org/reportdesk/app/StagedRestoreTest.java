package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Report;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.DatabaseBackups;
import org.reportdesk.services.ServicesFactory;
import org.reportdesk.store.Database;
import org.reportdesk.store.DatabaseBackup;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.StoreException;

/** 从备份恢复…: a wrong file is refused before anything is staged, and a bad staged file never stops the start. */
class StagedRestoreTest {

    @TempDir
    Path tmp;

    @Test
    void aWrongFileIsRefusedAtOnceAndNothingIsStaged() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            Path wrong = Files.writeString(tmp.resolve("照片.zip"), "not a backup");
            assertThatThrownBy(() -> new DatabaseBackups(db, data).restoreAtNextStart(wrong)).isInstanceOf(StoreException.class);
        }
        assertThat(data.resolve(DatabaseBackups.PENDING)).doesNotExist();
    }

    @Test
    void aBadStagedFileIsSetAsideAndTheAppStartsOnItsOwnData() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            Report r = new Report();
            r.setTitle("现有报告");
            new H2ReportRepository(db).save(r);
        }
        Files.writeString(data.resolve(DatabaseBackups.PENDING), "truncated");
        assertThat(DatabaseBackups.applyPendingRestore(data)).isEqualTo(DatabaseBackups.Pending.REFUSED);
        assertThat(data.resolve(DatabaseBackups.PENDING)).doesNotExist();
        try (ServicesFactory.Opened o = ServicesFactory.open(data, new DirectTaskExecutor())) {
            assertThat(o.services().reports().list()).extracting(s -> s.title()).containsExactly("现有报告");
        }
    }

    @Test
    void aGoodStagedBackupReplacesTheDataAtTheNextStart() throws Exception {
        Path backup = tmp.resolve("b.zip");
        try (Database db = Database.open(tmp.resolve("other"))) {
            Report r = new Report();
            r.setTitle("备份里的报告");
            new H2ReportRepository(db).save(r);
            DatabaseBackup.backup(db, backup);
        }
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new DatabaseBackups(db, data).restoreAtNextStart(backup);
        }
        assertThat(DatabaseBackups.applyPendingRestore(data)).isEqualTo(DatabaseBackups.Pending.RESTORED);
        try (Database db = Database.open(data)) {
            assertThat(new H2ReportRepository(db).list()).extracting(s -> s.title()).containsExactly("备份里的报告");
        }
    }
}
