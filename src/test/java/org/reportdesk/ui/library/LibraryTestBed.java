package org.reportdesk.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;

/** A real library (H2 in memory, Lucene in memory) holding our own few templates, and services around it. */
final class LibraryTestBed implements AutoCloseable {

    final Database db = Database.inMemory("library-ui-" + System.nanoTime());
    final H2TemplateRepository repo = new H2TemplateRepository(db);
    final SearchIndex index = SearchIndex.inMemory();
    final TemplateLibrary library = new TemplateLibrary(repo, index, new MetaStore(db));
    final List<Template> saved = new ArrayList<>();

    LibraryTestBed() {
        saved.addAll(repo.saveAll(List.of(Fixtures.halfYearSkeleton(), Fixtures.safetySummary(), twoMeasures(),
                Template.of("problem.funds", "经费保障方面的问题", TemplateKind.PROBLEM, "经费保障", List.of("经费"), "",
                        RichText.EMPTY, List.of(new Section("经费保障仍有缺口", RichText.ofPlain("部分学校公用经费偏紧。"))),
                        TemplateSource.BUILTIN))));
        library.ensureIndexCurrent();
    }

    /** A measures template of two top-level sections, the second with a child. */
    static Template twoMeasures() {
        Section b = new Section("强化督导问效", RichText.ofPlain("每学期开展专项督导【数字】次。"));
        b.add(new Section("建立问题清单"));
        return Template.of("measure.safety", "安全工作措施", TemplateKind.MEASURE, "校园安全", List.of("安全"), "",
                RichText.EMPTY, List.of(new Section("压实安全责任", RichText.ofPlain("{{单位名称}}与各校签订责任书。")), b),
                TemplateSource.BUILTIN);
    }

    Template byTitle(String title) {
        return library.all().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    Services services(Path dir) {
        return new Services(dir, new InMemoryReportRepository(), repo, new RecordingExportService(), Settings.inMemory(),
                new DirectTaskExecutor(), library);
    }

    @Override
    public void close() {
        index.close();
        db.close();
    }

    /** A debounce the test fires by hand. */
    static final class ManualDebounce implements Debounce {
        Runnable pending;
        int restarts;

        @Override
        public void restart(Runnable action) {
            pending = action;
            restarts++;
        }

        void fire() {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        }
    }
}
