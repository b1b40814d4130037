package org.reportdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.testing.RecordingExportService;

class ExportViewModelTest {

    @TempDir
    Path dir;
    private final RecordingExportService export = new RecordingExportService();

    private ExportViewModel vm(String title) {
        Report r = new Report();
        r.setTitle(title);
        return new ExportViewModel(export, new DirectTaskExecutor(), Runnable::run, r);
    }

    @Test
    void offersTheStandardProfileFirstAndDescribesTheOthers() {
        ExportViewModel vm = vm("报告");
        assertThat(vm.profileProperty().get()).isEqualTo("标准");
        assertThat(vm.differencesProperty().get()).contains("标准版式一致");
        vm.profileProperty().set("宽松");
        assertThat(vm.differencesProperty().get()).contains("行距");
    }

    @Test
    void defaultFileNameIsTheTitleMadeSafe() {
        assertThat(vm("某某局2025年工作总结").defaultFileName()).isEqualTo("某某局2025年工作总结.docx");
        assertThat(vm("a/b:c").defaultFileName()).isEqualTo("a_b_c.docx");
    }

    @Test
    void exportsAndReportsThePath() throws Exception {
        ExportViewModel vm = vm("总结");
        vm.targetProperty().set(dir.resolve("out").toString());
        vm.export();
        Path written = dir.resolve("out.docx");
        assertThat(Files.exists(written)).isTrue();
        assertThat(export.calls).singleElement().satisfies(c -> assertThat(c.profile()).isEqualTo("标准"));
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.messageProperty().get()).startsWith("已导出").contains(written.toString());
    }

    @Test
    void failureIsOneSentenceAndNotDone() {
        export.fail = true;
        ExportViewModel vm = vm("总结");
        vm.targetProperty().set(dir.resolve("x.docx").toString());
        vm.export();
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("文件被其他程序占用").doesNotContain("Exception");
    }

    @Test
    void refusesWithoutATarget() {
        ExportViewModel vm = vm("总结");
        vm.export();
        assertThat(export.calls).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("请先选择保存位置。");
    }
}
