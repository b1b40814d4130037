package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.BackupService;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.store.MemorySnapshots;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.backup.BackupActions;

/** 备份… and 从备份恢复… through the dialog service: no stage needed. */
class BackupActionsTest {

    private final List<String> done = new ArrayList<>();
    private final MainCommandsTest.ScriptedDialogs dialogs = new MainCommandsTest.ScriptedDialogs();
    private final Services base = Fixtures.services(Path.of("."), new DirectTaskExecutor(), new InMemoryReportRepository(),
            new RecordingExportService());
    private final Services services = new Services(base.dataDir(), base.reports(), base.templates(), base.export(),
            Settings.inMemory(), base.executor(), base.library(), new MemorySnapshots(), new BackupService() {
                @Override
                public void backup(Path target) {
                    done.add("backup " + target.getFileName());
                }

                @Override
                public void restoreAtNextStart(Path backup) {
                    done.add("staged " + backup.getFileName());
                }
            });
    private final List<String> messages = new ArrayList<>();
    private final BackupActions actions = new BackupActions(services, dialogs, messages::add, messages::add);

    @Test
    void aBackupIsWrittenWhereTheUserChoseAndTheFolderIsRemembered() {
        dialogs.fileAnswer = Path.of("/tmp/备份/reportdesk.backup.zip");
        actions.backup();
        assertThat(dialogs.asked).singleElement().asString().startsWith("save:reportdesk-").endsWith(".backup.zip");
        assertThat(done).containsExactly("backup reportdesk.backup.zip");
        assertThat(messages).singleElement().asString().contains("reportdesk.backup.zip");
        assertThat(services.settings().get("folder.backup", "")).isEqualTo("/tmp/备份");
    }

    @Test
    void aRestoreIsStagedOnlyAfterTheUserAgreesAndCancelIsTheDefault() {
        dialogs.fileAnswer = Path.of("/tmp/old.backup.zip");
        dialogs.confirmAnswer = false;
        List<String> closed = new ArrayList<>();
        actions.restore(() -> closed.add("closed"));
        assertThat(dialogs.asked).contains("open:[*.zip]").anyMatch(a -> a.startsWith("confirm:") && a.endsWith(":safe"));
        assertThat(done).isEmpty();
        assertThat(closed).isEmpty();

        dialogs.confirmAnswer = true;
        actions.restore(() -> closed.add("closed"));
        assertThat(done).containsExactly("staged old.backup.zip");
        assertThat(closed).containsExactly("closed");
    }

    @Test
    void nothingHappensWhenNoFileIsChosen() {
        actions.backup();
        actions.restore(() -> done.add("closed"));
        assertThat(done).isEmpty();
        assertThat(messages).isEmpty();
    }
}
