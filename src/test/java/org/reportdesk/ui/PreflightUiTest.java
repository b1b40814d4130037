package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
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

/** Live preflight in the main window: a typed placeholder shows up, a click selects it, fixing it clears it. */
@ExtendWith(ApplicationExtension.class)
class PreflightUiTest {

    private MainWindow window;
    private Report report;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(Path.of("target"), new DirectTaskExecutor(),
                new InMemoryReportRepository(), new RecordingExportService()), stage);
        report = new Report();
        report.setTitle("城西区教育局2025年上半年工作总结");
        report.setUnit("城西区教育局");
        report.setYear(2025);
        report.setPeriod(Period.FIRST_HALF);
        report.setOpening(RichText.ofPlain("2025年上半年，我局扎实推进各项重点工作。现将有关情况报告如下："));
        report.root().add(new Section("上半年主要工作", RichText.ofPlain("全区新建幼儿园3所。")));
        report.setSignature("城西区教育局");
        report.setDate("2025年7月8日");
        window.viewModel().open(report, null);
        stage.show();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#checkSummary").queryAs(Label.class).getText();
    }

    private static void waitForSummary(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> summary(robot).equals(text));
    }

    /** Waits until the last debounced check has shown a finding whose message or excerpt contains the text. */
    private static Node settledCell(FxRobot robot, String containing) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#findings .tree-cell")
                .match((TreeCell<?> c) -> c.getGraphic() != null && c.getGraphic().lookupAll(".label").stream()
                        .anyMatch(l -> ((Label) l).getText().contains(containing))).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return findingCell(robot, containing);
    }

    private static Node findingCell(FxRobot robot, String containing) {
        return robot.lookup("#findings .tree-cell").match((TreeCell<?> c) -> c.getGraphic() != null
                && c.getGraphic().lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText().contains(containing))).query();
    }

    @Test
    void aTypedPlaceholderAppearsIsSelectedByAClickAndDisappearsWhenReplaced(FxRobot robot) throws Exception {
        assertThat(summary(robot)).isEqualTo("未发现问题");
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("新增学位xx个。");
        waitForSummary(robot, "1 个错误");

        robot.clickOn(settledCell(robot, "学位xx个。"));
        assertThat(area.getSelectedText()).isEqualTo("xx");
        assertThat(area.isFocused()).isTrue();

        robot.write("900");
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("全区新建幼儿园3所。新增学位900个。");
        waitForSummary(robot, "未发现问题");
    }

    @Test
    void aQuickFixFromThePanelIsUndoneByCtrlZ(FxRobot robot) throws Exception {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("新增学位900个,改造操场1块。");
        waitForSummary(robot, "1 个警告");

        robot.clickOn(settledCell(robot, "操场1块。"));
        assertThat(area.getSelectedText()).isEqualTo(",");
        robot.clickOn("#fixButton");
        assertThat(area.getText()).isEqualTo("全区新建幼儿园3所。新增学位900个，改造操场1块。");
        assertThat(area.getSelectedText()).isEqualTo("，");
        waitForSummary(robot, "未发现问题");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo("全区新建幼儿园3所。新增学位900个,改造操场1块。");
        assertThat(report.sections().get(0).body().plainText()).isEqualTo(area.getText());
        waitForSummary(robot, "1 个警告");
    }

    @Test
    void f3SelectsTheNextPlaceholderInTheHeading(FxRobot robot) throws Exception {
        var heading = robot.lookup("#headingField").queryTextInputControl();
        robot.interact(() -> heading.setText("某某学校主要工作"));
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.isFocused()).isTrue();
        assertThat(heading.getSelectedText()).as("wraps from the body to the heading above").isEqualTo("某某");
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.getSelectedText()).as("the only place left, from either side").isEqualTo("某某");
    }

    @Test
    void findAndReplaceAcrossTheReportIsOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn("#body");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#findField").write("城西区");
        robot.clickOn("#replaceField").write("城北区");
        assertThat(robot.lookup("#findMessage").queryAs(Label.class).getText()).isEqualTo("共找到 2 处");
        robot.clickOn("#replaceAll");
        assertThat(report.title()).isEqualTo("城北区教育局2025年上半年工作总结");
        assertThat(report.signature()).isEqualTo("城北区教育局");
        robot.interact(() -> window.view().actions().undo());
        assertThat(report.title()).isEqualTo("城西区教育局2025年上半年工作总结");
        assertThat(report.signature()).isEqualTo("城西区教育局");
    }

    @Test
    void exportWarnsWhileErrorsRemainAndLetsTheUserGoBackOrExportAnyway(FxRobot robot) throws Exception {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("新增学位xx个。");

        robot.clickOn("#exportButton");
        Label warning = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(warning.getText()).startsWith("报告中还有 1 个错误").contains("占位符“xx”");
        robot.clickOn("返回修改");
        assertThat(robot.lookup("#runExportButton").tryQuery()).isEmpty();

        robot.clickOn("#exportButton");
        robot.clickOn("仍然导出");
        assertThat(robot.lookup("#runExportButton").tryQuery()).isPresent();
        robot.clickOn("#closeExportButton");
    }

    @Test
    void thePanelFoldsToItsHeaderAndBack(FxRobot robot) {
        Node findings = robot.lookup("#findings").query();
        robot.clickOn("#collapsePreflight");
        assertThat(findings.isVisible()).isFalse();
        assertThat(robot.lookup("#preflightSummary").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#collapsePreflight");
        assertThat(findings.isVisible()).isTrue();
    }
}
