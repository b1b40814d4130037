package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.export.ExportViewModel;
import org.reportdesk.ui.export.FolderOpener;
import org.reportdesk.ui.history.HistoryViewModel;
import org.reportdesk.ui.newreport.NewReportViewModel;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.profiles.ProfileEditorViewModel;
import org.reportdesk.ui.reportlist.ReportListViewModel;

/** The main window's commands, answered by a dialog double: no stage, no toolkit dialogs. */
class MainCommandsTest {

    /** Answers as a test tells it and records what was asked. */
    static final class ScriptedDialogs implements DialogService {
        final List<String> asked = new ArrayList<>();
        boolean confirmAnswer = true;
        Path fileAnswer;
        Report newReportAnswer;
        ExportViewModel exportShown;
        Runnable exportClosed;
        final java.util.Deque<Integer> chooseAnswers = new java.util.ArrayDeque<>();

        @Override
        public int choose(String title, String message, List<String> answers, int safe) {
            asked.add("choose:" + message + ":" + answers);
            return chooseAnswers.isEmpty() ? safe : chooseAnswers.poll();
        }

        @Override public void showInfo(String message) { asked.add("info:" + message); }
        @Override public void showError(String message) { asked.add("error:" + message); }

        @Override
        public boolean confirm(String title, String message, String goText, String backText, boolean safeIsDefault) {
            asked.add("confirm:" + title + ":" + goText + "/" + backText + (safeIsDefault ? ":safe" : ""));
            return confirmAnswer;
        }

        @Override public Optional<Path> chooseFileToOpen(String title, FileType type, Path folder) {
            asked.add("open:" + type.patterns());
            return Optional.ofNullable(fileAnswer);
        }

        @Override public Optional<Path> chooseFileToSave(String title, FileType type, Path folder, String fileName) {
            asked.add("save:" + fileName);
            return Optional.ofNullable(fileAnswer);
        }

        @Override public Optional<Report> newReport(NewReportViewModel vm) { return Optional.ofNullable(newReportAnswer); }
        @Override public Optional<ReportSummary> chooseStoredReport(ReportListViewModel vm) { return Optional.empty(); }

        @Override public void export(ExportViewModel vm, Path folder, Runnable onClosed) {
            exportShown = vm;
            exportClosed = onClosed;
        }

        @Override public void history(HistoryViewModel vm) { asked.add("history"); }
        @Override public void exportProfiles(ProfileEditorViewModel vm) { asked.add("profiles"); }
    }

    @TempDir
    Path dir;
    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final RecordingExportService export = new RecordingExportService();
    private final MainViewModel vm = new MainViewModel(Fixtures.services(dir(), new DirectTaskExecutor(), reports, export));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainCommands commands = new MainCommands(vm, dialogs, Runnable::run, FolderOpener.NONE);

    private static Path dir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private Report oneSection() {
        Report r = new Report();
        r.setTitle("某某县教育局2026年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年新增学位900个。")));
        r.setSignature("某某县教育局");
        r.setDate("2026年12月20日");
        return r;
    }

    /** Bug: the export dialog exported a copy taken when it opened, so edits made meanwhile were missing. */
    @Test
    void theExportWritesTheReportAsItIsWhenExportIsPressedNotWhenTheDialogOpened() {
        vm.openNew(oneSection());
        commands.export();
        assertThat(dialogs.exportShown).isNotNull();

        vm.outline().selectedProperty().set(OutlineNode.of(vm.session().report().sections().get(0)));
        vm.outline().addSibling();
        vm.outline().addSibling();
        dialogs.exportShown.targetProperty().set(dir.resolve("报告.docx").toString());
        dialogs.exportShown.export();

        assertThat(export.calls).singleElement().satisfies(c -> assertThat(c.sections()).isEqualTo(3));
    }

    @Test
    void exportingWithErrorsAsksFirstWithGoingBackAsTheDefaultAndStopsWhenTheUserGoesBack() {
        Report r = oneSection();
        r.sections().get(0).setBody(RichText.ofPlain("新建幼儿园xx所。"));
        vm.openNew(r);
        dialogs.confirmAnswer = false;
        commands.export();
        assertThat(dialogs.asked).singleElement().asString().startsWith("confirm:").contains("仍然导出/返回修改:safe");
        assertThat(dialogs.exportShown).isNull();

        dialogs.confirmAnswer = true;
        commands.export();
        assertThat(dialogs.exportShown).isNotNull();
    }

    @Test
    void aFinishedExportKeepsAVersionAndRemembersTheFolder() {
        vm.openNew(oneSection());
        commands.export();
        dialogs.exportShown.targetProperty().set(dir.resolve("报告.docx").toString());
        dialogs.exportShown.export();
        dialogs.exportClosed.run();
        assertThat(vm.services().settings().get(MainCommands.FOLDER_EXPORT, "")).isEqualTo(dir.toString());
        assertThat(vm.messageProperty().get()).contains("报告.docx");
    }

    @Test
    void saveAsProposesTheTitleAsFileNameAndAddsTheExtension() {
        vm.openNew(oneSection());
        dialogs.fileAnswer = dir.resolve("另存");
        commands.saveAs();
        assertThat(dialogs.asked).containsExactly("save:某某县教育局2026年工作总结.report.json");
        assertThat(dir.resolve("另存.report.json")).exists();
        assertThat(vm.fileProperty().get()).isEqualTo(dir.resolve("另存.report.json"));
    }

    @Test
    void aNewReportFromTheDialogIsOpenedAndStoredAtOnce() {
        dialogs.newReportAnswer = oneSection();
        commands.newReport();
        assertThat(vm.session().report()).isSameAs(dialogs.newReportAnswer);
        assertThat(reports.size()).isEqualTo(1);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void historyAndProfilesOpenTheirDialogsAndNothingOpensWithoutAReport() {
        commands.history();
        commands.saveAs();
        assertThat(dialogs.asked).isEmpty();
        vm.openNew(oneSection());
        commands.history();
        commands.exportProfiles();
        assertThat(dialogs.asked).containsExactly("history", "profiles");
    }
}
