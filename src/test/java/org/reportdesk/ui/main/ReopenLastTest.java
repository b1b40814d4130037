package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.outline.OutlineNode;

/** Start where she stopped: the next start reopens the report, the section and the caret. */
class ReopenLastTest {

    private final Services first = Fixtures.services(Path.of("."), new DirectTaskExecutor(), new InMemoryReportRepository(),
            new RecordingExportService());

    /** Another start of the app: the same store and settings, a new window. */
    private Services nextStart() {
        return new Services(first.dataDir(), first.reports(), first.templates(), first.export(), first.settings(),
                first.executor(), first.library());
    }

    @Test
    void theNextStartReopensTheReportAtTheSectionAndCaretWhereSheStopped() {
        MainViewModel before = new MainViewModel(first);
        Report r = new Report();
        r.setTitle("某县教育局2026年工作总结");
        Section main = new Section("主要工作");
        main.add(new Section("学前教育", RichText.ofPlain("新建幼儿园3所。")));
        main.add(new Section("义务教育", RichText.ofPlain("新增学位900个，改造薄弱学校12所。")));
        r.root().add(main);
        before.openNew(r);
        before.outline().selectedProperty().set(OutlineNode.of(main.children().get(1)));
        before.editor().caretProperty().set(6);

        MainViewModel after = new MainViewModel(nextStart());
        assertThat(after.reopenLast()).isTrue();
        assertThat(after.session().report().id()).isEqualTo(r.id());
        assertThat(after.outline().selectedSection().heading()).isEqualTo("义务教育");
        assertThat(after.editor().caretRequestProperty().get()).isEqualTo(6);
        assertThat(after.messageProperty().get()).contains("某县教育局2026年工作总结");
    }

    @Test
    void nothingIsReopenedOnAFirstStartOrWhenTheReportIsGone() {
        MainViewModel fresh = new MainViewModel(first);
        assertThat(fresh.reopenLast()).isFalse();
        first.settings().put("last.report", "4711");
        MainViewModel gone = new MainViewModel(nextStart());
        gone.reopenLast();
        assertThat(gone.session().isOpen()).isFalse();
        assertThat(first.settings().get("last.report", "")).as("forgotten").isEmpty();
    }
}
