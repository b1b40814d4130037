package org.reportdesk.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportOptions;

class ImportPreviewViewModelTest {

    private final InMemoryReportRepository store = new InMemoryReportRepository();
    private final InMemoryTemplateRepository templates = new InMemoryTemplateRepository(List.of());
    private final TemplateLibrary library = Fixtures.library(templates);
    private final List<String> said = new ArrayList<>();

    private ImportPreviewViewModel preview(String text) {
        ImportSource source = ImportSource.text(text);
        return new ImportPreviewViewModel(source, source.read(ImportOptions.defaults()), new DirectTaskExecutor(), store, library);
    }

    private static Report shown(ImportPreviewViewModel vm) {
        return vm.shownProperty().get().report();
    }

    private static String body(ImportPreviewViewModel vm, int top, int child) {
        return shown(vm).sections().get(top).children().get(child).body().plainText();
    }

    @Test
    void showsTheCleanedOutlineAndWhatWasChanged() {
        ImportPreviewViewModel vm = preview(WebPaste.text());
        Report r = shown(vm);
        assertThat(r.title()).isEqualTo("青松县教育局2025年上半年工作总结");
        assertThat(r.sections()).extracting(Section::numberedHeading)
                .containsExactly("一、上半年主要工作", "二、存在的问题", "三、下半年工作计划");
        assertThat(r.sections().get(0).children()).extracting(Section::numberedHeading)
                .containsExactly("（一）夯实学前教育基础。", "（二）推进义务教育均衡。");
        assertThat(vm.changes()).extracting(c -> c.change().kind())
                .contains(ImportChange.Kind.SITE_FURNITURE, ImportChange.Kind.PUNCTUATION);
        assertThat(vm.changes()).allMatch(c -> c.appliedProperty().get());
    }

    @Test
    void changingAnOptionImportsAgain() {
        ImportPreviewViewModel vm = preview(WebPaste.text());
        assertThat(body(vm, 0, 0)).contains("3所，新增");

        vm.fullWidthPunctuationProperty().set(false);

        assertThat(body(vm, 0, 0)).contains("3所,新增");
        assertThat(vm.changes()).noneMatch(c -> c.change().kind() == ImportChange.Kind.PUNCTUATION);

        vm.cleanWebTextProperty().set(false);
        assertThat(vm.changes()).noneMatch(c -> c.change().kind() == ImportChange.Kind.SITE_FURNITURE);
        assertThat(shown(vm).title() + shown(vm).opening().plainText()).contains("您现在的位置");
    }

    @Test
    void untickingOneChangeUndoesOnlyThatChangeAndCanBeTickedAgain() {
        ImportPreviewViewModel vm = preview(WebPaste.text());
        ChangeRow line4 = row(vm, "L4:PUNCTUATION");

        line4.appliedProperty().set(false);

        assertThat(vm.options().rejectedChanges()).containsExactly("L4:PUNCTUATION");
        assertThat(body(vm, 0, 0)).contains("3所,新增学位540个;");
        assertThat(body(vm, 0, 1)).contains("改造，课后");
        ChangeRow undone = row(vm, "L4:PUNCTUATION");
        assertThat(undone.appliedProperty().get()).isFalse();
        assertThat(vm.changes()).filteredOn(c -> c.change().id().equals("L4:PUNCTUATION")).hasSize(1);

        undone.appliedProperty().set(true);

        assertThat(vm.options().rejectedChanges()).isEmpty();
        assertThat(body(vm, 0, 0)).contains("3所，新增");
    }

