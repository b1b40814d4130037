package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text copied from a web page, pasted as an outline: preview, undo one change, open as a report. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewUiTest {

    private final InMemoryReportRepository reports = new InMemoryReportRepository();

    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), reports,
                new RecordingExportService()), stage);
        stage.show();
    }

    @Test
    void pasteMessyWebTextAsOutlineAndOpenIt(FxRobot robot) throws Exception {
        String text = fixture();
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#importOutline").queryAll().isEmpty());

        assertThat(texts(robot, "#importOutline .tree-cell")).containsExactly(
                "一、上半年主要工作  · 1 级", "（一）夯实学前教育基础。  · 2 级", "（二）推进义务教育均衡。  · 2 级",
                "二、存在的问题  · 1 级", "三、下半年工作计划  · 1 级", "（一）抓好秋季招生入学，确保适龄儿童应入尽入。  · 2 级",
                "（二）组织暑期校舍安全排查。  · 2 级");
        assertThat(texts(robot, "#importChanges .list-cell")).anyMatch(t -> t.startsWith("第 1 行 删除网页杂项"));

        robot.clickOn(changeCheckBox(robot, "第 5 行"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !changeCheckBox(robot, "第 5 行").isSelected()
                && texts(robot, "#importChanges .list-cell").stream().anyMatch(t -> t.startsWith("第 5 行")));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#importOpenButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.viewModel().reportProperty().get() != null);

        assertThat(texts(robot, ".outline-cell")).containsExactly("【标题与开头语】", "一、上半年主要工作",
                "（一）夯实学前教育基础。", "（二）推进义务教育均衡。", "二、存在的问题", "三、下半年工作计划",
                "（一）抓好秋季招生入学，确保适龄儿童应入尽入。", "（二）组织暑期校舍安全排查。", "【署名与日期】");
        Report r = window.viewModel().reportProperty().get();
        assertThat(r.title()).isEqualTo("青松县教育局2025年上半年工作总结");
        assertThat(r.sections().get(0).children().get(0).body().plainText()).contains("3所，新增学位540个；");
        assertThat(r.sections().get(0).children().get(1).body().plainText()).contains("改造,课后服务");
        assertThat(window.viewModel().messageProperty().get()).contains("已导入");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> r.id() != null && !window.viewModel().dirtyProperty().get());
        assertThat(reports.size()).as("an imported report is stored before any edit").isEqualTo(1);
    }

    private static CheckBox changeCheckBox(FxRobot robot, String prefix) {
        ListCell<?> cell = robot.lookup("#importChanges .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(prefix)).query();
        return (CheckBox) cell.lookup(".check-box");
    }

    /** Visible cell texts, top to bottom. */
    private static List<String> texts(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).<Node>queryAll().stream()
                .filter(n -> n.isVisible() && text(n) != null && !text(n).isEmpty())
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(ImportPreviewUiTest::text)
                .toList();
    }

    private static String text(Node n) {
        return n instanceof TreeCell<?> t ? t.getText() : n instanceof ListCell<?> l ? l.getText() : null;
    }

    private static String fixture() throws IOException {
        try (InputStream in = ImportPreviewUiTest.class.getResourceAsStream("importer/web-paste.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
