package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.testing.SmallDisk;
import org.reportdesk.ui.autosave.StoreTrouble;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * A real disk filling up under the real H2 database (a 16 MB tmpfs, where the machine lets the
 * test mount one): autosave's write fails, the status bar says 磁盘已满, closing keeps the window
 * open and offers 另存为报告文件…, the file saved elsewhere holds the last edit, and after space is
 * freed the database opens with every write that succeeded.
 */
class DiskFullCloseTest {

    @TempDir
    Path dir;
    private SmallDisk disk;
    private Database db;

    @BeforeEach
    void mountASmallDisk() {
        try {
            disk = SmallDisk.mount(dir.resolve("小磁盘"), 16);
        } catch (SmallDisk.Unavailable e) {
            System.out.println("DiskFullCloseTest skipped: " + e.getMessage());
            assumeTrue(false, e.getMessage());
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException alreadyClosedByTheFailure) {
                // H2 closes a store whose write failed; nothing more to release
            }
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void closingOnAFullDiskKeepsTheWindowOpenOffersSaveAsAndTheDatabaseSurvives() throws Exception {
        Path data = disk.root().resolve("数据");
        db = Database.open(data);
        H2ReportRepository reports = new H2ReportRepository(db);
        InMemoryTemplateRepository templates = Fixtures.templates();
        MainViewModel vm = new MainViewModel(new Services(data, reports, templates, new RecordingExportService(),
                Settings.inMemory(), new DirectTaskExecutor(), Fixtures.library(templates)));
        MainCommandsTest.ScriptedDialogs dialogs = new MainCommandsTest.ScriptedDialogs();
        SafeClose close = new SafeClose(vm, dialogs, Duration.ofSeconds(10));
        Report r = new Report();
        r.setTitle("某某县教育局2026年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年完成")));
        vm.openNew(r);
        vm.outline().selectedProperty().set(OutlineNode.of(r.sections().get(0)));
        vm.editor().bodyEdited(RichText.ofPlain("存入的一句"));
        vm.flush();
        assertThat(vm.storeTroubleProperty().get()).isNull();
        long id = r.id();

        long filled = disk.fill(1024, 0);
        // H2 may still put a write or two into space freed inside its file; the disk stays full.
        String last = null;
        int edits = 0;
        while (vm.storeTroubleProperty().get() == null && edits < 200) {
            last = "磁盘满后的第" + ++edits + "句" + "，补充说明".repeat(200);
            vm.editor().bodyEdited(RichText.ofPlain(last));
            vm.flush();
        }
        System.out.printf("DiskFullCloseTest: disk filled with %d KB, %d edits until a write failed (%d bytes left)%n",
                filled / 1024, edits, disk.usableBytes());
        assertThat(vm.storeTroubleProperty().get()).isEqualTo(StoreTrouble.DISK_FULL);
        assertThat(vm.saveStatusProperty().get()).startsWith("磁盘已满").contains("修改仍在本窗口中")
                .doesNotContain("Exception", "90028", "\n");

        assertThat(close.mayClose()).as("the window stays open").isFalse();
        assertThat(dialogs.asked).singleElement().asString().startsWith("choose:磁盘已满")
                .contains("另存为报告文件…", "返回，不关闭");

        Path elsewhere = Files.createDirectories(dir.resolve("别处"));
        dialogs.fileAnswer = elsewhere.resolve("总结");
        dialogs.chooseAnswers.add(SafeClose.SAVE_AS);
        assertThat(close.mayClose()).as("closes once saved as a file").isTrue();
        Report saved = ReportFiles.readReportFile(elsewhere.resolve("总结.report.json"));
        assertThat(saved.sections().get(0).body().plainText()).isEqualTo(last);

        disk.free();
        try {
            db.close();
        } catch (RuntimeException alreadyClosedByTheFailure) {
            // see unmount()
        }
        db = Database.open(data);
        Report back = new H2ReportRepository(db).load(id);
        assertThat(back.sections().get(0).body().plainText()).as("the write acknowledged before the disk filled")
                .isIn("存入的一句", last).doesNotContain("Exception");
    }
}
