package org.reportdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.ui.main.MainViewModel;
import org.reportdesk.ui.outline.DropPosition;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.outline.OutlineViewModel;

/** The library's commands as the main window uses them: insert, save as template, packs, roll forward. */
class LibraryCommandsTest {

    @TempDir
    Path dir;
    private final LibraryTestBed bed = new LibraryTestBed();
    private MainViewModel main;

    @AfterEach
    void close() {
        bed.close();
    }

    private MainViewModel open() {
        main = new MainViewModel(bed.services(dir));
        main.library().start();
        Report r = ReportFactory.fromSkeleton(Fixtures.halfYearSkeleton(), "某某区教育局", 2025, Period.FIRST_HALF);
        main.openNew(r);
        return main;
    }

    private List<String> outline() {
        List<String> out = new ArrayList<>();
        main.reportProperty().get().allSections().forEach(s -> out.add(OutlineViewModel.labelOf(s) + s.heading()));
        return out;
    }

    @Test
    void insertingATemplateIsOneUndoStepAndCountsAUse() {
        open();
        Report r = main.reportProperty().get();
        main.outline().selectedProperty().set(OutlineNode.of(r.sections().get(0)));
        List<String> before = outline();
        main.library().insert(hit("安全工作措施"), null, DropPosition.AFTER);
        assertThat(outline()).containsSubsequence("一、上半年主要工作", "二、压实安全责任", "三、强化督导问效", "（一）建立问题清单",
                "四、存在的问题", "五、下半年工作计划");
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("某某区教育局与各校签订责任书。");
        assertThat(main.outline().selectedSection().heading()).isEqualTo("压实安全责任");
        assertThat(hit("安全工作措施").usageCount()).isEqualTo(1);
        main.outline().undo();
        assertThat(outline()).isEqualTo(before);
        assertThat(main.outline().selectedSection().heading()).isEqualTo("上半年主要工作");
        main.outline().redo();
        assertThat(outline()).hasSize(before.size() + 3);
    }

    @Test
    void insertsAsAChildOrOnADropTarget() {
        open();
        Report r = main.reportProperty().get();
        main.outline().selectedProperty().set(OutlineNode.of(r.sections().get(1)));
        main.library().insert(hit("经费保障方面的问题"), null, DropPosition.INTO);
        assertThat(outline()).containsSubsequence("二、存在的问题", "（一）经费保障仍有缺口", "三、下半年工作计划");
        main.outline().dropTemplate(hit("经费保障方面的问题").id(), r.sections().get(0), DropPosition.BEFORE);
        assertThat(outline().get(0)).isEqualTo("一、经费保障仍有缺口");
        main.outline().undo();
        assertThat(outline().get(0)).isEqualTo("一、上半年主要工作");
    }

    @Test
    void savesASectionAsATemplateWithFiguresBlanked() {
        open();
        Section s = main.reportProperty().get().sections().get(0).children().get(0);
        s.setBody(RichText.ofPlain("组织教师培训12场，覆盖教师3500人次，2025年全部完成。"));
        SaveTemplateViewModel m = SaveTemplateViewModel.forSection(bed.library, new DirectTaskExecutor(), s);
        assertThat(m.titleProperty().get()).isEqualTo("强化队伍建设");
        m.titleProperty().set(" ");
        List<Template> saved = new ArrayList<>();
        m.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(m.errorProperty().get()).isEqualTo("请为模板填写标题。");
        m.titleProperty().set("教师培训");
        m.kindProperty().set(TemplateKind.SUMMARY);
        m.topicProperty().set("教师队伍");
        m.tagsProperty().set("培训，教师 研修");
        m.save(saved::add);
        Template t = saved.get(0);
        assertThat(t.source()).isEqualTo(TemplateSource.OWN);
        assertThat(t.tags()).containsExactly("培训", "教师", "研修");
        assertThat(t.sections().get(0).body().plainText()).isEqualTo("组织教师培训【数字】场，覆盖教师【数字】人次，2025年全部完成。");
        assertThat(s.body().plainText()).startsWith("组织教师培训12场");
        main.library().changed();
        assertThat(main.library().topics()).contains("教师队伍");
        assertThat(main.library().results()).extracting(h -> h.title()).contains("教师培训");
    }

    @Test
    void packImportSaysWhatItDidAndABadPackImportsNothing() throws Exception {
        Template own = bed.library.saveSection(new Section("家校共育", RichText.ofPlain("召开家长会【数字】场。")), "家校共育",
                TemplateKind.SUMMARY, "家校协同", List.of(), false);
        Path pack = dir.resolve("mine" + TemplatePacks.EXTENSION);
        List<String> infos = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        PackViewModel out = new PackViewModel(new TemplatePacks(bed.library), new DirectTaskExecutor(), () -> { },
                infos::add, errors::add);
        out.exportTo(pack);
        assertThat(infos.get(0)).startsWith("已导出 1 个模板");

        try (LibraryTestBed other = new LibraryTestBed()) {
            int[] changed = {0};
            PackViewModel in = new PackViewModel(new TemplatePacks(other.library), new DirectTaskExecutor(),
                    () -> changed[0]++, infos::add, errors::add);
            in.importFrom(pack);
            assertThat(infos.get(1)).isEqualTo("已导入模板包：新增 1 个，相同 0 个，并存 0 个。");
            in.importFrom(pack);
            assertThat(infos.get(2)).isEqualTo("已导入模板包：新增 0 个，相同 1 个，并存 0 个。");
            assertThat(changed[0]).isEqualTo(2);
            Path bad = Files.writeString(dir.resolve("bad.templates.json"), "{\"format\": \"something-else\"}");
            int count = other.library.all().size();
            in.importFrom(bad);
            assertThat(errors).containsExactly("不是 ReportDesk 模板包，未导入：" + bad);
            assertThat(other.library.all()).hasSize(count);
        }
        assertThat(own.id()).isNotNull();
        assertThat(PackViewModel.withExtension(Path.of("a.json")).toString()).isEqualTo("a" + TemplatePacks.EXTENSION);
    }

    @Test
    void rollForwardMarksSectionsUntilTheUserEditsThem() {
        open();
        main.rollForward();
        Report next = main.reportProperty().get();
        assertThat(next.title()).contains("2025年下半年工作总结和2026年上半年工作计划");
        assertThat(next.id()).as("stored the moment it opens").isNotNull();
        assertThat(main.dirtyProperty().get()).isFalse();
        assertThat(main.fileProperty().get()).isNull();
        assertThat(next.allSections()).allMatch(Section::needsReview);
        Section first = next.sections().get(0).children().get(0);
        main.outline().selectedProperty().set(OutlineNode.of(first));
        main.editor().bodyEdited(RichText.ofPlain("本期组织教师培训【数字】场。"));
        assertThat(first.needsReview()).isFalse();
        Section second = next.sections().get(0).children().get(1);
        assertThat(second.needsReview()).isTrue();
        main.outline().rename(second, "深化课后服务");
        assertThat(second.needsReview()).isFalse();
        assertThat(next.sections().get(1).needsReview()).isTrue();
    }

    private org.reportdesk.store.SearchHit hit(String title) {
        main.library().searchNow();
        return main.library().results().stream().filter(h -> h.title().equals(title)).findFirst().orElseThrow();
    }
}
