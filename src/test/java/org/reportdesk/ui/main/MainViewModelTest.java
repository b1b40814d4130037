package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.StoreException;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.outline.OutlineNode;

class MainViewModelTest {

    @TempDir
    Path dir;
    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final MainViewModel vm = new MainViewModel(
            Fixtures.services(Path.of("."), new DirectTaskExecutor(), reports, new RecordingExportService()));

    private Report sample() {
        Report r = new Report();
        r.setTitle("某某县教育局2026年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年完成")));
        return r;
    }

    @Test
    void editsMarkDirtyAndSavingClearsItAndStoresTheReport() {
        vm.open(sample(), null);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.windowTitleProperty().get()).startsWith("某某县教育局2026年工作总结");

        vm.editor().bodyEdited(RichText.ofPlain("全年完成各项任务"));
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.windowTitleProperty().get()).startsWith("* ");

        vm.save();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(reports.size()).isEqualTo(1);
        assertThat(vm.reportProperty().get().id()).isNotNull();
        assertThat(vm.messageProperty().get()).startsWith("已保存");
        Report stored = reports.load(vm.reportProperty().get().id());
        assertThat(stored.sections().get(0).body().plainText()).isEqualTo("全年完成各项任务");
    }

    @Test
    void reportCharsFollowEdits() {
        vm.open(sample(), null);
        int before = vm.reportCharsProperty().get();
        vm.outline().selectedProperty().set(OutlineNode.of(vm.reportProperty().get().sections().get(0)));
        vm.outline().addSibling();
        assertThat(vm.reportCharsProperty().get()).isEqualTo(before + "二、新标题".length());
    }

    @Test
    void reopensAStoredReport() {
        vm.open(sample(), null);
        vm.save();
        long id = vm.reportProperty().get().id();
        vm.open(new Report(), null);
        vm.openStored(id);
        assertThat(vm.reportProperty().get().title()).isEqualTo("某某县教育局2026年工作总结");
        assertThat(vm.outline().selectedSection().heading()).isEqualTo("主要工作");
    }

    @Test
    void savesAsAndReadsAReportFile() {
        vm.open(sample(), null);
        Path f = dir.resolve("a.report.json");
        vm.saveAs(f);
        vm.openFile(f);
        assertThat(vm.reportProperty().get().sections()).extracting(Section::heading).containsExactly("主要工作");
        assertThat(vm.fileProperty().get()).isEqualTo(f);
    }

    @Test
    void storeFailureIsShownAsOneSentenceAndNothingIsLost() {
        ReportRepository failing = new ReportRepository() {
            @Override
            public List<ReportSummary> list() {
                return List.of();
            }

            @Override
            public Report load(long id) {
                throw new StoreException("store.reportMissing", id);
            }

            @Override
            public Report save(Report report) {
                throw new StoreException("store.writeFailed", "disk full");
            }

            @Override
            public List<Report> saveAll(List<Report> reports) {
                throw new StoreException("store.writeFailed", "disk full");
            }

            @Override
            public void delete(long id) {
            }
        };
        MainViewModel m = new MainViewModel(new org.reportdesk.services.Services(Path.of("."), failing, Fixtures.templates(),
                new RecordingExportService(), org.reportdesk.services.Settings.inMemory(), new DirectTaskExecutor(),
                Fixtures.library(Fixtures.templates())));
        Report r = sample();
        m.openNew(r);
        m.save();
        assertThat(m.messageProperty().get()).isEqualTo("磁盘已满，报告无法存入数据文件夹（.）。修改仍在本窗口中：请腾出磁盘空间，或另存为报告文件。");
        assertThat(m.messageIsErrorProperty().get()).isTrue();
        assertThat(m.dirtyProperty().get()).isTrue();
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.reportProperty().get()).isSameAs(r);
    }

    @Test
    void insertsATemplateFilledWithTheReportsFields() {
        Report r = sample();
        r.setUnit("某某县教育局");
        r.setYear(2026);
        vm.open(r, null);
        vm.insertTemplate(Fixtures.safetySummary());
        assertThat(r.sections()).extracting(Section::numberedHeading).containsExactly("一、主要工作", "二、筑牢校园安全防线");
        assertThat(r.sections().get(1).body().plainText()).startsWith("2026年开展安全检查");
    }

    @Test
    void outlineRefusalsAppearInTheMessageArea() {
        Report r = sample();
        Section s = r.sections().get(0);
        Section d2 = new Section("二级");
        Section d3 = new Section("三级");
        Section d4 = new Section("四级");
        s.add(d2);
        d2.add(d3);
        d3.add(d4);
        vm.open(r, null);
        vm.outline().selectedProperty().set(OutlineNode.of(d4));
        vm.outline().addChild();
        assertThat(vm.messageProperty().get()).contains("最多 4 级");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(d4.children()).isEmpty();
    }

    @Test
    void opensAReportDeeperThanFourLevelsWithoutFailing() {
        Report r = sample();
        Section d = r.sections().get(0);
        for (int i = 2; i <= 5; i++) {
            Section c = new Section("第" + i + "级");
            d.add(c);
            d = c;
        }
        vm.open(r, null);
        vm.outline().selectedProperty().set(OutlineNode.of(d));
        assertThat(vm.outline().textOf(OutlineNode.of(d))).isEqualTo("第5级");
        assertThat(vm.editor().charsProperty().get()).isEqualTo(3);
        assertThat(vm.reportCharsProperty().get()).isGreaterThan(0);
    }
}
