package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.FxTaskExecutor;
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

/** Word habits in the real main window: right-click menus, Ctrl+Enter, zoom, the save status. */
@ExtendWith(ApplicationExtension.class)
class DeskHabitsUiTest {

    @TempDir
    static Path dir;
    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), reports, new RecordingExportService()), stage);
        stage.show();
        Report r = new Report();
        r.setTitle("某县教育局2026年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年新增学位900个。")));
        r.root().add(new Section("存在问题", RichText.ofPlain("师资不足。")));
        window.viewModel().openNew(r);
    }

    @Test
    void rightClickOnTheOutlineOffersTheOutlineCommandsWithTheirShortcutsAndTheyWork(FxRobot robot) {
        javafx.scene.Node first = OutlineCells.cell(robot, "一、主要工作");
        robot.clickOn(first);
        requestContextMenu(robot, first);
        ContextMenu menu = window.view().outlineView().tree().getContextMenu();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu.isShowing()).isTrue();
        assertThat(texts(menu)).contains("添加同级 Ctrl+Enter", "添加下级 Ctrl+Shift+Enter", "重命名 F2", "删除 Delete",
                "上移 Alt+Shift+↑", "降级 Alt+Shift+→", "存为模板… ");
        robot.clickOn("添加下级");
        assertThat(OutlineCells.shown(robot)).containsSubsequence("一、主要工作", "（一）新标题", "二、存在问题");
    }

    @Test
    void rightClickInTheBodyOffersEditingAndTemplates(FxRobot robot) {
        robot.clickOn(OutlineCells.cell(robot, "一、主要工作"));
        requestContextMenu(robot, robot.lookup("#body").query());
        ContextMenu menu = window.view().editorView().area().getContextMenu();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu.isShowing()).isTrue();
        assertThat(texts(menu)).containsSubsequence("撤销 Ctrl+Z", "重做 Ctrl+Y", "剪切 Ctrl+X", "复制 Ctrl+C", "粘贴 Ctrl+V",
                "全选 Ctrl+A", "插入模板… ", "存为模板… ");
        robot.clickOn("全选");
        ReportArea area = window.view().editorView().area();
        assertThat(area.getSelectedText()).isEqualTo("全年新增学位900个。");
    }

    @Test
    void ctrlEnterAddsASectionAndCtrlShiftEnterASubsection(FxRobot robot) {
        robot.clickOn(OutlineCells.cell(robot, "二、存在问题"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(OutlineCells.shown(robot)).containsSubsequence("二、存在问题", "三、新标题");
        robot.clickOn(OutlineCells.cell(robot, "三、新标题"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(OutlineCells.shown(robot)).containsSubsequence("三、新标题", "（一）新标题");
    }

    @Test
    void ctrlPlusAndMinusZoomTheBodyAndTheStatusBarShowsAndResetsIt(FxRobot robot) {
        robot.clickOn(OutlineCells.cell(robot, "一、主要工作"));
        robot.clickOn("#body");
        Button zoom = robot.lookup("#zoomLabel").queryAs(Button.class);
        assertThat(zoom.getText()).isEqualTo("100%");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(zoom.getText()).isEqualTo("120%");
        javafx.scene.text.Text text = robot.lookup("#body .text").queryAs(javafx.scene.text.Text.class);
        assertThat(text.getFont().getSize()).as("the text itself grows").isGreaterThan(16 * 1.19);
        assertThat(window.viewModel().services().settings().get("editor.zoom", "")).as("remembered").isEqualTo("1.2");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(zoom.getText()).isEqualTo("110%");
        robot.clickOn(zoom);
        assertThat(zoom.getText()).isEqualTo("100%");
        assertThat(window.view().editorView().area().getText()).as("zooming never changes the text").isEqualTo("全年新增学位900个。");
        assertThat(window.viewModel().undo().canUndoProperty().get()).as("nor adds an undo step").isFalse();
    }

    @Test
    void theStatusBarSaysWhenTheWorkWasSaved(FxRobot robot) throws Exception {
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("已保存 "));
        assertThat(status.getText()).matches("已保存 \\d\\d:\\d\\d:\\d\\d");
        robot.clickOn(OutlineCells.cell(robot, "一、主要工作"));
        robot.clickOn("#body").write("又");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("已保存 ")
                && !window.viewModel().dirtyProperty().get());
        assertThat(reports.load(window.viewModel().session().report().id()).sections().get(0).body().plainText()).contains("又");
    }

    /**
     * What the windowing system sends on a right click or the menu key. Monocle, the headless platform
     * the tests run on, does not turn a secondary click into this request, so the test sends it.
     */
    private static void requestContextMenu(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            double x = b.getMinX() + 20;
            double y = b.getMinY() + b.getHeight() / 2;
            javafx.geometry.Point2D local = node.screenToLocal(x, y);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), x, y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(ContextMenu menu) {
        return menu.getItems().stream().filter(i -> i instanceof CustomMenuItem && !(i instanceof javafx.scene.control.SeparatorMenuItem)).map(DeskHabitsUiTest::text).toList();
    }

    private static String text(MenuItem i) {
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) ((CustomMenuItem) i).getContent();
        return ((Label) row.getChildren().get(0)).getText() + " " + ((Label) row.getChildren().get(2)).getText();
    }
}
