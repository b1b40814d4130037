package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.StoreException;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.autosave.StoreTrouble;

/** Closing while the data folder cannot take the report: said in plain words, the window stays, save as a file. */
class SafeCloseTest {

    /** The in-memory store, failing as the test says (the disk full, the folder read-only). */
    static final class TroubledRepository implements ReportRepository {
        final InMemoryReportRepository inner = new InMemoryReportRepository();
        volatile RuntimeException failure;

        @Override public List<ReportSummary> list() { return inner.list(); }
        @Override public Report load(long id) { return inner.load(id); }
        @Override public List<Report> saveAll(List<Report> reports) { return inner.saveAll(reports); }
        @Override public void delete(long id) { inner.delete(id); }

        @Override
        public Report save(Report report) {
            if (failure != null) {
                throw failure;
            }
            return inner.save(report);
        }
    }

    @TempDir
    Path dir;
    private Path data;
    private final TroubledRepository reports = new TroubledRepository();
    private final MainCommandsTest.ScriptedDialogs dialogs = new MainCommandsTest.ScriptedDialogs();
    private MainViewModel vm;
    private SafeClose close;

    @BeforeEach
    void openAReport() throws IOException {
        data = Files.createDirectories(dir.resolve("数据"));
        Files.writeString(StoreTrouble.databaseFile(data), "a database file"); // the folder check looks for it
        InMemoryTemplateRepository templates = Fixtures.templates();
        vm = new MainViewModel(new Services(data, reports, templates, new RecordingExportService(), Settings.inMemory(),
                new DirectTaskExecutor(), Fixtures.library(templates)));
        close = new SafeClose(vm, dialogs, Duration.ofSeconds(5));
        Report r = new Report();
        r.setTitle("某某县教育局2026年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年完成")));
        vm.openNew(r);
        vm.outline().selectedProperty().set(org.reportdesk.ui.outline.OutlineNode.of(r.sections().get(0)));
    }

    /** An edit, and autosave's write of it (its delay is manual here). */
    private void edit(String body) {
        vm.editor().bodyEdited(RichText.ofPlain(body));
        vm.flush();
    }

    @Test
    void aStoredReportClosesWithoutAQuestion() {
        edit("全年完成各项任务");
        assertThat(close.mayClose()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(reports.inner.load(vm.session().report().id()).sections().get(0).body().plainText())
                .isEqualTo("全年完成各项任务");
    }

    @Test
    void diskFullKeepsTheWindowOpenSaysSoAndSavesTheReportAsAFileElsewhere() {
        reports.failure = new StoreException(new IOException("No space left on device"), "store.writeFailed",
                "IO Exception: \"java.io.IOException: No space left on device\" [90028-232]");
        edit("全年完成各项任务，新增学位900个");
        assertThat(vm.saveStatusProperty().get()).startsWith("磁盘已满").doesNotContain("90028");

        assertThat(close.mayClose()).as("back to the window").isFalse();
        assertThat(dialogs.asked).singleElement().asString().startsWith("choose:磁盘已满")
                .contains("另存为报告文件…", "返回，不关闭", "放弃修改并关闭");

        Path target = dir.resolve("别处").resolve("总结");
        dialogs.fileAnswer = target;
        dialogs.chooseAnswers.add(SafeClose.SAVE_AS);
        assertThat(target.getParent().toFile().mkdirs()).isTrue();
        assertThat(close.mayClose()).as("closes once saved as a file").isTrue();
        Report saved = ReportFiles.readReportFile(dir.resolve("别处").resolve("总结.report.json"));
        assertThat(saved.sections().get(0).body().plainText()).isEqualTo("全年完成各项任务，新增学位900个");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndGivingUpAsksOnceMore() {
        reports.failure = new StoreException(new java.nio.file.AccessDeniedException(data.toString()), "store.writeFailed", "x");
        edit("全年完成各项任务");
        dialogs.chooseAnswers.add(SafeClose.DISCARD);
        dialogs.confirmAnswer = false;
        assertThat(close.mayClose()).isFalse();
        assertThat(dialogs.asked.get(0)).startsWith("choose:数据文件夹不可写");
        assertThat(dialogs.asked.get(1)).startsWith("confirm:");
    }

    @Test
    void writesThatWorkAgainLetTheWindowClose() {
        reports.failure = new StoreException(new IOException("No space left on device"), "store.writeFailed", "x");
        edit("全年完成各项任务");
        reports.failure = null;
        assertThat(close.mayClose()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.saveStatusProperty().get()).startsWith("已保存");
    }

    @Test
    void theDataFolderDeletedWhileEditingIsDetectedAtTheNextWriteAndAtClose() throws IOException {
        Files.delete(StoreTrouble.databaseFile(data));
        Files.delete(data);
        edit("全年完成各项任务");
        assertThat(vm.storeTroubleProperty().get()).isEqualTo(StoreTrouble.FOLDER_GONE);
        assertThat(vm.saveStatusProperty().get()).contains("已被删除或移走", "修改仍在本窗口中");
        assertThat(close.mayClose()).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains("已被删除或移走");
        assertThat(vm.session().report().sections().get(0).body().plainText()).isEqualTo("全年完成各项任务");
    }

    @Test
    void theDataFolderDeletedWithNothingPendingIsStillCaughtAtClose() throws IOException {
        edit("全年完成各项任务");
        Files.delete(StoreTrouble.databaseFile(data));
        assertThat(close.mayClose()).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains("已被删除或移走");
    }

    @Test
    void theDataFolderDeletedAndMadeAnewIsCaughtThoughADatabaseFileIsThereAgain() throws IOException {
        edit("全年完成各项任务");
        // The running app's H2 keeps its file open (so its inode is not reused); a second start on the same
        // path makes a new folder and database while this window still writes into the old, unlinked file.
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(StoreTrouble.databaseFile(data))) {
            Files.delete(StoreTrouble.databaseFile(data));
            Files.delete(data);
            Files.createDirectories(data);
            Files.writeString(StoreTrouble.databaseFile(data), "the second start's new database");
            edit("全年完成各项任务，又写一句");
            assertThat(held.size()).as("the old file, still open").isEqualTo("a database file".length());
        }
        assertThat(vm.storeTroubleProperty().get()).isEqualTo(StoreTrouble.FOLDER_GONE);
        assertThat(vm.saveStatusProperty().get()).contains("已被删除或移走", "修改仍在本窗口中");
        assertThat(close.mayClose()).isFalse();
        assertThat(vm.session().report().sections().get(0).body().plainText()).isEqualTo("全年完成各项任务，又写一句");
    }
}
