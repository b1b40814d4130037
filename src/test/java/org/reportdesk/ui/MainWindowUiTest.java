package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A secretary's first session: new report from a skeleton, outline edits, typing, save, reopen, export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path dir;
    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final RecordingExportService export = new RecordingExportService();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), reports, export), stage);
        stage.show();
    }

    @Test
    void writeSaveReopenAndExportAReport(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        robot.clickOn("#unitField").write("某某区教育局");
        robot.clickOn("#periodChoice").clickOn("上半年");
        robot.clickOn("#createReportButton");
        assertThat(OutlineCells.shown(robot)).containsExactly("【标题与开头语】", "一、上半年主要工作", "（一）强化队伍建设",
                "（二）推进课后服务", "二、存在的问题", "三、下半年工作计划", "【署名与日期】");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).as("a new report is stored at once").startsWith("某某区教育局")
                .contains("工作总结和下半年工作计划");
        assertThat(reports.size()).isEqualTo(1);

        robot.clickOn(OutlineCells.cell(robot, "二、存在的问题"));
        robot.clickOn("#addSiblingButton");
        TextField heading = robot.lookup("#headingField").queryAs(TextField.class);
        robot.clickOn(heading).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("安全稳定工作");
        assertThat(OutlineCells.shown(robot)).containsSubsequence("二、存在的问题", "三、安全稳定工作", "四、下半年工作计划");

        robot.clickOn(OutlineCells.cell(robot, "三、安全稳定工作"));
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(OutlineCells.shown(robot)).containsSubsequence("一、上半年主要工作", "二、安全稳定工作", "三、存在的问题",
                "四、下半年工作计划");
        robot.type(KeyCode.TAB);
        assertThat(OutlineCells.shown(robot)).containsSubsequence("（二）推进课后服务", "（三）安全稳定工作", "二、存在的问题",
                "三、下半年工作计划");

        robot.clickOn("#body").write("排查校园隐患");
        Section moved = window.viewModel().reportProperty().get().sections().get(0).children().get(2);
        assertThat(moved.heading()).isEqualTo("安全稳定工作");
        assertThat(moved.body().plainText()).isEqualTo("排查校园隐患");
        assertThat(robot.lookup("#sectionChars").queryAs(Label.class).getText()).isEqualTo("本节字数：15");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.viewModel().dirtyProperty().get());
        assertThat(reports.size()).isEqualTo(1);
        assertThat(reports.lastSavedThread).as("autosave runs in its own lane").isEqualTo("reportdesk-save");
        assertThat(window.stage().getTitle()).doesNotStartWith("*");

        robot.clickOn("#openButton");
        robot.clickOn("#openReportButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.viewModel().messageProperty().get().startsWith("已打开"));
        Report reopened = window.viewModel().reportProperty().get();
        assertThat(reopened.sections().get(0).children().get(2).body().plainText()).isEqualTo("排查校园隐患");
        robot.clickOn(OutlineCells.cell(robot, "（三）安全稳定工作"));
        assertThat(robot.lookup("#body").queryAs(ReportArea.class).getText()).isEqualTo("排查校园隐患");

        robot.clickOn("#exportButton");
        // The skeleton's blanks are still empty: the preflight warns, the secretary exports anyway.
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).startsWith("报告中还有");
        robot.clickOn("仍然导出");
        TextField target = robot.lookup("#targetField").queryAs(TextField.class);
        assertThat(target.getText()).endsWith("某某区教育局" + reopened.year() + "年上半年工作总结和下半年工作计划.docx");
        Path out = dir.resolve("导出.docx");
        robot.interact(() -> target.setText(out.toString()));
        robot.clickOn("#runExportButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> export.calls.size() == 1
                && robot.lookup("#exportMessage").queryAs(Label.class).getText().startsWith("已导出"));
        assertThat(export.calls.get(0).target()).isEqualTo(out);
        assertThat(export.calls.get(0).sections()).isEqualTo(6);
        assertThat(export.calls.get(0).thread()).as("export runs in the long-work lane").isEqualTo("reportdesk-long");
        robot.clickOn("#closeExportButton");
        assertThat(window.viewModel().messageProperty().get()).startsWith("已导出");
    }
}
