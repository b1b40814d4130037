package org.reportdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.SectionChange;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainViewModel;

class HistoryViewModelTest {

    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final Services services = Fixtures.services(Path.of("."), new DirectTaskExecutor(), reports, new RecordingExportService());
    private final MainViewModel main = new MainViewModel(services);

    private HistoryViewModel history() {
        return new HistoryViewModel(services, main.session(), ZoneOffset.UTC);
    }

    private Report opened() {
        Report r = new Report();
        r.setTitle("某县教育局工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("新增学位800个。")));
        r.root().add(new Section("存在问题", RichText.ofPlain("师资不足。")));
        main.open(r, null);
        main.save();
        return r;
    }

    @Test
    void ctrlSKeepsAVersionThatListsWithReasonAndCharacters() {
        opened();
        HistoryViewModel h = history();
        h.load();
        assertThat(h.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SnapshotReason.MANUAL);
            assertThat(h.describe(s)).contains("手动保存").endsWith(s.characters() + " 字");
        });
    }

    @Test
    void aDeletedSectionComesBackAndTheRestoreCanItselfBeUndone() {
        Report r = opened();
        main.outline().selectedProperty().set(org.reportdesk.ui.outline.OutlineNode.of(r.sections().get(1)));
        main.outline().delete();
        main.flush();

        HistoryViewModel h = history();
        h.load();
        h.select(h.snapshots().get(0));
        assertThat(h.changes()).extracting(SectionChange::kind).containsExactly(SectionChange.Kind.REMOVED);
        h.restoreSection(h.changes().get(0));
        Report now = main.reportProperty().get();
        main.flush();
        assertThat(now.sections()).extracting(Section::heading).containsExactly("主要工作", "存在问题");
        assertThat(reports.load(now.id()).sections()).hasSize(2);
        assertThat(h.snapshots()).extracting(s -> s.reason()).containsExactly(SnapshotReason.BEFORE_RESTORE, SnapshotReason.MANUAL);

        h.select(h.snapshots().get(0));
        h.restoreAll();
        assertThat(main.reportProperty().get().sections()).extracting(Section::heading).containsExactly("主要工作");
        main.flush();
        assertThat(reports.load(now.id()).sections()).hasSize(1);
    }

    /** Bug: restoring one section used to wipe the whole undo history (canUndo went from true to false). */
    @Test
    void restoringOneSectionKeepsTheUndoHistoryAndIsItselfOneUndoStep() {
        Report r = opened();
        Section first = r.sections().get(0);
        main.outline().selectedProperty().set(org.reportdesk.ui.outline.OutlineNode.of(first));
        main.editor().headingProperty().set("主要工作及成效");
        main.outline().selectedProperty().set(org.reportdesk.ui.outline.OutlineNode.of(r.sections().get(1)));
        main.outline().delete();
        main.flush();

        HistoryViewModel h = history();
        h.load();
        h.select(h.snapshots().get(0));
        SectionChange removed = h.changes().stream().filter(c -> c.kind() == SectionChange.Kind.REMOVED).findFirst().orElseThrow();
        h.restoreSection(removed);
        assertThat(r.sections()).extracting(Section::heading).containsExactly("主要工作及成效", "存在问题");
        assertThat(main.undo().canUndoProperty().get()).as("the history survives a restore").isTrue();

        main.undo().undo();
        assertThat(r.sections()).as("the restore is undone first").extracting(Section::heading).containsExactly("主要工作及成效");
        main.undo().undo();
        assertThat(r.sections()).as("then the deletion").extracting(Section::heading).containsExactly("主要工作及成效", "存在问题");
        main.undo().undo();
        assertThat(first.heading()).as("then the heading typed before").isEqualTo("主要工作");
        main.undo().redo();
        assertThat(first.heading()).isEqualTo("主要工作及成效");
    }

    @Test
    void restoringTheWholeVersionIsOneUndoStep() {
        Report r = opened();
        main.outline().selectedProperty().set(org.reportdesk.ui.outline.OutlineNode.of(r.sections().get(1)));
        main.outline().delete();
        main.flush();
        HistoryViewModel h = history();
        h.load();
        h.select(h.snapshots().get(0));
        h.restoreAll();
        assertThat(main.reportProperty().get()).as("the same report stays open").isSameAs(r);
        assertThat(r.sections()).extracting(Section::heading).containsExactly("主要工作", "存在问题");
        main.undo().undo();
        assertThat(r.sections()).extracting(Section::heading).containsExactly("主要工作");
        main.undo().undo();
        assertThat(r.sections()).extracting(Section::heading).containsExactly("主要工作", "存在问题");
    }
}