    private static ChangeRow row(ImportPreviewViewModel vm, String id) {
        return vm.changes().stream().filter(c -> c.change().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void demotingRenumbersButNeverGoesPastFourLevels() {
        ImportPreviewViewModel vm = preview("""
                某县教育局2025年工作总结
                一、主要工作
                （一）抓党建
                1.学习
                （1）集中学习。每月一次。
                （2）个人自学。每周一次。
                （二）抓队伍
                """);
        Report r = shown(vm);
        Section second = r.sections().get(0).children().get(1);
        vm.outline().selectedProperty().set(second);

        vm.outline().demote();

        assertThat(second.numberedHeading()).isEqualTo("2.抓队伍");
        assertThat(PreviewOutline.display(second)).startsWith("2.抓队伍").contains("3");
        Section deepest = r.sections().get(0).children().get(0).children().get(0).children().get(1);
        vm.outline().selectedProperty().set(deepest);

        vm.outline().demote();

        assertThat(vm.outline().messageProperty().get()).contains("4");
        assertThat(deepest.depth()).isEqualTo(4);
        assertThat(deepest.numberedHeading()).isEqualTo("（2）个人自学。");

        vm.outline().promote();
        assertThat(deepest.depth()).isEqualTo(3);
        assertThat(vm.outline().messageProperty().get()).isEmpty();
    }

    @Test
    void aMissingHeadingIsFlaggedUntilNamed() {
        ImportPreviewViewModel vm = preview("""
                某县教育局2025年工作总结
                1.全年完成校舍改造12所。
                2.新增学位800个。
                1.招聘教师120名。
                2.培训校长60人次。
                """);
        List<Section> missing = shown(vm).allSections().stream().filter(PreviewTree::flagged).toList();
        assertThat(missing).isNotEmpty();
        assertThat(PreviewOutline.display(missing.get(0))).contains("缺少标题");
        vm.outline().selectedProperty().set(missing.get(0));

        vm.outline().rename("队伍建设");

        assertThat(missing.get(0).heading()).isEqualTo("队伍建设");
        assertThat(PreviewTree.flagged(missing.get(0))).isFalse();
    }

    @Test
    void opensTheReportOnShowAndStoresTheOtherPiecesOfACollection() {
        ImportPreviewViewModel vm = preview("""
                教育工作总结（合集2篇）
                篇一：甲县教育局2025年工作总结
                一、主要工作
                全年完成校舍改造12所。
                篇二：乙县教育局2025年工作总结
                一、主要工作
                全年新增学位800个。
                """);
        assertThat(vm.reports()).hasSize(2);
        vm.shownProperty().set(vm.reports().get(1));
        List<Report> opened = new ArrayList<>();

        boolean done = vm.openAsReports(opened::add, said::add);

        assertThat(done).isTrue();
        assertThat(opened).extracting(Report::title).containsExactly("乙县教育局2025年工作总结");
        assertThat(store.list()).extracting(s -> s.title()).containsExactly("甲县教育局2025年工作总结");
        assertThat(said).singleElement().asString().contains("乙县").contains("1");
    }

    @Test
    void keepingTheReportBeingEditedOpensAndStoresNothing() {
        ImportPreviewViewModel vm = preview(WebPaste.text());
        assertThat(vm.openAsReports(r -> false, said::add)).isFalse();
        vm.reports().forEach(r -> r.chosenProperty().set(false));
        assertThat(vm.openAsReports(r -> true, said::add)).isFalse();
        assertThat(vm.messageProperty().get()).isNotEmpty();
        assertThat(store.size()).isZero();
        assertThat(said).isEmpty();
    }

    @Test
    void savesEachTopLevelSectionIntoTheLibraryWithBlanks() {
        ImportPreviewViewModel vm = preview("""
                xx县教育局20xx年工作总结
                一、主要工作
                （一）改善办学条件。全年完成xx所学校改造，投入资金xx万元。
                二、存在的问题
                某某乡镇学校教师缺编。
                """);

        vm.saveToLibrary(TemplateKind.SUMMARY, "基础设施与项目建设", said::add);

        List<Template> saved = templates.all();
        assertThat(saved).extracting(Template::title).containsExactly("主要工作", "存在的问题");
        assertThat(saved).allMatch(t -> t.kind() == TemplateKind.SUMMARY && t.source() == TemplateSource.OWN
                && t.topic().equals("基础设施与项目建设"));
        assertThat(saved.get(0).sections().get(0).children().get(0).body().plainText())
                .isEqualTo("全年完成【数字】所学校改造，投入资金【数字】万元。");
        assertThat(saved.get(1).sections().get(0).body().plainText()).isEqualTo("【名称】乡镇学校教师缺编。");
        assertThat(said).singleElement().asString().contains("2");
        assertThat(body(vm, 0, 0)).contains("xx所");
    }

    @Test
    void savesOnlyTheSelectedSectionWhenOneIsSelected() {
        ImportPreviewViewModel vm = preview(WebPaste.text());
        vm.outline().selectedProperty().set(shown(vm).sections().get(0).children().get(1));

        vm.saveToLibrary(TemplateKind.PLAN, "义务教育", said::add);

        assertThat(templates.all()).extracting(Template::title).containsExactly("推进义务教育均衡");
        assertThat(templates.all().get(0).kind()).isEqualTo(TemplateKind.PLAN);
        assertThat(Set.copyOf(library.topics())).contains("义务教育");
    }
}
