package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pasting from Word, styling and undo in the body; renaming, deleting and undoing in the tree. */
@ExtendWith(ApplicationExtension.class)
class EditorAndOutlineUiTest {

    private MainWindow window;
    private Report report;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(Path.of("target"), new DirectTaskExecutor(),
                new InMemoryReportRepository(), new RecordingExportService()), stage);
        report = new Report();
        report.setTitle("测试报告");
        report.root().add(new Section("主要工作", RichText.ofPlain("原有正文")));
        report.root().add(new Section("存在的问题"));
        window.viewModel().open(report, null);
        stage.show();
    }

    @Test
    void pastesWordTextAsPlainParagraphsAndTogglesBold(FxRobot robot) {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                DataFormat.PLAIN_TEXT, "\ufeff一是加强管理；\r\n二是\u200b完善制度。\r",
                DataFormat.HTML, "<b style='font-family:SimSun'>一是加强管理；</b>")));
        robot.clickOn(area);
        robot.interact(() -> {
            area.selectAll();
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        Section s = report.sections().get(0);
        assertThat(s.body().plainText()).isEqualTo("一是加强管理；\n二是完善制度。\n");
        assertThat(s.body().paragraphs()).allSatisfy(p -> assertThat(p.spans()).allMatch(Span::isPlain));

        robot.interact(() -> area.selectRange(0, 2));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(s.body().paragraphs().get(0).spans().get(0)).isEqualTo(new Span("一是", true, false, false));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(s.body().paragraphs().get(0).spans()).allMatch(Span::isPlain);
        assertThat(s.body().plainText()).as("one undo step only").isEqualTo("一是加强管理；\n二是完善制度。\n");
        // the unsaved marker goes once autosave has stored the edits (within a second)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(org.reportdesk.ui.autosave.Autosave.DELAY.toMillis() + 700);
        assertThat(window.stage().getTitle()).doesNotStartWith("*");
    }

    @Test
    void renamesInPlaceDeletesAndUndoesInTheTree(FxRobot robot) {
        robot.clickOn(cell(robot, "二、存在的问题"));
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("问题与不足").type(KeyCode.ENTER);
        assertThat(report.sections().get(1).heading()).isEqualTo("问题与不足");
        assertThat(robot.lookup("#headingField").queryTextInputControl().getText()).isEqualTo("问题与不足");

        robot.clickOn(cell(robot, "一、主要工作"));
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(cellTexts(robot)).contains("一、问题与不足", "二、主要工作");
        robot.type(KeyCode.DELETE);
        assertThat(cellTexts(robot)).contains("一、问题与不足").doesNotContain("二、主要工作");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(cellTexts(robot)).as("one undo step only").contains("一、问题与不足", "二、主要工作");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(cellTexts(robot)).contains("一、主要工作", "二、问题与不足");

        robot.clickOn(cell(robot, "二、问题与不足"));
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(cellTexts(robot)).contains("（一）问题与不足");
        assertThat(report.sections()).hasSize(1);
    }

    @Test
    void ctrlZUndoesTypingInTheSectionItWasMadeInWhereverTheFocusIs(FxRobot robot) {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(cell(robot, "一、主要工作"));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("ABC");
        robot.clickOn(cell(robot, "二、存在的问题"));
        robot.clickOn(area);
        robot.write("XY");
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("原有正文ABC");
        assertThat(report.sections().get(1).body().plainText()).isEqualTo("XY");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(report.sections().get(1).body().plainText()).isEmpty();
        assertThat(area.getText()).isEmpty();

        robot.clickOn(cell(robot, "【署名与日期】"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("原有正文");
        assertThat(window.viewModel().outline().selectedSection()).isSameAs(report.sections().get(0));
        assertThat(area.getText()).as("the section whose typing was undone is shown").isEqualTo("原有正文");
        assertThat(area.getCaretPosition()).isEqualTo(4);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("原有正文ABC");
        assertThat(area.getText()).isEqualTo("原有正文ABC");

        robot.clickOn("#headingField").write("Q");
        assertThat(report.sections().get(0).heading()).isEqualTo("主要工作Q");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(report.sections().get(0).heading()).as("the heading field's Ctrl+Z is the report's").isEqualTo("主要工作");
        assertThat(report.sections().get(0).body().plainText()).isEqualTo("原有正文");
    }

    @Test
    void dragsASectionIntoAnother(FxRobot robot) {
        Node target = cell(robot, "一、主要工作");
        robot.drag(cell(robot, "二、存在的问题")).moveTo(target).dropTo(target);
        assertThat(cellTexts(robot)).contains("（一）存在的问题");
        assertThat(report.sections()).hasSize(1);
    }

    @Test
    void insertsATemplateByDoubleClickAfterTheSelectedSection(FxRobot robot) {
        robot.clickOn(cell(robot, "一、主要工作"));
        robot.doubleClickOn("校园安全工作总结");
        assertThat(cellTexts(robot)).contains("二、筑牢校园安全防线", "三、存在的问题");
    }

    @Test
    void remembersWindowSizeAndDividers(FxRobot robot) {
        double[] splitWidth = new double[1];
        robot.interact(() -> {
            window.view().split().setDividerPositions(0.3, 0.7);
            splitWidth[0] = window.view().split().getWidth();
            window.stage().setWidth(1000);
            window.stage().hide();
        });
        var settings = window.viewModel().services().settings();
        // side panes are stored in pixels (word-habits, PaneWidths): the outline's divider from the left edge
        assertThat(settings.getDouble("pane.outline.width", 0))
                .isCloseTo(0.3 * splitWidth[0], org.assertj.core.data.Offset.offset(1.0));
        assertThat(settings.getDouble("pane.library.width", 0))
                .isCloseTo(0.3 * splitWidth[0], org.assertj.core.data.Offset.offset(1.0));
        assertThat(settings.getDouble("window.width", 0)).isGreaterThan(900).isLessThan(1001);
    }

    @Test
    void refusesAFifthLevelWithAMessage(FxRobot robot) {
        Section s = report.sections().get(0);
        Section d = s;
        for (int i = 2; i <= 4; i++) {
            Section c = new Section("第" + i + "级");
            d.add(c);
            d = c;
        }
        Section deepest = d;
        robot.interact(() -> {
            window.viewModel().open(report, null);
            window.viewModel().outline().selectedProperty().set(OutlineNode.of(deepest));
        });
        robot.clickOn("#addChildButton");
        assertThat(robot.lookup("#messageArea").queryAs(Label.class).getText()).isEqualTo("标题最多 4 级，此操作会超出，未执行。");
        assertThat(deepest.children()).isEmpty();
    }

    private static Node cell(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".outline-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".outline-cell").<TreeCell<?>>queryAll().stream()
                .map(TreeCell::getText).filter(t -> t != null).toList();
    }
}
