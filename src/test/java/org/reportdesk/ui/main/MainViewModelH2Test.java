package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.outline.OutlineNode;

/** The main view model against the real H2 store: save, edit, save again, reopen. */
class MainViewModelH2Test {

    private final Database db = Database.inMemory("ui-main-" + System.nanoTime());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesTwiceAndReopensFromTheDatabase() {
        H2ReportRepository reports = new H2ReportRepository(db);
        H2TemplateRepository templates = new H2TemplateRepository(db);
        MainViewModel vm = new MainViewModel(new Services(Path.of("."), reports, templates,
                new RecordingExportService(), Settings.inMemory(), new DirectTaskExecutor(),
                new TemplateLibrary(templates, SearchIndex.inMemory(), new MetaStore(db))));
        Report r = ReportFactory.fromSkeleton(Fixtures.halfYearSkeleton(), "某某区教育局", 2025, Period.FIRST_HALF);
        vm.openNew(r);
        vm.save();
        long id = r.id();
        vm.outline().selectedProperty().set(OutlineNode.of(r.sections().get(1)));
        vm.editor().bodyEdited(RichText.ofPlain("师资结构性短缺仍然存在。"));
        vm.outline().moveUp();
        vm.save();

        assertThat(reports.list()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
        vm.openStored(id);
        Report back = vm.reportProperty().get();
        assertThat(back.title()).isEqualTo("某某区教育局2025年上半年工作总结和下半年工作计划");
        assertThat(back.sections().get(0).numberedHeading()).isEqualTo("一、存在的问题");
        assertThat(back.sections().get(0).body().plainText()).isEqualTo("师资结构性短缺仍然存在。");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }
}
