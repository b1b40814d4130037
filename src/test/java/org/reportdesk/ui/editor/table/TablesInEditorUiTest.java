package org.reportdesk.ui.editor.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tables and pictures in the body editor: insert, type with Tab, add a row, merge, paste, delete, undo. */
@ExtendWith(ApplicationExtension.class)
class TablesInEditorUiTest {

    private MainWindow window;
    private Report report;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(Path.of("target"), new DirectTaskExecutor(),
                new InMemoryReportRepository(), new RecordingExportService()), stage);
        report = new Report();
        report.setTitle("测试报告");
        report.root().add(new Section("主要工作", RichText.ofPlain("原有正文")));
        window.viewModel().open(report, null);
        stage.setWidth(1100);
        stage.setHeight(760);
        stage.show();
        // earlier test classes' windows may still hold the focus in the same JVM
        stage.toFront();
        stage.requestFocus();
    }

    private Section section() {
        return report.sections().get(0);
    }

    private Table table() {
        return section().body().paragraphs().stream().filter(Paragraph::isObject).map(p -> (Table) p.embedded())
                .findFirst().orElseThrow();
    }

    private ReportArea area(FxRobot robot) {
        return robot.lookup("#body").queryAs(ReportArea.class);
    }

    private static TextField field(FxRobot robot, int row, int column) {
        TableBox box = robot.lookup(".table-box").queryAs(TableBox.class);
        GridPane grid = (GridPane) box.getChildren().get(1);
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            Integer c = GridPane.getColumnIndex(n);
            if ((r == null ? 0 : r) == row && (c == null ? 0 : c) == column) {
                return (TextField) n;
            }
        }
        throw new AssertionError("no cell at " + row + ", " + column);
    }

    /** Fires the item of the cell's context menu (the headless robot opens no popup menus). */
    private static void menuItem(FxRobot robot, TextField cell, String text) {
        robot.interact(() -> cell.getContextMenu().getItems().stream().filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void insertTableAtEnd(FxRobot robot) {
        ReportArea area = area(robot);
        robot.clickOn(area);
        robot.interact(() -> {
            area.moveTo(area.getLength());
            window.view().editorView().objects().insertTable(2, 2, "表1 重点项目进展");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell takes the focus once the table's node is laid out, a pulse or two after the insertion. */
    private void awaitFocus(FxRobot robot, int row, int col) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> field(robot, row, col).isFocused());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows says what was expected
        }
    }

    @Test
    void insertTypeWithTabAddARowMergeAndUndo(FxRobot robot) {
        insertTableAtEnd(robot);
        assertThat(section().body().paragraphs()).extracting(Paragraph::isObject).containsExactly(false, true, false);
        assertThat(table().title()).isEqualTo("表1 重点项目进展");
        assertThat(robot.lookup(".table-title").queryAs(Label.class).getText()).isEqualTo("表1 重点项目进展");
        awaitFocus(robot, 0, 0);
        assertThat(field(robot, 0, 0).isFocused()).as("the caret goes into the first cell").isTrue();

        robot.write("项目").type(KeyCode.TAB).write("进度").type(KeyCode.TAB).write("校舍").type(KeyCode.TAB).write("80%");
        robot.type(KeyCode.TAB);
        assertThat(table().rowCount()).as("Tab in the last cell adds a row").isEqualTo(3);
        awaitFocus(robot, 2, 0);
        assertThat(field(robot, 2, 0).isFocused()).isTrue();
        robot.write("合计");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        awaitFocus(robot, 1, 1);
        assertThat(field(robot, 1, 1).isFocused()).as("Shift+Tab goes back").isTrue();
        assertThat(table().cell(0, 0).plainText()).isEqualTo("项目");
        assertThat(table().cell(0, 1).plainText()).isEqualTo("进度");
        assertThat(table().cell(1, 1).plainText()).isEqualTo("80%");
        assertThat(table().cell(2, 0).plainText()).isEqualTo("合计");
        assertThat(area(robot).content()).as("the editor and the report agree").isEqualTo(section().body());

        robot.clickOn(field(robot, 2, 0));
        robot.press(KeyCode.SHIFT).clickOn(field(robot, 2, 1)).release(KeyCode.SHIFT);
        menuItem(robot, field(robot, 2, 1), "合并单元格");
        assertThat(table().cell(2, 0).colSpan()).isEqualTo(2);
        assertThat(table().cell(2, 1).covered()).isTrue();
        assertThat(table().cell(2, 0).plainText()).isEqualTo("合计");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().cell(2, 0).colSpan()).as("undo splits the merge again").isEqualTo(1);
        assertThat(table().cell(2, 0).plainText()).isEqualTo("合计");
        robot.interact(() -> window.viewModel().undo().undo());
        assertThat(table().cell(2, 0).plainText()).as("undo takes the typing back").isEmpty();
        assertThat(area(robot).content()).isEqualTo(section().body());
    }

    @Test
    void typingNextToATableStartsItsOwnParagraphAndBackspaceDeletesTheWholeTable(FxRobot robot) {
        insertTableAtEnd(robot);
        ReportArea area = area(robot);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(1, 1);
        });
        robot.write("后");
        assertThat(section().body().paragraphs()).extracting(Paragraph::plainText)
                .containsExactly("原有正文", "\uFFFC", "后", "");
        assertThat(area.content()).isEqualTo(section().body());

        robot.interact(() -> area.moveTo(2, 0));
        robot.type(KeyCode.BACK_SPACE);
        assertThat(section().body().hasObjects()).as("Backspace after a table deletes it whole").isFalse();
        assertThat(section().body().plainText()).isEqualTo("原有正文\n后\n");
        assertThat(area.content()).isEqualTo(section().body());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section().body().hasObjects()).as("undo brings the table back").isTrue();
        assertThat(area(robot).content()).isEqualTo(section().body());
    }

    @Test
    void pastesHtmlAndTsvTablesAndUndoBringsTheTextBack(FxRobot robot) {
        ReportArea area = area(robot);
        String html = "<table border=1><tr><td colspan=2>资金使用情况</td></tr>"
                + "<tr><td>项目</td><td>金额（万元）</td></tr><tr><td>校舍</td><td>120</td></tr></table>";
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                DataFormat.HTML, html, DataFormat.PLAIN_TEXT, "资金使用情况\n项目 金额（万元）\n校舍 120")));
        robot.clickOn(area);
        robot.interact(() -> area.selectAll());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Table t = table();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.cell(0, 0).colSpan()).isEqualTo(2);
        assertThat(t.cell(2, 1).plainText()).isEqualTo("120");
        assertThat(section().body().plainText()).doesNotContain("原有正文");
        assertThat(area.content()).isEqualTo(section().body());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section().body().plainText()).as("undo brings the text back").isEqualTo("原有正文");
        assertThat(section().body().hasObjects()).isFalse();

        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                DataFormat.PLAIN_TEXT, "指标\t目标\t完成\r\n新增学位\t900\t950\r\n")));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        t = table();
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.cell(1, 2).plainText()).isEqualTo("950");
        assertThat(section().body().paragraphs().get(0).plainText()).isEqualTo("原有正文");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section().body().plainText()).isEqualTo("原有正文");
    }

    @Test
    void insertsAPictureFromAFileAndRefusesWhatIsNoPicture(FxRobot robot) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "picture-test"));
        Path png = dir.resolve("chart.png");
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(20, 20, 280, 160);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");

        ReportArea area = area(robot);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.interact(() -> window.view().editorView().objects().insertPicture(png));
        WaitForAsyncUtils.waitForFxEvents();
        Picture p = section().body().paragraphs().stream().filter(Paragraph::isObject)
                .map(x -> (Picture) x.embedded()).findFirst().orElseThrow();
        assertThat(p.widthPx()).isEqualTo(320);
        assertThat(p.format()).isEqualTo(Picture.Format.PNG);
        assertThat(robot.lookup(".picture-box").queryAs(PictureBox.class).getChildren().get(0)).isInstanceOf(ImageView.class);
        assertThat(area.content()).isEqualTo(section().body());

        RichText before = section().body();
        robot.interact(() -> window.view().editorView().objects().insertPicture(text));
        assertThat(section().body()).as("nothing changes").isEqualTo(before);
        assertThat(robot.lookup("#messageArea").queryAs(Label.class).getText()).contains("notes.png").contains("PNG");
        assertThat(List.of(section().body().paragraphs().size())).containsExactly(3);
    }
}
