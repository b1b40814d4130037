package org.reportdesk.ui.preflight;

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

/** F3 from a caret right before a blank, and the focus after 全部修复 (issue 14, item 10). */
@ExtendWith(ApplicationExtension.class)
class FillInAndFixFocusUiTest {

    private static final String BODY = "全区新建幼儿园【数字】所，新增学位【数字】个。";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(Path.of("target"), new DirectTaskExecutor(),
                new InMemoryReportRepository(), new RecordingExportService()), stage);
        Report report = new Report();
        report.setTitle("城西区教育局2025年上半年工作总结");
        report.setUnit("城西区教育局");
        report.setYear(2025);
        report.setPeriod(Period.FIRST_HALF);
        report.root().add(new Section("上半年主要工作", RichText.ofPlain(BODY)));
        report.setSignature("城西区教育局");
        report.setDate("2025年7月8日");
        window.viewModel().open(report, null);
        stage.show();
    }

    @Test
    void f3SelectsTheBlankThatStartsExactlyAtTheCaret(FxRobot robot) {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        int first = BODY.indexOf("【数字】");
        int second = BODY.indexOf("【数字】", first + 1);
        robot.interact(() -> area.moveTo(first));
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelection().getStart()).as("the blank at the caret").isEqualTo(first);
        assertThat(area.getSelectedText()).isEqualTo("【数字】");
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelection().getStart()).as("then the next one").isEqualTo(second);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelection().getStart()).as("wrapping round to the first").isEqualTo(first);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(TreeCell cell) {
        if (cell.getTreeItem() == null) {
            return;
        }
        cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
    }

    @Test
    void afterFixAllTheFocusStaysInTheEditor(FxRobot robot) throws Exception {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("改造操场1块,新建食堂2个,翻新宿舍3栋。");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.viewModel().preflight().fixableCount("punctuation.halfWidth") == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // a re-check after the last keystroke rebuilds the panel: select again until 全部修复 shows
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> robot.lookup("#findings .tree-cell").match((TreeCell<?> c) -> c.getGraphic() != null
                    && c.getGraphic().lookupAll(".label").stream()
                    .anyMatch(l -> ((Label) l).getText().contains("操场1块"))).tryQuery()
                    .ifPresent(c -> select((TreeCell<?>) c)));
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#fixAllButton").query().isVisible();
        });
        robot.clickOn("#fixAllButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).contains("改造操场1块，新建食堂2个，翻新宿舍3栋");
        Node focused = area.getScene().getFocusOwner();
        assertThat(focused).as("focus owner").isSameAs(area);
        robot.write("另");
        assertThat(robot.lookup("#librarySearch").queryTextInputControl().getText()).isEmpty();
    }
}
